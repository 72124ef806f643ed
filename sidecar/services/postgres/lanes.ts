/**
 * Lanes: pooled connections that carry many calls' statements at once (pipeline.ts), each for one
 * organisation and schema. A lane is an ordinary lease from the org's pool, set up once
 * (search_path, statement_timeout) and held while calls use it; when its last call ends it goes
 * back to the pool like any other lease, so calls that need a connection of their own (Query,
 * transactions, batches) still get one.
 *
 * Where a call's statement goes:
 * - on a connection of its own while the pool has one free, exactly as without lanes (two slow
 *   statements never wait for each other while they need not);
 * - when every connection is taken, the lane with the fewest calls: calls that arrive together
 *   then share one write and one read instead of each waking the sidecar, which is where a busy
 *   sidecar's time went;
 * - never past `maxDepth` calls, never behind a statement that has run STALL_MS or more (a slow
 *   statement holds up those behind it), and no running lane while another call waits for a
 *   connection of this pool, so lanes drain and that call is served in turn. With no lane to
 *   join, the call waits for a connection as before, within its deadline.
 */
import type { Lease, PostgresBackend } from "../../backends/postgres";
import type { CallContext } from "../../operation";
import { Pipeline } from "./pipeline";
import { Session, settingsFit } from "./session";

const STALL_MS = 20;

interface Lane {
  readonly org: string;
  readonly schema: string;
  /** Settles when the lane has its connection, set up; rejects when it could not get one. */
  ready: Promise<void>;
  /** Absent while the lane waits for its connection. */
  lease?: Lease;
  pipe?: Pipeline;
  /** Calls that joined and have not ended. */
  members: number;
  /** Out of the list: no call joins it any more. */
  gone: boolean;
}

export class Lanes {
  /** Each org's lanes, of all its schemas (a handful: at most its pool's connections, plus those waiting for one). */
  private readonly byOrg = new Map<string, Lane[]>();

  constructor(
    private readonly backend: PostgresBackend,
    /** Most calls one connection carries at once. */
    private readonly maxDepth: number,
  ) {}

  /**
   * Runs `work` on a lane of the caller's org and `schema`. `exclusive` runs it on a connection of
   * its own instead: for a call whose deadline the lane's settings do not fit, and for a statement
   * a cancel meant for another call's statement hit (it ran in no transaction and changed nothing).
   */
  async run<T>(
    ctx: CallContext,
    schema: string,
    until: number,
    work: (s: Session) => Promise<T>,
    exclusive: () => Promise<T>,
  ): Promise<T> {
    const picked = this.pick(ctx, schema);
    // A connection is free: the call takes it for itself, exactly as without lanes.
    if (picked === "alone") return exclusive();
    const lane = picked ?? this.open(ctx, schema, until);
    lane.members++;
    try {
      await lane.ready;
      const fallbackMs = this.backend.limits.statementTimeoutMs;
      if (settingsFit(lane.lease!.client, schema, ctx, fallbackMs)) {
        const session = new Session(lane.lease!, ctx, this.backend, false, lane.pipe);
        try {
          return await work(session);
        } catch (err) {
          const hitByAnotherCancel = lane.pipe!.cancelSent && !session.cancelled && isCancelled(err);
          if (!hitByAnotherCancel || Date.now() >= ctx.deadline) throw err;
        }
      }
    } finally {
      // Before any exclusive run: a lane held by a call waiting for another connection could
      // starve a pool of one.
      lane.members--;
      this.settle(lane);
    }
    return exclusive();
  }

  /** "alone": a connection is free; a lane to join; undefined: open a lane (and wait for its connection). */
  private pick(ctx: CallContext, schema: string): Lane | "alone" | undefined {
    const org = ctx.identity.org;
    const pool = this.backend.stats(org);
    // Statements run side by side, each on its own connection, while they can.
    if (pool.idle + (pool.max - pool.open) - pool.waiting > 0) return "alone";
    const lanes = this.byOrg.get(org);
    if (!lanes) return undefined;
    // Lanes still waiting for a connection are among the pool's waiters; anyone else waiting means
    // running lanes take nobody new, and drain.
    let lanesWaiting = 0;
    for (const lane of lanes) if (!lane.lease) lanesWaiting++;
    const othersWait = pool.waiting > lanesWaiting;
    const now = Date.now();
    let best: Lane | undefined;
    for (const lane of lanes) {
      if (lane.schema !== schema || lane.members >= this.maxDepth) continue;
      const pipe = lane.pipe;
      if (pipe && (pipe.closed || lane.lease?.broken || othersWait || pipe.headAgeMs(now) >= STALL_MS)) continue;
      if (!best || lane.members < best.members) best = lane;
    }
    return best;
  }

  private open(ctx: CallContext, schema: string, until: number): Lane {
    const org = ctx.identity.org;
    const lane: Lane = { org, schema, ready: Promise.resolve(), members: 0, gone: false };
    lane.ready = this.connect(lane, ctx, until);
    // Joiners wait on `ready` themselves; a failure reaches each of them there.
    lane.ready.catch(() => undefined);
    const lanes = this.byOrg.get(org);
    if (lanes) lanes.push(lane);
    else this.byOrg.set(org, [lane]);
    return lane;
  }

  private async connect(lane: Lane, ctx: CallContext, until: number): Promise<void> {
    try {
      const lease = await this.backend.lease(lane.org, until);
      lane.lease = lease;
      await new Session(lease, ctx, this.backend, false).prepare(lane.schema);
      lane.pipe = new Pipeline(
        lease.client,
        () => this.backend.cancel(lease.client),
        () => this.settle(lane),
        () => this.backend.countPipelined(lane.org),
      );
    } catch (err) {
      this.remove(lane);
      lane.lease?.release(true);
      lane.lease = undefined;
      throw err;
    }
  }

  /** A lane no call uses and with nothing in flight goes back to the pool. */
  private settle(lane: Lane): void {
    const pipe = lane.pipe;
    if (lane.members > 0 || !pipe || pipe.depth > 0 || !lane.lease) return;
    this.remove(lane);
    const lease = lane.lease;
    lane.lease = undefined;
    if (pipe.leftTransaction && !lease.broken) {
      void lease.client.query("ROLLBACK").then(
        () => lease.release(true),
        () => lease.release(true),
      );
      return;
    }
    // After a cancel, a late CancelRequest could still hit the next statement: drop the connection.
    lease.release(pipe.cancelSent || pipe.closed);
  }

  private remove(lane: Lane): void {
    if (lane.gone) return;
    lane.gone = true;
    const lanes = this.byOrg.get(lane.org);
    if (!lanes) return;
    const i = lanes.indexOf(lane);
    if (i >= 0) lanes.splice(i, 1);
    if (lanes.length === 0) this.byOrg.delete(lane.org);
  }
}

/** SQLSTATE 57014: the statement was cancelled (by a CancelRequest or its statement_timeout). */
function isCancelled(err: unknown): boolean {
  return (err as { code?: unknown }).code === "57014";
}
