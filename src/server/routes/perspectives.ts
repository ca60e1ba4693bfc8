/**
 * /api/v1/workspaces/{workspaceId}/perspectives: the groups that make claims (contract:
 * src/contract/perspectives.ts). Writes go through the services, each with its audit event.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, perspectives } from '../../contract/index.ts';
import { NotFoundError } from '../../domain/index.ts';
import { createPerspective, deletePerspective, updatePerspective } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { pageEnvelope } from '../page-envelope.ts';
import { authorOf } from '../plugins/authentication.ts';

export const perspectiveRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(perspectives.listPerspectives),
    config: { access: 'read' },
    handler: async (request) => {
      const { page, pageSize } = request.query;
      const result = await store.perspectives.list(request.workspace.id, { page, pageSize });
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  });

  app.route({
    ...routeOf(perspectives.createPerspective),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const workspaceId = request.workspace.id;
      const perspective = await createPerspective(store, authorOf(request), workspaceId, request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${workspaceId}/perspectives/${perspective.id}`)
        .send(perspective);
    },
  });

  app.route({
    ...routeOf(perspectives.getPerspective),
    config: { access: 'read' },
    handler: async (request) => {
      const perspective = await store.perspectives.get(request.workspace.id, request.params.perspectiveId);
      if (!perspective) throw new NotFoundError('perspective', request.params.perspectiveId);
      return perspective;
    },
  });

  app.route({
    ...routeOf(perspectives.updatePerspective),
    config: { access: 'edit' },
    handler: async (request) =>
      updatePerspective(
        store,
        authorOf(request),
        request.workspace.id,
        request.params.perspectiveId,
        request.body,
      ),
  });

  app.route({
    ...routeOf(perspectives.deletePerspective),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      await deletePerspective(store, authorOf(request), request.workspace.id, request.params.perspectiveId, {
        withClaims: request.query.withClaims,
      });
      return reply.code(204).send(null);
    },
  });
};
