/**
 * Configuration rules, through the pure `resolveConfig` with the CLI's own defaults, and the CLI's
 * contract for bad configuration: exit code 2 and one line on stderr naming the flag.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { describe, test } from "node:test";
import type { RedisTarget } from "../../sidecar/backends/redis";
import { buildProgram } from "../../sidecar/cli";
import { ConfigError, resolveConfig, type ServeOptions, type SidecarConfig } from "../../sidecar/config";
import { SERVICE_PLUGINS } from "../../sidecar/services/registry";
import { SIDECAR_BIN } from "../helpers/paths";

/** The options commander hands over when no flag and no env is given: the CLI's real defaults. */
function cliDefaults(): ServeOptions {
  const serve = buildProgram().commands.find((c) => c.name() === "serve")!;
  const options: Record<string, unknown> = {};
  for (const option of serve.options) options[option.attributeName()] = option.defaultValue;
  return options as ServeOptions;
}

/** Resolves with the CLI defaults, a JWKS file (jwt mode needs a key source) and `overrides`. */
function resolve(overrides: Partial<ServeOptions> = {}, env: NodeJS.ProcessEnv = {}): SidecarConfig {
  return resolveConfig({ ...cliDefaults(), jwksFile: "/etc/isa/jwks.json", ...overrides }, env, SERVICE_PLUGINS);
}

function assertRefused(flag: string, f: () => unknown, reason?: RegExp): ConfigError {
  let caught: unknown;
  try {
    f();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof ConfigError, `expected a ConfigError for ${flag}, got ${caught}`);
  assert.equal(caught.flag, flag);
  if (reason) assert.match(caught.message, reason);
  return caught;
}

const redisConfigOf = (config: SidecarConfig) =>
  config.services.find((s) => s.plugin.name === "isa.redis.RedisService")!.config as { target: RedisTarget };
const redisUrlOf = (config: SidecarConfig) => {
  const target = redisConfigOf(config).target;
  assert.equal(target.kind, "single");
  return target.kind === "single" ? target.url : "";
};

describe("defaults", () => {
  test("loopback listeners, jwt auth, the seed's ports, local Redis", () => {
    const config = resolve();
    assert.deepEqual(
      config.listen,
      [50051, 50055, 50056, 50061].map((port) => ({ kind: "tcp", host: "127.0.0.1", port })),
    );
    assert.deepEqual(config.adminListen, { host: "127.0.0.1", port: 50050 });
    assert.deepEqual(config.auth, {
      mode: "jwt",
      jwksUrl: undefined,
      jwksFile: "/etc/isa/jwks.json",
      issuer: undefined,
      audience: undefined,
      algorithms: ["RS256", "PS256", "ES256", "EdDSA"],
      orgClaim: "org_id",
      userClaim: "sub",
      defaultOrg: undefined,
      defaultUser: undefined,
      dev: false,
      devKeyFile: cliDefaults().devKeyFile,
      clockSkewSeconds: 30,
      jwksCooldownMs: 30_000,
    });
    assert.equal(config.logLevel, "info");
    assert.equal(config.gracePeriodMs, 15_000);
    assert.equal(config.maxMessageBytes, 8 * 1024 * 1024);
    assert.equal(config.requestIdleMs, 30_000);
    assert.equal(config.lokiUrl, undefined);
    assert.deepEqual(redisConfigOf(config), {
      target: { kind: "single", url: "redis://127.0.0.1:6379/0" },
      maxKeyBytes: 1024,
      maxValueBytes: 1024 * 1024,
      maxItems: 10_000,
    });
  });
});

