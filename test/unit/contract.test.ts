/**
 * proto/ is wire-identical to the isA Cloud API contract (test/fixtures/isa-cloud-api.json): every
 * service, RPC, message, field and enum value of the contract is in the protos exactly as listed.
 * The protos may add RPCs, fields with new numbers and enum values (extensions), nothing else.
 */
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { PROTO_DIR, REPO_ROOT } from "../helpers/paths";

// protobufjs comes with @grpc/proto-loader; its types are not a dependency of ours.
// biome-ignore lint/suspicious/noExplicitAny: untyped reflection objects of protobufjs
type Reflected = any;
const protobuf: Reflected = require("protobufjs");

const PACKAGES = ["isa.common", "isa.redis", "isa.postgres", "isa.nats", "isa.minio"];
const PROTO_FILES = PACKAGES.map((p) => `${p.replace(".", "/")}.proto`);

interface ContractRpc {
  rpc: string;
  request: string;
  response: string;
  clientStream?: boolean;
  serverStream?: boolean;
}

interface ContractField {
  n: number;
  name: string;
  type: string;
  repeated?: boolean;
  map?: boolean;
  keyType?: string;
  oneof?: string;
  optional?: boolean;
}

interface ContractPackage {
  services: Record<string, ContractRpc[]>;
  messages: Record<string, ContractField[]>;
  enums: Record<string, Record<string, number>>;
}

interface Contract {
  packages: Record<string, ContractPackage>;
}

const loadContract = (): Contract =>
  JSON.parse(readFileSync(join(REPO_ROOT, "test", "fixtures", "isa-cloud-api.json"), "utf8")) as Contract;

/** Loads the API protos from `protoDir` the way proto-loader does (keepCase, bundled google types). */
function loadProtos(protoDir: string): Reflected {
  const root = new protobuf.Root();
  root.resolvePath = (_origin: string, target: string) => join(protoDir, target);
  root.loadSync(PROTO_FILES, { keepCase: true });
  root.resolveAll();
  return root;
}

const fullName = (reflected: Reflected): string => String(reflected.fullName).replace(/^\./, "");

/** A proto field in the contract's notation: only the attributes that are set. */
function describeField(field: Reflected): ContractField {
  const type = field.resolvedType ? fullName(field.resolvedType) : field.type;
  const proto3Optional = Boolean(field.options?.proto3_optional);
  const described: ContractField = { n: field.id, name: field.name, type };
  if (field.repeated) described.repeated = true;
  if (field.map) Object.assign(described, { map: true, keyType: field.keyType });
  if (field.partOf && !proto3Optional) described.oneof = field.partOf.name;
  if (proto3Optional) described.optional = true;
  return described;
}

function describeRpc(method: Reflected): ContractRpc {
  const described: ContractRpc = {
    rpc: method.name,
    request: fullName(method.resolvedRequestType),
    response: fullName(method.resolvedResponseType),
  };
  if (method.requestStream) described.clientStream = true;
  if (method.responseStream) described.serverStream = true;
  return described;
}

/** Canonical JSON (sorted keys), so attribute order never matters. */
const canon = (value: object) => JSON.stringify(value, Object.keys(value).sort());

function lookup(root: Reflected, kind: "lookupService" | "lookupType" | "lookupEnum", name: string): Reflected {
  try {
    return root[kind](name);
  } catch {
    return undefined;
  }
}

/** Every difference between the contract and the protos, one readable line each; empty when compatible. */
function contractDifferences(contract: Contract, root: Reflected, packages = PACKAGES): string[] {
  const diffs: string[] = [];
  for (const pkg of packages) {
    const spec = contract.packages[pkg];
    if (!spec) {
      diffs.push(`package ${pkg} is not in the contract`);
      continue;
    }
    for (const [service, rpcs] of Object.entries(spec.services)) {
      const reflected = lookup(root, "lookupService", `${pkg}.${service}`);
      if (!reflected) {
        diffs.push(`service ${pkg}.${service} missing`);
        continue;
      }
      for (const rpc of rpcs) {
        const method = reflected.methods[rpc.rpc];
        if (!method) diffs.push(`rpc ${pkg}.${service}/${rpc.rpc} missing`);
        else if (canon(describeRpc(method)) !== canon(rpc)) {
          diffs.push(`rpc ${pkg}.${service}/${rpc.rpc}: contract ${canon(rpc)}, proto ${canon(describeRpc(method))}`);
        }
      }
    }
    for (const [message, fields] of Object.entries(spec.messages)) {
      const reflected = lookup(root, "lookupType", message);
      if (!reflected) {
        diffs.push(`message ${message} missing`);
        continue;
      }
      for (const field of fields) {
        const actual = reflected.fieldsById[field.n];
        if (!actual) diffs.push(`message ${message}: field ${field.n} (${field.name}) missing`);
        else if (canon(describeField(actual)) !== canon(field)) {
          diffs.push(
            `message ${message} field ${field.n}: contract ${canon(field)}, proto ${canon(describeField(actual))}`,
          );
        }
      }
    }
    for (const [name, values] of Object.entries(spec.enums)) {
      const reflected = lookup(root, "lookupEnum", name);
      if (!reflected) {
        diffs.push(`enum ${name} missing`);
        continue;
      }
      for (const [value, number] of Object.entries(values)) {
        if (reflected.values[value] !== number) {
          diffs.push(`enum ${name}: ${value} is ${reflected.values[value] ?? "missing"}, contract says ${number}`);
        }
      }
    }
  }
  return diffs;
}

