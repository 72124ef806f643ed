/**
 * The operation wrapper: the one path every RPC takes. A handler only says what is specific to it
 * (read fields, call the backend, build the response); identity, error mapping, audit, metrics,
 * deadlines, cancellation and shutdown of open streams are done here, once, for every RPC.
 */
import { randomUUID } from "node:crypto";
// Only types: the generated XxxServiceHandlers interfaces are written in grpc-js's handler types.
import type { handleClientStreamingCall, handleServerStreamingCall, handleUnaryCall } from "@grpc/grpc-js";
import type { Logger } from "../shared/logger";
import type { AuditSink } from "./audit";
import type { IdentityResolver, OrgScope } from "./auth/identity";
import type { Identity } from "./auth/verifier";
import { SidecarError, statusName, toSidecarError } from "./errors";
import type { InFlightCalls, InFlightEntry } from "./in-flight";
import type { MethodStats, Metrics } from "./metrics";
import type { Handler, Respond, StreamCall, UnaryCall } from "./transport/calls";
import { atDeadline } from "./transport/deadline";
import type { RequestMetadata } from "./transport/metadata";
import type { ServiceDefinition } from "./transport/server";
import { status } from "./transport/status";
import { decodeError, type Encoder, wireDefinition } from "./wire";

/** What a handler knows about its call besides the request. */
export interface CallContext {
  readonly identity: Identity;
  /** Absolute deadline in epoch milliseconds; Infinity when the caller set none. */
  readonly deadline: number;
  /** Aborted when the caller cancels, the deadline passes, or the sidecar shuts the stream down. */
  readonly signal: AbortSignal;
  readonly requestId: string;
}

type Resource<Req> = (request: Req) => string | undefined;

/** What every kind of operation may say about its requests. */
interface RequestFacts<Req> {
  /** The resource by the caller's name (a key, a bucket), for the audit event. Never a value. */
  readonly resource?: Resource<Req>;
  /** The organisation the request's resource belongs to, when its name carries one (a session id). */
  readonly org?: (request: Req) => string | undefined;
}

export interface UnaryOperation<Req, Res> extends RequestFacts<Req> {
  readonly kind: "unary";
  run(request: Req, ctx: CallContext): Promise<Res>;
}

export interface StreamSink<Res> {
  /** Sends one message; resolves once the transport can take more (back-pressure). */
  send(message: Res): Promise<void>;
  /** Messages written but not yet taken by the transport. */
  pending(): number;
}

export interface ServerStreamOperation<Req, Res> extends RequestFacts<Req> {
  readonly kind: "serverStream";
  /** Messages the transport may hold before `send` waits; 16 by default, whatever their size. */
  readonly queue?: number;
  /** Resolves when the stream is complete; a rejection ends it with that status. */
  run(request: Req, ctx: CallContext, sink: StreamSink<Res>): Promise<void>;
}

export interface ClientStreamOperation<Req, Res> extends RequestFacts<Req> {
  readonly kind: "clientStream";
  /** `messages` yields every message of the stream, the first included (it also names the caller). */
  run(messages: AsyncIterable<Req>, ctx: CallContext): Promise<Res>;
}

export const unary = <Req, Res>(op: Omit<UnaryOperation<Req, Res>, "kind">): UnaryOperation<Req, Res> => ({
  kind: "unary",
  ...op,
});
export const serverStream = <Req, Res>(
  op: Omit<ServerStreamOperation<Req, Res>, "kind">,
): ServerStreamOperation<Req, Res> => ({ kind: "serverStream", ...op });
export const clientStream = <Req, Res>(
  op: Omit<ClientStreamOperation<Req, Res>, "kind">,
): ClientStreamOperation<Req, Res> => ({ kind: "clientStream", ...op });

/**
 * The operations of a service, typed from the generated `XxxServiceHandlers` interface, so the
 * compiler refuses a service with a missing RPC or a wrong request or response type.
 */
export type OperationsOf<H> = {
  [K in keyof H as string extends K ? never : K]: H[K] extends handleUnaryCall<infer Req, infer Res>
    ? UnaryOperation<Req, Res>
    : H[K] extends handleServerStreamingCall<infer Req, infer Res>
      ? ServerStreamOperation<Req, Res>
      : H[K] extends handleClientStreamingCall<infer Req, infer Res>
        ? ClientStreamOperation<Req, Res>
        : never;
};

