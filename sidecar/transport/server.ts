/**
 * A gRPC server on node:http2, for the sidecar's own needs: services as proto-loader defines them,
 * handlers shaped as grpc-js's, plain-text HTTP/2 on TCP or a unix socket. Why not grpc-js's
 * server: per call it builds metadata objects, an interceptor chain, stream wrappers and status
 * objects; this one reads the headers it needs and writes the answer straight to the stream, and
 * costs about a third less CPU per call (see README "What it costs"). It speaks the same protocol
 * (framing, deadlines, gzip/deflate requests, trailers-only errors), so any gRPC client works.
 */
import { once } from "node:events";
import {
  createServer,
  type Http2Server,
  type IncomingHttpHeaders,
  type ServerHttp2Session,
  type ServerHttp2Stream,
} from "node:http2";
import type { AddressInfo } from "node:net";
import { type Handler, serveRequestStream, serveServerStream, serveUnary } from "./calls";
import { ENCODINGS, Exchange, ignore, type MethodDefinition, refuse, type TransportLimits } from "./exchange";
import { IdleWatch } from "./idle";
import { HeaderMetadata } from "./metadata";
import { status } from "./status";

export type { MethodDefinition } from "./exchange";
export type ServiceDefinition = Record<string, MethodDefinition>;

export interface ServerOptions {
  maxReceiveMessageBytes: number;
  maxSendMessageBytes: number;
  /** How long a call may wait for its request message (see idle.ts). */
  requestIdleMs: number;
  onRequestIdle(path: string): void;
}

interface Route {
  method: MethodDefinition;
  handler: Handler;
}

export type Listen = { host: string; port: number } | { path: string };

export class GrpcServer {
  private readonly routes = new Map<string, Route>();
  private readonly listeners: Http2Server[] = [];
  private readonly sessions = new Set<ServerHttp2Session>();
  private readonly limits: TransportLimits;

  constructor(options: ServerOptions) {
    this.limits = {
      maxReceiveBytes: options.maxReceiveMessageBytes,
      maxSendBytes: options.maxSendMessageBytes,
      idle: new IdleWatch(options.requestIdleMs),
      onIdle: options.onRequestIdle,
    };
  }

  /** Serves each method of `definition` that `implementation` names; the others answer UNIMPLEMENTED. */
  addService(definition: ServiceDefinition, implementation: Record<string, Handler | undefined>): void {
    for (const [name, method] of Object.entries(definition)) {
      const handler = implementation[name];
      if (handler) this.routes.set(method.path, { method, handler });
    }
  }

  /** Listens on a TCP address or a unix socket; resolves with the port (0 resolved) or undefined. */
  async listen(where: Listen): Promise<number | undefined> {
    const listener = createServer({
      // As grpc-js: Node's per-session memory cap refuses streams under load with large messages.
      maxSessionMemory: Number.MAX_SAFE_INTEGER,
      maxSendHeaderBlockLength: Number.MAX_SAFE_INTEGER,
    });
    listener.on("session", (session) => this.track(session));
    listener.on("stream", (stream, headers) => this.dispatch(stream, headers));
    const failed = once(listener, "error");
    if ("path" in where) listener.listen(where.path);
    else listener.listen(where.port, where.host);
    await Promise.race([once(listener, "listening"), failed]);
    this.listeners.push(listener);
    return "path" in where ? undefined : (listener.address() as AddressInfo).port;
  }

  /** Stops accepting; each connection is told to go away (GOAWAY) and closes when its calls are done. */
  tryShutdown(done: () => void): void {
    const closed = this.listeners.map((l) => new Promise<void>((resolve) => l.close(() => resolve())));
    for (const session of this.sessions) session.close();
    void Promise.all(closed).then(done);
  }

  /** Closes every connection now: its calls end as cancelled. */
  forceShutdown(): void {
    for (const listener of this.listeners) listener.close();
    for (const session of this.sessions) session.destroy();
  }

  private track(session: ServerHttp2Session): void {
    this.sessions.add(session);
    session.on("error", ignore); // a broken connection ends its calls; nothing else to do
    session.once("close", () => this.sessions.delete(session));
  }

  private dispatch(stream: ServerHttp2Stream, headers: IncomingHttpHeaders): void {
    const contentType = headers["content-type"];
    if (typeof contentType !== "string" || !contentType.startsWith("application/grpc")) {
      stream.on("error", ignore);
      stream.respond({ ":status": 415 }, { endStream: true });
      return;
    }
    const path = headers[":path"] ?? "";
    const route = this.routes.get(path);
    if (!route) {
      refuse(stream, status.UNIMPLEMENTED, `The server does not implement the method ${path}`);
      return;
    }
    const encoding = headers["grpc-encoding"];
    if (encoding !== undefined && !ENCODINGS.has(encoding as string)) {
      refuse(stream, status.UNIMPLEMENTED, `Unknown grpc-encoding ${encoding}`);
      return;
    }
    const exchange = new Exchange(stream, headers, route.method, this.limits);
    const metadata = new HeaderMetadata(headers);
    const { requestStream, responseStream } = route.method;
    if (requestStream) serveRequestStream(exchange, metadata, route.handler);
    else if (responseStream) serveServerStream(exchange, metadata, route.handler);
    else serveUnary(exchange, metadata, route.handler);
  }
}
