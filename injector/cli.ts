/**
 * `isa-injector`: serve (the admission webhook), inject (offline, files in and out) and
 * wait-ready (the postStart hook of the regular-container fallback). Usage errors exit 2 with one
 * line naming the flag; runtime failures exit 1.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { createLogger, LOG_LEVELS, type LogLevel } from "../shared/logger";
import { VERSION } from "../shared/version";
import { parseHostPort } from "./annotations";
import { CertificateError } from "./certificates";
import { ConfigFileError, configWarnings, type InjectorConfig, loadInjectorConfig } from "./config";
import { InputError, injectDocuments } from "./inject-file";
import type { StringMap } from "./k8s";
import { waitReady } from "./wait-ready";
import { startWebhook } from "./webhook";

/** A bad flag or flag value: one line, exit code 2. */
class UsageError extends Error {
  constructor(flag: string, reason: string) {
    super(`${flag}: ${reason}`);
  }
}

function parseDurationMs(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(value.trim());
  if (!match) throw new UsageError(flag, `"${value}" is not a duration (e.g. 500ms, 10s, 2m)`);
  return Math.round(Number(match[1]) * { ms: 1, s: 1000, m: 60_000 }[match[2] ?? "s"]!);
}

function parsePositiveInt(flag: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(flag, `"${value}" is not a positive whole number`);
  return Number(value);
}