type AnyOperation =
  | UnaryOperation<unknown, unknown>
  | ServerStreamOperation<unknown, unknown>
  | ClientStreamOperation<unknown, unknown>;

export interface OperationDeps {
  identify: IdentityResolver;
  audit: AuditSink;
  metrics: Metrics;
  log: Logger;
  /** Open server streams, so shutdown can end them with a status. */
  streams: Set<(err: SidecarError) => void>;
  /**
   * Unary and client-stream calls not answered yet, so shutdown can answer them with a status when
   * the grace period is over (closing their connections would only reset their streams).
   */
  calls: InFlightCalls;
}

/** Backend-specific translation of a thrown error (e.g. Redis WRONGTYPE → failed_precondition). */
export type ErrorTranslator = (err: unknown) => SidecarError | undefined;

/** Any call the transport hands a handler; `getDeadline()` is epoch ms, Infinity without one. */
type Call = UnaryCall | StreamCall;

class Context implements CallContext {
  private controller?: AbortController;
  private release?: () => void;
  readonly deadline: number;

  constructor(
    readonly identity: Identity,
    private readonly call: Call,
    readonly requestId: string,
  ) {
    this.deadline = call.getDeadline();
  }

  /** Created on first use: most handlers never look at it, and it costs a listener and a timer. */
  get signal(): AbortSignal {
    if (!this.controller) {
      const controller = new AbortController();
      this.controller = controller;
      if (this.call.cancelled) controller.abort();
      const onCancel = () => controller.abort();
      this.call.once("cancelled", onCancel);
      const timer = Number.isFinite(this.deadline) ? atDeadline(this.deadline, onCancel) : undefined;
      this.release = () => {
        this.call.removeListener("cancelled", onCancel);
        timer?.clear();
      };
    }
    return this.controller.signal;
  }

  abort(): void {
    void this.signal;
    this.controller!.abort();
  }

  /**
   * Called when the call is answered: its deadline timer and "cancelled" listener are not needed any more.
   */
  dispose(): void {
    this.release?.();
  }
}

/**
 * Request ids this process makes: a random boot id and a counter. Unique across restarts and
 * replicas like a UUID, without a UUID's cost on every call.
 */
const BOOT_ID = randomUUID();
let issuedIds = 0;

/** The caller's `x-request-id` when it sent a usable one, else a new id. */
function requestIdOf(metadata: RequestMetadata): string {
  const given = metadata.get("x-request-id")[0];
  return typeof given === "string" && given !== "" && given.length <= 128 ? given : `${BOOT_ID}-${++issuedIds}`;
}

class Recorder {
  private readonly started = performance.now();
  identity: Identity | undefined;
  readonly requestId: string;

  constructor(
    private readonly deps: OperationDeps,
    private readonly stats: MethodStats,
    private readonly resource: string | undefined,
    metadata: RequestMetadata,
  ) {
    this.requestId = requestIdOf(metadata);
  }

  finish(code: status, err?: unknown): void {
    const elapsedMs = performance.now() - this.started;
    this.stats.observe(code, elapsedMs / 1000);
    this.deps.audit.record({
      service: this.stats.service,
      operation: this.stats.method,
      org: this.identity?.org,
      user: this.identity?.user,
      resource: this.resource,
      code: statusName(code),
      latency_ms: Math.round(elapsedMs * 1000) / 1000,
      request_id: this.requestId,
    });
    if (code === status.INTERNAL) {
      this.deps.log.error({ err, service: this.stats.service, method: this.stats.method }, "internal error");
    }
  }
}

function safeResource<Req>(resource: Resource<Req> | undefined, request: Req): string | undefined {
  try {
    return resource?.(request);
  } catch {
    return undefined;
  }
}

/**
 * Unary and client-stream calls answer once: identify the caller, run, answer, record. Every error,
 * whatever threw it, is mapped here to one status. Written with callbacks rather than async/await:
 * a caller whose token is cached is identified at once, and the call then costs one promise turn.
 */
