/**
 * /workspaces/{workspaceId}/perspectives: the groups that make claims in a werkruimte (the editors' own
 * view and one per kracht to start with), whose names are unique per werkruimte.
 */
import { z } from 'zod';
import { perspectiveCreateSchema, perspectiveSchema, perspectiveUpdateSchema } from '../domain/index.ts';
import { booleanQuery, pageQuery, pageSchema, problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['perspectieven'];
const perspectiveParams = workspaceParams.extend({ perspectiveId: z.uuid() });

export const listPerspectives = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/perspectives',
  tags,
  summary: 'Perspectieven opvragen',
  description: 'Het perspectief van de redactie staat voorop, daarna de andere op naam.',
  params: workspaceParams,
  querystring: z.object(pageQuery),
  responses: { 200: pageSchema(perspectiveSchema), ...problemResponses },
});

export const createPerspective = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/perspectives',
  tags,
  summary: 'Perspectief toevoegen',
  description:
    'De naam is uniek in de werkruimte (hoofdletters tellen niet mee); een naam die al bestaat geeft 409 (`perspective_name_taken`).',
  params: workspaceParams,
  body: perspectiveCreateSchema,
  responses: { 201: perspectiveSchema, 409: problemResponses[400], ...problemResponses },
});

export const getPerspective = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/perspectives/:perspectiveId',
  tags,
  summary: 'Eén perspectief opvragen',
  params: perspectiveParams,
  responses: { 200: perspectiveSchema, ...problemResponses },
});

export const updatePerspective = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/perspectives/:perspectiveId',
  tags,
  summary: 'Perspectief wijzigen',
  description:
    'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets; een naam die een ander perspectief al heeft ook.',
  params: perspectiveParams,
  body: perspectiveUpdateSchema,
  responses: { 200: perspectiveSchema, 409: problemResponses[400], ...problemResponses },
});

export const deletePerspective = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/perspectives/:perspectiveId',
  tags,
  summary: 'Perspectief verwijderen',
  description:
    'Het perspectief van de redactie blijft (409, `editors_perspective`). Heeft het perspectief nog beoordelingen of posities, dan volgt 409 (`perspective_has_claims`, met `claims`: hoeveel), tenzij `withClaims=true`: dan gaan die mee, en de geschiedenis bewaart ze.',
  params: perspectiveParams,
  querystring: z.object({
    withClaims: booleanQuery(false, 'Verwijder ook de beoordelingen en posities van dit perspectief.'),
  }),
  responses: { 204: z.null().describe('Verwijderd'), 409: problemResponses[400], ...problemResponses },
});
