/**
 * The bundle's code cache (bin/bundle-loader.js): used when it was made from the bundle on disk,
 * never when the bundle changed since (V8 itself would accept a cache made from other source of
 * the same length, and run stale code).
 */
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { after, test } from "node:test";

// The launcher's helper is plain CommonJS outside the TypeScript tree.
const { loadBundle, writeCodeCache } = require("../../../bin/bundle-loader.js") as {
  loadBundle(
    bundle: string,
    cacheFile?: string,
  ): { exports: Record<string, unknown>; script: { cachedDataRejected?: boolean } };
  writeCodeCache(bundle: string, cacheFile: string): void;
};

const dir = mkdtempSync(join(tmpdir(), "isa-bundle-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const bundle = join(dir, "bundle.js");
const cache = `${bundle}.cache`;
/** A module like the bundle: CommonJS, requiring node modules, reading its own location. */
const source = (answer: number) =>
  `const path = require("node:path");\nexports.answer = function answer() { return ${answer}; };\nexports.dir = path.basename(__dirname);\n`;

test("a cache made from the bundle is used, and the bundle runs as a module", () => {
  writeFileSync(bundle, source(42));
  writeCodeCache(bundle, cache);
  const { exports, script } = loadBundle(bundle, cache);
  assert.equal(script.cachedDataRejected, false);
  assert.equal((exports.answer as () => number)(), 42);
  assert.equal(exports.dir, basename(dir));
});

test("a bundle changed since its cache was made (same length) runs its new code without the cache", () => {
  writeFileSync(bundle, source(42));
  writeCodeCache(bundle, cache);
  writeFileSync(bundle, source(43));
  // Same size, new content: only the mtime tells them apart.
  const later = new Date(Date.now() + 5000);
  utimesSync(bundle, later, later);
  const { exports, script } = loadBundle(bundle, cache);
  assert.equal(script.cachedDataRejected, undefined, "no cache was offered");
  assert.equal((exports.answer as () => number)(), 43);
});

test("no cache, or an unreadable one, loads the bundle as usual", () => {
  writeFileSync(bundle, source(7));
  const none = loadBundle(bundle, join(dir, "missing.cache"));
  assert.equal((none.exports.answer as () => number)(), 7);
  writeFileSync(`${cache}.json`, "not json");
  const broken = loadBundle(bundle, cache);
  assert.equal((broken.exports.answer as () => number)(), 7);
});
