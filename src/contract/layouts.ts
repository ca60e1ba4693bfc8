/**
 * /workspaces/{workspaceId}/layouts/{layout}: the saved positions of the map's spelers for one layout, so
 * the map looks the same next time. The document is read and replaced whole.
 */
import { layoutPositionsSchema, layoutSchema } from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['kaart'];
const layoutParams = workspaceParams.extend({
  layout: layoutSchema.describe('De indeling van de kaart: `vijf_krachten` of `force` (netwerk).'),
});

export const getLayout = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/layouts/:layout',
  tags,
  summary: 'Opgeslagen posities van de spelers op de kaart, voor één indeling',
  description: 'Zonder opgeslagen posities is `positions` leeg.',
  params: layoutParams,
  responses: { 200: layoutPositionsSchema, ...problemResponses },
});

export const saveLayout = endpoint({
  method: 'PUT',
  path: '/workspaces/:workspaceId/layouts/:layout',
  tags,
  summary: 'Posities van de spelers op de kaart opslaan, voor één indeling',
  description:
    'Vervangt alle eerder opgeslagen posities van deze indeling. Staat er een speler in die niet in deze werkruimte bestaat, dan volgt 400 en verandert er niets.',
  params: layoutParams,
  body: layoutPositionsSchema.pick({ positions: true }),
  responses: { 200: layoutPositionsSchema, ...problemResponses },
});
