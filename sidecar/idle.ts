/**
 * A request message that never completes must not hold a call forever: a client that opens an
 * HTTP/2 stream and sends half a message (or stops between the messages of a client stream) keeps
 * a call, its buffers and, for uploads, a part in memory. grpc-js has no such timeout, so this
 * server interceptor adds one: while the handler waits for a message (a read is pending), the
 * client has `idleMs` to complete it; past that the call ends CANCELLED. Time the sidecar itself
 * spends not reading (back-pressure while a part goes to S3) never counts.
 */
import { ServerInterceptingCall, type ServerInterceptor, status } from "@grpc/grpc-js";

export function requestIdleInterceptor(idleMs: number, onIdle: (path: string) => void): ServerInterceptor {
  return (method, call) => {
    let timer: NodeJS.Timeout | undefined;
    const disarm = () => {
      clearTimeout(timer);
      timer = undefined;
    };
    const intercepting = new ServerInterceptingCall(call, {
      start: (next) =>
        next({
          onReceiveMessage: (message, nextMessage) => {
            disarm();
            nextMessage(message);
          },
          onReceiveHalfClose: (nextHalfClose) => {
            disarm();
            nextHalfClose();
          },
          onCancel: disarm,
        }),
      sendStatus: (sent, nextStatus) => {
        disarm();
        nextStatus(sent);
      },
    });
    const startRead = intercepting.startRead.bind(intercepting);
    intercepting.startRead = () => {
      disarm();
      timer = setTimeout(() => {
        timer = undefined;
        onIdle(method.path);
        intercepting.sendStatus({
          code: status.CANCELLED,
          details: `the request message was not completed within ${idleMs} ms`,
        });
      }, idleMs);
      timer.unref();
      startRead();
    };
    return intercepting;
  };
}