function answerOnce(
  { deps, translate, scope, encode }: Binding,
  rec: Recorder,
  call: Call,
  callback: Respond,
  request: unknown,
  run: (ctx: CallContext) => Promise<unknown>,
  // A call the caller cancelled is recorded CANCELLED, whatever its handler went on to return: the
  // caller saw CANCELLED, and the record says what the caller got.
  cutShort: () => boolean = () => call.cancelled === true,
): void {
  let ctx: Context | undefined;
  let answered = false;
  // Shutdown answers a call still running at the end of the grace period, and cancels its work.
  const inFlight: InFlightEntry = {
    end(err) {
      ctx?.abort();
      fail(err);
    },
  };
  deps.calls.add(inFlight);
  const fail = (err: unknown) => {
    if (answered) return;
    answered = true;
    deps.calls.delete(inFlight);
    ctx?.dispose();
    // Whatever a handler threw after its stream was cut short, the call ended because of that.
    const e = cutShort() ? endedEarly(call) : toSidecarError(err, translate);
    callback({ code: e.grpcCode, details: e.message });
    rec.finish(e.grpcCode, err);
  };
  const answer = (response: unknown) => {
    if (answered) return;
    if (cutShort()) return fail(endedEarly(call));
    let encoded: Buffer;
    try {
      encoded = encode(response);
    } catch (err) {
      return fail(err);
    }
    answered = true;
    deps.calls.delete(inFlight);
    ctx!.dispose();
    callback(null, encoded);
    rec.finish(status.OK);
  };
  const proceed = (identity: Identity) => {
    rec.identity = identity;
    ctx = new Context(identity, call, rec.requestId);
    let result: Promise<unknown>;
    try {
      result = run(ctx);
    } catch (err) {
      return fail(err);
    }
    result.then(answer, fail);
  };
  const undecodable = decodeError(request);
  if (undecodable) {
    fail(undecodable);
    return;
  }
  let identity: Identity | Promise<Identity>;
  try {
    identity = deps.identify(call.metadata, request, scope);
  } catch (err) {
    fail(err);
    return;
  }
  if (identity instanceof Promise) identity.then(proceed, fail);
  else proceed(identity);
}

/** What binding one operation needs besides the operation. */
interface Binding {
  deps: OperationDeps;
  stats: MethodStats;
  translate?: ErrorTranslator;
  scope: OrgScope;
  /** The method's response encoder: the wrapper encodes, so an answer that cannot be encoded is recorded as such. */
  encode: Encoder;
}

function bindUnary(op: UnaryOperation<unknown, unknown>, binding: Binding) {
  return (call: UnaryCall, callback: Respond) => {
    const rec = new Recorder(binding.deps, binding.stats, safeResource(op.resource, call.request), call.metadata);
    return answerOnce(binding, rec, call, callback, call.request, (ctx) => op.run(call.request, ctx));
  };
}

function bindServerStream(
  op: ServerStreamOperation<unknown, unknown>,
  { deps, stats, translate, scope, encode }: Binding,
) {
  return async (call: StreamCall) => {
    if (op.queue !== undefined) limitQueue((call as unknown as StreamStates)._writableState, op.queue);
    const rec = new Recorder(deps, stats, safeResource(op.resource, call.request), call.metadata);
    let shutdownError: SidecarError | undefined;
    let ctx: Context | undefined;
    const endByShutdown = (err: SidecarError) => {
      shutdownError = err;
      ctx?.abort();
    };
    deps.streams.add(endByShutdown);
    try {
      const undecodable = decodeError(call.request);
      if (undecodable) throw undecodable;
      rec.identity = await deps.identify(call.metadata, call.request, scope);
      ctx = new Context(rec.identity, call, rec.requestId);
      const sink: StreamSink<unknown> = {
        send: (message) =>
          new Promise((resolve) => {
            if (call.write(encode(message))) resolve();
            else call.once("drain", () => resolve());
          }),
        pending: () => call.writableLength,
      };
      if (shutdownError) throw shutdownError;
      await op.run(call.request, ctx, sink);
      if (shutdownError) throw shutdownError;
      call.end();
      rec.finish(call.cancelled ? endedEarly(call).grpcCode : status.OK);
    } catch (err) {
      const e = toSidecarError(shutdownError ?? err, translate);
      // An 'error' event becomes the stream's final status, after what was already written (calls.ts).
      if (!call.cancelled) call.emit("error", { code: e.grpcCode, details: e.message });
      rec.finish(call.cancelled ? endedEarly(call).grpcCode : e.grpcCode, err);
    } finally {
      ctx?.dispose();
      deps.streams.delete(endByShutdown);
    }
  };
}

interface StreamStates {
  _readableState?: { highWaterMark: number };
  _writableState?: { highWaterMark: number };
}

/**
 * How many messages a stream call holds before it pushes back: 16 by default (an object-mode
 * stream's), whatever the handler is doing and however large they are. The limit is a field of the
 * stream's state, the only place Node reads it from.
 */
