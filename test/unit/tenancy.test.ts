/**
 * Property tests of every naming rule in sidecar/tenancy.ts. Each rule is checked three ways:
 * it is injective (an independent decoder gets the original triple back, and random pairs never
 * collide), nothing escapes its tenant's prefix, and names it cannot map are refused with
 * INVALID_ARGUMENT while every name it accepts is valid for its backend.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { SidecarError } from "../../sidecar/errors";
import { subjectMatches } from "../../sidecar/services/nats/pull";
import {
  checkId,
  checkSubject,
  MAX_ID_LENGTH,
  natsName,
  natsNamePrefix,
  natsSubject,
  natsSubjectPrefix,
  orgToken,
  pgRole,
  pgSchema,
  redisInternalKey,
  redisInternalPrefix,
  redisKey,
  redisPrefix,
  s3Bucket,
  s3BucketPrefix,
  sessionId,
  sessionIdOrg,
  stripNatsName,
  stripNatsSubject,
  stripPgSchema,
  stripRedisKey,
  stripS3Bucket,
  type Tenant,
} from "../../sidecar/tenancy";

const RUNS = { numRuns: 400 };

// --- Generators ---------------------------------------------------------------------------------
// Pieces that stress the encodings: every separator and escape marker of every rule, glob and
// wildcard characters, ready-made escape sequences, unicode (incl. astral) and spaces.
const TRICKY = [":", "-", ".", "_", "*", ">", "%", "!", "x", " ", "?", "[", "]", "\\", "{", "}", "/", "@", "$"];
const PIECES = [
  ...TRICKY,
  "a",
  "b",
  "A",
  "0",
  "é",
  "日",
  "😀",
  "\ud83d",
  "\ufffd",
  "x2d",
  "%3a",
  "x5f",
  "x78",
  "%25",
  "",
];

const joined = (pieces: fc.Arbitrary<string>, minLength: number, maxLength: number) =>
  fc.array(pieces, { minLength, maxLength }).map((parts) => parts.join(""));

const accepts = (f: () => unknown) => {
  try {
    f();
    return true;
  } catch {
    return false;
  }
};

const anyText = fc.oneof(
  joined(fc.constantFrom(...PIECES), 0, 6),
  fc.string({ unit: "grapheme", maxLength: 16 }),
  fc.string({ unit: "binary", maxLength: 8 }),
);
/** Ids the sidecar accepts (as checkId says); the rules must be injective over all of them. */
const id = anyText.filter((s) => accepts(() => checkId("organization", s)));
/** Ids drawn from a tiny alphabet, so random pairs are often equal or nearly equal. */
const nearId = joined(fc.constantFrom(":", "-", ".", "_", "x", "%", "a", "!"), 1, 3);
const tenant = (ids: fc.Arbitrary<string>): fc.Arbitrary<Tenant> => fc.record({ org: ids, user: ids });

function assertInvalid(f: () => unknown, what: string): void {
  assert.throws(
    f,
    (err: unknown) => err instanceof SidecarError && err.kind === "invalid_argument",
    `${what} must be refused with INVALID_ARGUMENT`,
  );
}

/** Either refused with INVALID_ARGUMENT, or mapped to a name that `valid` approves. */
function refusedOrValid(f: () => string, valid: (name: string) => boolean, what: string): void {
  let name: string;
  try {
    name = f();
  } catch (err) {
    assert.ok(err instanceof SidecarError && err.kind === "invalid_argument", `${what}: unexpected error ${err}`);
    return;
  }
  assert.ok(valid(name), `${what} gave "${name}", which its backend would refuse`);
}

// --- Independent decoders: a left inverse of each rule proves it injective --------------------

