/**
 * /api/v1/workspaces/{workspaceId}/topics: vraagstukken and the positions on them (contract:
 * src/contract/topics.ts). Writes go through the services, each with its audit event.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { API_PREFIX, topics } from '../../contract/index.ts';
import { NotFoundError } from '../../domain/index.ts';
import { addPositions, createTopic, deleteTopic, updateTopic } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { pageEnvelope } from '../page-envelope.ts';
import { authorOf } from '../plugins/authentication.ts';

export const topicRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(topics.listTopics),
    config: { access: 'read' },
    handler: async (request) => {
      const { page, pageSize, ...filter } = request.query;
      const result = await store.topics.list(request.workspace.id, filter, { page, pageSize });
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  });

  app.route({
    ...routeOf(topics.createTopic),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const workspaceId = request.workspace.id;
      const topic = await createTopic(store, authorOf(request), workspaceId, request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${workspaceId}/topics/${topic.id}`)
        .send(topic);
    },
  });

  app.route({
    ...routeOf(topics.getTopic),
    config: { access: 'read' },
    handler: async (request) => {
      const topic = await store.topics.get(request.workspace.id, request.params.topicId);
      if (!topic) throw new NotFoundError('topic', request.params.topicId);
      return topic;
    },
  });

  app.route({
    ...routeOf(topics.updateTopic),
    config: { access: 'edit' },
    handler: async (request) =>
      updateTopic(store, authorOf(request), request.workspace.id, request.params.topicId, request.body),
  });

  app.route({
    ...routeOf(topics.deleteTopic),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      await deleteTopic(store, authorOf(request), request.workspace.id, request.params.topicId);
      return reply.code(204).send(null);
    },
  });

  app.route({
    ...routeOf(topics.listPositions),
    config: { access: 'read' },
    handler: async (request) => {
      const workspaceId = request.workspace.id;
      const { topicId } = request.params;
      if (!(await store.topics.get(workspaceId, topicId))) throw new NotFoundError('topic', topicId);
      const { page, pageSize, current, perspective, actorId } = request.query;
      const result = await store.topics.listPositions(
        workspaceId,
        topicId,
        { current, ...(perspective ? { perspectiveIds: perspective } : {}), ...(actorId ? { actorId } : {}) },
        { page, pageSize },
      );
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  });

  app.route({
    ...routeOf(topics.createPositions),
    config: { access: 'edit' },
    handler: async (request, reply) => {
      const workspaceId = request.workspace.id;
      const { topicId } = request.params;
      const batch = Array.isArray(request.body);
      const inputs = Array.isArray(request.body) ? request.body : [request.body];
      const added = await addPositions(store, authorOf(request), workspaceId, topicId, inputs, { batch });
      const positionsUrl = `${API_PREFIX}/workspaces/${workspaceId}/topics/${topicId}/positions`;
      // A position has no address of its own (it is never read alone): the location is the list of them.
      return reply
        .code(201)
        .header('location', positionsUrl)
        .send(batch ? added : (added[0] as (typeof added)[number]));
    },
  });
};
