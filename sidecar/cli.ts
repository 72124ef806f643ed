/**
 * The `isa-sidecar` command line: `serve` (the default) and `token`. Every flag has its env
 * equivalent (a flag beats its env); bad configuration exits with code 2 and one line naming
 * the flag and the reason.
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { createLogger } from "../shared/logger";
import { VERSION } from "../shared/version";
import { defaultDevKeyFile, signDevToken } from "./auth/dev-key";
import {
  ConfigError,
  DEFAULT_ADMIN_LISTEN,
  DEFAULT_LISTEN,
  parseDurationMs,
  resolveConfig,
  type ServeOptions,
} from "./config";
import { SERVICE_PLUGINS } from "./services/registry";
import { startSidecar } from "./sidecar";

const EXIT_CONFIG = 2;

/** The value of an on/off flag or its env variable. */
function parseSwitch(value: string): boolean {
  if (/^(?:1|true|yes|on)$/i.test(value)) return true;
  if (/^(?:0|false|no|off|)$/i.test(value)) return false;
  throw new InvalidArgumentError("use true or false");
}

function serveCommand(): Command {
  const env = (flag: string, description: string, variable: string) => new Option(flag, description).env(variable);
  const command = new Command("serve")
    .description("serve the isA Cloud API over gRPC, confined to each caller's organisation and user (default command)")
    .addOption(
      env(
        "--listen <addr,...>",
        "gRPC listeners: host:port or unix:/path, comma-separated",
        "ISA_SIDECAR_LISTEN",
      ).default(DEFAULT_LISTEN),
    )
    .addOption(
      env("--admin-listen <addr>", "HTTP /healthz, /readyz and /metrics", "ISA_SIDECAR_ADMIN_LISTEN").default(
        DEFAULT_ADMIN_LISTEN,
      ),
    )
    .addOption(
      env("--auth <mode>", "jwt: verified bearer tokens; local: trust the loopback caller", "ISA_SIDECAR_AUTH")
        .choices(["jwt", "local"])
        .default("jwt"),
    )
    .addOption(env("--jwks-url <url>", "JWKS endpoint (cached, refetched on unknown kid)", "ISA_SIDECAR_JWKS_URL"))
    .addOption(env("--jwks-file <path>", "JWKS file", "ISA_SIDECAR_JWKS_FILE"))
    .addOption(
      env("--jwks-cooldown <duration>", "least time between refetches on unknown kid", "ISA_SIDECAR_JWKS_COOLDOWN")
        .default("30s")
        .hideHelp(),
    )
    .addOption(env("--jwt-issuer <iss>", "required token issuer", "ISA_SIDECAR_JWT_ISSUER"))
    .addOption(env("--jwt-audience <aud>", "required token audience", "ISA_SIDECAR_JWT_AUDIENCE"))
    .addOption(
      env("--jwt-algorithms <list>", "allowed signature algorithms", "ISA_SIDECAR_JWT_ALGORITHMS").default(
        "RS256,PS256,ES256,EdDSA",
      ),
    )
    .addOption(
      env("--jwt-clock-skew <seconds>", "clock skew allowed on exp/nbf (max 60)", "ISA_SIDECAR_JWT_CLOCK_SKEW").default(
        "30",
      ),
    )
    .addOption(
      env("--org-claim <name>", "claim holding the organisation id", "ISA_SIDECAR_ORG_CLAIM").default("org_id"),
    )
    .addOption(env("--user-claim <name>", "claim holding the user id", "ISA_SIDECAR_USER_CLAIM").default("sub"))
    .addOption(
      env(
        "--default-org <id>",
        "local mode: the pod's organisation, for calls that name none or the isA SDK's \"default-org\" (default: default-org)",
        "ISA_SIDECAR_DEFAULT_ORG",
      ),
    )
    .addOption(
      env(
        "--default-user <id>",
        "local mode: the pod's user, for calls that name none (default: default-user)",
        "ISA_SIDECAR_DEFAULT_USER",
      ),
    )
    .addOption(
      // An optional value, so commander hands over ISA_SIDECAR_DEV's value: as a plain boolean flag
      // any value (even "false") would switch development trust on.
      env(
        "--dev [bool]",
        "also trust the local development key of `isa-sidecar token` (DEVELOPMENT ONLY)",
        "ISA_SIDECAR_DEV",
      )
        .preset("true")
        .argParser(parseSwitch),
    )
    .addOption(
      env("--dev-key-file <path>", "where the development key lives", "ISA_SIDECAR_DEV_KEY_FILE").default(
        defaultDevKeyFile(),
      ),
    )
    .addOption(
      env("--max-message-bytes <n>", "largest gRPC message", "ISA_SIDECAR_MAX_MESSAGE_BYTES").default(
        String(8 * 1024 * 1024),
      ),
    )
    .addOption(env("--loki-url <url>", "also push audit events to Loki (default: stdout only)", "LOKI_URL"))
    .addOption(env("--log-level <level>", "fatal|error|warn|info|debug|trace|silent", "LOG_LEVEL").default("info"))
    .addOption(
      env(
        "--grace-period <duration>",
        "how long calls in flight may finish on SIGTERM",
        "ISA_SIDECAR_GRACE_PERIOD",
      ).default("15s"),
    )
    .addOption(
      env(
        "--request-idle-timeout <duration>",
        "how long a call waits for the rest of a request message before it is cancelled",
        "ISA_SIDECAR_REQUEST_IDLE_TIMEOUT",
      ).default("30s"),
    )
    .action(async (options: ServeOptions) => {
      await serve(options);
    });
  for (const plugin of SERVICE_PLUGINS) for (const option of plugin.options()) command.addOption(option);
  return command;
}

