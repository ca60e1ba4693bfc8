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
    handler: (request) => compareViews(store, request.workspace.id, request.query),
  });
};
