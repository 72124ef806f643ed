// Loads the single-file bundle (scripts/bundle.js) the way Node loads a CommonJS module, but with
// V8's code cache: the bytecode of every function the bundle's modules run while loading, made at
// build time (scripts/code-cache.js). Compiling that code took about half of loading the bundle.
// V8 checks that a cache fits this node and these flags and otherwise compiles as usual; that it
// fits this bundle is checked here (V8 only compares the source's length), by the size and mtime
// the cache was made from.
"use strict";
const { readFileSync, statSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { dirname } = require("node:path");
const { Script } = require("node:vm");

/** What a cache must have been made from: the bundle as it is on disk now. */
function stamp(bundle) {
  const { size, mtimeMs } = statSync(bundle);
  return { size, mtimeMs };
}

function cachedDataFor(bundle, cacheFile) {
  try {
    const made = JSON.parse(readFileSync(`${cacheFile}.json`, "utf8"));
    const now = stamp(bundle);
    if (made.size !== now.size || made.mtimeMs !== now.mtimeMs) return undefined;
    return readFileSync(cacheFile);
  } catch {
    return undefined; // no cache (not built, or a build without it): compile as usual
  }
}

/**
 * Runs the bundle, with the code cache in `cacheFile` when it was made from this bundle. Returns
 * its exports and the script (`cachedDataRejected` is false when the cache was used).
 */
function loadBundle(bundle, cacheFile) {
  const script = new Script(Module.wrap(readFileSync(bundle, "utf8")), {
    filename: bundle,
    cachedData: cacheFile === undefined ? undefined : cachedDataFor(bundle, cacheFile),
  });
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  return { exports: module.exports, script };
}

/**
 * Loads the bundle once without a cache, which runs its modules' top level and so compiles what
 * every start compiles, then saves that bytecode with the bundle's size and mtime beside it.
 */
function writeCodeCache(bundle, cacheFile) {
  const { script } = loadBundle(bundle);
  writeFileSync(cacheFile, script.createCachedData());
  writeFileSync(`${cacheFile}.json`, `${JSON.stringify(stamp(bundle))}\n`);
}

module.exports = { loadBundle, writeCodeCache };
