/**
 * GET /workspaces/{workspaceId}/graph: the whole map in one answer for the web map. The server sends JSON
 * it spliced together itself (src/server/routes/graph.ts); the schema here documents its shape and types it
 * for the callers. With `perspective=` (or `rule=`) it is the map as those perspectives see it: only the
 * relaties that count, with their effective strength and how many chose perspectives claim and deny them.
 */
import { z } from 'zod';
import { CLAIM_RULES } from '../analysis/index.ts';
import { graphRelationSchema, workspaceGraphSchema } from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';
import { perspectiveQuery } from './perspective-view.ts';

/** Which reading of the map an answer is: the perspectives (or `all`) and the rule. */
export const perspectiveViewSchema = z.object({
  selection: z.union([z.literal('all'), z.array(z.uuid()).readonly()]),
  rule: z.enum(CLAIM_RULES),
});

export const perspectiveGraphSchema = workspaceGraphSchema.extend({
  relations: z.array(
    graphRelationSchema.extend({
      claims: z
        .number()
        .int()
        .optional()
        .describe('Met `perspective`: hoeveel gekozen perspectieven haar noemen.'),
      denials: z
        .number()
        .int()
        .optional()
        .describe('Met `perspective`: hoeveel gekozen perspectieven haar ontkennen.'),
    }),
  ),
  view: perspectiveViewSchema
    .optional()
    .describe('Met `perspective` of `rule`: welke lezing van de kaart dit is.'),
});

export const getGraph = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/graph',
  tags: ['kaart'],
  summary: 'De hele kaart: alle spelers (zonder profielteksten) en relaties',
  description:
    'De volgorde van spelers en relaties ligt niet vast. Met `perspective` de kaart zoals die perspectieven haar zien: alleen de relaties die volgens `rule` meetellen, met de gemiddelde sterkte van wat zij zeggen.',
  params: workspaceParams,
  // Not strict: before `perspective` the route took no parameters and ignored any (cache busters).
  querystring: z.object(perspectiveQuery),
  responses: { 200: perspectiveGraphSchema, ...problemResponses },
});
