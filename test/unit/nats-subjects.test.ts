import assert from "node:assert/strict";
import { test } from "node:test";
import { subjectMatches } from "../../sidecar/services/nats/pull";

test("subjectMatches: * is one token, > one or more at the end", () => {
  assert.equal(subjectMatches("a.b", "a.b"), true);
  assert.equal(subjectMatches("a.*", "a.b"), true);
  assert.equal(subjectMatches("a.*", "a.b.c"), false);
  assert.equal(subjectMatches("a.>", "a.b.c"), true);
  assert.equal(subjectMatches("a.>", "a"), false);
  assert.equal(subjectMatches("a.b", "a.c"), false);
  assert.equal(subjectMatches("a.b.c", "a.b"), false);
  assert.equal(subjectMatches("*.b", "a.b"), true);
});
