/** /workspaces: the werkruimtes themselves. */
import { z } from 'zod';
import { ROLES, workspaceCreateSchema, workspaceSchema, workspaceUpdateSchema } from '../domain/index.ts';
import { pageQuery, pageSchema, problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['werkruimtes'];

/** A werkruimte as its member sees it: with the member's own role. */
export const workspaceWithRoleSchema = workspaceSchema.extend({ role: z.enum(ROLES) });

export const listWorkspaces = endpoint({
  method: 'GET',
  path: '/workspaces',
  tags,
  summary: 'Werkruimtes opvragen',
  querystring: z.object(pageQuery),
  responses: { 200: pageSchema(workspaceWithRoleSchema), ...problemResponses },
});

export const createWorkspace = endpoint({
  method: 'POST',
  path: '/workspaces',
  tags,
  summary: 'Werkruimte aanmaken',
  body: workspaceCreateSchema,
  responses: { 201: workspaceWithRoleSchema, ...problemResponses },
});

export const getWorkspace = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId',
  tags,
  summary: 'Eén werkruimte opvragen',
  params: workspaceParams,
  responses: { 200: workspaceWithRoleSchema, ...problemResponses },
});

export const updateWorkspace = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId',
  tags,
  summary: 'Werkruimte wijzigen',
  description:
    'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets. Een redacteur wijzigt naam, gemeente, wijken en toelichting; `snapshotSchedule` (automatisch een momentopname maken) wijzigt alleen een eigenaar (anders 403). De eerste automatische momentopname komt op de eerstvolgende datum van het schema, niet meteen.',
  params: workspaceParams,
  body: workspaceUpdateSchema,
  responses: { 200: workspaceWithRoleSchema, 409: problemResponses[400], ...problemResponses },
});

export const deleteWorkspace = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId',
  tags,
  summary: 'Werkruimte verwijderen, met alle spelers en relaties',
  params: workspaceParams,
  responses: { 204: z.null().describe('Verwijderd'), ...problemResponses },
});