/** Reverses "keep safe ASCII, write other UTF-8 bytes as marker+hh", refusing anything malformed. */
function unescapeBytes(encoded: string, marker: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; ) {
    if (encoded[i] === marker) {
      const hh = encoded.slice(i + 1, i + 3);
      assert.match(hh, /^[0-9a-f]{2}$/, `"${encoded}": ${marker} not followed by two hex digits`);
      bytes.push(Number.parseInt(hh, 16));
      i += 3;
    } else {
      assert.ok(encoded.charCodeAt(i) < 0x80, `"${encoded}": unescaped non-ASCII character`);
      bytes.push(encoded.charCodeAt(i));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeRedisKey(backend: string): { org: string; user: string; key: string } {
  const m = /^([^:]*):([^:]*):(.*)$/s.exec(backend);
  assert.ok(m, `"${backend}" is not org:user:key`);
  return { org: unescapeBytes(m[1]!, "%"), user: unescapeBytes(m[2]!, "%"), key: m[3]! };
}

const decodeOrgToken = (token: string) => unescapeBytes(token, "x");

/** Splits at the first `separator`: the org token can never hold it. */
function splitOrg(backend: string, separator: string): { org: string; rest: string } {
  const at = backend.indexOf(separator);
  assert.ok(at > 0, `"${backend}" has no org token before "${separator}"`);
  return { org: decodeOrgToken(backend.slice(0, at)), rest: backend.slice(at + 1) };
}

function decodePgSchema(physical: string): { org: string; logical: string } {
  const m = /^o_([^_]+)(?:_(.*))?$/s.exec(physical);
  assert.ok(m, `"${physical}" is not o_{org}[_{schema}]`);
  return { org: decodeOrgToken(m[1]!), logical: m[2] ?? "" };
}

// --- Independent validators of what each backend accepts ---------------------------------------

const REDIS_GLOB = /[*?[\]\\]/;

function isValidSubject(subject: string, wildcards: boolean): boolean {
  const tokens = subject.split(".");
  return tokens.every((t, i) => {
    if (t === "*") return wildcards;
    if (t === ">") return wildcards && i === tokens.length - 1;
    return t !== "" && !/[\s*>]/u.test(t);
  });
}

/** S3 naming rules (AWS general purpose buckets), MinIO's strict server check and the minio-js client check. */
function isValidS3Bucket(name: string): boolean {
  return (
    name.length >= 3 &&
    name.length <= 63 &&
    /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(name) &&
    !/\.\.|\.-|-\./.test(name) &&
    !/[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+/.test(name) &&
    !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) &&
    !/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(name)
  );
}

const isValidNatsName = (name: string) => /^[A-Za-z0-9_-]+$/.test(name) && name.length <= 200;
/** Safe unquoted PostgreSQL identifier, not in the reserved `pg_` namespace. */
const isValidPgIdentifier = (name: string) =>
  /^[a-z_][a-z0-9_]*$/.test(name) && name.length <= 63 && !name.startsWith("pg_");

// --- Shared generators of names -------------------------------------------------------------

const subjectToken = joined(fc.constantFrom("a", "b", "0", "_", "-", "$", ":", "%", "!", "x", "é", "😀"), 1, 4);
const subject = fc.array(subjectToken, { minLength: 1, maxLength: 4 }).map((t) => t.join("."));
const wildcardSubject = fc
  .tuple(fc.array(fc.oneof(subjectToken, fc.constant("*")), { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([tokens, tail]) => [...tokens, ...(tail ? [">"] : [])].join("."));
/** Any subject-ish text, valid or not: tokens with wildcards and whitespace anywhere, empty tokens. */
const roughSubject = joined(fc.constantFrom("a", ".", "*", ">", " ", "\t", "\n", "\u00a0", "b", "x", "$", ""), 0, 8);

const s3Name = joined(fc.constantFrom("a", "b", "z", "0", "1", "9", ".", "-", "A", "_", " ", "s3alias", "x"), 0, 12);
const natsNameText = joined(fc.constantFrom("a", "Z", "0", "_", "-", ".", "*", ">", " ", "/", "é"), 0, 10);
const pgLogical = fc.oneof(
  joined(fc.constantFrom("a", "z", "0", "_", "A", '"', "-", " ", ";", "é"), 0, 10),
  // The isA SDK's default, an alias of "" (the org's default schema).
  fc.constant("public"),
);

// --- Redis -------------------------------------------------------------------------------------

describe("redis keys {org}:{user}:{key}", () => {
  test("decode back to the exact (org, user, key): the mapping is injective", () => {
    fc.assert(
      fc.property(tenant(id), fc.string({ unit: "binary", maxLength: 12 }), (t, key) => {
        assert.deepEqual(decodeRedisKey(redisKey(t, key)), { org: t.org, user: t.user, key });
      }),
      RUNS,
    );
  });

  test("two different triples never give the same key", () => {
    const triple = fc.tuple(tenant(nearId), joined(fc.constantFrom(":", "a", "%"), 0, 3));
    fc.assert(
      fc.property(triple, triple, ([t1, k1], [t2, k2]) => {
        const same = t1.org === t2.org && t1.user === t2.user && k1 === k2;
        assert.equal(redisKey(t1, k1) === redisKey(t2, k2), same);
      }),
      { numRuns: 2000 },
    );
  });

  test("a key stays under its tenant's prefix and strips back to the caller's name", () => {
    fc.assert(
      fc.property(tenant(id), tenant(id), fc.string({ maxLength: 12 }), (t, other, key) => {
        const backend = redisKey(t, key);
        assert.ok(backend.startsWith(redisPrefix(t)));
        assert.equal(stripRedisKey(t, backend), key);
        if (redisPrefix(other) !== redisPrefix(t)) assert.throws(() => stripRedisKey(other, backend));
      }),
      RUNS,
    );
  });

  test("no tenant's prefix is a prefix of another tenant's prefix", () => {
    fc.assert(
      fc.property(tenant(fc.oneof(id, nearId)), tenant(fc.oneof(id, nearId)), (a, b) => {
        if (a.org === b.org && a.user === b.user) return;
        assert.ok(!redisPrefix(b).startsWith(redisPrefix(a)), `${redisPrefix(a)} prefixes ${redisPrefix(b)}`);
      }),
      { numRuns: 2000 },
    );
  });

  test("prefixes hold no glob character, so SCAN MATCH and PSUBSCRIBE patterns stay literal there", () => {
    fc.assert(
      fc.property(tenant(id), (t) => {
        assert.doesNotMatch(redisPrefix(t), REDIS_GLOB);
      }),
      RUNS,
    );
    assert.equal(redisPrefix({ org: "a*b?", user: "[c]\\" }), "a%2ab%3f:%5bc%5d%5c:");
  });

  test("internal keys (!session:, !lock:) never equal, and are never under, any tenant's data key", () => {
    const kind = fc.constantFrom("session" as const, "lock" as const);
    fc.assert(
      fc.property(
        kind,
        tenant(id),
        fc.string({ maxLength: 8 }),
        tenant(id),
        fc.string({ maxLength: 8 }),
        (k, t, name, other, key) => {
          const internal = redisInternalKey(k, t, name);
          const data = redisKey(other, key);
          assert.ok(internal.startsWith(redisInternalPrefix(k, t)));
          assert.ok(internal.startsWith(`!${k}:`));
          assert.notEqual(internal, data);
          assert.ok(!internal.startsWith(redisPrefix(other)), "internal key under a data prefix");
          assert.ok(!internal.startsWith(data) && !data.startsWith(`!`), "a data key prefixes an internal key");
        },
      ),
      RUNS,
    );
    assert.equal(redisKey({ org: "!session", user: "u" }, "k"), "%21session:u:k");
  });

  test("cluster layout {org:user}:key: injective, and every key of a caller hashes on its tag alone", () => {
    const decodeCluster = (backend: string) => {
      const m = /^\{([^:{}]*):([^:{}]*)\}:(.*)$/s.exec(backend);
      assert.ok(m, `"${backend}" is not {org:user}:key`);
      return { org: unescapeBytes(m[1]!, "%"), user: unescapeBytes(m[2]!, "%"), key: m[3]! };
    };
    /** What Redis Cluster hashes: between the first `{` and the next `}`, when not empty. */
    const hashTag = (key: string) => {
      const open = key.indexOf("{");
      const close = key.indexOf("}", open + 1);
      return open >= 0 && close > open + 1 ? key.slice(open + 1, close) : key;
    };
    const kind = fc.constantFrom("session" as const, "lock" as const);
    fc.assert(
      fc.property(tenant(id), fc.string({ unit: "binary", maxLength: 12 }), kind, (t, key, k) => {
        const backend = redisKey(t, key, "cluster");
        assert.deepEqual(decodeCluster(backend), { org: t.org, user: t.user, key });
        assert.equal(stripRedisKey(t, backend, "cluster"), key);
        const tag = hashTag(redisPrefix(t, "cluster"));
        assert.equal(hashTag(backend), tag);
        assert.equal(hashTag(redisInternalKey(k, t, key, "cluster")), tag);
        assert.ok(redisInternalKey(k, t, key, "cluster").startsWith(redisInternalPrefix(k, t, "cluster")));
        assert.doesNotMatch(redisPrefix(t, "cluster"), REDIS_GLOB);
      }),
      RUNS,
    );
    const triple = fc.tuple(tenant(nearId), joined(fc.constantFrom(":", "a", "{", "}"), 0, 3));
    fc.assert(
      fc.property(triple, triple, ([t1, k1], [t2, k2]) => {
        const same = t1.org === t2.org && t1.user === t2.user && k1 === k2;
        assert.equal(redisKey(t1, k1, "cluster") === redisKey(t2, k2, "cluster"), same);
        if (!same && (t1.org !== t2.org || t1.user !== t2.user)) {
          assert.ok(!redisKey(t2, k2, "cluster").startsWith(redisPrefix(t1, "cluster")));
        }
      }),
      { numRuns: 2000 },
    );
    assert.equal(redisPrefix({ org: "a{b", user: "c}" }, "cluster"), "{a%7bb:c%7d}:");
  });

  test("ids are checked: empty, too long, control characters and broken unicode are refused", () => {
    for (const bad of [
      "",
      "a".repeat(MAX_ID_LENGTH + 1),
      "a\u0000b",
      "a\nb",
      "\u007f",
      "a\u0085b",
      "\ud800",
      "a\udc00",
    ]) {
      assertInvalid(() => checkId("user", bad), `id ${JSON.stringify(bad)}`);
      assertInvalid(() => redisKey({ org: bad, user: "u" }, "k"), `org ${JSON.stringify(bad)} in a redis key`);
      assertInvalid(() => redisKey({ org: "o", user: bad }, "k"), `user ${JSON.stringify(bad)} in a redis key`);
    }
    assert.equal(checkId("user", "a".repeat(MAX_ID_LENGTH)), "a".repeat(MAX_ID_LENGTH));
  });
});

// --- Org tokens (S3, NATS, PostgreSQL) -----------------------------------------------------------

describe("org tokens", () => {
  test("decode back to the org, hold only [a-z0-9] and never start with 'xn'", () => {
    fc.assert(
      fc.property(id, (org) => {
        const token = orgToken(org);
        assert.match(token, /^[a-z0-9]+$/);
        assert.ok(!token.startsWith("xn"));
        assert.equal(decodeOrgToken(token), org);
      }),
      RUNS,
    );
    assert.equal(orgToken("Acme-X.1"), "x41cmex2dx58x2e1");
  });

  test("refuse ids checkId refuses, in every rule built on them", () => {
    for (const bad of ["", "o".repeat(MAX_ID_LENGTH + 1), "o\u0001", "\ud83d"]) {
      assertInvalid(() => orgToken(bad), `org ${JSON.stringify(bad)}`);
      assertInvalid(() => natsSubject(bad, "a"), `org ${JSON.stringify(bad)} in a subject`);
      assertInvalid(() => s3Bucket(bad, "bucket"), `org ${JSON.stringify(bad)} in a bucket`);
      assertInvalid(() => pgRole(bad), `org ${JSON.stringify(bad)} in a role`);
    }
  });
});

describe("session ids {org token}.{random}", () => {
  test("name the organisation that made them, whatever its id", () => {
    fc.assert(
      fc.property(id, fc.base64String({ minLength: 1 }), (org, random) => {
        const safe = random.replace(/[+/=]/g, "A");
        assert.equal(sessionIdOrg(sessionId(org, safe)), org);
      }),
      RUNS,
    );
  });

  test("ids this sidecar did not make name no organisation", () => {
    for (const foreign of ["", "plain-uuid-4d2c", ".x", "acme", "ACME.x", "x4.x", "xzz.x", "xc3.x", "a-b.x", "x61.x"]) {
      assert.equal(sessionIdOrg(foreign), undefined, foreign);
    }
  });
});

// --- NATS ----------------------------------------------------------------------------------------

describe("nats subjects {org}.{subject}", () => {
  test("decode back to (org, subject) and strip back to the caller's subject", () => {
    fc.assert(
      fc.property(id, subject, (org, s) => {
        const backend = natsSubject(org, s);
        assert.deepEqual(splitOrg(backend, "."), { org, rest: s });
        assert.ok(backend.startsWith(natsSubjectPrefix(org)));
        assert.equal(stripNatsSubject(org, backend), s);
      }),
      RUNS,
    );
  });

  test("two different (org, subject) pairs never give the same subject", () => {
    const pair = fc.tuple(nearId, joined(fc.constantFrom("a", ".b", "x"), 1, 3));
    fc.assert(
      fc.property(pair, pair, ([o1, s1], [o2, s2]) => {
        if (!accepts(() => checkSubject(s1, false)) || !accepts(() => checkSubject(s2, false))) return;
        assert.equal(natsSubject(o1, s1) === natsSubject(o2, s2), o1 === o2 && s1 === s2);
      }),
      { numRuns: 2000 },
    );
  });

  test("wildcards stay inside the org: a pattern matches exactly what it matches within the org", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), fc.oneof(id, nearId), wildcardSubject, subject, (o1, o2, pattern, s) => {
        const crossMatch = subjectMatches(natsSubject(o1, pattern, true), natsSubject(o2, s));
        assert.equal(crossMatch, o1 === o2 && subjectMatches(pattern, s));
      }),
      { numRuns: 1000 },
    );
    assert.equal(natsSubject("acme", ">", true), "acme.>");
  });

  test("no org's prefix is a prefix of another's, and it is a single literal token", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), fc.oneof(id, nearId), (a, b) => {
        assert.match(natsSubjectPrefix(a), /^[a-z0-9]+\.$/);
        if (a !== b) assert.ok(!natsSubjectPrefix(b).startsWith(natsSubjectPrefix(a)));
      }),
      RUNS,
    );
  });

  test("invalid subjects are refused; every accepted subject is valid NATS", () => {
    fc.assert(
      fc.property(roughSubject, fc.boolean(), (s, wildcards) => {
        refusedOrValid(
          () => checkSubject(s, wildcards),
          (v) => isValidSubject(v, wildcards),
          `subject "${s}"`,
        );
        refusedOrValid(
          () => natsSubject("acme", s, wildcards),
          (v) => isValidSubject(v, wildcards),
          `subject "${s}"`,
        );
      }),
      { numRuns: 1000 },
    );
    const refused = [
      "",
      ".",
      "a.",
      ".a",
      "a..b",
      "a b",
      " a",
      "a\tb",
      "a\r\nb",
      "a\u00a0b",
      "a*",
      "*a",
      "a>",
      ">.a",
      "a.>.b",
    ];
    for (const s of refused) assertInvalid(() => natsSubject("acme", s, true), `subject ${JSON.stringify(s)}`);
    for (const s of ["*", ">", "a.*", "a.>", "*.b.>"]) {
      assertInvalid(() => natsSubject("acme", s, false), `publish subject "${s}"`);
      assert.equal(natsSubject("acme", s, true), `acme.${s}`);
    }
  });
});

