/**
 * An HTTP proxy in front of a real S3 server that turns chosen answers into a 500, the way a
 * backend fails a request it carried out in part: the request still reaches S3 and takes effect,
 * only its answer is replaced. Used to test what the sidecar does with a 5xx, deterministically.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

export interface ProxiedRequest {
  method: string;
  /** Decoded path, e.g. `/bucket/key`. */
  path: string;
  /** Raw query string without `?`. */
  query: string;
}

type Match = (req: ProxiedRequest) => boolean;

export interface FaultProxy {
  readonly endpoint: string;
  /** Every request forwarded so far, in arrival order. */
  readonly requests: ProxiedRequest[];
  /** The next `times` requests that match are forwarded, and answered 500 InternalError. */
  failNext(match: Match, times?: number): void;
  stop(): Promise<void>;
}

const INTERNAL_ERROR =
  '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code>' +
  "<Message>We encountered an internal error. Please try again.</Message></Error>";

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const requests: ProxiedRequest[] = [];
  const faults: { match: Match; left: number }[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://proxy");
    const seen = { method: req.method ?? "", path: decodeURIComponent(url.pathname), query: url.search.slice(1) };
    requests.push(seen);
    const fault = faults.find((f) => f.left > 0 && f.match(seen));
    if (fault) fault.left--;
    const forwarded = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (!fault) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        // S3 acted on the request; its answer is read to the end and replaced.
        answer.resume();
        answer.on("end", () => {
          res.writeHead(500, { "content-type": "application/xml" });
          res.end(INTERNAL_ERROR);
        });
      },
    );
    forwarded.on("error", () => res.destroy());
    req.pipe(forwarded);
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    failNext(match, times = 1) {
      faults.push({ match, left: times });
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
