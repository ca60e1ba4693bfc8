/** /workspaces/{workspaceId}/actors: the spelers of one werkruimte. */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  ACTOR_SORTS,
  actorCreateSchema,
  actorSchema,
  actorUpdateSchema,
  DOMAINS,
  FORCES,
  queryTextSchema,
  SCALES,
} from '../domain/index.ts';
import { multiValue, pageQuery, pageSchema, problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['spelers'];
const actorParams = workspaceParams.extend({ actorId: z.uuid() });

export const listActors = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/actors',
  tags,
  summary: 'Spelers opvragen, met filters',
  params: workspaceParams,
  querystring: z.object({
    ...pageQuery,
    force: multiValue(z.enum(FORCES), 'Alleen spelers met deze kracht.'),
    kind: multiValue(z.enum(ACTOR_KINDS), 'Alleen spelers van deze soort.'),
    domain: multiValue(z.enum(DOMAINS), 'Alleen spelers die in een van deze domeinen werken.'),
    scale: multiValue(z.enum(SCALES), 'Alleen spelers op deze schaal.'),
    wijk: multiValue(queryTextSchema(100), 'Alleen spelers die in een van deze wijken actief zijn.'),
    tag: multiValue(queryTextSchema(100), 'Alleen spelers met een van deze labels.'),
    q: queryTextSchema(200, 0).optional().describe('Zoek in de naam (hoofdletters maken niet uit).'),
    sort: z.enum(ACTOR_SORTS).default('name').describe('Sorteervolgorde; een min-teken keert om.'),
  }),
  responses: { 200: pageSchema(actorSchema), ...problemResponses },
});

export const createActor = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/actors',
  tags,
  summary: 'Speler toevoegen',
  params: workspaceParams,
  body: actorCreateSchema,
  responses: { 201: actorSchema, ...problemResponses },
});

export const getActor = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/actors/:actorId',
  tags,
  summary: 'Eén speler opvragen, met het hele profiel',
  params: actorParams,
  responses: { 200: actorSchema, ...problemResponses },
});

export const updateActor = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/actors/:actorId',
  tags,
  summary: 'Speler wijzigen',
  description:
    'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets.',
  params: actorParams,
  body: actorUpdateSchema,
  responses: { 200: actorSchema, 409: problemResponses[400], ...problemResponses },
});

export const deleteActor = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/actors/:actorId',
  tags,
  summary: 'Speler verwijderen, met zijn relaties',
  params: actorParams,
  responses: { 204: z.null().describe('Verwijderd'), ...problemResponses },
});
