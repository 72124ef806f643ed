/**
 * An attack test's other tenant: a victim loop that keeps calling while the attack runs (and at
 * least `minRounds` times), every call checked by `round`. Its latencies are printed, never
 * asserted: these machines are shared.
 */
export async function whileVictimRuns(
  label: string,
  round: (i: number) => Promise<void>,
  attack: () => Promise<void>,
  minRounds = 10,
): Promise<void> {
  let stop = false;
  const latencies: number[] = [];
  const loop = (async () => {
    for (let i = 0; !stop || i < minRounds; i++) {
      const started = performance.now();
      await round(i);
      latencies.push(performance.now() - started);
    }
  })();
  try {
    await attack();
  } finally {
    stop = true;
    await loop;
  }
  latencies.sort((a, b) => a - b);
  const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(`victim: ${latencies.length} ${label} OK, p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${p(1)} ms`);
}
