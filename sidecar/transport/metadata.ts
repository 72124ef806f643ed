/**
 * A call's request metadata, read from its HTTP/2 headers when asked: most calls look at one or
 * two keys, so nothing is copied up front. Keys ending in `-bin` carry base64 and come back as
 * bytes, as in every gRPC runtime.
 */
import type { IncomingHttpHeaders } from "node:http2";

export type MetadataValue = string | Buffer;

/** What the sidecar reads of request metadata; grpc-js's Metadata has the same shape. */
export interface RequestMetadata {
  get(key: string): MetadataValue[];
}

export class HeaderMetadata implements RequestMetadata {
  constructor(private readonly headers: IncomingHttpHeaders) {}

  get(key: string): MetadataValue[] {
    const name = key.toLowerCase();
    if (name.startsWith(":")) return [];
    const value = this.headers[name];
    if (value === undefined) return [];
    const values = Array.isArray(value) ? value : name.endsWith("-bin") ? value.split(",") : [value];
    return name.endsWith("-bin") ? values.map((v) => Buffer.from(v.trim(), "base64")) : values;
  }
}