describe("auth", () => {
  test("jwt mode needs a key source: a JWKS URL, a JWKS file, or --dev", () => {
    assertRefused("--auth", () => resolve({ jwksFile: undefined }), /needs --jwks-url or --jwks-file/);
    assert.equal(resolve({ jwksFile: undefined, dev: true }).auth.dev, true);
    assert.equal(resolve({ jwksFile: undefined, jwksUrl: "https://idp/jwks" }).auth.jwksUrl, "https://idp/jwks");
  });

  test("--jwks-url and --jwks-file together are refused, as is a JWKS URL that is not http(s)", () => {
    assertRefused("--jwks-url", () => resolve({ jwksUrl: "https://idp/jwks" }), /not both/);
    assertRefused("--jwks-url", () => resolve({ jwksFile: undefined, jwksUrl: "ftp://idp/jwks" }), /scheme/);
    assertRefused("--jwks-url", () => resolve({ jwksFile: undefined, jwksUrl: "idp/jwks" }), /not a URL/);
  });

  test("only asymmetric algorithms from the supported list; never none or HMAC", () => {
    for (const bad of ["HS256", "none", "RS256,HS512", "rs256", "", " , "]) {
      assertRefused("--jwt-algorithms", () => resolve({ jwtAlgorithms: bad }));
    }
    assert.deepEqual(resolve({ jwtAlgorithms: " ES256, EdDSA " }).auth.algorithms, ["ES256", "EdDSA"]);
  });

  test("clock skew is whole seconds up to 60; the cooldown is a duration", () => {
    assert.equal(resolve({ jwtClockSkew: "45s" }).auth.clockSkewSeconds, 45);
    assertRefused("--jwt-clock-skew", () => resolve({ jwtClockSkew: "61" }), /out of range 0-60/);
    assertRefused("--jwt-clock-skew", () => resolve({ jwtClockSkew: "1.5" }), /not a whole number/);
    assert.equal(resolve({ jwksCooldown: "250ms" }).auth.jwksCooldownMs, 250);
    assertRefused("--jwks-cooldown", () => resolve({ jwksCooldown: "soon" }));
  });

  test("--auth must be jwt or local; default identities only apply in local mode", () => {
    assertRefused("--auth", () => resolve({ auth: "none" }));
    assertRefused("--default-org", () => resolve({ defaultOrg: "acme" }), /only applies with --auth local/);
    assertRefused("--default-user", () => resolve({ defaultUser: "bob" }), /only applies with --auth local/);
    const local = resolve({ auth: "local", jwksFile: undefined, defaultOrg: "acme", defaultUser: "bob" });
    assert.deepEqual([local.auth.mode, local.auth.defaultOrg, local.auth.defaultUser], ["local", "acme", "bob"]);
  });
});

describe("listeners", () => {
  test("local mode refuses any listener that is not loopback or a unix socket", () => {
    for (const exposed of ["0.0.0.0:5000", "10.1.2.3:5000", "[::]:5000", "example.com:5000", "127.0.0.1:1,0.0.0.0:2"]) {
      assertRefused("--listen", () => resolve({ auth: "local", listen: exposed }), /loopback or a unix socket/);
    }
    for (const loopback of ["127.0.0.1:1", "127.9.9.9:1", "localhost:1", "[::1]:1", "unix:/run/isa.sock"]) {
      assert.equal(resolve({ auth: "local", listen: loopback }).listen.length, 1, loopback);
    }
    assert.deepEqual(resolve({ listen: "0.0.0.0:5000" }).listen, [{ kind: "tcp", host: "0.0.0.0", port: 5000 }]);
  });

  test("unix sockets take absolute paths and mix with tcp listeners", () => {
    assert.deepEqual(resolve({ listen: "unix:/run/isa/sidecar.sock, [::1]:50051" }).listen, [
      { kind: "unix", path: "/run/isa/sidecar.sock" },
      { kind: "tcp", host: "::1", port: 50051 },
    ]);
    assertRefused("--listen", () => resolve({ listen: "unix:isa.sock" }), /must be absolute/);
    assertRefused("--listen", () => resolve({ listen: " , " }), /no address/);
  });

  test("ports must be 1-65535 and addresses host:port", () => {
    for (const bad of ["127.0.0.1:0", "127.0.0.1:65536", "127.0.0.1:http", "127.0.0.1", "127.0.0.1:123456"]) {
      assertRefused("--listen", () => resolve({ listen: bad }));
      assertRefused("--admin-listen", () => resolve({ adminListen: bad }));
    }
    assert.deepEqual(resolve({ adminListen: "0.0.0.0:9090" }).adminListen, { host: "0.0.0.0", port: 9090 });
  });
});

