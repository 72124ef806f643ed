/** Names holding U+FFFD (what protobufjs makes of invalid UTF-8) are refused wherever names are checked. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkSubject, refuseReplacementChar } from "../../sidecar/tenancy";

test("a name with U+FFFD is INVALID_ARGUMENT; other non-ASCII names pass", () => {
  assert.throws(() => refuseReplacementChar("k\uFFFDk", "key"), {
    kind: "invalid_argument",
    message: /key holds U\+FFFD/,
  });
  assert.doesNotThrow(() => refuseReplacementChar("clé-ключ-鍵", "key"));
  // The bytes ff and fe both decode to U+FFFD: refused, they can never meet as one key.
  assert.equal(Buffer.from([0x6b, 0xff]).toString(), Buffer.from([0x6b, 0xfe]).toString());
  assert.throws(() => refuseReplacementChar(Buffer.from([0x6b, 0xff]).toString(), "key"));
});

test("NATS subjects with U+FFFD are refused", () => {
  assert.throws(() => checkSubject("orders.\uFFFD", false), { kind: "invalid_argument" });
  assert.equal(checkSubject("orders.é", false), "orders.é");
});
