/**
 * `isa-injector wait-ready`: polls the sidecar's /readyz until it answers 200. It is the
 * postStart hook of a sidecar injected as a regular container (clusters without native
 * sidecars), which holds the app containers until the sidecar is ready.
 */
import { get } from "node:http";

function probe(url: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get(url, { timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
  });
}

/** True once `url` answers 200, false when `timeoutMs` passes first. */
export async function waitReady(url: string, timeoutMs: number, intervalMs = 250): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe(url, Math.min(1000, intervalMs * 4))) return true;
    if (Date.now() + intervalMs > deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
