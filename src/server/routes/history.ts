/**
 * /api/v1/workspaces/{id}/history: the audit trail of a werkruimte, or of one speler, and restoring a
 * deleted speler from its deletion event or a deleted relatie by its id (contract: src/contract/history.ts). The trail is read-only here:
 * there is no route that edits or deletes an event.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, history } from '../../contract/index.ts';
import { restoreActor, restoreRelation } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { pageEnvelope } from '../page-envelope.ts';
import { authorOf } from '../plugins/authentication.ts';

export const historyRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(history.listHistory),
    config: { access: 'read' },
    handler: async (request) => {
      const { page, pageSize, actorId, action } = request.query;
      const result = await store.audit.list(
        request.workspace.id,
        { ...(actorId ? { actorId } : {}), ...(action ? { action } : {}) },
        { page, pageSize },
      );
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  });

  app.route({
    ...routeOf(history.restoreActor),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const restored = await restoreActor(
        store,
        authorOf(request),
        request.workspace.id,
        request.params.eventId,
      );
      return reply.code(201).send(restored);
    },
  });

  app.route({
    ...routeOf(history.restoreRelation),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const restored = await restoreRelation(
        store,
        authorOf(request),
        request.workspace.id,
        request.params.relationId,
      );
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${restored.workspaceId}/relations/${restored.id}`)
        .send(restored);
    },
  });
};
