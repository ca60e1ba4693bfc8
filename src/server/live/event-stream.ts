/**
 * Answers a live request: a server-sent event stream when the client asks for `text/event-stream`, else the
 * events after the cursor as one JSON answer (a poll: for clients or proxies that cannot hold a stream, and
 * for tests that inject requests). The cursor is `Last-Event-ID` (sent by a reconnecting EventSource) or
 * `?after=`, whichever is later. A comment every 20 s keeps proxies from closing an idle stream.
 */
import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MeetingEvent } from '../../domain/index.ts';
import type { LiveSubscriber, MeetingHub } from './meeting-hub.ts';

const HEARTBEAT_MS = 20_000;
/** How long a client waits before reconnecting after a dropped stream (the SSE `retry` field). */
const RETRY_MS = 2_000;

export function cursorOf(request: FastifyRequest, after: number | undefined): number {
  const header = Number(request.headers['last-event-id']);
  const fromHeader = Number.isSafeInteger(header) && header >= 0 ? header : 0;
  return Math.max(after ?? 0, fromHeader);
}

export function wantsStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

export function sseBlock(event: MeetingEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** Streams the meeting's events to this request until the client goes (or a participant's meeting closes). */
export function streamEvents(
  reply: FastifyReply,
  hub: MeetingHub,
  subscription: Pick<LiveSubscriber, 'meetingId' | 'cursor' | 'participantId'>,
): FastifyReply {
  const stream = new PassThrough();
  stream.write(`retry: ${RETRY_MS}\n: live\n\n`);
  let ended = false;
  const unsubscribe = hub.subscribe({
    ...subscription,
    send: (block) => {
      if (!ended) stream.write(block);
    },
    end: () => finish(),
  });
  const heartbeat = setInterval(() => stream.write(': \n\n'), HEARTBEAT_MS);
  function finish() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    stream.end();
  }
  // The response's close: the client went away (or the stream ended); the request's fires when it is read.
  reply.raw.on('close', finish);
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-accel-buffering', 'no')
    .send(stream);
}
