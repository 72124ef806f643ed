#!/usr/bin/env node
// Runs the compiled CLI (npm run build writes dist/); production never uses a TypeScript loader.
// The single-file bundle (scripts/bundle.js) starts faster; it is used unless tsc rewrote one of
// the files it was made from since (a stale bundle would run old code), or ISA_SIDECAR_NO_BUNDLE=1.
const { readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const dist = join(__dirname, "..", "dist");
const bundleDir = join(dist, "bundle");
const bundle = join(bundleDir, "isa-sidecar.js");

function fresh() {
  if (process.env.ISA_SIDECAR_NO_BUNDLE === "1") return false;
  try {
    const made = statSync(bundle).mtimeMs;
    const sources = JSON.parse(readFileSync(join(bundleDir, "sources.json"), "utf8"));
    return sources.every((file) => statSync(join(bundleDir, file)).mtimeMs <= made);
  } catch {
    return false; // no bundle (no esbuild at build time), or a source gone: dist/ as compiled
  }
}

const cli = fresh()
  ? require("./bundle-loader").loadBundle(bundle, `${bundle}.cache`).exports
  : require(join(dist, "sidecar", "cli.js"));
cli.main(process.argv);
