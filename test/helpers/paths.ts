import { join, resolve } from "node:path";

/** The repository root, whether running from test/ or compiled dist/test/. */
export const REPO_ROOT = resolve(__dirname, __dirname.includes(`${join("dist", "test")}`) ? "../../.." : "../..");
export const SIDECAR_BIN = join(REPO_ROOT, "bin", "isa-sidecar.js");
export const PROTO_DIR = join(REPO_ROOT, "proto");
