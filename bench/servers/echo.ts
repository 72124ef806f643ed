/** Starts the bare grpc-js echo server (bench/echo-server.ts) in its own process. */
import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import type { EchoConfig, EchoMessage } from "../echo-server";
import { stopChild, track } from "../processes";

export interface EchoServer {
  readonly address: string;
  readonly pid: number;
  stop(): Promise<number | null>;
}

export function startEcho(config: EchoConfig): Promise<EchoServer> {
  const child: ChildProcess = track(
    fork(join(__dirname, "..", "echo-server.js"), [], { execArgv: [], stdio: "inherit" }),
  );
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`echo server exited (${code})`)));
    child.once("message", (message: EchoMessage) => {
      if (message.type === "failed") {
        child.kill("SIGKILL");
        reject(new Error(`echo server: ${message.error}`));
      } else resolve({ address: message.address, pid: child.pid!, stop: () => stopChild(child) });
    });
    child.send(config);
  });
}
