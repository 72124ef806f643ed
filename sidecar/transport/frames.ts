/**
 * gRPC's length-prefixed messages on an HTTP/2 stream: a flag byte (1: compressed), a 4-byte
 * big-endian length, the message. Data frames cut them anywhere, so the decoder gathers pieces
 * and hands out whole messages; a length over the limit is refused from its prefix, before any of
 * the message is buffered.
 */
const PREFIX_BYTES = 5;
const EMPTY = Buffer.alloc(0);

export function frameMessage(body: Buffer): Buffer {
  const frame = Buffer.allocUnsafe(PREFIX_BYTES + body.length);
  frame[0] = 0;
  frame.writeUInt32BE(body.length, 1);
  body.copy(frame, PREFIX_BYTES);
  return frame;
}

export class MessageTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`Received message larger than max (${bytes} vs. ${limit})`);
  }
}

export class MessageDecoder {
  private pieces: Buffer[] = [];
  private buffered = 0;
  /** The length of the message being gathered, or -1 while its prefix is not complete. */
  private awaited = -1;
  private compressed = false;

  constructor(private readonly limit: number) {}

  /** Takes one piece of the stream; `deliver` gets each message it completes. Throws MessageTooLarge. */
  push(piece: Buffer, deliver: (body: Buffer, compressed: boolean) => void): void {
    this.pieces.push(piece);
    this.buffered += piece.length;
    for (;;) {
      if (this.awaited < 0) {
        if (this.buffered < PREFIX_BYTES) return;
        const prefix = this.take(PREFIX_BYTES);
        this.compressed = (prefix[0]! & 1) === 1;
        this.awaited = prefix.readUInt32BE(1);
        if (this.awaited > this.limit) throw new MessageTooLarge(this.awaited, this.limit);
      }
      if (this.buffered < this.awaited) return;
      const body = this.take(this.awaited);
      this.awaited = -1;
      deliver(body, this.compressed);
    }
  }

  /** True while part of a message has arrived and the rest has not. */
  get midMessage(): boolean {
    return this.buffered > 0 || this.awaited >= 0;
  }

  private take(bytes: number): Buffer {
    if (bytes === 0) return EMPTY; // an empty message (all fields default) has no bytes at all
    const first = this.pieces[0]!;
    this.buffered -= bytes;
    if (first.length > bytes) {
      this.pieces[0] = first.subarray(bytes);
      return first.subarray(0, bytes);
    }
    if (first.length === bytes) {
      this.pieces.shift();
      return first;
    }
    const whole = Buffer.concat(this.pieces);
    this.pieces = whole.length > bytes ? [whole.subarray(bytes)] : [];
    return whole.subarray(0, bytes);
  }
}