describe("other values", () => {
  test("durations take ms, s, m, h or bare seconds", () => {
    const cases: [string, number][] = [
      ["500ms", 500],
      ["1.5s", 1500],
      ["2m", 120_000],
      ["1h", 3_600_000],
      ["10", 10_000],
    ];
    for (const [text, ms] of cases) assert.equal(resolve({ gracePeriod: text }).gracePeriodMs, ms, text);
    for (const bad of ["abc", "-1s", "10 days", "1.5.2s", "s", ""]) {
      assertRefused("--grace-period", () => resolve({ gracePeriod: bad }), /not a duration/);
    }
  });

  test("log level, message size and Loki URL are checked", () => {
    assertRefused("--log-level", () => resolve({ logLevel: "verbose" }));
    assertRefused("--max-message-bytes", () => resolve({ maxMessageBytes: "100" }), /out of range/);
    assertRefused("--max-message-bytes", () => resolve({ maxMessageBytes: "8MB" }), /not a whole number/);
    assertRefused("--loki-url", () => resolve({ lokiUrl: "loki:3100" }), /scheme/);
    assert.equal(resolve({ lokiUrl: "http://loki:3100" }).lokiUrl, "http://loki:3100");
  });
});

describe("redis from the seed's ISA_CLOUD_REDIS_* environment", () => {
  const SECRET = "s3cr3t/p@ss word";

  test("host, port, password and database compose the URL; the password is URL-encoded", () => {
    const env = {
      ISA_CLOUD_REDIS_HOST: "redis.internal",
      ISA_CLOUD_REDIS_PORT: "6380",
      ISA_CLOUD_REDIS_PASSWORD: SECRET,
      ISA_CLOUD_REDIS_DATABASE: "2",
    };
    const url = new URL(redisUrlOf(resolve({}, env)));
    assert.deepEqual([url.protocol, url.hostname, url.port, url.pathname], ["redis:", "redis.internal", "6380", "/2"]);
    assert.equal(decodeURIComponent(url.password), SECRET);
    assert.equal(redisUrlOf(resolve({}, { ISA_CLOUD_REDIS_HOST: "::1" })), "redis://[::1]:6379/0");
  });

  test("--redis-url beats the environment", () => {
    const config = resolve({ redisUrl: "rediss://cache:6390/1" }, { ISA_CLOUD_REDIS_HOST: "redis.internal" });
    assert.equal(redisUrlOf(config), "rediss://cache:6390/1");
  });

  test("bad values are refused naming the variable, and no message ever shows the password", () => {
    const withSecret = (env: NodeJS.ProcessEnv) => ({ ISA_CLOUD_REDIS_PASSWORD: SECRET, ...env });
    const refusals: [string, () => unknown][] = [
      ["ISA_CLOUD_REDIS_PORT", () => resolve({}, withSecret({ ISA_CLOUD_REDIS_PORT: "63x79" }))],
      ["ISA_CLOUD_REDIS_PORT", () => resolve({}, withSecret({ ISA_CLOUD_REDIS_PORT: "70000" }))],
      ["ISA_CLOUD_REDIS_DATABASE", () => resolve({}, withSecret({ ISA_CLOUD_REDIS_DATABASE: "-1" }))],
      ["ISA_CLOUD_REDIS_HOST", () => resolve({}, withSecret({ ISA_CLOUD_REDIS_HOST: "evil@host" }))],
      ["--redis-url", () => resolve({ redisUrl: `redis://:${encodeURIComponent(SECRET)}@cache:port` })],
      ["--redis-url", () => resolve({ redisUrl: `http://user:${encodeURIComponent(SECRET)}@cache:6379` })],
      ["--loki-url", () => resolve({ lokiUrl: `ftp://user:${encodeURIComponent(SECRET)}@loki` })],
    ];
    for (const [flag, f] of refusals) {
      const err = assertRefused(flag, f);
      assert.ok(!err.message.includes("s3cr3t") && !err.message.includes("p%40ss"), `${flag}: ${err.message}`);
    }
  });
});

