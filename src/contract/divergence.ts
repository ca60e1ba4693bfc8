/**
 * GET /workspaces/{workspaceId}/divergence?a=&b=[&topic=]: waar verschillen de beelden? Two perspectives
 * compared: the ties one claims and the other denies, the ties only one names, strength differences, one
 * agreement figure, and — for a vraagstuk — the spelers whose invloed or standpunt differ most.
 */
import { z } from 'zod';
import { STRENGTH_MAX, STRENGTH_MIN } from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';

const side = z.object({ id: z.uuid(), name: z.string() });
const stance = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('claims'),
    strength: z.number().int().min(STRENGTH_MIN).max(STRENGTH_MAX).nullable(),
  }),
  z.object({ kind: z.literal('denies') }),
  z.object({ kind: z.literal('silent') }),
]);
/** A relatie as the comparison names it: its ends and type, so a list reads without the map. */
const tie = z.object({ id: z.uuid(), source: z.uuid(), target: z.uuid(), type: z.string() });
const placed = z.object({ invloed: z.number(), standpunt: z.number() });

export const divergenceSchema = z.object({
  a: side,
  b: side,
  /** Weighted Jaccard of the two tie sets (strength as weight): 1 the same, 0 nothing in common. */
  agreement: z.number().min(0).max(1).nullable(),
  shared: z.number().int(),
  contested: z.array(z.object({ relation: tie, a: stance, b: stance })),
  onlyA: z.array(tie),
  onlyB: z.array(tie),
  strengthDifferences: z.array(z.object({ relation: tie, a: z.number().int(), b: z.number().int() })),
  /** With `topic`: the spelers both placed, most apart first. */
  positions: z.array(z.object({ actorId: z.uuid(), a: placed, b: placed, distance: z.number() })).optional(),
});
export type Divergence = z.infer<typeof divergenceSchema>;

export const getDivergence = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/divergence',
  tags: ['perspectieven'],
  summary: 'Waar verschillen de beelden van twee perspectieven?',
  description:
    'Vergelijkt wat twee perspectieven over de relaties zeggen: welke de een noemt en de ander ontkent, welke alleen de een noemt, en waar ze de sterkte anders zien. `agreement` is de gewogen Jaccard-index van de twee verzamelingen relaties (sterkte als gewicht): 1 is hetzelfde beeld, 0 niets gemeen. Met `topic` ook de spelers op dat vraagstuk van wie de twee de invloed of het standpunt het meest verschillend zien. De redactie telt mee zoals op de kaart: een relatie is haar eigen bewering, tenzij de redactie haar zelf beoordeelde.',
  params: workspaceParams,
  querystring: z.strictObject({
    a: z.uuid().describe('Het eerste perspectief (id).'),
    b: z.uuid().describe('Het tweede perspectief (id).'),
    topic: z.uuid().optional().describe('Een vraagstuk (id): vergelijk ook de posities.'),
  }),
  responses: { 200: divergenceSchema, ...problemResponses },
});
