/**
 * The few Kubernetes shapes the injector reads and writes. Deliberately partial: fields the
 * injector does not touch pass through as `unknown`, so nothing is lost or re-typed.
 */

export type StringMap = Record<string, string>;

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: StringMap;
  annotations?: StringMap;
  [field: string]: unknown;
}

export interface SecretKeySelector {
  name: string;
  key: string;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: SecretKeySelector; [source: string]: unknown };
}

export interface VolumeMount {
  name: string;
  mountPath: string;
  readOnly?: boolean;
  [field: string]: unknown;
}

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: string;
  [field: string]: unknown;
}

export interface Probe {
  httpGet: { path: string; port: number; scheme?: "HTTP" };
  periodSeconds: number;
  timeoutSeconds: number;
  failureThreshold: number;
  [field: string]: unknown;
}

export interface Container {
  name: string;
  image?: string;
  command?: string[];
  args?: string[];
  env?: EnvVar[];
  ports?: ContainerPort[];
  volumeMounts?: VolumeMount[];
  restartPolicy?: string;
  [field: string]: unknown;
}

export interface Volume {
  name: string;
  [source: string]: unknown;
}

export interface PodSpec {
  containers?: Container[];
  initContainers?: Container[];
  volumes?: Volume[];
  hostNetwork?: boolean;
  restartPolicy?: string;
  [field: string]: unknown;
}

export interface Pod {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  spec?: PodSpec;
  [field: string]: unknown;
}

/** What the mutation knows of the pod's namespace: its name and labels (the webhook learns them from its path). */
export interface NamespaceInfo {
  name: string;
  labels?: StringMap;
}

/** The RFC 6902 operations the injector emits: it only ever adds. */
export interface AddOperation {
  op: "add";
  path: string;
  value: unknown;
}

/** Escapes one JSON Pointer token (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function pointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
