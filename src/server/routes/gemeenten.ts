/** GET /api/v1/gemeenten: the reference list of Dutch gemeenten (CBS), for pickers and imports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { gemeenteSchema } from '../../domain/index.ts';
import type { GemeenteDirectory } from '../../services/index.ts';

export const gemeenteRoutes: FastifyPluginAsyncZod<{ gemeenten: GemeenteDirectory }> = async (
  app,
  { gemeenten },
) => {
  app.get(
    '/gemeenten',
    {
      schema: {
        tags: ['referentie'],
        summary: 'Alle gemeenten met hun CBS-code',
        description: 'Bron: CBS, Gemeentelijke indeling op 1 januari 2026, CC BY 4.0.',
        response: { 200: z.object({ items: z.array(gemeenteSchema) }) },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return { items: gemeenten.list };
    },
  );
};