describe("nats names {org}_{name} (streams, consumers, KV buckets, object stores)", () => {
  test("decode back to (org, name), strip back, and never strip another org's name", () => {
    fc.assert(
      fc.property(id, id, natsNameText, (org, other, name) => {
        if (!accepts(() => natsName(org, name))) return;
        const backend = natsName(org, name);
        assert.deepEqual(splitOrg(backend, "_"), { org, rest: name });
        assert.ok(backend.startsWith(natsNamePrefix(org)));
        assert.equal(stripNatsName(org, backend), name);
        if (other !== org) assert.equal(stripNatsName(other, backend), undefined);
      }),
      RUNS,
    );
  });

  test("no org's prefix is a prefix of another's", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), fc.oneof(id, nearId), (a, b) => {
        if (a !== b) assert.ok(!natsNamePrefix(b).startsWith(natsNamePrefix(a)));
      }),
      RUNS,
    );
  });

  test("names with '.', '*', '>', spaces, or too long are refused; accepted names are valid", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), natsNameText, (org, name) => {
        refusedOrValid(() => natsName(org, name), isValidNatsName, `nats name "${name}"`);
      }),
      RUNS,
    );
    for (const bad of ["", "a.b", "a*", ">", "a b", "a/b", "é", "a".repeat(200)]) {
      assertInvalid(() => natsName("acme", bad), `nats name ${JSON.stringify(bad)}`);
    }
    assert.equal(natsName("acme", "orders-v1_x"), "acme_orders-v1_x");
  });
});

