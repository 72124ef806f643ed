/** A CA and leaf certificates made with openssl, for serving real TLS in tests (HTTPS, Redis). */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface IssuedCert {
  /** PEM texts. */
  cert: string;
  key: string;
  /** Where they were written, for servers that read files. */
  certFile: string;
  keyFile: string;
}

export class TestCa {
  readonly caCert: string;
  readonly caKey: string;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.caKey = path.join(dir, "ca.key");
    this.caCert = path.join(dir, "ca.crt");
    openssl(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", this.caKey]);
    openssl(
      ["req", "-x509", "-new", "-key", this.caKey, "-sha256", "-days", "2", "-subj", "/CN=isa-test-ca"].concat([
        "-out",
        this.caCert,
      ]),
    );
  }

  /**
   * Issues a serving certificate for localhost and 127.0.0.1; `clientAuth` also lets it identify
   * its holder as a client (Redis nodes present it to each other on the cluster bus).
   */
  issue(name: string, cn = "localhost", clientAuth = false): IssuedCert {
    const keyFile = path.join(this.dir, `${name}.key`);
    const csr = path.join(this.dir, `${name}.csr`);
    const certFile = path.join(this.dir, `${name}.crt`);
    const ext = path.join(this.dir, `${name}.ext`);
    const usage = clientAuth ? "serverAuth,clientAuth" : "serverAuth";
    writeFileSync(ext, `subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=${usage}\n`);
    openssl(["ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", keyFile]);
    openssl(["req", "-new", "-key", keyFile, "-subj", `/CN=${cn}`, "-out", csr]);
    openssl(
      ["x509", "-req", "-in", csr, "-CA", this.caCert, "-CAkey", this.caKey, "-CAcreateserial", "-days", "1"].concat([
        "-sha256",
        "-extfile",
        ext,
        "-out",
        certFile,
      ]),
    );
    return { cert: readFileSync(certFile, "utf8"), key: readFileSync(keyFile, "utf8"), certFile, keyFile };
  }
}

function openssl(args: string[]): void {
  execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
}
