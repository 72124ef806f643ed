/**
 * The call objects handlers are given, shaped as grpc-js's (so handlers read `call.request`,
 * `call.metadata`, `call.cancelled`, listen for "cancelled", and stream calls are object-mode
 * Node streams): a unary call is a plain emitter, the cheapest thing that will do; streams are a
 * Duplex whose readable side yields request messages and whose writable side sends answers.
 */
import { EventEmitter } from "node:events";
import { Duplex } from "node:stream";
import type { Exchange } from "./exchange";
import type { RequestMetadata } from "./metadata";
import { type StatusObject, status } from "./status";

export type Respond = (err: StatusObject | null, value?: unknown) => void;
export type Handler = (call: never, respond: Respond) => void;

interface CallFacts {
  readonly metadata: RequestMetadata;
  cancelled: boolean;
  getDeadline(): number;
}

export class UnaryCall extends EventEmitter implements CallFacts {
  cancelled = false;
  request: unknown;

  constructor(
    private readonly exchange: Exchange,
    readonly metadata: RequestMetadata,
  ) {
    super();
  }

  getDeadline(): number {
    return this.exchange.deadline;
  }
}

export class StreamCall extends Duplex implements CallFacts {
  cancelled = false;
  request: unknown;
  /** The status `end()` sends: OK, unless an "error" event said otherwise (grpc-js does the same). */
  private pendingStatus: StatusObject = { code: status.OK, details: "" };

  constructor(
    private readonly exchange: Exchange,
    readonly metadata: RequestMetadata,
  ) {
    super({ objectMode: true });
    this.on("error", (err: StatusObject) => {
      this.pendingStatus = err;
      if (!this.writableEnded) this.end();
    });
  }

  getDeadline(): number {
    return this.exchange.deadline;
  }

  override _read(): void {
    this.exchange.awaitRequest();
  }

  override _write(message: unknown, _encoding: BufferEncoding, written: (err?: Error | null) => void): void {
    const bytes = serialize(this.exchange, message);
    if (bytes) this.exchange.send(bytes, written);
    else written();
  }

  override _final(done: (err?: Error | null) => void): void {
    const { code, details, message } = this.pendingStatus;
    this.exchange.finish(code ?? status.UNKNOWN, details ?? message ?? "");
    done();
  }
}

/** The answer's bytes, or undefined when it cannot be encoded (the call then ends INTERNAL). */
function serialize(exchange: Exchange, value: unknown): Buffer | undefined {
  try {
    return exchange.method.responseSerialize(value);
  } catch (err) {
    exchange.cutShort(status.INTERNAL, `Error serializing response: ${(err as Error).message}`);
    return undefined;
  }
}

/** The callback of unary and client-stream handlers. */
function responder(exchange: Exchange): Respond {
  return (err, value) => {
    if (err) {
      exchange.finish(err.code ?? status.UNKNOWN, err.details ?? err.message ?? "");
      return;
    }
    const bytes = serialize(exchange, value);
    if (bytes) exchange.answer(bytes);
  };
}

function cancelStream(call: StreamCall): void {
  call.cancelled = true;
  call.emit("cancelled", "cancelled");
  call.destroy();
}

/** A handler that throws has failed its call; what it threw is not the caller's business. */
function invoke(exchange: Exchange, run: () => void): void {
  try {
    run();
  } catch {
    exchange.finish(status.UNKNOWN, "Unknown error");
  }
}

/**
 * Unary and server-stream calls: exactly one request message, read to the end of the request,
 * before the handler runs.
 */
function onOneRequest(exchange: Exchange, start: (request: unknown) => void, onCancel: () => void): void {
  let request: unknown;
  let received = false;
  exchange.open({
    message(value) {
      if (received) {
        exchange.cutShort(status.UNIMPLEMENTED, `Received a second request message for ${exchange.method.path}`);
        return;
      }
      received = true;
      request = value;
    },
    end() {
      if (!received)
        return exchange.finish(status.UNIMPLEMENTED, `Received no request message for ${exchange.method.path}`);
      start(request);
    },
    cancel: onCancel,
  });
  exchange.awaitRequest();
}

export function serveUnary(exchange: Exchange, metadata: RequestMetadata, handler: Handler): void {
  const call = new UnaryCall(exchange, metadata);
  onOneRequest(
    exchange,
    (request) => {
      call.request = request;
      invoke(exchange, () => handler(call as never, responder(exchange)));
    },
    () => {
      call.cancelled = true;
      call.emit("cancelled", "cancelled");
    },
  );
}

export function serveServerStream(exchange: Exchange, metadata: RequestMetadata, handler: Handler): void {
  let call: StreamCall | undefined;
  onOneRequest(
    exchange,
    (request) => {
      call = new StreamCall(exchange, metadata);
      call.request = request;
      call.push(null);
      const started = call;
      invoke(exchange, () => handler(started as never, responder(exchange)));
    },
    () => call && cancelStream(call),
  );
}

/** Client-stream and bidi calls: the handler runs at once and reads the messages as they come. */
export function serveRequestStream(exchange: Exchange, metadata: RequestMetadata, handler: Handler): void {
  const call = new StreamCall(exchange, metadata);
  exchange.open({
    message(value) {
      if (!call.push(value)) exchange.holdRequest();
    },
    end: () => call.push(null),
    cancel: () => cancelStream(call),
  });
  invoke(exchange, () => handler(call as never, responder(exchange)));
}
