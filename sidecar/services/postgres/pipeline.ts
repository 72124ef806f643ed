/**
 * Several statements in flight on one connection: the protocol's pipelining. Each statement goes
 * on the wire with its own Sync, so each runs in its own implicit transaction and fails alone,
 * exactly as if it had waited for the one before; the server answers them in order.
 *
 * Why: with one statement per connection, every answer wakes the sidecar for one call, and on a
 * small machine the wake-ups cost more than the work (see README "What it costs"). A pipeline
 * writes the statements of calls that arrive together in one write and reads their answers
 * together, the way ioredis serves Redis calls.
 *
 * node-postgres runs one query at a time; its own pipeline mode refuses custom submittables. So a
 * Pipeline is one submittable that stays the client's active query while any statement it carries
 * is unanswered, and hands each protocol message to the statement at its head.
 */
import pg, { type Connection, type Submittable } from "pg";
import { SidecarError } from "../../errors";
import type { Statement } from "./statement";

/** The two fields of pg's Client a submittable must set to stay active (pg 8). */
interface ActiveQuerySlot {
  _activeQuery: unknown;
  readyForQuery: boolean;
}

interface Entry {
  statement: Statement;
  /** The call gave up: cancel the statement once it is the one running. */
  cancel: boolean;
}

export class Pipeline implements Submittable {
  private readonly entries: Entry[] = [];
  private connection: Connection | undefined;
  private corked = false;
  /** When the statement at the head started to be the one the server works on. */
  private headSince = 0;
  /** Takes no more statements: a cancel was asked for, or the connection is not fit for reuse. */
  closed = false;
  /** A CancelRequest went out: a late one could hit any statement after it, so the connection is not reused. */
  cancelSent = false;
  /** A statement ended outside autocommit: the connection must be rolled back and dropped. */
  leftTransaction = false;

  constructor(
    private readonly client: pg.ClientBase,
    /** Sends the protocol's CancelRequest for this connection. */
    private readonly sendCancel: () => void,
    /** Called each time the last statement in flight is answered (or the connection failed). */
    private readonly onDrained: () => void,
    /** Counts the statements that went on the wire while another was in flight. */
    private readonly onPipelined: () => void,
  ) {}

  /** Statements written or waiting to be, not yet answered. */
  get depth(): number {
    return this.entries.length;
  }

  /** Milliseconds the statement at the head has been running (0 when none). */
  headAgeMs(now: number): number {
    return this.entries.length === 0 ? 0 : now - this.headSince;
  }

  add(statement: Statement): void {
    this.entries.push({ statement, cancel: false });
    if (this.entries.length === 1) this.headSince = Date.now();
    else this.onPipelined();
    if (this.connection) this.write(statement, this.connection);
    else if (this.entries.length === 1) this.client.query(this);
  }

  /** The call of `statement` gave up: the statement is cancelled once it is the one running (now, if it is). */
  cancel(statement: Statement): void {
    this.closed = true;
    const entry = this.entries.find((e) => e.statement === statement);
    if (!entry) return;
    entry.cancel = true;
    if (this.entries[0] === entry && this.connection) this.cancelHead();
  }

  submit(connection: Connection): void {
    this.connection = connection;
    this.headSince = Date.now();
    for (const { statement } of this.entries) this.write(statement, connection);
    if (this.entries[0]?.cancel) this.cancelHead();
  }

  /** Statements added in one tick leave in one write. */
  private write(statement: Statement, connection: Connection): void {
    if (!this.corked) {
      const stream = (connection as unknown as { stream: { cork(): void; uncork(): void } }).stream;
      this.corked = true;
      stream.cork();
      process.nextTick(() => {
        this.corked = false;
        stream.uncork();
      });
    }
    statement.submit(connection);
  }

  private cancelHead(): void {
    this.cancelSent = true;
    this.sendCancel();
  }

  /** pg's client drops its active query at every ReadyForQuery and error; while statements remain, this stays it. */
  private stayActive(): void {
    const slot = this.client as unknown as ActiveQuerySlot;
    slot._activeQuery = this;
    slot.readyForQuery = false;
  }

  private get head(): Statement | undefined {
    return this.entries[0]?.statement;
  }

  handleRowDescription(msg: { fields: { name: string; dataTypeID: number }[] }): void {
    this.head?.handleRowDescription(msg);
  }

  handleDataRow(msg: { fields: (string | null)[] }): void {
    this.head?.handleDataRow(msg);
  }

  handlePortalSuspended(connection: Connection): void {
    this.head?.handlePortalSuspended(connection);
  }

  handleCommandComplete(msg: { text: string }, connection: Connection): void {
    this.head?.handleCommandComplete(msg, connection);
  }

  handleEmptyQuery(connection: Connection): void {
    this.head?.handleEmptyQuery(connection);
  }

  handleCopyInResponse(connection: Connection): void {
    this.head?.handleCopyInResponse(connection);
  }

  handleCopyData(): void {
    // COPY TO STDOUT data is not part of any answer (as in Statement).
  }

  handleError(err: Error, connection: Connection): void {
    if (err instanceof pg.DatabaseError && connection) {
      // The head statement failed; the server skips to its Sync and answers the rest as usual.
      this.head?.handleError(err, connection);
      this.stayActive();
      return;
    }
    // The connection failed: no statement on it will be answered.
    this.closed = true;
    this.connection = undefined;
    for (const { statement } of this.entries.splice(0)) statement.handleError(err, undefined as unknown as Connection);
    this.onDrained();
  }

  handleReadyForQuery(): void {
    const entry = this.entries.shift();
    if (this.client.getTransactionStatus?.() !== "I") {
      // Only statements that cannot open a transaction are pipelined (pipelinable()); should one
      // still end inside one, what it and every statement behind it did is rolled back, and said so.
      this.leftTransaction = true;
      this.closed = true;
      entry?.statement.failWith(
        new SidecarError(
          "invalid_argument",
          "the statement ended inside a transaction, so it was rolled back; use BeginTransaction for transactions",
        ),
      );
    }
    entry?.statement.handleReadyForQuery();
    if (this.entries.length === 0) {
      this.connection = undefined;
      this.onDrained();
      return;
    }
    this.headSince = Date.now();
    this.stayActive();
    if (this.entries[0]!.cancel) this.cancelHead();
  }
}