function limitQueue(state: { highWaterMark: number } | undefined, messages: number): void {
  if (state) state.highWaterMark = messages;
}

const CUT_SHORT = new SidecarError("cancelled", "the caller cancelled the call before it was answered");
const DEADLINE_PASSED = new SidecarError("deadline_exceeded", "the call's deadline passed");

/** What a call that the transport marked cancelled ended with, as the caller saw it. */
function endedEarly(call: Call): SidecarError {
  return Date.now() >= call.getDeadline() ? DEADLINE_PASSED : CUT_SHORT;
}

function bindClientStream(op: ClientStreamOperation<unknown, unknown>, binding: Binding) {
  return async (call: StreamCall, callback: Respond) => {
    // One message read ahead is enough, HTTP/2 flow control holds back the rest: with 1 MiB chunks,
    // 16 ahead was 16 MiB per upload held while a part was on its way to S3.
    limitQueue((call as unknown as StreamStates)._readableState, 1);
    const iterator = call[Symbol.asyncIterator]();
    // A stream is cut short when the caller cancels or its connection drops: the transport marks the
    // call cancelled and destroys the stream, so the next read fails ("premature close"). No handler
    // may commit it, and the call ends CANCELLED whatever the handler made of the failed read.
    let cutShort = false;
    const read = async (): Promise<IteratorResult<unknown>> => {
      let next: IteratorResult<unknown>;
      try {
        next = await iterator.next();
      } catch (err) {
        if (call.cancelled || isPrematureClose(err)) cutShort = true;
        throw cutShort ? CUT_SHORT : err;
      }
      if (next.done && call.cancelled) {
        cutShort = true;
        throw CUT_SHORT;
      }
      return next;
    };
    // The first message names the caller (and the resource); a stream that fails before it is
    // answered like any other failure, after identification.
    let failure: unknown;
    const first = await read().catch((err): IteratorResult<unknown> => {
      failure = err;
      return { done: true, value: undefined };
    });
    failure ??= first.done ? undefined : decodeError(first.value);
    const firstMessage = first.done || failure !== undefined ? {} : first.value;
    const messages: AsyncIterable<unknown> = {
      async *[Symbol.asyncIterator]() {
        if (first.done) return;
        yield first.value;
        for (let next = await read(); !next.done; next = await read()) {
          const undecodable = decodeError(next.value);
          if (undecodable) throw undecodable;
          yield next.value;
        }
      },
    };
    const rec = new Recorder(binding.deps, binding.stats, safeResource(op.resource, firstMessage), call.metadata);
    return answerOnce(
      binding,
      rec,
      call,
      callback,
      firstMessage,
      (ctx) => {
        if (failure !== undefined) throw failure;
        return op.run(messages, ctx);
      },
      () => cutShort || call.cancelled === true,
    );
  };
}

const isPrematureClose = (err: unknown) => (err as { code?: unknown } | null)?.code === "ERR_STREAM_PREMATURE_CLOSE";

/** What the wrapper needs of a service: its name, its operations and how it reads its errors and tenants. */
export interface BindableService {
  readonly name: string;
  readonly operations: object;
  readonly translateError?: ErrorTranslator;
  /** See OrgScope.podOrgOnly. */
  readonly podOrgOnly?: boolean;
}

/**
 * Turns a service's operations into transport handlers that all pass through the wrapper, and the
 * definition to serve them with (see wire.ts: the wrapper decodes and encodes).
 */
export function bindOperations(
  service: BindableService,
  definition: ServiceDefinition,
  deps: OperationDeps,
): { definition: ServiceDefinition; implementation: Record<string, Handler> } {
  const { served, encoders } = wireDefinition(definition);
  const implementation: Record<string, Handler> = {};
  for (const [method, value] of Object.entries(service.operations)) {
    const op = value as AnyOperation;
    const scope: OrgScope = {
      namedOrg: op.org as OrgScope["namedOrg"],
      podOrgOnly: service.podOrgOnly,
    };
    const binding: Binding = {
      deps,
      stats: deps.metrics.method(service.name, method),
      translate: service.translateError,
      scope,
      encode: encoders[method],
    };
    if (op.kind === "unary") implementation[method] = bindUnary(op, binding);
    else if (op.kind === "serverStream") implementation[method] = bindServerStream(op, binding);
    else implementation[method] = bindClientStream(op, binding);
  }
  return { definition: served, implementation };
}