function loadConfig(file: string | undefined): InjectorConfig {
  try {
    return loadInjectorConfig(file, VERSION);
  } catch (err) {
    if (err instanceof ConfigFileError) throw new UsageError("--config", err.message);
    throw err;
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

interface ServeFlags {
  listen: string;
  certFile?: string;
  keyFile?: string;
  config?: string;
  maxBodyBytes: string;
  certPollInterval: string;
  shutdownDelay: string;
  logLevel: string;
}

async function serve(flags: ServeFlags): Promise<void> {
  // Checked here rather than by commander, so a mistyped flag is reported as such first.
  if (!flags.certFile) throw new UsageError("--cert-file", "required");
  if (!flags.keyFile) throw new UsageError("--key-file", "required");
  const listen = parseHostPort(flags.listen, 0); // port 0: any free port (it is logged)
  if (!listen) throw new UsageError("--listen", `"${flags.listen}" is not host:port`);
  if (!(LOG_LEVELS as readonly string[]).includes(flags.logLevel)) {
    throw new UsageError("--log-level", `must be one of ${LOG_LEVELS.join(", ")}`);
  }
  const maxBodyBytes = parsePositiveInt("--max-body-bytes", flags.maxBodyBytes);
  const certPollMs = parseDurationMs("--cert-poll-interval", flags.certPollInterval);
  const shutdownDelayMs = parseDurationMs("--shutdown-delay", flags.shutdownDelay);
  const config = loadConfig(flags.config);
  const logger = createLogger("isa-injector", flags.logLevel as LogLevel);
  for (const warning of configWarnings(config)) logger.warn({ config: flags.config ?? "(built-in)" }, warning);

  let webhook: Awaited<ReturnType<typeof startWebhook>>;
  try {
    webhook = await startWebhook({
      host: listen.host,
      port: listen.port,
      certFile: flags.certFile,
      keyFile: flags.keyFile,
      config,
      logger,
      maxBodyBytes,
      certPollMs,
    });
  } catch (err) {
    if (err instanceof CertificateError) throw new UsageError(err.flag, err.message.slice(err.flag.length + 2));
    if ((err as NodeJS.ErrnoException).code === "EADDRINUSE" || (err as NodeJS.ErrnoException).code === "EACCES") {
      throw new UsageError("--listen", `cannot listen on ${flags.listen} (${(err as NodeJS.ErrnoException).code})`);
    }
    throw err;
  }
  logger.info({ version: VERSION, native: config.nativeSidecar, injectorNamespace: config.injectorNamespace }, "ready");

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Not-ready first, so the Service stops routing here while reviews in flight finish.
    logger.info({ signal, delayMs: shutdownDelayMs }, "draining");
    webhook.drain();
    setTimeout(() => {
      webhook.close().then(() => {
        logger.info("stopped");
        process.exit(0);
      });
    }, shutdownDelayMs).unref();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}

interface InjectFlags {
  file: string;
  output?: string;
  config?: string;
  namespace: string;
  namespaceLabel: string[];
}

function inject(flags: InjectFlags): void {
  const config = loadConfig(flags.config);
  const namespaceLabels: StringMap = {};
  for (const pair of flags.namespaceLabel) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new UsageError("--namespace-label", `"${pair}" is not key=value`);
    namespaceLabels[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  let text: string;
  try {
    text = readFileSync(flags.file === "-" ? 0 : flags.file, "utf8");
  } catch (err) {
    throw new UsageError("--file", `${flags.file}: cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  const { output, results } = injectDocuments(text, config, { namespace: flags.namespace, namespaceLabels });
  if (flags.output && flags.output !== "-") writeFileSync(flags.output, output);
  else process.stdout.write(output);
  for (const r of results) {
    const what = `${r.kind} ${r.namespace}/${r.name}`;
    const { report } = r;
    const line =
      report.result === "injected"
        ? `injected: ${what} (${report.hash})`
        : `skipped: ${what}: ${report.reason}: ${report.message}`;
    process.stderr.write(`${line}\n`);
    for (const w of report.warnings) process.stderr.write(`  warning: ${w}\n`);
  }
}

async function waitReadyCommand(flags: { url: string; timeout: string }): Promise<void> {
  if (!/^http:\/\/[^/]+\/.*/.test(flags.url)) throw new UsageError("--url", `"${flags.url}" is not an http:// URL`);
  const timeoutMs = parseDurationMs("--timeout", flags.timeout);
  if (!(await waitReady(flags.url, timeoutMs))) {
    process.stderr.write(`isa-injector wait-ready: ${flags.url} not ready after ${flags.timeout}\n`);
    process.exitCode = 1;
  }
}

function buildProgram(): Command {
  const program = new Command("isa-injector")
    .description("Injects the isa-sidecar into Kubernetes pods: an admission webhook, and offline for files.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .showSuggestionAfterError(true);

  program
    .command("serve")
    .description("Serve the mutating admission webhook over HTTPS (POST /mutate, /mutate-namespace).")
    .option("--listen <host:port>", "address to serve HTTPS on", "0.0.0.0:8443")
    .option("--cert-file <path>", "PEM serving certificate, reloaded when it changes (required)")
    .option("--key-file <path>", "PEM private key of the certificate, reloaded with it (required)")
    .option("--config <path>", "injector config file, YAML or JSON (default: built-in defaults)")
    .option("--max-body-bytes <n>", "largest AdmissionReview body accepted", String(3 * 1024 * 1024))
    .option("--cert-poll-interval <duration>", "also re-check the certificate files this often", "10s")
    .option("--shutdown-delay <duration>", "on SIGTERM, report not-ready this long before closing", "5s")
    .option("--log-level <level>", `one of ${LOG_LEVELS.join(", ")}`, "info")
    .action((flags: ServeFlags) => serve(flags));

  program
    .command("inject")
    .description("Inject the sidecar into the pods and pod templates of a multi-document YAML file.")
    .requiredOption("-f, --file <path>", "input YAML; - reads stdin")
    .option("-o, --output <path>", "output file (default: stdout)")
    .option("--config <path>", "injector config file, the same one `serve` uses")
    .option("--namespace <name>", "namespace of objects that name none", "default")
    .option(
      "--namespace-label <key=value>",
      "treat namespaces as labelled so (repeatable), e.g. isa.cloud/injection=enabled",
      collect,
      [],
    )
    .addHelpText("after", "\nA report per pod goes to stderr: injected, or skipped with its reason code.")
    .action((flags: InjectFlags) => inject(flags));

  program
    .command("wait-ready")
    .description("Wait until a URL answers 200 (postStart hook of the regular-container fallback).")
    .requiredOption("--url <url>", "readiness URL, e.g. http://127.0.0.1:50050/readyz")
    .option("--timeout <duration>", "give up (exit 1) after this long", "120s")
    .action((flags: { url: string; timeout: string }) => waitReadyCommand(flags));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return;
      if (err.code !== "commander.help") {
        const oneLine = err.message.replace(/^error: /, "").replace(/\s*\n\s*/g, " ");
        process.stderr.write(`isa-injector: ${oneLine}\n`);
      }
      process.exitCode = 2;
    } else if (err instanceof UsageError) {
      process.stderr.write(`isa-injector: ${err.message}\n`);
      process.exitCode = 2;
    } else if (err instanceof InputError) {
      process.stderr.write(`isa-injector: ${err.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`isa-injector: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 1;
    }
  }
}
