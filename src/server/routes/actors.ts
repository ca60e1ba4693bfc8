/** /api/v1/workspaces/{workspaceId}/actors: the spelers of one werkruimte. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ACTOR_KINDS,
  actorCreateSchema,
  actorSchema,
  actorUpdateSchema,
  DOMAINS,
  FORCES,
  NotFoundError,
  queryTextSchema,
  SCALES,
} from '../../domain/index.ts';
import { createActor, deleteActor, updateActor } from '../../services/index.ts';
import { ACTOR_SORTS, type Store } from '../../store/index.ts';
import { authorOf } from '../plugins/authentication.ts';
import {
  API_PREFIX,
  multiValue,
  pageEnvelope,
  pageQuery,
  pageSchema,
  problemResponses,
  workspaceParams,
} from '../schemas.ts';

const actorParams = workspaceParams.extend({ actorId: z.uuid() });

const actorListQuery = z.object({
  ...pageQuery,
  force: multiValue(z.enum(FORCES), 'Alleen spelers met deze kracht.'),
  kind: multiValue(z.enum(ACTOR_KINDS), 'Alleen spelers van deze soort.'),
  domain: multiValue(z.enum(DOMAINS), 'Alleen spelers die in een van deze domeinen werken.'),
  scale: multiValue(z.enum(SCALES), 'Alleen spelers op deze schaal.'),
  wijk: multiValue(queryTextSchema(100), 'Alleen spelers die in een van deze wijken actief zijn.'),
  tag: multiValue(queryTextSchema(100), 'Alleen spelers met een van deze labels.'),
  q: queryTextSchema(200, 0).optional().describe('Zoek in de naam (hoofdletters maken niet uit).'),
  sort: z.enum(ACTOR_SORTS).default('name').describe('Sorteervolgorde; een min-teken keert om.'),
});

export const actorRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const tags = ['spelers'];

  app.get(
    '/workspaces/:workspaceId/actors',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Spelers opvragen, met filters',
        params: workspaceParams,
        querystring: actorListQuery,
        response: { 200: pageSchema(actorSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filter } = request.query;
      const result = await store.actors.list(request.workspace.id, filter, { page, pageSize }, sort);
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  );

  app.post(
    '/workspaces/:workspaceId/actors',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Speler toevoegen',
        params: workspaceParams,
        body: actorCreateSchema,
        response: { 201: actorSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = await createActor(store, authorOf(request), request.workspace.id, request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${actor.workspaceId}/actors/${actor.id}`)
        .send(actor);
    },
  );

  app.get(
    '/workspaces/:workspaceId/actors/:actorId',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Eén speler opvragen, met het hele profiel',
        params: actorParams,
        response: { 200: actorSchema, ...problemResponses },
      },
    },
    async (request) => {
      const actor = await store.actors.get(request.workspace.id, request.params.actorId);
      if (!actor) throw new NotFoundError('actor', request.params.actorId);
      return actor;
    },
  );

  app.patch(
    '/workspaces/:workspaceId/actors/:actorId',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Speler wijzigen',
        description:
          'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets.',
        params: actorParams,
        body: actorUpdateSchema,
        response: { 200: actorSchema, 409: problemResponses[400], ...problemResponses },
      },
    },
    async (request) =>
      updateActor(store, authorOf(request), request.workspace.id, request.params.actorId, request.body),
  );

  app.delete(
    '/workspaces/:workspaceId/actors/:actorId',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Speler verwijderen, met zijn relaties',
        params: actorParams,
        response: { 204: z.null().describe('Verwijderd'), ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteActor(store, authorOf(request), request.workspace.id, request.params.actorId);
      return reply.code(204).send(null);
    },
  );
};
