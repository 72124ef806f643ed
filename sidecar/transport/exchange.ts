/**
 * One call on one HTTP/2 stream: reads its request messages (decompressed, within the size limit),
 * keeps its deadline and the request-idle limit, tells when the call ended early (the caller
 * cancelled, the deadline passed), and writes its answer: messages, then the status in trailers,
 * or the status alone when nothing was sent (trailers-only). The call kinds (calls.ts) decide
 * what to do with the messages; everything about the wire is here.
 */
import type { IncomingHttpHeaders, OutgoingHttpHeaders, ServerHttp2Stream } from "node:http2";
import { gunzip, inflate } from "node:zlib";
import { atDeadline, type DeadlineTimer, deadlineOf } from "./deadline";
import { frameMessage, MessageDecoder, MessageTooLarge } from "./frames";
import type { IdleWatch, Waiting } from "./idle";
import { encodeGrpcMessage, status } from "./status";

/** A method as proto-loader defines it (grpc-js's MethodDefinition has the same shape). */
export interface MethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestDeserialize(bytes: Buffer): unknown;
  responseSerialize(value: unknown): Buffer;
}

export interface TransportLimits {
  maxReceiveBytes: number;
  maxSendBytes: number;
  idle: IdleWatch;
  /** Told of each call ended because its request did not complete within the idle limit. */
  onIdle(path: string): void;
}

/** What a call kind hears from its exchange. */
export interface ExchangeEvents {
  /** One request message, decoded. */
  message(value: unknown): void;
  /** The caller half-closed: no more messages. */
  end(): void;
  /** The call ended before it was answered: cancelled, past its deadline, idle, or refused. */
  cancel(): void;
}

export const ENCODINGS = new Set(["identity", "gzip", "deflate"]);

const RESPONSE_HEADERS: OutgoingHttpHeaders = {
  ":status": 200,
  "content-type": "application/grpc",
  "grpc-accept-encoding": "identity,deflate,gzip",
};
const OK_TRAILERS: OutgoingHttpHeaders = { "grpc-status": "0" };

function statusHeaders(code: number, details: string): OutgoingHttpHeaders {
  return details === ""
    ? { "grpc-status": String(code) }
    : { "grpc-status": String(code), "grpc-message": encodeGrpcMessage(details) };
}

/** For "error" events: a stream's error is followed by its close, where its call ends. */
export const ignore = (): void => {};

/** The status alone, in the response headers (trailers-only): for a call that sent nothing yet. */
function respondWithStatus(stream: ServerHttp2Stream, code: number, details: string): void {
  stream.respond({ ...RESPONSE_HEADERS, ...statusHeaders(code, details) }, { endStream: true });
}

/** Answers a stream that never becomes a call (no such method, an unknown encoding) with a status. */
export function refuse(stream: ServerHttp2Stream, code: status, details: string): void {
  stream.on("error", ignore);
  stream.resume(); // whatever the caller still sends is read and dropped
  if (stream.closed || stream.destroyed) return;
  respondWithStatus(stream, code, details);
}

export class Exchange implements Waiting {
  waitingSince = 0;
  readonly deadline: number;
  private readonly decoder: MessageDecoder;
  private readonly encoding: string | undefined;
  private events: ExchangeEvents | undefined;
  private headersSent = false;
  /** The status is sent, or the stream is gone: nothing more is read or written. */
  private done = false;
  private requestEnded = false;
  private trailers = OK_TRAILERS;
  /** Set once a compressed message arrived: later messages wait their turn behind it. */
  private inflating: Promise<void> | undefined;
  private deadlineTimer: DeadlineTimer | undefined;

  constructor(
    private readonly stream: ServerHttp2Stream,
    headers: IncomingHttpHeaders,
    readonly method: MethodDefinition,
    private readonly limits: TransportLimits,
  ) {
    this.deadline = deadlineOf(headers["grpc-timeout"]);
    this.decoder = new MessageDecoder(limits.maxReceiveBytes);
    this.encoding = headers["grpc-encoding"] as string | undefined;
  }

  /** Starts the call: from here on its request is read and its end is noticed. */
  open(events: ExchangeEvents): void {
    this.events = events;
    const { stream } = this;
    stream.on("data", (piece: Buffer) => this.receive(piece));
    stream.once("end", () => this.endOfRequest());
    stream.once("close", () => this.closed());
    stream.on("error", ignore);
    if (Number.isFinite(this.deadline)) {
      this.deadlineTimer = atDeadline(this.deadline, () =>
        this.cutShort(status.DEADLINE_EXCEEDED, "Deadline exceeded"),
      );
    }
  }

  /** The call waits for a request message: from now on the idle limit counts. */
  awaitRequest(): void {
    if (this.done || this.requestEnded) return;
    this.stream.resume();
    this.limits.idle.start(this);
  }

  /** The reader has enough for now: HTTP/2 flow control holds the caller back. */
  holdRequest(): void {
    if (!this.done) this.stream.pause();
  }

  expire(): void {
    this.limits.onIdle(this.method.path);
    this.cutShort(status.CANCELLED, `the request message was not completed within ${this.limits.idle.limitMs} ms`);
  }

