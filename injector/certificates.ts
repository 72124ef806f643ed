/**
 * The serving certificate and key, read from files and reloaded when they change (cert-manager
 * rotates them in a mounted Secret by swapping a symlink). A reload swaps the server's secure
 * context: handshakes in progress and open connections keep the old one, new connections get
 * the new one, so no request fails. A half-written pair (new cert, old key) is refused and the
 * old pair stays until the files agree.
 */

import { X509Certificate } from "node:crypto";
import { type FSWatcher, readFileSync, watch } from "node:fs";
import { dirname } from "node:path";
import { createSecureContext } from "node:tls";

export interface KeyPair {
  cert: Buffer;
  key: Buffer;
  notAfter: Date;
}

export class CertificateError extends Error {
  constructor(
    readonly flag: "--cert-file" | "--key-file",
    reason: string,
  ) {
    super(`${flag}: ${reason}`);
    this.name = "CertificateError";
  }
}

/** Reads and checks a pair: both files readable, the certificate parses, the key matches it. */
export function readKeyPair(certFile: string, keyFile: string): KeyPair {
  const read = (flag: "--cert-file" | "--key-file", file: string) => {
    try {
      return readFileSync(file);
    } catch (err) {
      throw new CertificateError(flag, `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
  };
  const cert = read("--cert-file", certFile);
  const key = read("--key-file", keyFile);
  let notAfter: Date;
  try {
    notAfter = new Date(new X509Certificate(cert).validTo);
  } catch {
    throw new CertificateError("--cert-file", `${certFile}: not a PEM certificate`);
  }
  try {
    createSecureContext({ cert, key });
  } catch (err) {
    throw new CertificateError("--key-file", `${keyFile}: ${(err as Error).message} (does it match --cert-file?)`);
  }
  return { cert, key, notAfter };
}

export interface ReloaderEvents {
  onReload(pair: KeyPair): void;
  onError(err: Error): void;
}

/** Watches the files' directories (so symlink swaps are seen) and also polls, for filesystems where watching misses. */
export class CertificateReloader {
  private current: KeyPair;
  private readonly watchers: FSWatcher[] = [];
  private timer?: NodeJS.Timeout;
  private debounce?: NodeJS.Timeout;
  private lastError?: string;

  constructor(
    private readonly certFile: string,
    private readonly keyFile: string,
    private readonly events: ReloaderEvents,
    initial: KeyPair,
  ) {
    this.current = initial;
  }

  start(pollMs: number): void {
    for (const dir of new Set([dirname(this.certFile), dirname(this.keyFile)])) {
      try {
        const watcher = watch(dir, () => this.schedule());
        watcher.on("error", () => {});
        this.watchers.push(watcher);
      } catch {
        // Polling still covers it.
      }
    }
    this.timer = setInterval(() => this.check(), pollMs);
    this.timer.unref();
  }

  stop(): void {
    for (const w of this.watchers) w.close();
    clearInterval(this.timer);
    clearTimeout(this.debounce);
  }

  /** Re-reads the files; reloads when they changed and form a valid pair. Each bad state is reported once. */
  check(): void {
    let next: KeyPair;
    try {
      next = readKeyPair(this.certFile, this.keyFile);
    } catch (err) {
      if ((err as Error).message !== this.lastError) {
        this.lastError = (err as Error).message;
        this.events.onError(err as Error);
      }
      return;
    }
    this.lastError = undefined;
    if (next.cert.equals(this.current.cert) && next.key.equals(this.current.key)) return;
    this.current = next;
    this.events.onReload(next);
  }

  private schedule(): void {
    // Writers touch the files more than once per rotation; settle first.
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => this.check(), 50);
    this.debounce.unref();
  }
}
