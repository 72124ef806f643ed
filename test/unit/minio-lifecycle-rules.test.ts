/** Lifecycle rules ↔ S3 XML, and the XML reading that keeps text exact. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { LifecycleRule__Output } from "../../sidecar/generated/isa/minio/LifecycleRule";
import { lifecycleXml, parseLifecycleXml } from "../../sidecar/services/minio/lifecycle-rules";
import { fromStruct, type Json, toStruct } from "../../sidecar/services/minio/struct";
import { decodeXml, escapeXml, uriEscape, xmlElements, xmlText } from "../../sidecar/services/minio/xml";

/** A Struct as proto-loader hands it to a handler. */
const struct = (j: { [k: string]: Json }) => toStruct(j) as LifecycleRule__Output["filter"];
const rule = (r: Partial<LifecycleRule__Output>): LifecycleRule__Output => ({
  id: "",
  status: "",
  filter: null,
  expiration: null,
  transition: null,
  ...r,
});

test("rules become S3 XML, with prefix/tag filters, days or dates, and escaped text", () => {
  const xml = lifecycleXml([
    rule({ id: "a&b", filter: struct({ prefix: "logs/" }), expiration: struct({ days: 7 }) }),
    rule({ status: "disabled", filter: struct({ tags: { env: "dev" } }), expiration: struct({ date: "2030-01-01" }) }),
    rule({
      id: "both",
      filter: struct({ prefix: "p/", tags: { a: "1", b: "2" } }),
      transition: struct({ Days: 30, StorageClass: "GLACIER" }),
      expiration: struct({ expired_object_delete_marker: true }),
    }),
  ]);
  assert.equal(
    xml,
    '<LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">' +
      "<Rule><ID>a&amp;b</ID><Filter><Prefix>logs/</Prefix></Filter><Status>Enabled</Status><Expiration><Days>7</Days></Expiration></Rule>" +
      "<Rule><ID>rule-2</ID><Filter><Tag><Key>env</Key><Value>dev</Value></Tag></Filter><Status>Disabled</Status><Expiration><Date>2030-01-01T00:00:00.000Z</Date></Expiration></Rule>" +
      "<Rule><ID>both</ID><Filter><And><Prefix>p/</Prefix><Tag><Key>a</Key><Value>1</Value></Tag><Tag><Key>b</Key><Value>2</Value></Tag></And></Filter><Status>Enabled</Status>" +
      "<Expiration><ExpiredObjectDeleteMarker>true</ExpiredObjectDeleteMarker></Expiration><Transition><Days>30</Days><StorageClass>GLACIER</StorageClass></Transition></Rule>" +
      "</LifecycleConfiguration>",
  );
});

test("rules S3 would refuse are INVALID_ARGUMENT naming the rule", () => {
  const bad = (r: Partial<LifecycleRule__Output>, message: RegExp) =>
    assert.throws(
      () => lifecycleXml([rule(r)]),
      (err: { kind: string; message: string }) => {
        assert.equal(err.kind, "invalid_argument");
        assert.match(err.message, message);
        return true;
      },
    );
  bad({}, /needs an expiration or a transition/);
  bad({ status: "paused", expiration: struct({ days: 1 }) }, /status must be Enabled or Disabled/);
  bad({ expiration: struct({ days: 1, date: "2030-01-01" }) }, /needs either days or date/);
  bad({ expiration: struct({ days: 1.5 }) }, /whole number of days/);
  bad({ expiration: struct({ date: "tomorrow" }) }, /must be a date YYYY-MM-DD/);
  bad({ transition: struct({ days: 1 }) }, /storage_class must name a storage class/);
  bad({ filter: struct({ suffix: ".log" }), expiration: struct({ days: 1 }) }, /unknown field "suffix"/);
  assert.throws(
    () =>
      lifecycleXml([
        rule({ id: "x", expiration: struct({ days: 1 }) }),
        rule({ id: "x", expiration: struct({ days: 2 }) }),
      ]),
    /used twice/,
  );
});

test("an S3 lifecycle configuration reads back as the API's rules, text kept exact", () => {
  const rules = parseLifecycleXml(
    "<LifecycleConfiguration><Rule><ID>007</ID><Status>Enabled</Status><Filter><And><Prefix>0012/</Prefix>" +
      "<Tag><Key>k</Key><Value>007</Value></Tag></And></Filter><Expiration><Days>30</Days></Expiration></Rule>" +
      "<Rule><ID>legacy</ID><Prefix>old/</Prefix><Status>Disabled</Status><Transition><Date>2031-02-03T00:00:00Z</Date><StorageClass>GLACIER</StorageClass></Transition></Rule>" +
      "</LifecycleConfiguration>",
  );
  assert.deepEqual(
    rules.map((r) => ({
      id: r.id,
      status: r.status,
      filter: fromStruct(r.filter as never),
      expiration: r.expiration ? fromStruct(r.expiration as never) : undefined,
      transition: r.transition ? fromStruct(r.transition as never) : undefined,
    })),
    [
      {
        id: "007",
        status: "Enabled",
        filter: { prefix: "0012/", tags: { k: "007" } },
        expiration: { days: 30 },
        transition: undefined,
      },
      {
        id: "legacy",
        status: "Disabled",
        filter: { prefix: "old/" },
        expiration: undefined,
        transition: { date: "2031-02-03", storage_class: "GLACIER" },
      },
    ],
  );
});

test("XML helpers: entities both ways, elements by name only, RFC 3986 query escaping", () => {
  assert.equal(decodeXml("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#65;&#x42;"), "a & b <c> \"d\" 'e' AB");
  assert.equal(escapeXml(`<a & 'b' "c">`), "&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;");
  const xml = "<TagSet><Tag><Key>x</Key></Tag><Tag><Key>y</Key></Tag></TagSet><Empty/>";
  assert.deepEqual(
    xmlElements(xml, "Tag").map((t) => xmlText(t, "Key")),
    ["x", "y"],
  );
  assert.deepEqual(xmlElements(xml, "Empty"), [""]);
  assert.equal(xmlText(xml, "Missing"), undefined);
  assert.equal(uriEscape("a b!'()*/ä"), "a%20b%21%27%28%29%2A%2F%C3%A4");
});
