/** /api/v1/workspaces/{workspaceId}/actors: the spelers of one werkruimte (contract: src/contract/actors.ts). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, actors } from '../../contract/index.ts';
import { NotFoundError } from '../../domain/index.ts';
import { createActor, deleteActor, updateActor } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { pageEnvelope } from '../page-envelope.ts';
import { authorOf } from '../plugins/authentication.ts';

export const actorRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(actors.listActors),
    config: { access: 'read' },
    handler: async (request) => {
      const { page, pageSize, sort, ...filter } = request.query;
      const result = await store.actors.list(request.workspace.id, filter, { page, pageSize }, sort);
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  });

  app.route({
    ...routeOf(actors.createActor),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const actor = await createActor(store, authorOf(request), request.workspace.id, request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${actor.workspaceId}/actors/${actor.id}`)
        .send(actor);
    },
  });

  app.route({
    ...routeOf(actors.getActor),
    config: { access: 'read' },
    handler: async (request) => {
      const actor = await store.actors.get(request.workspace.id, request.params.actorId);
      if (!actor) throw new NotFoundError('actor', request.params.actorId);
      return actor;
    },
  });

  app.route({
    ...routeOf(actors.updateActor),
    config: { access: 'edit' },
    handler: async (request) =>
      updateActor(store, authorOf(request), request.workspace.id, request.params.actorId, request.body),
  });

  app.route({
    ...routeOf(actors.deleteActor),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      await deleteActor(store, authorOf(request), request.workspace.id, request.params.actorId);
      return reply.code(204).send(null);
    },
  });
};
