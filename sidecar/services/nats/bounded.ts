/**
 * Feeds a server stream from a source that does not wait (a NATS subscription, a KV watch) without
 * letting a slow reader grow memory: past the message or byte bound, `send` throws
 * RESOURCE_EXHAUSTED and the caller ends the stream with it.
 */
import { resourceExhausted } from "../../errors";
import type { StreamSink } from "../../operation";

export interface StreamBounds {
  /** Messages written to the stream and not yet taken by the transport. */
  subscriptionBuffer: number;
  /** Their payload bytes. */
  subscriptionBufferBytes: number;
}

export function boundedSender<T>(sink: StreamSink<T>, bounds: StreamBounds): (message: T, bytes: number) => void {
  let pendingBytes = 0;
  return (message, bytes) => {
    if (sink.pending() >= bounds.subscriptionBuffer || pendingBytes >= bounds.subscriptionBufferBytes) {
      throw resourceExhausted(
        `the reader fell behind by ${sink.pending()} messages (${pendingBytes} bytes); the stream ends here`,
      );
    }
    pendingBytes += bytes;
    void sink.send(message).then(() => {
      pendingBytes -= bytes;
    });
  };
}