  /** Sends one message of a streamed answer; `written` runs once the stream took it. */
  send(bytes: Buffer, written: () => void): void {
    if (this.done || this.gone() || !this.fits(bytes)) {
      written();
      return;
    }
    this.sendHeaders();
    this.stream.write(frameMessage(bytes), () => written());
  }

  /** A unary answer: its one message and OK. */
  answer(bytes: Buffer): void {
    if (this.done || this.gone() || !this.fits(bytes)) return;
    this.sendHeaders();
    this.settle();
    this.stream.end(frameMessage(bytes));
  }

  /** Ends the call with a status, after what was already sent. */
  finish(code: number, details: string): void {
    if (this.done) return;
    this.settle();
    const { stream } = this;
    if (stream.closed || stream.destroyed) return;
    if (this.headersSent) {
      if (code !== status.OK) this.trailers = statusHeaders(code, details);
      stream.end();
    } else {
      respondWithStatus(stream, code, details);
    }
  }

  /** Ends the call with a status and tells the call kind it ended early (its work should stop). */
  cutShort(code: number, details: string): void {
    if (this.done) return;
    this.finish(code, details);
    this.events?.cancel();
  }

  /**
   * True when the stream was destroyed and its "close" is still to come (it is emitted a tick
   * later): the call is over, and writing to the stream would throw.
   */
  private gone(): boolean {
    if (!this.stream.destroyed && !this.stream.closed) return false;
    this.closed();
    return true;
  }

  private fits(bytes: Buffer): boolean {
    if (bytes.length <= this.limits.maxSendBytes) return true;
    this.cutShort(
      status.RESOURCE_EXHAUSTED,
      `Sent message larger than max (${bytes.length} vs. ${this.limits.maxSendBytes})`,
    );
    return false;
  }

  private sendHeaders(): void {
    if (this.headersSent) return;
    this.headersSent = true;
    this.stream.respond(RESPONSE_HEADERS, { waitForTrailers: true });
    this.stream.once("wantTrailers", () => this.stream.sendTrailers(this.trailers));
  }

  /** Nothing more is read or written; what the caller still sends is read and dropped. */
  private settle(): void {
    this.done = true;
    this.deadlineTimer?.clear();
    this.limits.idle.stop(this);
    if (!this.requestEnded) this.stream.resume();
  }

  private receive(piece: Buffer): void {
    if (this.done) return;
    try {
      this.decoder.push(piece, this.deliver);
    } catch (err) {
      if (err instanceof MessageTooLarge) {
        this.cutShort(status.RESOURCE_EXHAUSTED, err.message);
        return;
      }
      // Whatever went wrong with one caller's bytes ends that call, never the process.
      this.cutShort(status.INTERNAL, "the request could not be read");
    }
  }

  private readonly deliver = (body: Buffer, compressed: boolean): void => {
    if (this.done) return;
    if (!compressed && !this.inflating) {
      this.decoded(body);
      return;
    }
    const plain = compressed ? this.decompress(body) : Promise.resolve(body);
    plain.catch(() => {}); // handled in turn below; not an unhandled rejection meanwhile
    this.inflating = (this.inflating ?? Promise.resolve()).then(() =>
      plain.then(
        (bytes) => this.decoded(bytes),
        (err: Error) => this.cutShort(...decompressionFailure(err, this.limits.maxReceiveBytes)),
      ),
    );
  };

  private decompress(body: Buffer): Promise<Buffer> {
    const algorithm = this.encoding === "gzip" ? gunzip : this.encoding === "deflate" ? inflate : undefined;
    if (!algorithm) return Promise.reject(new Error("a compressed message without a grpc-encoding"));
    return new Promise((resolve, reject) =>
      algorithm(body, { maxOutputLength: this.limits.maxReceiveBytes }, (err, bytes) =>
        err ? reject(err) : resolve(bytes),
      ),
    );
  }

  private decoded(bytes: Buffer): void {
    if (this.done) return;
    this.limits.idle.stop(this);
    let value: unknown;
    try {
      value = this.method.requestDeserialize(bytes);
    } catch (err) {
      this.cutShort(status.INTERNAL, `Error deserializing request: ${(err as Error).message}`);
      return;
    }
    this.events!.message(value);
  }

  private endOfRequest(): void {
    this.requestEnded = true;
    if (this.done) return;
    this.limits.idle.stop(this);
    if (this.decoder.midMessage) {
      this.cutShort(status.INTERNAL, "the request ended in the middle of a message");
      return;
    }
    if (!this.inflating) {
      this.events!.end();
      return;
    }
    void this.inflating.then(() => {
      if (!this.done) this.events!.end();
    });
  }

  private closed(): void {
    this.deadlineTimer?.clear();
    this.limits.idle.stop(this);
    if (this.done) return;
    this.done = true;
    this.events?.cancel();
  }
}

function decompressionFailure(err: Error, limit: number): [number, string] {
  if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
    return [status.RESOURCE_EXHAUSTED, `Received message that decompresses to a size larger than ${limit}`];
  }
  return [status.INTERNAL, `Received message that could not be decompressed: ${err.message}`];
}
