/**
 * GET /api/v1/workspaces/{workspaceId}/graph: the whole map in one response for the web map. The store
 * hands over the spelers and relaties as JSON text rendered by the database; the route splices them into
 * the response without parsing and re-serialising 60,000 objects (see src/store/graph.ts).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { workspaceGraphSchema } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';
import { problemResponses, workspaceParams } from '../schemas.ts';

export const graphRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get(
    '/workspaces/:workspaceId/graph',
    {
      config: { access: 'read' },
      schema: {
        tags: ['kaart'],
        summary: 'De hele kaart: alle spelers (zonder profielteksten) en relaties',
        description: 'De volgorde van spelers en relaties ligt niet vast.',
        params: workspaceParams,
        response: { 200: workspaceGraphSchema, ...problemResponses },
      },
      // The body is already JSON text; the typed schema above documents its shape for OpenAPI.
      serializerCompiler: () => (data) => data as string,
    },
    async (request, reply) => {
      const graph = await store.graph.loadGraphJson(request.workspace.id);
      const body = `{"workspace":${JSON.stringify(request.workspace)},"actors":${graph.actors},"relations":${graph.relations}}`;
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );
};
