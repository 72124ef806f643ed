/**
 * One caller, one tenant, across the isA SDK's flows (issue: drop-in for the isA clients). The SDK
 * names an organisation on some requests only (Redis CreateSession, MinIO CreateBucket and
 * ListBuckets), sometimes as its placeholder `default-org`; every other request of the flow must
 * still land in the same tenant. Clients send gzip like the SDK. The attack side: in jwt mode no
 * session id, placeholder or field reaches another organisation.
 */
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { status } from "@grpc/grpc-js";
import Redis from "ioredis";
import { request } from "undici";
import { orgToken, redisInternalKey, s3Bucket, sessionIdOrg } from "../../sidecar/tenancy";
import { connect, type TestClient } from "../helpers/client";
import { getObject, MINIO, type MinioClient, putObject } from "../helpers/minio";
import { type S3rverInstance, s3rverArgs, startS3rver } from "../helpers/s3rver";
import { type SidecarProcess, startSidecar, waitServing } from "../helpers/sidecar";

const REDIS = "isa.redis.RedisService";
const unique = (label: string) => `${label}${randomUUID().replace(/-/g, "").slice(0, 10)}`;

async function rejectsWithCode(promise: Promise<unknown>, code: status, message?: RegExp): Promise<void> {
  await assert.rejects(promise, (err: { code: number; details: string }) => {
    assert.equal(err.code, code, err.details);
    if (message) assert.match(err.details, message);
    return true;
  });
}

let s3: S3rverInstance;
let local: SidecarProcess;
let jwt: SidecarProcess;
let redis: Redis;
/** The pod's organisation of the local-mode sidecar. */
const POD_ORG = unique("pod");
const clients: TestClient[] = [];

function open(proc: SidecarProcess, service: string, token?: string): TestClient {
  const c = connect(proc.address, service, token, { gzip: true });
  clients.push(c);
  return c;
}

before(async () => {
  s3 = await startS3rver();
  [local, jwt] = await Promise.all([
    startSidecar({ dev: false, args: ["--auth", "local", "--default-org", POD_ORG, ...s3rverArgs(s3)] }),
    startSidecar({ args: s3rverArgs(s3) }),
  ]);
  await Promise.all([waitServing(local, MINIO), waitServing(jwt, MINIO)]);
  redis = new Redis("redis://127.0.0.1:6379");
});

after(async () => {
  for (const c of clients) c.close();
  redis.disconnect();
  assert.equal(await local.stop(), 0);
  assert.equal(await jwt.stop(), 0);
  await s3.stop();
  for (const proc of [local, jwt]) assert.doesNotMatch(proc.output(), /"code":"INTERNAL"/);
});

describe("redis sessions, local mode", () => {
  /** The SDK's session flow: only CreateSession and ListSessions carry the organisation. */
  async function sessionFlow(org: string, tenantOrg: string) {
    const c = open(local, REDIS);
    const user = unique("user");
    const created = await c.call("CreateSession", { user_id: user, organization_id: org, data: { step: "1" } });
    assert.equal(sessionIdOrg(created.session_id), tenantOrg);
    const key = redisInternalKey("session", { org: tenantOrg, user }, created.session_id);
    assert.equal(await redis.exists(key), 1, "the session lives in the organisation it was created for");

    const got = await c.call("GetSession", { user_id: user, session_id: created.session_id });
    assert.equal(got.found, true);
    assert.deepEqual(got.session.data, { step: "1" });
    const updated = await c.call("UpdateSession", {
      user_id: user,
      session_id: created.session_id,
      data: { step: "2" },
    });
    assert.equal(updated.success, true);
    assert.deepEqual((await c.call("GetSession", { user_id: user, session_id: created.session_id })).session.data, {
      step: "2",
    });
    const listed = await c.call("ListSessions", { user_id: user, organization_id: org });
    assert.deepEqual(
      listed.sessions.map((s: { session_id: string }) => s.session_id),
      [created.session_id],
    );
    assert.equal((await c.call("DeleteSession", { user_id: user, session_id: created.session_id })).success, true);
    assert.equal((await c.call("GetSession", { user_id: user, session_id: created.session_id })).found, false);
    assert.equal(await redis.exists(key), 0);
  }

  test("create → get → update → list → delete, for a session of a named organisation", async () => {
    const acme = unique("acme");
    await sessionFlow(acme, acme);
  });

  test("the SDK's \"default-org\" and no organisation at all are the pod's organisation", async () => {
    await sessionFlow("default-org", POD_ORG);
    await sessionFlow("", POD_ORG);
  });
});

