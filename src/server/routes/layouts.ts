/**
 * /api/v1/workspaces/{workspaceId}/layouts/{layout}: the saved positions of the map's spelers for one
 * layout (contract: src/contract/layouts.ts). Like the graph route, responses skip the zod serializer: GET
 * splices the database's JSON text in unparsed, PUT echoes what the body schema just validated; checking
 * 50,000 positions again would only cost time.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { layouts } from '../../contract/index.ts';
import { saveLayout } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';
import { authorOf } from '../plugins/authentication.ts';

/**
 * 50,000 positions with full-precision coordinates are about 4.3 MB as JSON; 100,000 (the most a document
 * may hold) fit only with shorter numbers. The rest of the API keeps 1 MiB.
 */
const POSITIONS_BODY_LIMIT = 8 * 1024 * 1024;

export const layoutRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(layouts.getLayout),
    config: { access: 'read' },
    // The body is already JSON text; the contract's schema documents its shape for OpenAPI.
    serializerCompiler: () => (data) => data as string,
    handler: async (request, reply) => {
      const { layout } = request.params;
      const positions = await store.layouts.getPositionsJson(request.workspace.id, layout);
      const body = `{"layout":${JSON.stringify(layout)},"positions":${positions}}`;
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  });

  app.route({
    ...routeOf(layouts.saveLayout),
    config: { access: 'edit' },
    bodyLimit: POSITIONS_BODY_LIMIT,
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: async (request) => {
      const { layout } = request.params;
      const positions = await saveLayout(
        store,
        authorOf(request),
        request.workspace.id,
        layout,
        request.body.positions,
      );
      return { layout, positions };
    },
  });
};
