/** The isa-injector command line: help, usage errors (exit 2, one line naming the flag), wait-ready. */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { repoRoot } from "../fixtures/injector/support";

const bin = path.join(repoRoot, "bin/isa-injector.js");
const cli = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 20_000 });

describe("isa-injector", () => {
  test("--help for the program and each command exits 0 and names the flags", () => {
    const top = cli("--help");
    assert.equal(top.status, 0);
    for (const cmd of ["serve", "inject", "wait-ready"]) assert.match(top.stdout, new RegExp(`^  ${cmd}`, "m"));
    const serve = cli("serve", "--help");
    assert.equal(serve.status, 0);
    for (const flag of ["--listen", "--cert-file", "--key-file", "--config"])
      assert.ok(serve.stdout.includes(flag), flag);
    assert.match(serve.stdout.replace(/\s+/g, " "), /default: "0.0.0.0:8443"/);
    const inject = cli("inject", "--help");
    assert.equal(inject.status, 0);
    for (const flag of ["-f, --file", "-o, --output", "--config"]) assert.ok(inject.stdout.includes(flag), flag);
  });

  test("bad flags exit 2 with one line naming the flag and the reason", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "isa-cli-"));
    try {
      const badConfig = path.join(dir, "bad.yaml");
      writeFileSync(badConfig, "defaults:\n  log-level: loud\n");
      const cases: [string[], RegExp][] = [
        [["serve", "--lisen", "x"], /^isa-injector: unknown option '--lisen' \(Did you mean --listen\?\)$/],
        [["serve", "--key-file", "k"], /^isa-injector: --cert-file: required$/],
        [
          ["serve", "--cert-file", "c", "--key-file", "k", "--listen", "nowhere"],
          /^isa-injector: --listen: "nowhere" is not host:port$/,
        ],
        [
          ["serve", "--cert-file", "/nonexistent.crt", "--key-file", "k"],
          /^isa-injector: --cert-file: \/nonexistent.crt: cannot read \(ENOENT\)$/,
        ],
        [
          ["serve", "--cert-file", "c", "--key-file", "k", "--shutdown-delay", "soon"],
          /^isa-injector: --shutdown-delay: "soon" is not a duration/,
        ],
        [
          ["serve", "--cert-file", "c", "--key-file", "k", "--log-level", "loud"],
          /^isa-injector: --log-level: must be one of/,
        ],
        [
          ["inject", "-f", "-", "--config", badConfig],
          /^isa-injector: --config: .*bad.yaml: defaults.log-level: "loud" must be one of/,
        ],
        [
          ["inject", "-f", "-", "--config", "/nonexistent.yaml"],
          /^isa-injector: --config: \/nonexistent.yaml: cannot read \(ENOENT\)$/,
        ],
        [["wait-ready", "--url", "ftp://x"], /^isa-injector: --url: "ftp:\/\/x" is not an http:\/\/ URL$/],
        [["frobnicate"], /^isa-injector: unknown command 'frobnicate'$/],
      ];
      for (const [args, expected] of cases) {
        const r = cli(...args);
        assert.equal(r.status, 2, `${args.join(" ")}: ${r.stderr}`);
        const lines = r.stderr.trimEnd().split("\n");
        assert.equal(lines.length, 1, `${args.join(" ")} printed: ${r.stderr}`);
        assert.match(lines[0]!, expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("wait-ready returns once the URL answers 200, and gives up with exit 1", async () => {
    let ready = false;
    const server = createServer((_req, res) => res.writeHead(ready ? 200 : 503).end());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`;
    try {
      const waiting = spawn(process.execPath, [bin, "wait-ready", `--url=${url}`, "--timeout=10s"]);
      const exit = new Promise<number | null>((r) => waiting.once("exit", r));
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(waiting.exitCode, null, "still waiting while the sidecar is not ready");
      ready = true;
      assert.equal(await exit, 0);
      ready = false;
      const gaveUp = spawnSync(process.execPath, [bin, "wait-ready", `--url=${url}`, "--timeout=500ms"], {
        encoding: "utf8",
      });
      assert.equal(gaveUp.status, 1);
      assert.match(gaveUp.stderr, /not ready after 500ms/);
    } finally {
      server.close();
    }
  });
});
