/**
 * /workspaces/{workspaceId}/topics: the vraagstukken of a werkruimte, and per vraagstuk the positions of
 * its spelers as each perspective sees them. Positions are only added, never changed: the latest per
 * speler and perspective is the current one, the earlier ones are its history.
 */
import { z } from 'zod';
import {
  queryTextSchema,
  TOPIC_STATUSES,
  topicCreateSchema,
  topicPositionCreateSchema,
  topicPositionSchema,
  topicSchema,
  topicUpdateSchema,
} from '../domain/index.ts';
import {
  booleanQuery,
  multiValue,
  pageQuery,
  pageSchema,
  problemResponses,
  workspaceParams,
} from './common.ts';
import { endpoint } from './endpoint.ts';

const tags = ['vraagstukken'];
const topicParams = workspaceParams.extend({ topicId: z.uuid() });

/** The most positions one request may add. */
export const POSITION_BATCH_MAX = 1_000;

export const listTopics = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/topics',
  tags,
  summary: 'Vraagstukken opvragen',
  params: workspaceParams,
  querystring: z.object({
    ...pageQuery,
    status: multiValue(z.enum(TOPIC_STATUSES), 'Alleen vraagstukken met deze status.'),
    q: queryTextSchema(200, 0).optional().describe('Zoek in de naam (hoofdletters maken niet uit).'),
  }),
  responses: { 200: pageSchema(topicSchema), ...problemResponses },
});

export const createTopic = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/topics',
  tags,
  summary: 'Vraagstuk toevoegen',
  params: workspaceParams,
  body: topicCreateSchema,
  responses: { 201: topicSchema, ...problemResponses },
});

export const getTopic = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/topics/:topicId',
  tags,
  summary: 'Eén vraagstuk opvragen',
  params: topicParams,
  responses: { 200: topicSchema, ...problemResponses },
});

export const updateTopic = endpoint({
  method: 'PATCH',
  path: '/workspaces/:workspaceId/topics/:topicId',
  tags,
  summary: 'Vraagstuk wijzigen',
  description:
    'Stuur de `version` mee die u las. Is die niet meer actueel, dan volgt 409 en verandert er niets.',
  params: topicParams,
  body: topicUpdateSchema,
  responses: { 200: topicSchema, 409: problemResponses[400], ...problemResponses },
});

export const deleteTopic = endpoint({
  method: 'DELETE',
  path: '/workspaces/:workspaceId/topics/:topicId',
  tags,
  summary: 'Vraagstuk verwijderen, met alle posities erop',
  description: 'De geschiedenis bewaart het vraagstuk met zijn posities.',
  params: topicParams,
  responses: { 204: z.null().describe('Verwijderd'), ...problemResponses },
});

export const listPositions = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/topics/:topicId/positions',
  tags,
  summary: 'Posities op een vraagstuk opvragen: de huidige of de hele geschiedenis',
  description:
    'Op naam van de speler, dan op perspectief, dan op datum (oudste eerst). Met `current=true` (standaard) alleen de laatste positie per speler en perspectief; met `current=false` elke gedateerde positie.',
  params: topicParams,
  querystring: z.object({
    ...pageQuery,
    current: booleanQuery(
      true,
      'true: alleen de laatste positie per speler en perspectief; false: alle posities met hun datum.',
    ),
    perspective: multiValue(z.uuid(), 'Alleen posities van dit perspectief (id).'),
    actorId: z.uuid().optional().describe('Alleen posities van deze speler.'),
  }),
  responses: { 200: pageSchema(topicPositionSchema), ...problemResponses },
});

export const createPositions = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/topics/:topicId/positions',
  tags,
  summary: 'Positie toevoegen (of een lijst posities, alles of niets)',
  description: `Stuur één positie, of een lijst van hoogstens ${POSITION_BATCH_MAX}: dan komen ze er allemaal bij, of geen enkele. Een speler of perspectief dat niet in deze werkruimte bestaat, geeft 400 met het veld (\`actorId\`, bij een lijst \`2.actorId\`) en \`actor_not_in_workspace\` of \`perspective_not_in_workspace\`. Zonder \`assessedOn\` geldt de positie vanaf vandaag.`,
  params: topicParams,
  body: z.union([
    topicPositionCreateSchema,
    z.array(topicPositionCreateSchema).min(1).max(POSITION_BATCH_MAX),
  ]),
  responses: {
    201: z
      .union([topicPositionSchema, z.array(topicPositionSchema)])
      .describe('De toegevoegde positie; bij een lijst de toegevoegde posities.'),
    ...problemResponses,
  },
});
