/**
 * A TCP proxy between the sidecar and a backend that can stop passing the sidecar's bytes on
 * (they are kept, so a test can wait until a command is really on its way) and then cut every
 * connection, as a backend dying with calls in flight does. Deterministic where killing a busy
 * server is not: the test knows the calls are waiting on the backend when it cuts.
 */
import { createServer, type Socket, connect as tcpConnect } from "node:net";

export interface TcpGate {
  /** `host:port` to give the sidecar instead of the backend's. */
  readonly address: string;
  /** From now on, bytes from the sidecar are kept here and never reach the backend. */
  hold(): void;
  /** Resolves once the held bytes contain `text` `times` times. */
  held(text: string, times?: number): Promise<void>;
  /** Closes every connection (both sides) and lets new ones through again, passing bytes on. */
  cut(): void;
  close(): Promise<void>;
}

export async function startTcpGate(targetPort: number): Promise<TcpGate> {
  const sockets = new Set<Socket>();
  let holding = false;
  let kept = "";
  const watchers = new Set<() => void>();
  const server = createServer((client) => {
    const upstream = tcpConnect(targetPort, "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.on("data", (chunk: Buffer) => {
      if (!holding) return void upstream.write(chunk);
      kept += chunk.toString("latin1");
      for (const w of watchers) w();
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    address: `127.0.0.1:${port}`,
    hold: () => {
      holding = true;
    },
    held: (text, times = 1) =>
      new Promise((resolve) => {
        const check = () => {
          if (kept.split(text).length - 1 < times) return;
          watchers.delete(check);
          resolve();
        };
        watchers.add(check);
        check();
      }),
    cut: () => {
      holding = false;
      kept = "";
      for (const s of sockets) s.destroy();
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
