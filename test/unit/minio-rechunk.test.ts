/** GetObject's chunks: exactly GET_CHUNK_BYTES each (the last one shorter), whatever pieces the socket hands over. */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import { rechunk } from "../../sidecar/services/minio/objects";

async function* pieces(data: Buffer, sizes: number[]): AsyncIterable<Buffer> {
  let at = 0;
  for (let i = 0; at < data.length; i++) {
    const n = sizes[i % sizes.length]!;
    yield data.subarray(at, at + n);
    at += n;
  }
}

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for await (const chunk of source) out.push(chunk);
  return out;
}

test("chunks are exactly the size asked for, the last one shorter, and nothing is lost or reordered", async () => {
  const data = randomBytes(1_000_003);
  // Odd piece sizes, some larger than a chunk, as a socket under load hands them over.
  for (const sizes of [[65_536], [65_000, 70_001, 12], [300_000, 1], [1], [1_000_003]]) {
    const chunks = await collect(rechunk(pieces(data, sizes), 100_000));
    assert.ok(Buffer.concat(chunks).equals(data), `pieces of ${sizes}`);
    assert.equal(chunks.length, 11, `pieces of ${sizes}`);
    for (const chunk of chunks.slice(0, -1)) assert.equal(chunk.length, 100_000);
    assert.equal(chunks.at(-1)!.length, 3);
  }
});

test("an empty stream gives no chunk, and one shorter than a chunk gives it whole", async () => {
  assert.deepEqual(await collect(rechunk(pieces(Buffer.alloc(0), [10]), 100)), []);
  const short = randomBytes(42);
  const chunks = await collect(rechunk(pieces(short, [5, 7]), 100));
  assert.equal(chunks.length, 1);
  assert.ok(chunks[0]!.equals(short));
});
