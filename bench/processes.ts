/**
 * Every child process the bench starts is tracked here, so none outlives the run: killed on normal
 * exit, on Ctrl-C, and on a crash of the bench itself.
 */
import type { ChildProcess } from "node:child_process";

const children = new Set<ChildProcess>();

export function track<C extends ChildProcess>(child: C): C {
  children.add(child);
  child.once("exit", () => children.delete(child));
  // Sending to a child that just died emits "error"; its death is handled where "exit" is awaited.
  child.on("error", () => {});
  return child;
}

export const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export function exited(child: ChildProcess): Promise<number | null> {
  if (hasExited(child)) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Asks politely (SIGTERM), then insists after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5000): Promise<number | null> {
  if (hasExited(child)) return child.exitCode;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  const code = await exited(child);
  clearTimeout(timer);
  return code;
}

export function killAll(): void {
  for (const child of children) child.kill("SIGKILL");
}

const interruption = new AbortController();
/** Aborted on Ctrl-C: long waits take it, so the suite stops at once and still cleans up. */
export const interrupted = interruption.signal;

process.once("exit", killAll);
// On Ctrl-C the children die and waits abort, so the suite's pending steps fail and its `finally`
// removes what it created (Redis keys, temp files); the timer is the backstop if that hangs.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAll();
    interruption.abort(new Error(`interrupted by ${signal}`));
    setTimeout(() => process.exit(130), 5000).unref();
  });
}

/**
 * Runs a bench entry point: exits with its code, every child process killed first; a failure
 * prints one line under `name` (130 when interrupted by Ctrl-C).
 */
export function runMain(name: string, main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => {
      killAll();
      process.exit(code);
    },
    (err: Error) => {
      process.stderr.write(interrupted.aborted ? `${name}: interrupted (cleaned up)\n` : `${name}: ${err.message}\n`);
      killAll();
      process.exit(interrupted.aborted ? 130 : 1);
    },
  );
}
