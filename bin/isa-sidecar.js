#!/usr/bin/env node
// Runs the compiled CLI (npm run build writes dist/); production never uses a TypeScript loader.
// The single-file bundle (scripts/bundle.js) starts faster; it is used unless tsc rebuilt dist/
// after it was made (a stale bundle would run old code).
const { statSync } = require("node:fs");
const { join } = require("node:path");

const dist = join(__dirname, "..", "dist");
const bundle = join(dist, "bundle", "isa-sidecar.js");
const cli = join(dist, "sidecar", "cli.js");

function fresh() {
  try {
    return statSync(bundle).mtimeMs >= statSync(cli).mtimeMs;
  } catch {
    return false;
  }
}

require(fresh() && process.env.ISA_SIDECAR_NO_BUNDLE !== "1" ? bundle : cli).main(process.argv);
