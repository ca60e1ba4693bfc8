/**
 * GET /workspaces/{workspaceId}/graph: the whole map in one answer for the web map. The server sends JSON
 * it spliced together itself (src/server/routes/graph.ts); the schema here documents its shape and types it
 * for the callers.
 */
import { workspaceGraphSchema } from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

export const getGraph = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/graph',
  tags: ['kaart'],
  summary: 'De hele kaart: alle spelers (zonder profielteksten) en relaties',
  description: 'De volgorde van spelers en relaties ligt niet vast.',
  params: workspaceParams,
  responses: { 200: workspaceGraphSchema, ...problemResponses },
});
