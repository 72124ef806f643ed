/**
 * The sidecar settings and the injector config file: what is accepted, what is refused and how
 * the refusal reads, and that the injector's copies of the sidecar's constants have not drifted.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import {
  LOG_LEVELS as INJECTOR_LOG_LEVELS,
  JWT_ALGORITHMS,
  parseListen,
  parseSecretRef,
  readAnnotations,
  resolveSettings,
  SIDECAR_DEFAULT_LISTEN,
} from "../../injector/annotations";
import { ConfigFileError, configWarnings, defaultConfig, parseInjectorConfig } from "../../injector/config";
import { parseQuantity } from "../../injector/quantity";
import { LOG_LEVELS } from "../../shared/logger";
import { DEFAULT_LISTEN, SUPPORTED_ALGORITHMS } from "../../sidecar/config";
import { repoRoot } from "../fixtures/injector/support";

const parseConfig = (text: string) => parseInjectorConfig(text, "cfg.yaml", "1.2.3");
const configError = (text: string) => {
  try {
    parseConfig(text);
  } catch (err) {
    assert.ok(err instanceof ConfigFileError);
    return err.message;
  }
  assert.fail("the config was accepted");
};

describe("the injector's copies of sidecar constants", () => {
  test("log levels, JWT algorithms and the default listen list match the sidecar's", () => {
    assert.deepEqual(INJECTOR_LOG_LEVELS, [...LOG_LEVELS]);
    assert.deepEqual(JWT_ALGORITHMS, SUPPORTED_ALGORITHMS);
    assert.equal(SIDECAR_DEFAULT_LISTEN, DEFAULT_LISTEN);
  });
});

describe("setting values", () => {
  test("quantities parse to base units; nonsense does not", () => {
    assert.equal(parseQuantity("250m"), 0.25);
    assert.equal(parseQuantity("64Mi"), 64 * 2 ** 20);
    assert.equal(parseQuantity("1.5"), 1.5);
    assert.equal(parseQuantity("1e3"), 1000);
    assert.equal(parseQuantity("2G"), 2e9);
    for (const bad of ["", "lots", "1GB", "-1", "1.2.3", "m"]) assert.equal(parseQuantity(bad), undefined, bad);
  });

  test("secret references are <name>/<key>", () => {
    assert.deepEqual(parseSecretRef("redis-auth/password"), { name: "redis-auth", key: "password" });
    assert.deepEqual(parseSecretRef("a.b/KEY_1.x"), { name: "a.b", key: "KEY_1.x" });
    for (const bad of ["hunter2", "Upper/key", "name/", "/key", "a/b/c", "name/key with space"]) {
      assert.equal(parseSecretRef(bad), undefined, bad);
    }
  });

  test("listen addresses must be loopback", () => {
    assert.ok(parseListen("127.0.0.1:1,localhost:2,[::1]:3"));
    for (const bad of ["0.0.0.0:1", "10.0.0.1:2", "[::]:3", "127.0.0.1:0", "127.0.0.1", "unix:relative"]) {
      assert.equal(parseListen(bad), undefined, bad);
    }
  });

  test("a credential in an annotation is refused without being repeated", () => {
    const { settings, warnings } = readAnnotations(
      {
        "sidecar.isa.cloud/redis-url": "redis://:s3cret@redis:6379",
        "sidecar.isa.cloud/postgres-url": "postgresql://u:s3cret@pg/db",
        "sidecar.isa.cloud/minio-endpoint": "https://key:s3cret@minio:9000",
        "sidecar.isa.cloud/nats-password-secret": "s3cret",
      },
      [],
    );
    assert.deepEqual(settings, {});
    assert.equal(warnings.length, 4);
    for (const w of warnings) assert.doesNotMatch(w, /s3cret/);
  });

  test("a username alone is fine for Redis and PostgreSQL, not for NATS (it would be a token)", () => {
    const { settings, warnings } = readAnnotations(
      {
        "sidecar.isa.cloud/redis-url": "redis://app@redis:6379",
        "sidecar.isa.cloud/postgres-url": "postgres://app@pg/db",
        "sidecar.isa.cloud/nats-url": "nats://token@nats:4222",
      },
      [],
    );
    assert.deepEqual(Object.keys(settings).sort(), ["postgres-url", "redis-url"]);
    assert.equal(warnings.length, 1);
  });

  test("annotation values are trimmed; other annotations are not the injector's business", () => {
    const { settings, warnings } = readAnnotations(
      { "sidecar.isa.cloud/log-level": " debug ", "example.com/x": "y" },
      [],
    );
    assert.deepEqual(settings, { "log-level": "debug" });
    assert.deepEqual(warnings, []);
  });

  test("a pod's request over the default limit falls back to the default request", () => {
    const { settings, warnings } = resolveSettings(
      { "admin-listen": "0.0.0.0:50050", "cpu-request": "50m", "cpu-limit": "1", "jwks-url": "https://k" },
      { "cpu-request": "2" },
      [],
    );
    assert.equal(settings["cpu-request"], "50m");
    assert.match(warnings[0]!, /cpu request 2 exceeds limit 1/);
  });

  test("redis-cluster replaces a default redis-url; a pod asking for both gets neither, with a warning", () => {
    const defaults = { "jwks-url": "https://k", "redis-url": "redis://redis:6379" };
    const cluster = resolveSettings(defaults, { "redis-cluster": "r0:6379,r1:6379" }, []);
    assert.deepEqual(
      [cluster.settings["redis-url"], cluster.settings["redis-cluster"]],
      [undefined, "r0:6379,r1:6379"],
    );
    const both = resolveSettings(defaults, { "redis-cluster": "r0:6379", "redis-url": "redis://other:6379" }, []);
    assert.deepEqual([both.settings["redis-url"], both.settings["redis-cluster"]], ["redis://redis:6379", undefined]);
    assert.match(both.warnings[0]!, /redis-url or redis-cluster, not both/);
    const bad = readAnnotations({ "sidecar.isa.cloud/redis-cluster": "r0:6379,redis://u:pw@r1:6379" }, []);
    assert.deepEqual(bad.settings, {});
    assert.doesNotMatch(bad.warnings[0]!, /pw/);
  });
});

describe("the config file", () => {
  test("no file: built-in defaults, the image tagged with the injector's version", () => {
    const c = defaultConfig("1.2.3");
    assert.equal(c.defaults.image, "ghcr.io/isa-cloud/isa-sidecar:1.2.3");
    assert.equal(c.nativeSidecar, true);
    assert.equal(c.injectorNamespace, "isa-system");
    assert.deepEqual(parseConfig(""), c);
  });

  test("YAML and JSON mean the same", () => {
    const yaml = parseConfig(
      "injector-namespace: isa\nnative-sidecar: false\ndefaults:\n  log-level: debug\n  cpu-limit: 2\n",
    );
    const json = parseConfig(
      '{"injector-namespace":"isa","native-sidecar":false,"defaults":{"log-level":"debug","cpu-limit":"2"}}',
    );
    assert.deepEqual(yaml, json);
    assert.equal(yaml.defaults["cpu-limit"], "2");
  });

  test("null removes a built-in default", () => {
    assert.equal(parseConfig("defaults:\n  cpu-limit: null\n").defaults["cpu-limit"], undefined);
  });

  test("mistakes stop the injector with a message naming the key", () => {
    assert.match(configError("injector-namespce: x\n"), /unknown key "injector-namespce"/);
    assert.match(configError("defaults:\n  log-levl: x\n"), /defaults: unknown setting "log-levl"/);
    assert.match(configError("defaults:\n  log-level: loud\n"), /defaults.log-level: "loud" must be one of/);
    assert.match(
      configError("defaults:\n  redis-url: redis://:pw@r:6379\n"),
      /defaults.redis-url: the value must not contain a password/,
    );
    assert.match(configError("native-sidecar: yes please\n"), /native-sidecar must be true or false/);
    assert.match(configError("locked: [colour]\n"), /locked: "colour" is not a setting/);
    assert.match(configError("extra-args: [dev]\n"), /extra-args: "dev" is not a --flag/);
    assert.match(configError("defaults:\n  cpu-request: 2\n  cpu-limit: 1\n"), /cpu-request 2 exceeds cpu-limit 1/);
    assert.match(configError("defaults:\n  default-org: o\n"), /only apply with auth: local/);
    assert.match(configError("defaults:\n  admin-listen: 0.0.0.0:50055\n"), /port 50055 is also a gRPC listen port/);
    assert.match(configError("defaults:\n  image: null\n"), /defaults.image must be set/);
    assert.match(configError("a: 1\na: 2\n"), /not valid YAML or JSON/);
    assert.match(configError("- a\n"), /must be a mapping/);
  });

  test("start-up warnings: a JWT sidecar without a JWKS, and development arguments", () => {
    const warnings = configWarnings(parseConfig("extra-args: [--log-level=debug]\n"));
    assert.ok(warnings.some((w) => /jwks-url: not set while auth is jwt/.test(w)));
    assert.ok(warnings.some((w) => /development only/.test(w)));
    assert.deepEqual(configWarnings(parseConfig("defaults:\n  jwks-url: https://keys.example/jwks\n")), []);
  });

  test("the shipped config (manifests/injector-config.yaml) is valid and warns of nothing", () => {
    const shipped = parseConfig(readFileSync(path.join(repoRoot, "manifests/injector-config.yaml"), "utf8"));
    assert.deepEqual(configWarnings(shipped), []);
    assert.equal(shipped.injectorNamespace, "isa-system");
    assert.deepEqual(shipped.locked, ["image"]);
  });
});
