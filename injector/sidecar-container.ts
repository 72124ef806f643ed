/**
 * Resolved settings → the sidecar container, the volumes it needs, and the environment that
 * tells app containers where it is. Pure: the same settings always give the same spec, which is
 * what the injection hash records.
 */
import {
  type ListenAddress,
  parseHostPort,
  parseListen,
  SETTING_NAMES,
  type Settings,
  SIDECAR_DEFAULT_LISTEN,
  settingSpec,
} from "./annotations";
import type { Container, EnvVar, Probe, Volume, VolumeMount } from "./k8s";

export const SIDECAR_NAME = "isa-sidecar";
export const SOCKET_VOLUME = "isa-sidecar-socket";
/** The image's non-root user (distroless "nonroot"); numeric so runAsNonRoot can be verified. */
export const SIDECAR_UID = 65532;

/** The isA Cloud services and the port each one's clients expect by default. */
const SERVICE_PORTS = [
  { env: "ISA_CLOUD_REDIS", port: 50055 },
  { env: "ISA_CLOUD_POSTGRES", port: 50061 },
  { env: "ISA_CLOUD_NATS", port: 50056 },
  { env: "ISA_CLOUD_MINIO", port: 50051 },
];

export interface SidecarPlan {
  container: Container;
  volumes: Volume[];
  /** Variables for each app container; one the container already sets is left alone. */
  appEnv: EnvVar[];
  appMounts: VolumeMount[];
  /** TCP ports the sidecar binds in the pod's network namespace. */
  ports: number[];
}

export interface SidecarOptions {
  native: boolean;
  extraArgs: readonly string[];
}

export function buildSidecar(settings: Settings, options: SidecarOptions): SidecarPlan {
  const admin = parseHostPort(settings["admin-listen"]!)!;
  const socket = settings["unix-socket"];
  const listen: ListenAddress[] = parseListen(settings.listen ?? SIDECAR_DEFAULT_LISTEN)!;
  if (socket) listen.push({ kind: "unix", path: socket });

  const args = ["serve"];
  if (settings.listen || socket) args.push(`--listen=${listen.map(formatAddress).join(",")}`);
  args.push(`--admin-listen=${settings["admin-listen"]}`);
  for (const name of SETTING_NAMES) {
    const flag = settingSpec(name).flag;
    const value = settings[name];
    if (flag && value !== undefined) args.push(`${flag}=${value}`);
  }
  args.push(...options.extraArgs);

  const env: EnvVar[] = [];
  for (const name of SETTING_NAMES) {
    const envName = settingSpec(name).env;
    const ref = settings[name];
    if (envName && ref) {
      const [secretName, key] = ref.split("/") as [string, string];
      env.push({ name: envName, valueFrom: { secretKeyRef: { name: secretName, key } } });
    }
  }

  const probe = (path: string, periodSeconds: number, failureThreshold: number): Probe => ({
    httpGet: { path, port: admin.port, scheme: "HTTP" },
    periodSeconds,
    timeoutSeconds: 1,
    failureThreshold,
  });

  const socketDir = socket ? socket.slice(0, socket.lastIndexOf("/")) : undefined;
  const container: Container = {
    name: SIDECAR_NAME,
    image: settings.image!,
    imagePullPolicy: settings["image-pull-policy"] ?? "IfNotPresent",
    command: ["isa-sidecar"],
    args,
    ...(env.length > 0 ? { env } : {}),
    ports: [{ name: "isa-admin", containerPort: admin.port, protocol: "TCP" }],
    ...(options.native ? { restartPolicy: "Always" } : {}),
    // Ready first: with a native sidecar the next container starts only once this probe passes.
    startupProbe: probe("/readyz", 1, 120),
    readinessProbe: probe("/readyz", 5, 3),
    livenessProbe: probe("/healthz", 10, 3),
    ...(options.native ? {} : { lifecycle: { postStart: { exec: { command: waitReadyCommand(admin) } } } }),
    resources: resources(settings),
    securityContext: {
      runAsNonRoot: true,
      runAsUser: SIDECAR_UID,
      runAsGroup: SIDECAR_UID,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      capabilities: { drop: ["ALL"] },
      seccompProfile: { type: "RuntimeDefault" },
    },
    ...(socketDir ? { volumeMounts: [{ name: SOCKET_VOLUME, mountPath: socketDir }] } : {}),
    terminationMessagePolicy: "FallbackToLogsOnError",
  };

  const tcp = listen.filter((a): a is Extract<ListenAddress, { kind: "tcp" }> => a.kind === "tcp");
  const appEnv: EnvVar[] = [];
  const first = tcp[0];
  if (first) appEnv.push({ name: "ISA_SIDECAR_ADDR", value: formatAddress(first) });
  else if (socket) appEnv.push({ name: "ISA_SIDECAR_ADDR", value: `unix:${socket}` });
  if (socket) appEnv.push({ name: "ISA_SIDECAR_SOCKET", value: socket });
  if (first) {
    for (const service of SERVICE_PORTS) {
      const at = tcp.find((a) => a.port === service.port) ?? first;
      appEnv.push(
        { name: `${service.env}_HOST`, value: at.host },
        { name: `${service.env}_PORT`, value: String(at.port) },
      );
    }
  }

  return {
    container,
    volumes: socketDir ? [{ name: SOCKET_VOLUME, emptyDir: {} }] : [],
    appEnv,
    appMounts: socketDir ? [{ name: SOCKET_VOLUME, mountPath: socketDir, readOnly: true }] : [],
    ports: [...tcp.map((a) => a.port), admin.port],
  };
}

function formatAddress(a: ListenAddress): string {
  if (a.kind === "unix") return `unix:${a.path}`;
  return a.host.includes(":") ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`;
}

/**
 * For the regular-container fallback: kubelet starts a pod's containers in order and waits for
 * each postStart hook before starting the next, so blocking here until /readyz answers holds the
 * app containers (which come after) until the sidecar is ready.
 */
function waitReadyCommand(admin: { host: string; port: number }): string[] {
  const host = admin.host === "0.0.0.0" ? "127.0.0.1" : admin.host === "::" ? "[::1]" : admin.host;
  const target = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return ["isa-injector", "wait-ready", `--url=http://${target}:${admin.port}/readyz`, "--timeout=120s"];
}

function resources(settings: Settings): Record<string, Record<string, string>> {
  const pick = (kind: "request" | "limit") => {
    const out: Record<string, string> = {};
    for (const r of ["cpu", "memory"] as const) {
      const v = settings[`${r}-${kind}`];
      if (v) out[r] = v;
    }
    return out;
  };
  const requests = pick("request");
  const limits = pick("limit");
  return {
    ...(Object.keys(requests).length > 0 ? { requests } : {}),
    ...(Object.keys(limits).length > 0 ? { limits } : {}),
  };
}
