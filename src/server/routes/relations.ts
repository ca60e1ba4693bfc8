/**
 * /api/v1/workspaces/{workspaceId}/relations: the relaties of one werkruimte (contract:
 * src/contract/relations.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, relations } from '../../contract/index.ts';
import { NotFoundError } from '../../domain/index.ts';
import { createRelation, deleteRelation, updateRelation } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { pageEnvelope } from '../page-envelope.ts';
import { authorOf } from '../plugins/authentication.ts';

export const relationRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(relations.listRelations),
    config: { access: 'read' },
    handler: async (request) => {
      const { page, pageSize, sort, ...filter } = request.query;
      const result = await store.relations.list(request.workspace.id, filter, { page, pageSize }, sort);
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  });

  app.route({
    ...routeOf(relations.createRelation),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const relation = await createRelation(store, authorOf(request), request.workspace.id, request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${relation.workspaceId}/relations/${relation.id}`)
        .send(relation);
    },
  });

  app.route({
    ...routeOf(relations.getRelation),
    config: { access: 'read' },
    handler: async (request) => {
      const relation = await store.relations.get(request.workspace.id, request.params.relationId);
      if (!relation) throw new NotFoundError('relation', request.params.relationId);
      return relation;
    },
  });

  app.route({
    ...routeOf(relations.updateRelation),
    config: { access: 'edit' },
    handler: async (request) =>
      updateRelation(store, authorOf(request), request.workspace.id, request.params.relationId, request.body),
  });

  app.route({
    ...routeOf(relations.deleteRelation),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      await deleteRelation(store, authorOf(request), request.workspace.id, request.params.relationId);
      return reply.code(204).send(null);
    },
  });
};
