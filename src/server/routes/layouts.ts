/**
 * /api/v1/workspaces/{workspaceId}/layouts/{layout}: the saved positions of the map's spelers for one
 * layout, so the map looks the same next time. The document is read and replaced whole. Like the graph
 * route, responses skip the zod serializer: GET splices the database's JSON text in unparsed, PUT echoes
 * what the body schema just validated; checking 50,000 positions again would only cost time.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { layoutPositionsSchema, layoutSchema } from '../../domain/index.ts';
import { saveLayout } from '../../services/index.ts';
import type { Store } from '../../store/index.ts';
import { authorOf } from '../plugins/authentication.ts';
import { problemResponses, workspaceParams } from '../schemas.ts';

const layoutParams = workspaceParams.extend({
  layout: layoutSchema.describe('De indeling van de kaart: `vijf_krachten` of `force` (netwerk).'),
});

/**
 * 50,000 positions with full-precision coordinates are about 4.3 MB as JSON; 100,000 (the most a document
 * may hold) fit only with shorter numbers. The rest of the API keeps 1 MiB.
 */
const POSITIONS_BODY_LIMIT = 8 * 1024 * 1024;

export const layoutRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const tags = ['kaart'];

  app.get(
    '/workspaces/:workspaceId/layouts/:layout',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Opgeslagen posities van de spelers op de kaart, voor één indeling',
        description: 'Zonder opgeslagen posities is `positions` leeg.',
        params: layoutParams,
        response: { 200: layoutPositionsSchema, ...problemResponses },
      },
      // The body is already JSON text; the typed schema above documents its shape for OpenAPI.
      serializerCompiler: () => (data) => data as string,
    },
    async (request, reply) => {
      const { layout } = request.params;
      const positions = await store.layouts.getPositionsJson(request.workspace.id, layout);
      const body = `{"layout":${JSON.stringify(layout)},"positions":${positions}}`;
      return reply.type('application/json; charset=utf-8').send(body as never);
    },
  );

  app.put(
    '/workspaces/:workspaceId/layouts/:layout',
    {
      config: { access: 'edit' },
      bodyLimit: POSITIONS_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Posities van de spelers op de kaart opslaan, voor één indeling',
        description:
          'Vervangt alle eerder opgeslagen posities van deze indeling. Staat er een speler in die niet in deze werkruimte bestaat, dan volgt 400 en verandert er niets.',
        params: layoutParams,
        body: layoutPositionsSchema.pick({ positions: true }),
        response: { 200: layoutPositionsSchema, ...problemResponses },
      },
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => {
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
  );
};