async function serve(options: ServeOptions): Promise<void> {
  let config: ReturnType<typeof resolveConfig>;
  try {
    config = resolveConfig(options, process.env, SERVICE_PLUGINS);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`isa-sidecar: ${err.message}\n`);
      process.exit(EXIT_CONFIG);
    }
    throw err;
  }
  const log = createLogger("isa-sidecar", config.logLevel);
  const sidecar = await startSidecar(config, log).catch((err: Error) => {
    process.stderr.write(`isa-sidecar: ${err.message}\n`);
    process.exit(1);
  });
  const onSignal = (signal: NodeJS.Signals) => {
    log.info({ signal }, "signal received");
    sidecar.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, "unclean shutdown");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

function tokenCommand(): Command {
  return new Command("token")
    .description(
      "print a token signed by the local development key, trusted by `serve --dev`.\n" +
        "DEVELOPMENT ONLY: anyone who can read the key file can mint tokens for any organisation.",
    )
    .requiredOption("--org <id>", "organisation id (claim org_id)")
    .requiredOption("--user <id>", "user id (claim sub)")
    .option("--ttl <duration>", "lifetime, e.g. 30m, 1h, 24h", "1h")
    .option("--org-claim <name>", "claim to carry the organisation id", "org_id")
    .addOption(
      new Option("--dev-key-file <path>", "where the development key lives")
        .env("ISA_SIDECAR_DEV_KEY_FILE")
        .default(defaultDevKeyFile()),
    )
    .action(async (o: { org: string; user: string; ttl: string; orgClaim: string; devKeyFile: string }) => {
      let ttlMs: number;
      try {
        ttlMs = parseDurationMs("--ttl", o.ttl);
      } catch (err) {
        throw new InvalidArgumentError((err as Error).message);
      }
      const token = await signDevToken(o.devKeyFile, {
        org: o.org,
        user: o.user,
        ttlSeconds: Math.max(1, Math.round(ttlMs / 1000)),
        orgClaim: o.orgClaim,
      });
      process.stdout.write(`${token}\n`);
    });
}

export function buildProgram(): Command {
  const program = new Command("isa-sidecar")
    .description(
      "The isA Cloud API (Redis, PostgreSQL, NATS with JetStream, MinIO/S3) as a gRPC sidecar:\n" +
        "verifies the caller's JWT, confines every name to the caller's organisation and user,\n" +
        "forwards to the backend, audits the call. Admin HTTP: /healthz /readyz /metrics.",
    )
    .version(VERSION)
    .exitOverride((err) => {
      process.exit(err.exitCode === 0 ? 0 : EXIT_CONFIG);
    });
  program.addCommand(serveCommand(), { isDefault: true });
  program.addCommand(tokenCommand());
  for (const command of program.commands)
    command.exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : EXIT_CONFIG));
  return program;
}

export function main(argv: string[]): void {
  buildProgram()
    .parseAsync(argv)
    .catch((err: Error) => {
      process.stderr.write(`isa-sidecar: ${err.message}\n`);
      process.exit(1);
    });
}
