/** /workspaces/{workspaceId}/relations: the relaties of one werkruimte. */
import { z } from 'zod';
import {
  queryTextSchema,
  RELATION_SORTS,
  RELATION_TYPES,
  relationCreateSchema,
  relationSchema,
  relationUpdateSchema,
} from '../domain/index.ts';
import { multiValue, pageQuery, pageSchema, problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['relaties'];
const relationParams = workspaceParams.extend({ relationId: z.uuid() });

export const listRelations = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/relations',
  tags,
  summary: 'Relaties opvragen, met filters',
  params: workspaceParams,
  querystring: z.object({
    ...pageQuery,
    type: multiValue(z.enum(RELATION_TYPES), 'Alleen relaties van dit type.'),
    actorId: z.uuid().optional().describe('Alleen relaties met deze speler aan een van beide kanten.'),
    q: queryTextSchema(200, 0).optional().describe('Zoek in de omschrijving (hoofdletters maken niet uit).'),
    sort: z.enum(RELATION_SORTS).default('createdAt').describe('Sorteervolgorde; een min-teken keert om.'),
  }),
  responses: { 200: pageSchema(relationSchema), ...problemResponses },
});

export const createRelation = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/relations',
  tags,
  summary: 'Relatie toevoegen',
  params: workspaceParams,
  body: relationCreateSchema,
  responses: { 201: relationSchema, ...problemResponses },
});

export const getRelation = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/relations/:relationId',
  tags,
  summary: 'Eén relatie opvragen',
  params: relationParams,
  responses: { 200: relationSchema, ...problemResponses },
});

export const updateRelation = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/relations/:relationId',
  tags,
  summary: 'Relatie wijzigen',
  description:
    'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets.',
  params: relationParams,
  body: relationUpdateSchema,
  responses: { 200: relationSchema, 409: problemResponses[400], ...problemResponses },
});

export const deleteRelation = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/relations/:relationId',
  tags,
  summary: 'Relatie verwijderen',
  params: relationParams,
  responses: { 204: z.null().describe('Verwijderd'), ...problemResponses },
});
