/**
 * Start and stop of the sidecar process: the only place that builds real backend clients.
 * Start: protos, listeners, admin port, backends connecting in the background.
 * Stop: not ready, end open streams, let calls in flight finish within the grace period,
 * flush audit, close backends.
 */
import { once } from "node:events";
import { chmodSync } from "node:fs";
import type { Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../shared/logger";
import { createAdminServer } from "./admin";
import { type AuditSink, combineSinks, lokiAuditSink, stdoutAuditSink } from "./audit";
import { createIdentityResolver } from "./auth/identity";
import { fileKeySource, type KeySource, urlKeySource } from "./auth/jwks";
import { createTokenVerifier } from "./auth/verifier";
import type { ListenAddress, SidecarConfig } from "./config";
import { SidecarError } from "./errors";
import { HealthState, healthService } from "./health";
import { InFlightCalls } from "./in-flight";
import { Metrics } from "./metrics";
import { bindOperations, type OperationDeps } from "./operation";
import { loadApi } from "./proto";
import { addLazyReflection } from "./reflection";
import type { BackendService } from "./services/service";
import { GrpcServer, type ServiceDefinition } from "./transport/server";

export interface RunningSidecar {
  /** The bound gRPC addresses, as `host:port` or `unix:/path` (port 0 resolved). */
  readonly addresses: string[];
  readonly adminAddress: string;
  readonly health: HealthState;
  stop(): Promise<void>;
}

function target(a: ListenAddress): string {
  if (a.kind === "unix") return `unix:${a.path}`;
  return a.host.includes(":") ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`;
}

/**
 * Readable and writable by every user: the app container usually runs as another uid than the
 * sidecar, and connecting needs write permission. The socket lives in the pod's shared volume, so
 * this reaches exactly who loopback TCP reaches: the pod's own containers.
 */
const UNIX_SOCKET_MODE = 0o666;

async function bind(server: GrpcServer, address: ListenAddress): Promise<string> {
  let port: number | undefined;
  try {
    port = await server.listen(address.kind === "tcp" ? address : { path: address.path });
  } catch (err) {
    throw new Error(`cannot listen on ${target(address)}: ${(err as Error).message}`);
  }
  if (address.kind === "tcp") return target({ ...address, port: port! });
  try {
    chmodSync(address.path, UNIX_SOCKET_MODE);
  } catch (e) {
    throw new Error(`cannot open ${address.path} to the app's user: ${(e as Error).message}`);
  }
  return target(address);
}

function buildKeySource(config: SidecarConfig, log: Logger): KeySource | undefined {
  if (config.auth.jwksFile) return fileKeySource(config.auth.jwksFile);
  if (config.auth.jwksUrl) {
    return urlKeySource({ url: config.auth.jwksUrl, log, cooldownMs: config.auth.jwksCooldownMs });
  }
  return undefined;
}

function buildServices(config: SidecarConfig, health: HealthState, log: Logger): BackendService[] {
  return config.services.map(({ plugin, config: serviceConfig }) => {
    health.set(plugin.name, "NOT_SERVING");
    const setServing = (up: boolean) => health.set(plugin.name, up ? "SERVING" : "NOT_SERVING");
    return plugin.create(serviceConfig, { log, setServing, health });
  });
}

