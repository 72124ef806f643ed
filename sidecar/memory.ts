/**
 * Young-generation collections paced by the bytes a stream moves.
 *
 * Streaming an object allocates its bytes several times outside V8's heap (socket reads, gRPC
 * frames, S3 parts), each held by a small JS object that dies young. V8 schedules a collection by
 * how much of its own heap is allocated, or once external memory has grown by about 64 MiB, so
 * tens of MiB of dead buffers pile up between collections and the allocator keeps their pages:
 * a 256 MiB upload grew the sidecar's RSS by 70–95 MiB. A scavenge (about a millisecond here)
 * after every few MiB moved frees those buffers while they are few, and the next ones reuse the
 * memory.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * Bytes moved, by all streams together, between two young-generation collections. Small enough
 * that a chunk is collected before it lives through two collections (which would move it to the
 * old generation, collected rarely); measured on 256 MiB: 2 MiB kept growth lowest, 8 MiB about
 * 10 MiB higher.
 */
export const COLLECT_EVERY_BYTES = 2 * 1024 * 1024;

type Collect = () => void;

let collectYoung: Collect | undefined;
let movedSinceCollection = 0;

/**
 * `gc` exists only when its flag is set; setting it at run time and taking `gc` from a fresh
 * context reaches it without changing how the sidecar is launched. Where that fails, nothing is
 * collected early and memory behaves as plain Node's.
 */
function loadCollector(): Collect {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as ((options: { type: "minor" }) => void) | undefined;
    if (typeof gc === "function") return () => gc({ type: "minor" });
  } catch {
    // fall through: no early collections
  }
  return () => {};
}

/** Counts `bytes` moved by a stream; collects the young generation once enough have passed. */
export function noteStreamedBytes(bytes: number): void {
  movedSinceCollection += bytes;
  if (movedSinceCollection < COLLECT_EVERY_BYTES) return;
  movedSinceCollection = 0;
  collectYoung ??= loadCollector();
  collectYoung();
}
