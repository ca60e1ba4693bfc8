/** GET /api/v1/gemeenten: the reference list of Dutch gemeenten (CBS), for pickers and imports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as contract from '../../contract/index.ts';
import type { GemeenteDirectory } from '../../services/index.ts';
import { routeOf } from '../contract-route.ts';

export const gemeenteRoutes: FastifyPluginAsyncZod<{ gemeenten: GemeenteDirectory }> = async (
  app,
  { gemeenten },
) => {
  app.route({
    ...routeOf(contract.gemeenten.listGemeenten),
    handler: async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: gemeenten.list };
    },
  });
};
