/**
 * A lean gRPC client on node:http2: one session, pre-encoded request frames, the status read from
 * the trailers. A grpc-js client saturates a core near 2.5k calls/s on these machines; this one
 * costs several times less per call, so the generator is not what limits. Streams fit the same
 * call: a client stream whose messages are all known up front is its frames written back to back,
 * and a server stream's answer is drained (and counted) like a unary one.
 */
import { type ClientHttp2Session, connect, type OutgoingHttpHeaders } from "node:http2";

export interface CallOutcome {
  /** grpc-status as sent by the server ("0" is OK); undefined when the stream ended without one. */
  status: string | undefined;
  message: string | undefined;
  body: Buffer;
  /** Response bytes received (gRPC framing included), kept or not. */
  bytes: number;
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

export function callHeaders(path: string, token?: string): OutgoingHttpHeaders {
  return {
    ":method": "POST",
    ":path": path,
    "content-type": "application/grpc",
    te: "trailers",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/**
 * One call: the request frame, or a client stream's frames in order, written at once and ended.
 * `keepBody` collects the response bytes (health probes); the load path leaves it off and only
 * drains and counts them.
 */
export function grpcCall(
  session: ClientHttp2Session,
  headers: OutgoingHttpHeaders,
  request: Buffer | readonly Buffer[],
  keepBody: boolean,
  done: (outcome: CallOutcome) => void,
): void {
  const stream = session.request(headers);
  let status: string | undefined;
  let message: string | undefined;
  let bytes = 0;
  const chunks: Buffer[] = [];
  const readStatus = (h: Record<string, unknown>) => {
    if (h["grpc-status"] !== undefined) status = String(h["grpc-status"]);
    if (h["grpc-message"] !== undefined) message = decodeURIComponent(String(h["grpc-message"]));
  };
  stream.on("response", readStatus); // a trailers-only answer carries the status in the headers
  stream.on("trailers", readStatus);
  stream.on("data", (chunk: Buffer) => {
    bytes += chunk.length;
    if (keepBody) chunks.push(chunk);
  });
  stream.on("error", (err) => {
    message ??= err.message;
  });
  stream.on("close", () => done({ status, message, body: keepBody ? Buffer.concat(chunks) : EMPTY, bytes }));
  if (Buffer.isBuffer(request)) return void stream.end(request);
  // Written as they are, not concatenated: a large payload is not copied once more per call.
  for (let i = 0; i < request.length - 1; i++) stream.write(request[i]);
  stream.end(request[request.length - 1]);
}

const EMPTY = Buffer.alloc(0);