function assertCompatible(diffs: string[]): void {
  assert.equal(diffs.length, 0, `proto/ differs from the contract:\n  ${diffs.join("\n  ")}`);
}

/** A copy of proto/ with `edit` applied to one file, for checking the comparison itself. */
function alteredProtoDir(file: string, edit: (text: string) => string): string {
  const tmp = mkdtempSync(join(tmpdir(), "isa-proto-"));
  process.once("exit", () => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, "proto");
  cpSync(PROTO_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  assert.notEqual(after, before, "the edit must change the file");
  writeFileSync(path, after);
  return dir;
}

describe("proto/ against the isA Cloud API contract", () => {
  const contract = loadContract();
  const root = loadProtos(PROTO_DIR);

  test("the contract lists every package the sidecar serves, each with services and messages", () => {
    for (const pkg of PACKAGES) assert.ok(contract.packages[pkg], `${pkg} is in the contract`);
    for (const pkg of PACKAGES.slice(1)) {
      assert.ok(Object.keys(contract.packages[pkg]!.services).length > 0, `${pkg} has a service`);
    }
  });

  for (const pkg of PACKAGES) {
    test(`${pkg}: every service, rpc, message, field and enum value of the contract matches`, () => {
      assertCompatible(contractDifferences(contract, root, [pkg]));
    });
  }
});

describe("the comparison catches incompatible changes", () => {
  const root = loadProtos(PROTO_DIR);
  const altered = (change: (c: Contract) => void): string[] => {
    const copy = loadContract();
    change(copy);
    return contractDifferences(copy, root);
  };
  const field = (c: Contract, message: string, n: number) =>
    c.packages[message.split(".").slice(0, 2).join(".")]!.messages[message]!.find((f) => f.n === n)!;

  test("a changed field number", () => {
    const diffs = altered((c) => {
      field(c, "isa.redis.GetRequest", 3).n = 33;
    });
    assert.deepEqual(diffs, ["message isa.redis.GetRequest: field 33 (key) missing"]);
  });

  test("a changed field type, name, repeated, map key type, oneof", () => {
    const diffs = altered((c) => {
      field(c, "isa.redis.GetResponse", 1).type = "string";
      field(c, "isa.redis.GetResponse", 2).name = "data";
      delete field(c, "isa.common.AuthContext", 3).repeated;
      field(c, "isa.common.User", 8).keyType = "int32";
      field(c, "isa.minio.PutObjectRequest", 2).oneof = "payload";
    });
    assert.equal(diffs.length, 5, diffs.join("\n"));
    for (const name of [
      "isa.redis.GetResponse field 1",
      "isa.redis.GetResponse field 2",
      "isa.common.AuthContext field 3",
      "isa.common.User field 8",
      "isa.minio.PutObjectRequest field 2",
    ]) {
      assert.ok(
        diffs.some((d) => d.includes(name)),
        `${name} reported in:\n${diffs.join("\n")}`,
      );
    }
  });

  test("a changed rpc stream flag or request type, a missing rpc, service, message and enum value", () => {
    const diffs = altered((c) => {
      const redis = c.packages["isa.redis"]!;
      redis.services.RedisService!.find((r) => r.rpc === "Subscribe")!.serverStream = false;
      redis.services.RedisService!.find((r) => r.rpc === "Get")!.request = "isa.redis.SetRequest";
      redis.services.RedisService!.push({
        rpc: "Teleport",
        request: "isa.redis.GetRequest",
        response: "isa.redis.GetResponse",
      });
      redis.services.CacheService = [];
      redis.messages["isa.redis.Missing"] = [];
      redis.enums["isa.redis.ValueType"]!.VALUE_TYPE_ZSET = 7;
    });
    assert.deepEqual(diffs.sort(), [
      "enum isa.redis.ValueType: VALUE_TYPE_ZSET is 4, contract says 7",
      "message isa.redis.Missing missing",
      'rpc isa.redis.RedisService/Get: contract {"request":"isa.redis.SetRequest","response":"isa.redis.GetResponse","rpc":"Get"}, proto {"request":"isa.redis.GetRequest","response":"isa.redis.GetResponse","rpc":"Get"}',
      'rpc isa.redis.RedisService/Subscribe: contract {"request":"isa.redis.SubscribeRequest","response":"isa.redis.MessageResponse","rpc":"Subscribe","serverStream":false}, proto {"request":"isa.redis.SubscribeRequest","response":"isa.redis.MessageResponse","rpc":"Subscribe","serverStream":true}',
      "rpc isa.redis.RedisService/Teleport missing",
      "service isa.redis.CacheService missing",
    ]);
  });

  test("a field renumbered in a .proto file", () => {
    const dir = alteredProtoDir("isa/redis.proto", (text) =>
      text.replace(/(message GetRequest \{[^}]*string key = )3;/, "$133;"),
    );
    const diffs = contractDifferences(loadContract(), loadProtos(dir), ["isa.redis"]);
    assert.deepEqual(diffs, ["message isa.redis.GetRequest: field 3 (key) missing"]);
  });

  test("an extension (a new field number, a new rpc) is compatible", () => {
    const dir = alteredProtoDir("isa/redis.proto", (text) =>
      text
        .replace(/(message GetRequest \{[^}]*string key = 3;)/, "$1\n  bool extension_flag = 99; // extension")
        .replace(/(service RedisService \{)/, "$1\n  rpc Ping(GetRequest) returns (GetResponse); // extension"),
    );
    assertCompatible(contractDifferences(loadContract(), loadProtos(dir), ["isa.redis"]));
  });
});