describe("redis cluster", () => {
  test("--redis-cluster takes host:port seeds; ISA_CLOUD_REDIS_PASSWORD fills the password", () => {
    const config = resolve({ redisCluster: "10.0.0.1:7000, [::1]:7001" }, { ISA_CLOUD_REDIS_PASSWORD: "pw" });
    assert.deepEqual(redisConfigOf(config).target, {
      kind: "cluster",
      nodes: [
        { host: "10.0.0.1", port: 7000 },
        { host: "::1", port: 7001 },
      ],
      tls: false,
      password: "pw",
    });
  });

  test("URL seeds carry credentials and TLS, as --redis-url does", () => {
    const target = redisConfigOf(
      resolve({ redisCluster: "rediss://app:s%40cret@a:7000,rediss://app:s%40cret@b:7000" }),
    ).target;
    assert.deepEqual(target, {
      kind: "cluster",
      nodes: [
        { host: "a", port: 7000 },
        { host: "b", port: 7000 },
      ],
      tls: true,
      username: "app",
      password: "s@cret",
    });
  });

  test("refused: with --redis-url, no seeds, bad seeds, seeds disagreeing on credentials", () => {
    assertRefused(
      "--redis-cluster",
      () => resolve({ redisCluster: "a:7000", redisUrl: "redis://x:6379" }),
      /--redis-url or --redis-cluster, not both/,
    );
    assertRefused("--redis-cluster", () => resolve({ redisCluster: " , " }), /no node/);
    assertRefused("--redis-cluster", () => resolve({ redisCluster: "a:70000" }), /out of range/);
    assertRefused("--redis-cluster", () => resolve({ redisCluster: "redis://a:1,rediss://b:1" }), /disagree/);
  });
});

describe("the CLI", () => {
  /** Runs `isa-sidecar serve` with only the given environment (nothing inherited that could configure it). */
  function serve(args: string[], env: Record<string, string> = {}, keySource = ["--jwks-file", "/nonexistent/jwks"]) {
    const run = spawnSync(process.execPath, [SIDECAR_BIN, "serve", ...keySource, ...args], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env },
      encoding: "utf8",
      timeout: 20_000,
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  }

  test("a flag beats its env: exit 2 and one line naming the flag and the flag's value", () => {
    const run = serve(["--grace-period", "abc"], { ISA_SIDECAR_GRACE_PERIOD: "xyz" });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'isa-sidecar: --grace-period: "abc" is not a duration (e.g. 30s, 500ms, 2m)\n');
    assert.equal(run.stdout, "");
  });

  test("the env is read when no flag is given", () => {
    const run = serve([], { ISA_SIDECAR_GRACE_PERIOD: "xyz" });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'isa-sidecar: --grace-period: "xyz" is not a duration (e.g. 30s, 500ms, 2m)\n');
  });

  test("a bad Redis port exits 2 without printing the Redis password", () => {
    const run = serve([], { ISA_CLOUD_REDIS_PASSWORD: "hunter2-secret", ISA_CLOUD_REDIS_PORT: "redis" });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'isa-sidecar: ISA_CLOUD_REDIS_PORT: "redis" is not a whole number\n');
    assert.ok(!`${run.stdout}${run.stderr}`.includes("hunter2"));
  });

  test("ISA_SIDECAR_DEV is read by value: false or 0 leave development trust off", () => {
    const noKeys =
      "isa-sidecar: --auth: jwt mode needs --jwks-url or --jwks-file (or --dev for the local development key)\n";
    for (const off of ["false", "0", ""]) {
      const run = serve([], { ISA_SIDECAR_DEV: off }, []);
      assert.deepEqual([run.code, run.stderr], [2, noKeys], `ISA_SIDECAR_DEV=${JSON.stringify(off)}`);
    }
    const on = serve(["--grace-period", "bad"], { ISA_SIDECAR_DEV: "true" }, []);
    assert.match(on.stderr, /--grace-period/, "with ISA_SIDECAR_DEV=true the key source is satisfied");
    const bad = serve([], { ISA_SIDECAR_DEV: "maybe" }, []);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /ISA_SIDECAR_DEV.*use true or false/);
  });

  test("--redis-cluster with --redis-url exits 2 naming both", () => {
    const run = serve(["--redis-url", "redis://a:6379"], { ISA_CLOUD_REDIS_CLUSTER_NODES: "a:7000,b:7000" });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "isa-sidecar: --redis-cluster: give --redis-url or --redis-cluster, not both\n");
  });

  test("local auth on a public listener is refused at start-up", () => {
    const run = serve(["--auth", "local", "--listen", "0.0.0.0:50051"]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^isa-sidecar: --listen: local auth trusts the caller.*0\.0\.0\.0:50051 is not\n$/);
  });
});
