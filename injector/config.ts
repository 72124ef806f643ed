/**
 * The injector config file (YAML or JSON, usually a mounted ConfigMap): which namespace the
 * injector lives in, how the sidecar is added, and the default sidecar settings, in the same
 * vocabulary as the pod annotations. Every value is checked at load; a bad file stops the
 * injector instead of producing broken pods.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import {
  checkSetting,
  isSettingName,
  parseHostPort,
  parseListen,
  resolveSettings,
  SETTING_NAMES,
  type SettingName,
  type Settings,
  SIDECAR_DEFAULT_LISTEN,
  shown,
} from "./annotations";
import { parseQuantity } from "./quantity";

export interface InjectorConfig {
  /** The injector's version, recorded on every pod it injects. */
  version: string;
  /** Pods here are never injected: the injector must not depend on itself. */
  injectorNamespace: string;
  /** true: an init container with restartPolicy Always (Kubernetes ≥ 1.29); false: a regular container held first. */
  nativeSidecar: boolean;
  /** Default sidecar settings; pods override them with `sidecar.isa.cloud/<name>` unless locked. */
  defaults: Settings;
  /** Settings pods may not override. */
  locked: SettingName[];
  /** Extra `isa-sidecar serve` arguments, for development only (e.g. `--dev`); pods cannot set them. */
  extraArgs: string[];
}

export class ConfigFileError extends Error {
  constructor(
    readonly source: string,
    reason: string,
  ) {
    super(`${source}: ${reason}`);
    this.name = "ConfigFileError";
  }
}

export const DEFAULT_INJECTOR_NAMESPACE = "isa-system";

/** What an injector with no config file injects. */
export function builtInDefaults(version: string): Settings {
  return {
    image: `ghcr.io/isa-cloud/isa-sidecar:${version}`,
    "image-pull-policy": "IfNotPresent",
    "admin-listen": "0.0.0.0:50050",
    "cpu-request": "50m",
    "memory-request": "64Mi",
    "cpu-limit": "1",
    "memory-limit": "256Mi",
  };
}

export function defaultConfig(version: string): InjectorConfig {
  return {
    version,
    injectorNamespace: DEFAULT_INJECTOR_NAMESPACE,
    nativeSidecar: true,
    defaults: builtInDefaults(version),
    locked: [],
    extraArgs: [],
  };
}

const TOP_LEVEL = ["injector-namespace", "native-sidecar", "defaults", "locked", "extra-args"];

/** Parses and checks a config file's text (YAML; JSON is YAML too). */
export function parseInjectorConfig(text: string, source: string, version: string): InjectorConfig {
  let doc: unknown;
  try {
    doc = parse(text, { uniqueKeys: true, prettyErrors: false });
  } catch (err) {
    throw new ConfigFileError(source, `not valid YAML or JSON: ${(err as Error).message.split("\n")[0]}`);
  }
  const config = defaultConfig(version);
  if (doc === null || doc === undefined) return config;
  if (!isObject(doc)) throw new ConfigFileError(source, "must be a mapping of settings");
  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL.includes(key)) {
      throw new ConfigFileError(source, `unknown key "${key}" (known: ${TOP_LEVEL.join(", ")})`);
    }
  }

  const ns = doc["injector-namespace"];
  if (ns !== undefined) {
    if (typeof ns !== "string" || !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(ns)) {
      throw new ConfigFileError(source, "injector-namespace must be a namespace name");
    }
    config.injectorNamespace = ns;
  }
  const native = doc["native-sidecar"];
  if (native !== undefined) {
    if (typeof native !== "boolean") throw new ConfigFileError(source, "native-sidecar must be true or false");
    config.nativeSidecar = native;
  }
  config.locked = stringList(doc, "locked", source).map((name) => {
    if (!isSettingName(name)) throw new ConfigFileError(source, `locked: "${name}" is not a setting`);
    return name;
  });
  config.extraArgs = stringList(doc, "extra-args", source);
  for (const arg of config.extraArgs) {
    if (!arg.startsWith("--")) throw new ConfigFileError(source, `extra-args: "${arg}" is not a --flag`);
  }

  const defaults = doc.defaults;
  if (defaults !== undefined && defaults !== null) {
    if (!isObject(defaults)) throw new ConfigFileError(source, "defaults must be a mapping of setting: value");
    for (const [name, raw] of Object.entries(defaults)) {
      if (!isSettingName(name)) {
        throw new ConfigFileError(source, `defaults: unknown setting "${name}" (known: ${SETTING_NAMES.join(", ")})`);
      }
      if (raw === null) {
        delete config.defaults[name];
        continue;
      }
      if (!["string", "number", "boolean"].includes(typeof raw)) {
        throw new ConfigFileError(source, `defaults.${name} must be a string`);
      }
      const value = String(raw).trim();
      const problem = checkSetting(name, value);
      if (problem) throw new ConfigFileError(source, `defaults.${name}: ${shown(name, value)} ${problem}`);
      config.defaults[name] = value;
    }
  }
  checkCoherent(config, source);
  return config;
}

/** Rules that span settings: the same ones a pod's annotations are held to, but fatal here. */
function checkCoherent(config: InjectorConfig, source: string): void {
  const d = config.defaults;
  if (!d.image) throw new ConfigFileError(source, "defaults.image must be set");
  if (!d["admin-listen"])
    throw new ConfigFileError(source, "defaults.admin-listen must be set (kubelet probes use it)");
  for (const resource of ["cpu", "memory"] as const) {
    const req = d[`${resource}-request`];
    const lim = d[`${resource}-limit`];
    if (req && lim && parseQuantity(req)! > parseQuantity(lim)!) {
      throw new ConfigFileError(source, `defaults.${resource}-request ${req} exceeds ${resource}-limit ${lim}`);
    }
  }
  if ((d.auth ?? "jwt") !== "local" && (d["default-org"] || d["default-user"])) {
    throw new ConfigFileError(source, "defaults.default-org and default-user only apply with auth: local");
  }
  const admin = parseHostPort(d["admin-listen"])!;
  const listen = parseListen(d.listen ?? SIDECAR_DEFAULT_LISTEN)!;
  if (listen.some((a) => a.kind === "tcp" && a.port === admin.port)) {
    throw new ConfigFileError(source, `defaults.admin-listen port ${admin.port} is also a gRPC listen port`);
  }
}

/** Warnings every pod would get from the defaults alone, for the injector to log once at start. */
export function configWarnings(config: InjectorConfig): string[] {
  const warnings = resolveSettings(config.defaults, {}, config.extraArgs).warnings;
  if (config.extraArgs.length > 0) {
    warnings.push(`extra-args ${config.extraArgs.join(" ")} are for development only`);
  }
  return warnings;
}

/** Loads the config file, or the built-in defaults when no file is given. */
export function loadInjectorConfig(file: string | undefined, version: string): InjectorConfig {
  if (file === undefined) return defaultConfig(version);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigFileError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseInjectorConfig(text, file, version);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(doc: Record<string, unknown>, key: string, source: string): string[] {
  const v = doc[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    throw new ConfigFileError(source, `${key} must be a list of strings`);
  }
  return v as string[];
}