export async function startSidecar(config: SidecarConfig, log: Logger, audit?: AuditSink): Promise<RunningSidecar> {
  const health = new HealthState();
  const metrics = new Metrics();
  const keySource = buildKeySource(config, log);
  const verifier = await createTokenVerifier(config.auth, keySource?.getKey);
  const auditSink =
    audit ??
    combineSinks([stdoutAuditSink(), ...(config.lokiUrl ? [lokiAuditSink({ url: config.lokiUrl, log })] : [])]);
  metrics.register(
    "isa_sidecar_audit_dropped_total",
    "Audit events dropped by a full or failing sink.",
    "counter",
    auditSink.dropped,
  );
  // What a soak watches (npm run soak): does RSS level off, and is it the JS heap or outside it.
  metrics.register("process_resident_memory_bytes", "Resident set size.", "gauge", () => process.memoryUsage.rss());
  metrics.register("nodejs_heap_used_bytes", "V8 heap in use.", "gauge", () => process.memoryUsage().heapUsed);

  const deps: OperationDeps = {
    identify: createIdentityResolver(config.auth, verifier),
    audit: auditSink,
    metrics,
    log,
    streams: new Set(),
    calls: new InFlightCalls(),
  };
  // Such a call never reaches a handler, so neither audit nor the per-method counters see it.
  let idleCancelled = 0;
  metrics.register(
    "isa_sidecar_request_idle_cancelled_total",
    "Calls cancelled because their request message was not completed within --request-idle-timeout.",
    "counter",
    () => idleCancelled,
  );
  const packageDefinition = loadApi(config.services.map((s) => s.plugin.proto));
  const server = new GrpcServer({
    maxReceiveMessageBytes: config.maxMessageBytes,
    maxSendMessageBytes: config.maxMessageBytes,
    requestIdleMs: config.requestIdleMs,
    onRequestIdle: (path) => {
      idleCancelled++;
      log.warn({ path, idleMs: config.requestIdleMs }, "request message not completed in time; call cancelled");
    },
  });
  const services = buildServices(config, health, log);
  for (const service of services) {
    const definition = packageDefinition[service.name] as ServiceDefinition;
    const bound = bindOperations(service, definition, deps);
    server.addService(bound.definition, bound.implementation);
  }
  server.addService(packageDefinition["grpc.health.v1.Health"] as ServiceDefinition, healthService(health));
  addLazyReflection(server, packageDefinition); // loads nothing until the first reflection call

  const addresses = await Promise.all(config.listen.map((a) => bind(server, a)));
  const admin = createAdminServer(health, metrics);
  admin.listen(config.adminListen.port, config.adminListen.host);
  await once(admin, "listening");
  const adminInfo = admin.address() as AddressInfo;
  const adminAddress = `${config.adminListen.host}:${adminInfo.port}`;
  health.set("", "SERVING");
  log.info({ addresses, admin: adminAddress, auth: config.auth.mode }, "serving");
  if (config.auth.mode === "jwt" && (config.auth.jwksUrl || config.auth.jwksFile) && !config.auth.audience) {
    // Without an audience, a token the same identity provider issued for another service passes.
    log.warn("no --jwt-audience: tokens issued for any audience by this identity provider are accepted");
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= shutdown({ server, admin, health, deps, services, keySource, auditSink, log, config });
    return stopping;
  };
  return { addresses, adminAddress, health, stop };
}

interface ShutdownParts {
  server: GrpcServer;
  admin: HttpServer;
  health: HealthState;
  deps: OperationDeps;
  services: BackendService[];
  keySource: KeySource | undefined;
  auditSink: AuditSink;
  log: Logger;
  config: SidecarConfig;
}

/** What closing backends and flushing the audit may add to the grace period. */
const CLOSE_BUDGET_MS = 800;

async function withinBudget(work: Promise<void>, log: Logger): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), CLOSE_BUDGET_MS);
  });
  if ((await Promise.race([work, late])) === "late") {
    log.warn({ budgetMs: CLOSE_BUDGET_MS }, "backends or audit sinks did not close in time; stopping anyway");
  }
  clearTimeout(timer);
}

async function shutdown(p: ShutdownParts): Promise<void> {
  p.log.info({ gracePeriodMs: p.config.gracePeriodMs, openStreams: p.deps.streams.size }, "shutting down");
  for (const service of p.services) p.health.set(service.name, "NOT_SERVING");
  p.health.set("", "NOT_SERVING");
  const goingAway = new SidecarError("unavailable", "sidecar shutting down");
  for (const end of [...p.deps.streams]) end(goingAway);

  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      p.log.warn({ calls: p.deps.calls.size }, "grace period over; cancelling calls still in flight");
      const over = new SidecarError("unavailable", "sidecar shut down: the grace period is over");
      p.deps.calls.endAll(over);
      for (const end of [...p.deps.streams]) end(over);
      p.server.forceShutdown();
      resolve();
    }, p.config.gracePeriodMs);
    p.server.tryShutdown(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  // After the grace period, at most CLOSE_BUDGET_MS more: a backend or Loki that hangs does not
  // hold the pod; the audit of calls answered so far is already on stdout.
  await withinBudget(
    (async () => {
      await Promise.allSettled(p.services.map((s) => s.close()));
      p.keySource?.close();
      await p.auditSink.flush();
    })(),
    p.log,
  );
  p.admin.closeAllConnections();
  await new Promise((resolve) => p.admin.close(resolve));
  p.log.info("stopped");
}
