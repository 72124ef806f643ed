#!/usr/bin/env node
// Generates TypeScript types from proto/ into sidecar/generated/ (never edited by hand).
// With --check, regenerates into a temporary folder and fails when the committed types differ,
// so CI catches a .proto change whose types were not regenerated.
"use strict";
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const target = path.join(root, "sidecar", "generated");
const protos = fs
  .readdirSync(path.join(root, "proto", "isa"))
  .filter((f) => f.endsWith(".proto"))
  .map((f) => `isa/${f}`);

function generate(outDir) {
  // These options must match sidecar/proto.ts LOADER_OPTIONS, or the types lie about runtime values.
  execFileSync(
    process.execPath,
    [
      require.resolve("@grpc/proto-loader/build/bin/proto-loader-gen-types.js"),
      "--keepCase",
      "--longs=String",
      "--enums=String",
      "--defaults",
      "--oneofs",
      "--grpcLib=@grpc/grpc-js",
      "--includeDirs",
      path.join(root, "proto"),
      "--outDir",
      outDir,
      ...protos,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  // The generator records absolute proto paths; make them relative so any checkout matches.
  for (const file of listFiles(outDir)) {
    const full = path.join(outDir, file);
    const text = fs.readFileSync(full, "utf8");
    fs.writeFileSync(full, text.split(`${root}${path.sep}`).join(""));
  }
}

function listFiles(dir, base = dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
  });
}

if (process.argv.includes("--check")) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "isa-types-"));
  generate(tmp);
  const fresh = listFiles(tmp).sort();
  const committed = fs.existsSync(target) ? listFiles(target).sort() : [];
  const stale = [...new Set([...fresh, ...committed])].filter((f) => {
    const a = path.join(tmp, f);
    const b = path.join(target, f);
    return !fs.existsSync(a) || !fs.existsSync(b) || fs.readFileSync(a, "utf8") !== fs.readFileSync(b, "utf8");
  });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `sidecar/generated is stale (${stale.length} files differ, e.g. ${stale[0]}); run: npm run gen:types`,
    );
    process.exit(1);
  }
  console.log("sidecar/generated matches proto/");
} else {
  fs.rmSync(target, { recursive: true, force: true });
  generate(target);
  console.log(`generated ${listFiles(target).length} files into sidecar/generated`);
}