// --- S3 ------------------------------------------------------------------------------------------

describe("s3 buckets {org}-{bucket}", () => {
  test("decode back to (org, bucket), strip back, and never strip another org's bucket", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), fc.oneof(id, nearId), s3Name, (org, other, bucket) => {
        if (!accepts(() => s3Bucket(org, bucket))) return;
        const backend = s3Bucket(org, bucket);
        assert.deepEqual(splitOrg(backend, "-"), { org, rest: bucket });
        assert.ok(backend.startsWith(s3BucketPrefix(org)));
        assert.equal(stripS3Bucket(org, backend), bucket);
        if (other !== org) assert.equal(stripS3Bucket(other, backend), undefined);
      }),
      { numRuns: 1000 },
    );
  });

  test("no org's prefix is a prefix of another's", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), fc.oneof(id, nearId), (a, b) => {
        if (a !== b) assert.ok(!s3BucketPrefix(b).startsWith(s3BucketPrefix(a)));
      }),
      RUNS,
    );
  });

  test("every accepted bucket is valid under S3 rules; the rest are INVALID_ARGUMENT", () => {
    fc.assert(
      fc.property(fc.oneof(nearId, fc.constantFrom("acme", "sthree", "amzn", "1.2")), s3Name, (org, bucket) => {
        refusedOrValid(() => s3Bucket(org, bucket), isValidS3Bucket, `bucket "${bucket}" of "${org}"`);
      }),
      { numRuns: 3000 },
    );
    const refused = ["", "A", "a_b", "-a", "a-", ".a", "a.", "a..b", "a.-b", "a-.b", "1.2.3.4", "x1.22.3.4", "a b"];
    for (const bad of [...refused, "a-s3alias", "a--ol-s3", "b".repeat(60)]) {
      assertInvalid(() => s3Bucket("acme", bad), `bucket ${JSON.stringify(bad)}`);
    }
    assertInvalid(() => s3Bucket("sthree", "data"), 'org "sthree" (reserved S3 prefix "sthree-")');
    assert.equal(s3Bucket("acme", "my.bucket-1"), "acme-my.bucket-1");
    assert.equal(s3Bucket("Acme", "b"), "x41cme-b");
  });
});

