/**
 * /api/v1/meeting-participation/…: a participant's side of a bijeenkomst (contract:
 * src/contract/meeting-participation.ts), open without an account (`config.auth: 'participant'`). The
 * code (door, join) or the participant's token (`Authorization: Bearer`, everything after joining) is the
 * credential, checked by the services on every call. Wrong codes are counted per client address; past the
 * limit the address gets 429 until the window ends. Tokens (256 random bits) are not counted: a room full
 * of phones behind one address, reconnecting after the meeting closed, must not block the next meeting.
 * Joining is limited per address (a room shares one), sending per participant (in the services) and all
 * other participant calls per token.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meetingParticipation } from '../../contract/index.ts';
import { MeetingAccessError } from '../../domain/index.ts';
import {
  joinMeeting,
  meetingDoor,
  participantView,
  reactToContribution,
  sendContribution,
  usableParticipant,
  withdrawContribution,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { createFailureCounter, TooManyFailuresError } from '../auth/failure-counter.ts';
import { routeOf } from '../contract-route.ts';
import { answerLive } from '../live/live-answer.ts';
import type { MeetingHub } from '../live/meeting-hub.ts';

/** Live streams one participant may hold open at once (a phone and a reload, not a flood). */
const STREAMS_PER_PARTICIPANT = 3;

/** The participant's token from `Authorization: Bearer <token>`; anything else is no token. */
export function participantToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return undefined;
  return header.slice('Bearer '.length).trim();
}

export const meetingParticipationRoutes: FastifyPluginAsyncZod<{
  store: Store;
  hub: MeetingHub;
  codeFailures: { max: number; windowMs: number };
}> = async (app, { store, hub, codeFailures }) => {
  const failures = createFailureCounter(codeFailures);
  const codeRoutes = new Set([
    meetingParticipation.openMeetingDoor.path,
    meetingParticipation.joinMeeting.path,
  ]);
  // Scoped to this plugin's routes, before the body is read.
  app.addHook('onRequest', async (request) => {
    const path = request.routeOptions.url?.slice(request.routeOptions.url.indexOf('/meeting-participation'));
    if (path && codeRoutes.has(path as never)) failures.refuseWhenBlocked(request.ip);
  });
  /** Runs a call with a code, counting a code that does not work against the caller's address. */
  async function counted<T>(request: FastifyRequest, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof MeetingAccessError) failures.fail(request.ip);
      throw error;
    }
  }

  app.route({
    ...routeOf(meetingParticipation.openMeetingDoor),
    config: { auth: 'participant', throttle: 'join' },
    handler: async (request) => counted(request, () => meetingDoor(store, request.body.code)),
  });

  app.route({
    ...routeOf(meetingParticipation.joinMeeting),
    config: { auth: 'participant', throttle: 'join' },
    handler: async (request, reply) =>
      reply.code(201).send(await counted(request, () => joinMeeting(store, request.body))),
  });

  app.route({
    ...routeOf(meetingParticipation.participantView),
    config: { auth: 'participant' },
    handler: async (request) => participantView(store, participantToken(request)),
  });

  app.route({
    ...routeOf(meetingParticipation.sendContribution),
    config: { auth: 'participant', throttle: 'participant' },
    handler: async (request, reply) =>
      reply.code(201).send(await sendContribution(store, participantToken(request), request.body)),
  });

  app.route({
    ...routeOf(meetingParticipation.withdrawContribution),
    config: { auth: 'participant', throttle: 'participant' },
    handler: async (request, reply) => {
      await withdrawContribution(store, participantToken(request), request.params.contributionId);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(meetingParticipation.reactToContribution),
    config: { auth: 'participant', throttle: 'participant' },
    handler: async (request) =>
      reactToContribution(
        store,
        participantToken(request),
        request.params.contributionId,
        request.body.verdict,
      ),
  });

  app.route({
    ...routeOf(meetingParticipation.participantEvents),
    config: { auth: 'participant' },
    serializerCompiler: () => (data) => (typeof data === 'string' ? data : JSON.stringify(data)),
    handler: async (request, reply) => {
      const participant = await usableParticipant(store, participantToken(request));
      return answerLive(store, hub, request, reply, {
        meetingId: participant.meeting.id,
        participantId: participant.id,
        after: request.query.after,
        beforeStream: () => {
          if (hub.streamsOf(participant.id) >= STREAMS_PER_PARTICIPANT)
            throw new TooManyFailuresError('too many streams');
        },
      });
    },
  });
};
