/**
 * GET /compare?a=&b=: two werkruimtes side by side (two wijken of one gemeente, or two gemeenten). Not under
 * /workspaces/{id} because it reads two; the route asks the access check for each, so the caller must be a
 * member (lezer or more) of both.
 */
import { z } from 'zod';
import { INDEX_KEYS } from '../analysis/index.ts';
import { FORCES, MATCH_KINDS } from '../domain/index.ts';
import { explainedCard } from './analysis.ts';
import { problemResponses } from './common.ts';
import { endpoint } from './endpoint.ts';

const sideSchema = z.object({
  workspace: z.object({
    id: z.uuid(),
    name: z.string(),
    gemeente: z.string(),
    label: z
      .string()
      .describe(
        'Hoe de zinnen de werkruimte noemen: de naam, met (1) of (2) als beide dezelfde naam hebben.',
      ),
  }),
  counts: z.object({ actors: z.number().int(), relations: z.number().int() }),
  indices: z
    .array(explainedCard)
    .describe('De indexkaarten van de diagnose, zoals `GET …/analysis` ze geeft.'),
  forces: z
    .array(
      z.object({
        force: z.enum(FORCES),
        actors: z.number().int(),
        actorShare: z.number().nullable(),
        relations: z.number().int(),
        relationShare: z.number().nullable(),
      }),
    )
    .describe(
      'Per kracht het aantal spelers en hun deel, en het aantal relaties met minstens één speler van die kracht en hun deel (een relatie tussen twee krachten telt bij allebei).',
    ),
  brokers: z
    .array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        force: z.enum(FORCES),
        koker: z.string().nullable(),
        score: z.number().int(),
        crossTies: z.number().int(),
        kokersReached: z.number().int(),
      }),
    )
    .describe(
      'De tien beste verbinders, zoals het Diagnose-paneel ze noemt; `score` is waarop ze gerangschikt zijn.',
    ),
});

/** An index card without its explanation: the sides carry that. */
const indexCard = explainedCard.omit({ explanation: true });

const matchedActor = z.object({ id: z.uuid(), name: z.string(), force: z.enum(FORCES) });

export const compareSchema = z.object({
  grouping: z.string(),
  a: sideSchema,
  b: sideSchema,
  indices: z.array(
    z.object({
      key: z.enum(INDEX_KEYS),
      a: indexCard,
      b: indexCard,
      better: z.enum(['a', 'b', 'same', 'unknown']),
      sentence: z.string(),
    }),
  ),
  matches: z
    .array(z.object({ a: matchedActor, b: matchedActor, by: z.enum(MATCH_KINDS) }))
    .describe(
      'Spelers die in beide werkruimtes voorkomen, op naam (hoofdletters, accenten, spaties en leestekens tellen niet mee). Elke speler hoogstens één keer. Een voorstel: de gebruiker bevestigt.',
    ),
});

export const compareWorkspaces = endpoint({
  method: 'GET',
  path: '/compare',
  tags: ['werkruimtes'],
  summary: 'Twee werkruimtes vergelijken',
  description:
    'Zet twee werkruimtes naast elkaar: de indexen van de diagnose met hun lezing en per index welke er beter voor staat, per kracht het deel van de spelers en van de relaties, de verbinders van elk, en de spelers die in beide voorkomen. U moet van beide werkruimtes lid zijn (lezer of meer); anders 404 met in `invalidParams` welke (`a` of `b`).',
  querystring: z
    .strictObject({
      a: z.uuid().describe('De eerste werkruimte (id).'),
      b: z.uuid().describe('De tweede werkruimte (id).'),
      lang: z
        .enum(['nl', 'en'])
        .optional()
        .describe('Taal van de zinnen; standaard die van Accept-Language.'),
    })
    .refine((query) => query.a.toLowerCase() !== query.b.toLowerCase(), {
      path: ['b'],
      message: 'same_workspace',
    }),
  responses: { 200: compareSchema, ...problemResponses },
});
