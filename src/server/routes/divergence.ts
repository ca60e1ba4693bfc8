/**
 * /api/v1/workspaces/{workspaceId}/divergence: two perspectives compared (contract:
 * src/contract/divergence.ts). Read-only; lezers may compare too.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { divergence } from '../../contract/index.ts';
import { compareViews } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';

export const divergenceRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(divergence.getDivergence),
    config: { access: 'read' },
    // Built from checked data by one service: its answer is serialised as it is, as the graph's is, rather
    // than checked again against the contract (a fifth of the time on 20,000 relaties). The contract's
    // schema documents it, and the API tests check answers against it.
    serializerCompiler: () => (data) => JSON.stringify(data),
    handler: (request) => compareViews(store, request.workspace.id, request.query),
  });
};
