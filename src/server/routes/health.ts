/** GET /api/v1/health: for load balancers and for `npm start` users wondering if it runs. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { health } from '../../contract/index.ts';
import type { Store } from '../../store/index.ts';
import { routeOf } from '../contract-route.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.route({
    ...routeOf(health.getHealth),
    config: { auth: 'public' },
    handler: async () => ({ status: 'ok' as const, database: store.kind }),
  });
};