describe("redis sessions, jwt mode: a session id never reaches another organisation", () => {
  test("another organisation's session id is PERMISSION_DENIED on get, update and delete; the session stays", async () => {
    const [acme, globex] = [unique("acme"), unique("globex")];
    const owner = open(jwt, REDIS, await jwt.token(acme, "alice"));
    const intruder = open(jwt, REDIS, await jwt.token(globex, "alice"));
    const { session_id } = await owner.call("CreateSession", { user_id: "alice", organization_id: "default-org" });
    assert.equal(sessionIdOrg(session_id), acme, "the placeholder is the token's organisation");

    await rejectsWithCode(intruder.call("GetSession", { user_id: "alice", session_id }), status.PERMISSION_DENIED);
    await rejectsWithCode(
      intruder.call("UpdateSession", { user_id: "alice", session_id, data: { x: "1" } }),
      status.PERMISSION_DENIED,
    );
    await rejectsWithCode(intruder.call("DeleteSession", { user_id: "alice", session_id }), status.PERMISSION_DENIED);
    const still = await owner.call("GetSession", { user_id: "alice", session_id });
    assert.equal(still.found, true);
    assert.deepEqual(still.session.data, {});
  });

  test("a session id rewritten to name the intruder's organisation finds nothing", async () => {
    const [acme, globex] = [unique("acme"), unique("globex")];
    const owner = open(jwt, REDIS, await jwt.token(acme, "alice"));
    const intruder = open(jwt, REDIS, await jwt.token(globex, "alice"));
    const { session_id } = await owner.call("CreateSession", { user_id: "alice", organization_id: acme });
    const forged = `${orgToken(globex)}.${session_id.split(".")[1]}`;
    assert.equal(sessionIdOrg(forged), globex);
    assert.equal((await intruder.call("GetSession", { user_id: "alice", session_id: forged })).found, false);
    assert.equal((await intruder.call("DeleteSession", { user_id: "alice", session_id: forged })).success, false);
    assert.equal((await owner.call("GetSession", { user_id: "alice", session_id })).found, true);
  });

  test("a CreateSession naming another organisation than the token's is PERMISSION_DENIED", async () => {
    const owner = open(jwt, REDIS, await jwt.token(unique("acme"), "alice"));
    await rejectsWithCode(
      owner.call("CreateSession", { user_id: "alice", organization_id: unique("globex") }),
      status.PERMISSION_DENIED,
    );
  });
});

describe("minio upload flow, local mode", () => {
  /** A local-mode client: no token, the SDK's user on every request. */
  const minio = (): MinioClient => Object.assign(open(local, MINIO), { org: POD_ORG, user: "u1", token: "" });

  test("exists? → create (default-org) → put → get → stat → presign → delete, all in the pod's organisation", async () => {
    const c = minio();
    const bucket = `up-${randomUUID().slice(0, 8)}`;
    await rejectsWithCode(c.call("GetBucketInfo", { bucket_name: bucket, user_id: "u1" }), status.NOT_FOUND);
    const created = await c.call("CreateBucket", {
      bucket_name: bucket,
      user_id: "u1",
      organization_id: "default-org",
    });
    assert.equal(created.success, true);
    assert.ok(existsSync(join(s3.directory, s3Bucket(POD_ORG, bucket))), "the bucket is the pod organisation's");
    const info = await c.call("GetBucketInfo", { bucket_name: bucket, user_id: "u1" });
    assert.equal(info.success, true);
    assert.equal(info.bucket_info.name, bucket);

    const body = Buffer.from("hello from the SDK");
    const put = await putObject(c, { bucket_name: bucket, object_key: "docs/a.txt", user_id: "u1" }, [body]);
    assert.equal(put.success, true);
    assert.equal(Number(put.size), body.length);
    const got = await getObject(c, { bucket_name: bucket, object_key: "docs/a.txt", user_id: "u1" });
    assert.deepEqual(got.data, body);
    const stat = await c.call("StatObject", { bucket_name: bucket, object_key: "docs/a.txt", user_id: "u1" });
    assert.equal(stat.success, true);
    const url = await c.call("GetPresignedURL", { bucket_name: bucket, object_key: "docs/a.txt", user_id: "u1" });
    const fetched = await request(url.url);
    assert.equal(fetched.statusCode, 200);
    assert.deepEqual(Buffer.from(await fetched.body.arrayBuffer()), body);

    const listed = await c.call("ListBuckets", { user_id: "u1", organization_id: "default-org" });
    assert.ok(listed.buckets.some((b: { name: string }) => b.name === bucket));
    assert.equal(
      (await c.call("DeleteObject", { bucket_name: bucket, object_key: "docs/a.txt", user_id: "u1" })).success,
      true,
    );
    assert.equal((await c.call("DeleteBucket", { bucket_name: bucket, user_id: "u1" })).success, true);
    await rejectsWithCode(c.call("GetBucketInfo", { bucket_name: bucket, user_id: "u1" }), status.NOT_FOUND);
  });

  test("naming another organisation is PERMISSION_DENIED, saying how to serve it", async () => {
    const c = minio();
    const other = unique("other");
    await rejectsWithCode(
      c.call("CreateBucket", { bucket_name: "x-bucket", user_id: "u1", organization_id: other }),
      status.PERMISSION_DENIED,
      new RegExp(`--default-org "${other}"`),
    );
    await rejectsWithCode(c.call("ListBuckets", { user_id: "u1", organization_id: other }), status.PERMISSION_DENIED);
  });
});

describe("minio, jwt mode: the token decides", () => {
  test('"default-org" creates in the token\'s organisation; another organisation is PERMISSION_DENIED', async () => {
    const [acme, globex] = [unique("acme"), unique("globex")];
    const owner = open(jwt, MINIO, await jwt.token(acme, "alice"));
    const intruder = open(jwt, MINIO, await jwt.token(globex, "mallory"));
    const bucket = `up-${randomUUID().slice(0, 8)}`;
    const created = await owner.call("CreateBucket", {
      bucket_name: bucket,
      user_id: "alice",
      organization_id: "default-org",
    });
    assert.equal(created.success, true);
    assert.ok(existsSync(join(s3.directory, s3Bucket(acme, bucket))));
    await rejectsWithCode(intruder.call("GetBucketInfo", { bucket_name: bucket }), status.NOT_FOUND);
    await rejectsWithCode(
      intruder.call("ListBuckets", { user_id: "mallory", organization_id: acme }),
      status.PERMISSION_DENIED,
    );
    await rejectsWithCode(
      owner.call("CreateBucket", { bucket_name: `${bucket}-2`, user_id: "alice", organization_id: globex }),
      status.PERMISSION_DENIED,
    );
  });
});
