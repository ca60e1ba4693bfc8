/**
 * /api/v1/workspaces/{workspaceId}/meetings…: the facilitator's side of a bijeenkomst (contract:
 * src/contract/meetings.ts). Reading (the list, the queue, the live stream, the summary) needs read access,
 * so a colleague can run the projection; starting, changing, closing and deciding need edit access.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meetings } from '../../contract/index.ts';
import {
  createMeeting,
  decideContribution,
  getMeeting,
  listContributions,
  listMeetings,
  meetingSummary,
  updateMeeting,
} from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { answerLive } from '../live/live-answer.ts';
import type { MeetingHub } from '../live/meeting-hub.ts';
import { authorOf } from '../plugins/authentication.ts';

export const meetingRoutes: FastifyPluginAsyncZod<{ store: Store; hub: MeetingHub }> = async (
  app,
  { store, hub },
) => {
  app.route({
    ...routeOf(meetings.listMeetings),
    config: { access: 'read' },
    handler: async (request) => ({ items: await listMeetings(store, request.workspace.id) }),
  });

  app.route({
    ...routeOf(meetings.createMeeting),
    config: { access: 'edit' },
    handler: async (request, reply) =>
      reply.code(201).send(await createMeeting(store, authorOf(request), request.workspace.id, request.body)),
  });

  app.route({
    ...routeOf(meetings.getMeeting),
    config: { access: 'read' },
    handler: async (request) => getMeeting(store, request.workspace.id, request.params.meetingId),
  });

  app.route({
    ...routeOf(meetings.updateMeeting),
    config: { access: 'edit' },
    handler: async (request) =>
      updateMeeting(store, authorOf(request), request.workspace.id, request.params.meetingId, request.body),
  });

  app.route({
    ...routeOf(meetings.listContributions),
    config: { access: 'read' },
    handler: async (request) =>
      listContributions(store, request.workspace.id, request.params.meetingId, request.query.status),
  });

  app.route({
    ...routeOf(meetings.decideContribution),
    config: { access: 'edit' },
    handler: async (request) =>
      decideContribution(
        store,
        authorOf(request),
        request.workspace.id,
        request.params.meetingId,
        request.params.contributionId,
        request.body,
      ),
  });

  app.route({
    ...routeOf(meetings.meetingEvents),
    config: { access: 'read' },
    serializerCompiler: () => (data) => (typeof data === 'string' ? data : JSON.stringify(data)),
    handler: async (request, reply) => {
      const meeting = await getMeeting(store, request.workspace.id, request.params.meetingId);
      return answerLive(store, hub, request, reply, {
        meetingId: meeting.id,
        participantId: null,
        after: request.query.after,
      });
    },
  });

  app.route({
    ...routeOf(meetings.meetingSummary),
    config: { access: 'read' },
    handler: async (request) => meetingSummary(store, request.workspace.id, request.params.meetingId),
  });
};
