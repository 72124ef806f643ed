/**
 * sidecar/generated/ is what `scripts/gen-types.js` makes from proto/, so the compiler checks the
 * services against the protos the server actually loads. A .proto edited without regenerating fails here.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { REPO_ROOT } from "../helpers/paths";

function check(root: string): { code: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(root, "scripts", "gen-types.js"), "--check"], {
    cwd: root,
    encoding: "utf8",
  });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

test("the committed generated types match proto/", () => {
  const { code, output } = check(REPO_ROOT);
  assert.equal(code, 0, `gen-types --check failed (run: npm run gen:types):\n${output}`);
  assert.match(output, /matches proto/);
});

test("the check fails when a generated file no longer matches its proto", () => {
  // A copy of the parts the script reads, so the real tree is never touched.
  const root = mkdtempSync(join(tmpdir(), "isa-gen-"));
  try {
    for (const part of ["scripts", "proto", join("sidecar", "generated")]) {
      mkdirSync(join(root, part, ".."), { recursive: true });
      cpSync(join(REPO_ROOT, part), join(root, part), { recursive: true });
    }
    symlinkSync(join(REPO_ROOT, "node_modules"), join(root, "node_modules"), "dir");
    assert.equal(check(root).code, 0, "the untouched copy passes");

    appendFileSync(join(root, "sidecar", "generated", "isa", "redis", "GetRequest.ts"), "\n// edited by hand\n");
    const { code, output } = check(root);
    assert.equal(code, 1);
    assert.match(output, /stale \(1 files differ, e\.g\. isa\/redis\/GetRequest\.ts\)/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
