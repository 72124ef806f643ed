/**
 * A lean gRPC unary client on node:http2: one session, pre-encoded request frames, the status read
 * from the trailers. A grpc-js client saturates a core near 2.5k calls/s on these machines; this one
 * costs several times less per call, so the generator is not what limits.
 */
import { type ClientHttp2Session, connect, type OutgoingHttpHeaders } from "node:http2";

export interface UnaryOutcome {
  /** grpc-status as sent by the server ("0" is OK); undefined when the stream ended without one. */
  status: string | undefined;
  message: string | undefined;
  body: Buffer;
}

export function openSession(address: string): Promise<ClientHttp2Session> {
  return new Promise((resolve, reject) => {
    const session = connect(`http://${address}`);
    const fail = (err: Error) => {
      session.destroy();
      reject(err);
    };
    session.once("error", fail);
    session.once("connect", () => {
      session.off("error", fail);
      // A dying session fails its streams, which count as errors; the session error itself is noise.
      session.on("error", () => {});
      resolve(session);
    });
  });
}

export function unaryHeaders(path: string, token?: string): OutgoingHttpHeaders {
  return {
    ":method": "POST",
    ":path": path,
    "content-type": "application/grpc",
    te: "trailers",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/**
 * One unary call. `keepBody` collects the response bytes (health probes); the load path leaves it off
 * and only drains them.
 */
export function unaryCall(
  session: ClientHttp2Session,
  headers: OutgoingHttpHeaders,
  frame: Buffer,
  keepBody: boolean,
  done: (outcome: UnaryOutcome) => void,
): void {
  const stream = session.request(headers);
  let status: string | undefined;
  let message: string | undefined;
  const chunks: Buffer[] = [];
  const readStatus = (h: Record<string, unknown>) => {
    if (h["grpc-status"] !== undefined) status = String(h["grpc-status"]);
    if (h["grpc-message"] !== undefined) message = decodeURIComponent(String(h["grpc-message"]));
  };
  stream.on("response", readStatus); // a trailers-only answer carries the status in the headers
  stream.on("trailers", readStatus);
  stream.on("data", keepBody ? (chunk: Buffer) => chunks.push(chunk) : () => {});
  stream.on("error", (err) => {
    message ??= err.message;
  });
  stream.on("close", () => done({ status, message, body: keepBody ? Buffer.concat(chunks) : EMPTY }));
  stream.end(frame);
}

const EMPTY = Buffer.alloc(0);
