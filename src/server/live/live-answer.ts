/**
 * The answer of both live routes (the facilitator's and a participant's): from the client's cursor, clamped
 * to the meeting's last event — a cursor past it (made up, or of another meeting) would skip every later
 * event, the closing too, and keep a stream open that should end — either the events after it as one JSON
 * answer (a poll) or a server-sent event stream.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../../store/index.ts';
import { cursorOf, streamEvents, wantsStream } from './event-stream.ts';
import { eventsSince, type MeetingHub } from './meeting-hub.ts';

export async function answerLive(
  store: Store,
  hub: MeetingHub,
  request: FastifyRequest,
  reply: FastifyReply,
  viewer: {
    meetingId: string;
    /** null: the facilitator's view. */
    participantId: string | null;
    after: number | undefined;
    /** Checks, before a stream opens, that this viewer may open one more (throws when not). */
    beforeStream?: () => void;
  },
): Promise<FastifyReply> {
  const last = await store.meetings.lastEventId(viewer.meetingId);
  const cursor = Math.min(cursorOf(request, viewer.after), last);
  if (!wantsStream(request)) {
    const events = await eventsSince(store, viewer.meetingId, cursor, viewer.participantId);
    return reply.type('application/json; charset=utf-8').send(JSON.stringify({ events }));
  }
  viewer.beforeStream?.();
  return streamEvents(reply, hub, {
    meetingId: viewer.meetingId,
    cursor,
    participantId: viewer.participantId,
  });
}
