/**
 * One caller statement on the wire, as a node-postgres Submittable. Why not pg's own Query:
 * - it always uses the extended protocol (Parse/Bind/Execute), in which PostgreSQL refuses more
 *   than one statement: "one statement per call" is enforced by the server, not by parsing SQL;
 * - it asks for at most `limit + 1` rows, so a huge result never reaches memory; and when the
 *   result is over the limit it can roll the statement back (a ROLLBACK before Sync ends the
 *   implicit transaction unapplied), so a refused call changes nothing;
 * - it keeps the raw text cells and type OIDs, converted once by values.ts.
 */
import type { Connection, Submittable } from "pg";
import type { Plan } from "./statement-cache";
import type { Column } from "./values";

/** The protocol messages this file sends (pg's Connection; its published types are off). */
interface Wire {
  stream: { cork?(): void; uncork?(): void };
  parse(msg: { name?: string; text: string; types: number[] }): void;
  bind(msg: { statement?: string; values: (string | null)[] }): void;
  close(msg: { type: "S"; name: string }): void;
  describe(msg: { type: "P"; name: string }): void;
  execute(msg: { portal: string; rows: number }): void;
  flush(): void;
  sync(): void;
  query(text: string): void;
  sendCopyFail(message: string): void;
}

export type Overflow =
  /** More rows than the limit: undo the statement and report it (Query, SelectFrom, RETURNING). */
  | "refuse"
  /** Keep the first `limit` rows and let the statement complete (QueryRow). */
  | "truncate";

export interface StatementOptions {
  /** Rows to keep; 0 keeps none and reads to the end (Execute). */
  limit: number;
  overflow: Overflow;
}

export interface StatementResult {
  columns: Column[];
  rows: (string | null)[][];
  /** The command tag, e.g. "INSERT 0 3"; "" for an empty statement. */
  command: string;
  /** The count in the command tag (rows returned, inserted, updated, deleted). */
  rowCount: number;
  /** True when the result had more rows than the limit (with "refuse": the statement was undone). */
  overflowed: boolean;
}

const TAG_COUNT = /\s(\d+)$/;

export class Statement implements Submittable {
  private readonly result: StatementResult = { columns: [], rows: [], command: "", rowCount: 0, overflowed: false };
  private synced = false;
  private rolledBack = false;
  private error: Error | undefined;
  private settle!: { resolve(r: StatementResult): void; reject(e: Error): void };
  readonly done: Promise<StatementResult>;

  constructor(
    private readonly text: string,
    private readonly values: (string | null)[],
    private readonly options: StatementOptions,
    /** Named and cached (statement-cache.ts); absent: an unnamed statement, parsed every time. */
    private readonly plan?: Plan,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(connection: Connection): void {
    const wire = connection as unknown as Wire;
    wire.stream.cork?.();
    try {
      const name = this.plan?.name ?? "";
      for (const evicted of this.plan?.closes ?? []) wire.close({ type: "S", name: evicted });
      if (!this.plan || this.plan.parse) wire.parse({ name, text: this.text, types: [] });
      wire.bind({ statement: name, values: this.values });
      wire.describe({ type: "P", name: "" });
      // Execute's row count 0 means "all"; one more than the limit tells us the result overflows.
      wire.execute({ portal: "", rows: this.options.limit === 0 ? 0 : this.options.limit + 1 });
      // When an overflow needs no undo, Sync goes along (one round trip); otherwise it waits for
      // the outcome, so a ROLLBACK can still come first.
      if (this.options.overflow === "truncate") this.sync(wire);
      else wire.flush();
    } finally {
      wire.stream.uncork?.();
    }
  }

  handleRowDescription(msg: { fields: { name: string; dataTypeID: number }[] }): void {
    this.result.columns = msg.fields.map((f) => ({ name: f.name, typeOid: f.dataTypeID }));
  }

  handleDataRow(msg: { fields: (string | null)[] }): void {
    const { limit } = this.options;
    if (limit > 0 && this.result.rows.length < limit) this.result.rows.push(msg.fields);
  }

  handlePortalSuspended(connection: Connection): void {
    const wire = connection as unknown as Wire;
    this.result.overflowed = true;
    if (this.options.overflow === "truncate") {
      this.sync(wire);
      return;
    }
    // Still inside the statement's transaction (no Sync yet): a ROLLBACK undoes what it did. In
    // an explicit transaction this ends the whole transaction, which the caller is told about.
    this.rolledBack = true;
    this.synced = true;
    wire.query("ROLLBACK");
  }

  handleCommandComplete(msg: { text: string }, connection: Connection): void {
    if (this.rolledBack) return; // the ROLLBACK's own completion
    this.result.command = msg.text;
    const count = TAG_COUNT.exec(msg.text);
    this.result.rowCount = count ? Number(count[1]) : 0;
    this.sync(connection as unknown as Wire);
  }

  handleEmptyQuery(connection: Connection): void {
    this.sync(connection as unknown as Wire);
  }

  handleError(err: Error, connection: Connection): void {
    // After an error the server skips everything up to a Sync; without one it would never answer.
    this.error ??= err;
    if (connection) this.sync(connection as unknown as Wire);
    this.settle.reject(this.error);
  }

  /** Settles `done` now, as failed; the statement's messages are still read as they come (pipeline.ts). */
  abandon(): void {
    this.settle.reject(new Error("abandoned by its call"));
  }

  /** Ends the statement with `err` when its ReadyForQuery comes, whatever the server said (pipeline.ts). */
  failWith(err: Error): void {
    this.error ??= err;
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve(this.result);
  }

  handleCopyInResponse(connection: Connection): void {
    (connection as unknown as Wire).sendCopyFail("COPY FROM STDIN is not available through the sidecar");
  }

  handleCopyData(): void {
    // COPY TO STDOUT data is not part of any response; it is read and dropped.
  }

  private sync(wire: Wire): void {
    if (this.synced) return;
    this.synced = true;
    wire.sync();
  }
}
