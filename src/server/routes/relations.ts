/** /api/v1/workspaces/{workspaceId}/relations: the relaties of one werkruimte. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  NotFoundError,
  queryTextSchema,
  RELATION_TYPES,
  relationCreateSchema,
  relationSchema,
  relationUpdateSchema,
} from '../../domain/index.ts';
import { createRelation, deleteRelation, updateRelation } from '../../services/index.ts';
import { RELATION_SORTS, type Store } from '../../store/index.ts';
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

const relationParams = workspaceParams.extend({ relationId: z.uuid() });

const relationListQuery = z.object({
  ...pageQuery,
  type: multiValue(z.enum(RELATION_TYPES), 'Alleen relaties van dit type.'),
  actorId: z.uuid().optional().describe('Alleen relaties met deze speler aan een van beide kanten.'),
  perspective: multiValue(queryTextSchema(200), 'Alleen relaties vanuit dit perspectief.'),
  q: queryTextSchema(200, 0).optional().describe('Zoek in de omschrijving (hoofdletters maken niet uit).'),
  sort: z.enum(RELATION_SORTS).default('createdAt').describe('Sorteervolgorde; een min-teken keert om.'),
});

export const relationRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  const tags = ['relaties'];

  app.get(
    '/workspaces/:workspaceId/relations',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Relaties opvragen, met filters',
        params: workspaceParams,
        querystring: relationListQuery,
        response: { 200: pageSchema(relationSchema), ...problemResponses },
      },
    },
    async (request) => {
      const { page, pageSize, sort, ...filter } = request.query;
      const result = await store.relations.list(request.workspace.id, filter, { page, pageSize }, sort);
      return pageEnvelope(request, result.items, result.totalItems, page, pageSize);
    },
  );

  app.post(
    '/workspaces/:workspaceId/relations',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Relatie toevoegen',
        params: workspaceParams,
        body: relationCreateSchema,
        response: { 201: relationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const relation = await createRelation(store, authorOf(request), request.workspace.id, request.body);
      return reply
        .code(201)
        .header('location', `${API_PREFIX}/workspaces/${relation.workspaceId}/relations/${relation.id}`)
        .send(relation);
    },
  );

  app.get(
    '/workspaces/:workspaceId/relations/:relationId',
    {
      config: { access: 'read' },
      schema: {
        tags,
        summary: 'Eén relatie opvragen',
        params: relationParams,
        response: { 200: relationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const relation = await store.relations.get(request.workspace.id, request.params.relationId);
      if (!relation) throw new NotFoundError('relation', request.params.relationId);
      return relation;
    },
  );

  app.patch(
    '/workspaces/:workspaceId/relations/:relationId',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Relatie wijzigen',
        description:
          'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets.',
        params: relationParams,
        body: relationUpdateSchema,
        response: { 200: relationSchema, 409: problemResponses[400], ...problemResponses },
      },
    },
    async (request) =>
      updateRelation(store, authorOf(request), request.workspace.id, request.params.relationId, request.body),
  );

  app.delete(
    '/workspaces/:workspaceId/relations/:relationId',
    {
      config: { access: 'edit' },
      schema: {
        tags,
        summary: 'Relatie verwijderen',
        params: relationParams,
        response: { 204: z.null().describe('Verwijderd'), ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteRelation(store, authorOf(request), request.workspace.id, request.params.relationId);
      return reply.code(204).send(null);
    },
  );
};
