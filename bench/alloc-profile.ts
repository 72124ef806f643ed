/**
 * A preload that samples what a process allocates, the objects garbage collection already freed
 * included (where a profile of live memory would miss the per-call garbage), and writes the
 * sampling heap profile to $ISA_ALLOC_PROFILE_DIR (default the temp folder) when the process is
 * told to stop. For the sidecar under a bench:
 *   ISA_SIDECAR_NO_BUNDLE=1 BENCH_NODE_FLAGS="-r ./dist/bench/alloc-profile.js" \
 *     BENCH_ONLY="Get c=64" node dist/bench/run.js redis
 * then open the .heapprofile in Chrome DevTools (Memory tab).
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { tmpdir } from "node:os";
import { join } from "node:path";

const session = new Session();
session.connect();
session.post("HeapProfiler.startSampling", {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});

let written = false;
function write(): void {
  if (written) return;
  written = true;
  // An in-process inspector session answers synchronously: the file is written before exit.
  session.post("HeapProfiler.stopSampling", (err, result) => {
    if (err) return;
    const dir = process.env.ISA_ALLOC_PROFILE_DIR ?? tmpdir();
    writeFileSync(join(dir, `alloc-${process.pid}.heapprofile`), JSON.stringify(result.profile));
  });
}

// Registered before the program's own handlers, which may exit.
process.prependListener("SIGTERM", write);
process.prependListener("SIGINT", write);
process.on("beforeExit", write);
