/** JetStream KV buckets and object stores through the sidecar, KVWatch included. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { status } from "@grpc/grpc-js";
import { connect as natsConnect } from "nats";
import { orgToken } from "../../sidecar/tenancy";
import {
  Collector,
  deleteOrgJetStream,
  eventually,
  natsClient,
  type OrgClient,
  SHARED_NATS_URL,
  startNatsSidecar,
} from "../helpers/nats";
import type { SidecarProcess } from "../helpers/sidecar";

const data = (s: string) => Buffer.from(s);

describe("NATS KV and object store", { timeout: 60_000 }, () => {
  let proc: SidecarProcess;
  let a: OrgClient;

  before(async () => {
    proc = await startNatsSidecar();
    a = await natsClient(proc);
  });
  after(async () => {
    await deleteOrgJetStream([a.org]);
    a.close();
    await proc.stop();
  });

  it("puts, gets, lists and deletes keys with real revisions", async () => {
    assert.deepEqual(await a.call("KVPut", { bucket: "config", key: "db.host", value: data("pg-1") }), {
      success: true,
      revision: "1",
    });
    assert.equal((await a.call("KVPut", { bucket: "config", key: "db.port", value: data("5432") })).revision, "2");
    assert.equal((await a.call("KVPut", { bucket: "config", key: "db.host", value: data("pg-2") })).revision, "3");

    const got = await a.call("KVGet", { bucket: "config", key: "db.host" });
    assert.equal(got.found, true);
    assert.equal(got.value.toString(), "pg-2");
    assert.equal(got.revision, "3");
    assert.ok(Math.abs(Number(got.created.seconds) - Date.now() / 1000) < 600);

    assert.deepEqual(await a.call("KVKeys", { bucket: "config" }), { keys: ["db.host", "db.port"] });
    assert.deepEqual(await a.call("KVDelete", { bucket: "config", key: "db.port" }), { success: true });
    const gone = await a.call("KVGet", { bucket: "config", key: "db.port" });
    assert.equal(gone.found, false);
    assert.equal(gone.value.length, 0);
    assert.deepEqual(await a.call("KVKeys", { bucket: "config" }), { keys: ["db.host"] });
    await assert.rejects(a.call("KVDelete", { bucket: "config", key: "db.port" }), { code: status.NOT_FOUND });
  });

  it("a missing bucket is found:false for KVGet and NOT_FOUND where there is no found field", async () => {
    assert.equal((await a.call("KVGet", { bucket: "never", key: "k" })).found, false);
    await assert.rejects(a.call("KVKeys", { bucket: "never" }), { code: status.NOT_FOUND });
    await assert.rejects(a.call("KVDelete", { bucket: "never", key: "k" }), { code: status.NOT_FOUND });
    const end = await new Collector(a.stream("KVWatch", { bucket: "never" })).ended;
    assert.equal(end.code, status.NOT_FOUND);
  });

  it("refuses bad bucket names and keys", async () => {
    for (const bucket of ["", "a.b", "a*", ">", "a b"]) {
      await assert.rejects(a.call("KVPut", { bucket, key: "k", value: data("v") }), { code: status.INVALID_ARGUMENT });
    }
    for (const key of ["", "a..b", ".a", "a.", "a*", "a.>", "a b", "$KV.x"]) {
      await assert.rejects(a.call("KVPut", { bucket: "config", key, value: data("v") }), {
        code: status.INVALID_ARGUMENT,
      });
    }
  });

  it("KVWatch sends the current values, then puts and deletes as they happen", async () => {
    await a.call("KVPut", { bucket: "flags", key: "ui.dark", value: data("on") });
    const watch = new Collector(a.stream("KVWatch", { bucket: "flags", key: "ui.>" }));
    const [initial] = await watch.next(1);
    assert.equal(initial.key, "ui.dark");
    assert.equal(initial.value.toString(), "on");
    assert.equal(initial.operation, "KV_PUT");
    assert.equal(initial.revision, "1");

    await a.call("KVPut", { bucket: "flags", key: "api.beta", value: data("unwatched") });
    await a.call("KVPut", { bucket: "flags", key: "ui.dark", value: data("off") });
    await a.call("KVDelete", { bucket: "flags", key: "ui.dark" });
    const [put, del] = await watch.next(2);
    assert.deepEqual([put.key, put.value.toString(), put.operation, put.revision], ["ui.dark", "off", "KV_PUT", "3"]);
    assert.deepEqual([del.key, del.operation, del.revision], ["ui.dark", "KV_DELETE", "4"]);
    watch.stream.cancel();

    const updates = new Collector(a.stream("KVWatch", { bucket: "flags", updates_only: true }));
    // Updates only: nothing comes until the next change; keep writing until the watch is live.
    await eventually(async () => {
      await a.call("KVPut", { bucket: "flags", key: "api.beta", value: data("v2") });
      return updates.messages.length > 0;
    });
    assert.equal(updates.messages[0].key, "api.beta");
    assert.equal(updates.messages[0].value.toString(), "v2");
    updates.stream.cancel();
  });

  it("a bucket created with a TTL keeps entries only that long", async () => {
    await a.call("KVPut", { bucket: "sessions", key: "s1", value: data("x"), bucket_ttl: { seconds: 1 } });
    const nc = await natsConnect({ servers: SHARED_NATS_URL });
    const info = await (await nc.jetstreamManager()).streams.info(`KV_${orgToken(a.org)}_sessions`);
    assert.equal(info.config.max_age, 1e9);
    await nc.close();
    assert.equal((await a.call("KVGet", { bucket: "sessions", key: "s1" })).found, true);
    await eventually(async () => !(await a.call("KVGet", { bucket: "sessions", key: "s1" })).found);
  });

  it("puts, gets, lists and deletes objects with their metadata", async () => {
    const big = Buffer.alloc(300 * 1024, 7);
    const put = await a.call("ObjectPut", {
      bucket: "files",
      object_name: "reports/2024 q1.pdf",
      data: big,
      metadata: { owner: "alice", kind: "report" },
    });
    assert.equal(put.success, true);
    assert.match(put.object_id, /^[A-Za-z0-9]{22}$/);
    await a.call("ObjectPut", { bucket: "files", object_name: "a.txt", data: data("hello") });

    const got = await a.call("ObjectGet", { bucket: "files", object_name: "reports/2024 q1.pdf" });
    assert.equal(got.found, true);
    assert.ok(got.data.equals(big));
    assert.deepEqual(got.metadata, { owner: "alice", kind: "report" });

    const { objects } = await a.call("ObjectList", { bucket: "files" });
    assert.deepEqual(
      objects.map((o: { name: string; size: string; metadata: object }) => [o.name, o.size, o.metadata]),
      [
        ["a.txt", "5", {}],
        ["reports/2024 q1.pdf", String(300 * 1024), { owner: "alice", kind: "report" }],
      ],
    );
    assert.ok(Number(objects[0].modified.seconds) > 0);

    assert.deepEqual(await a.call("ObjectDelete", { bucket: "files", object_name: "a.txt" }), { success: true });
    assert.equal((await a.call("ObjectGet", { bucket: "files", object_name: "a.txt" })).found, false);
    await assert.rejects(a.call("ObjectDelete", { bucket: "files", object_name: "a.txt" }), { code: status.NOT_FOUND });
    assert.deepEqual(
      (await a.call("ObjectList", { bucket: "files" })).objects.map((o: { name: string }) => o.name),
      ["reports/2024 q1.pdf"],
    );
  });

  it("a missing object store is found:false for ObjectGet and NOT_FOUND for list and delete", async () => {
    assert.equal((await a.call("ObjectGet", { bucket: "nostore", object_name: "x" })).found, false);
    await assert.rejects(a.call("ObjectList", { bucket: "nostore" }), { code: status.NOT_FOUND });
    await assert.rejects(a.call("ObjectDelete", { bucket: "nostore", object_name: "x" }), { code: status.NOT_FOUND });
    await assert.rejects(a.call("ObjectPut", { bucket: "files", object_name: "", data: data("x") }), {
      code: status.INVALID_ARGUMENT,
    });
  });
});
