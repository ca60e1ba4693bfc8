/**
 * GET /api/v1/workspaces/{workspaceId}/graph: the whole map in one response for the web map. The rows
 * come straight from our own typed store, so the response is serialised without a second zod pass: on a
 * 10k/50k map that pass would cost more than the query.
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
        params: workspaceParams,
        response: { 200: workspaceGraphSchema, ...problemResponses },
      },
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
      const graph = await store.graph.loadGraph(request.workspace.id);
      return { workspace: request.workspace, ...graph };
    },
  );
};
