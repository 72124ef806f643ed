#!/usr/bin/env node
// Bundles the compiled sidecar (dist/sidecar/cli.js, from tsc) and its dependencies into one file,
// dist/bundle/isa-sidecar.js: a start then reads and compiles one file instead of resolving and
// loading several hundred modules. bin/isa-sidecar.js runs it when it is newer than the tsc output.
// Requires stay lazy in the bundle (a backend that is not configured is still never evaluated).
// esbuild is a dev dependency: without it (a production install) the bundle is skipped and the
// sidecar runs from dist/ as before.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const entry = path.join(root, "dist", "sidecar", "cli.js");
const outfile = path.join(root, "dist", "bundle", "isa-sidecar.js");

let esbuild;
try {
  esbuild = require("esbuild");
} catch {
  process.stderr.write("bundle: esbuild is not installed (dev dependency); the sidecar runs from dist/\n");
  process.exit(0);
}

esbuild
  .build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Loaded from node_modules at run time: @grpc/reflection reads its own .proto files beside
    // its package.json, and only when reflection is asked for.
    external: ["@grpc/reflection", "pg", "nats", "minio", "undici"],
    minify: true,
    keepNames: true,
    legalComments: "none",
    logLevel: "warning",
    metafile: true,
  })
  .then(({ metafile }) => {
    // The tsc outputs it was made from: bin/isa-sidecar.js runs the bundle only while none of them
    // is newer (tsc rewrites only the files whose output changed).
    const sources = Object.keys(metafile.inputs)
      .map((input) => path.resolve(root, input))
      .filter((file) => file.startsWith(path.join(root, "dist") + path.sep))
      .map((file) => path.relative(path.dirname(outfile), file));
    fs.writeFileSync(path.join(path.dirname(outfile), "sources.json"), `${JSON.stringify(sources)}\n`);
    const now = new Date();
    fs.utimesSync(outfile, now, now); // written last, so it is newer than its sources
    // The code cache of the bundle, made in a fresh process (see scripts/code-cache.js).
    const made = require("node:child_process").spawnSync(process.execPath, [path.join(__dirname, "code-cache.js")], {
      stdio: "inherit",
    });
    if (made.status !== 0) throw new Error("the code cache could not be made");
  })
  .catch((err) => {
    process.stderr.write(`bundle: ${err.message}\n`);
    process.exit(1);
  });