// --- PostgreSQL ----------------------------------------------------------------------------------

describe("postgres roles isa_{org} and schemas o_{org}[_{schema}]", () => {
  test("decode back to (org, schema), strip back, and never strip another org's schema", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), fc.oneof(id, nearId), pgLogical, (org, other, logical) => {
        if (!accepts(() => pgSchema(org, logical))) return;
        const physical = pgSchema(org, logical);
        const canonical = logical === "public" ? "" : logical;
        assert.deepEqual(decodePgSchema(physical), { org, logical: canonical });
        assert.equal(stripPgSchema(org, physical), canonical);
        if (other !== org) assert.equal(stripPgSchema(other, physical), undefined);
      }),
      { numRuns: 1000 },
    );
  });

  test("roles are distinct per org and decode back", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), fc.oneof(id, nearId), (a, b) => {
        if (!accepts(() => pgRole(a)) || !accepts(() => pgRole(b))) return;
        assert.equal(decodeOrgToken(pgRole(a).replace(/^isa_/, "")), a);
        assert.equal(pgRole(a) === pgRole(b), a === b);
      }),
      RUNS,
    );
  });

  test("accepted roles and schemas are plain identifiers; uppercase, quotes and long names are refused", () => {
    fc.assert(
      fc.property(fc.oneof(id, nearId), pgLogical, (org, logical) => {
        refusedOrValid(() => pgRole(org), isValidPgIdentifier, `role of "${org}"`);
        refusedOrValid(() => pgSchema(org, logical), isValidPgIdentifier, `schema "${logical}" of "${org}"`);
      }),
      { numRuns: 1000 },
    );
    for (const bad of ["Public", 'a"b', '"x"', "a-b", "1a", "_a", "a b", "a;drop", "é", "a".repeat(64)]) {
      assertInvalid(() => pgSchema("acme", bad), `schema ${JSON.stringify(bad)}`);
    }
    assertInvalid(() => pgRole("é".repeat(MAX_ID_LENGTH)), "an org too long for a role");
    assert.equal(pgSchema("acme", ""), "o_acme");
    // "public" is the org's own default schema, never PostgreSQL's shared one nor o_acme_public.
    assert.equal(pgSchema("acme", "public"), "o_acme");
    assert.equal(pgSchema("acme", "sales_2024"), "o_acme_sales_2024");
    assert.equal(pgRole("acme"), "isa_acme");
  });
});
