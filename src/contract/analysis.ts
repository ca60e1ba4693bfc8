/**
 * /workspaces/{workspaceId}/analysis: the verkokering diagnosis and the what-if. The settings come from
 * the analysis' own schemas (src/analysis/options.ts, registry.ts), so their bounds and defaults exist once.
 */
import { z } from 'zod';
import {
  BANDS,
  BETWEENNESS_MODES,
  BROKERAGE_ROLES,
  DIAGNOSIS_PARAMETERS,
  diagnosisParametersSchema,
  diagnosisSettings,
  INDEX_KEYS,
} from '../analysis/index.ts';
import { FORCES, RELATION_TYPES } from '../domain/index.ts';
import { problemResponses, workspaceParams } from './common.ts';
import { endpoint } from './endpoint.ts';
import { perspectiveViewSchema } from './graph.ts';
import { perspectiveQuery } from './perspective-view.ts';

const name = z.string().min(1).max(200);

/** A setting's Dutch description, from the analysis registry (one text for API, CLI and web). */
function described<T extends z.ZodType>(schema: T, flag: string): T {
  const parameter = DIAGNOSIS_PARAMETERS.find((candidate) => candidate.flag === flag);
  return schema.describe(parameter?.description.nl ?? flag) as T;
}

const parameterShape = diagnosisParametersSchema.shape;

/** The diagnosis' settings as query parameters: the analysis' own parameter schema, documented. */
export const analysisQuery = z.strictObject({
  grouping: described(parameterShape.grouping, 'grouping'),
  types: described(parameterShape.types, 'types'),
  seed: described(parameterShape.seed, 'seed'),
  betweenness: described(parameterShape.betweenness, 'betweenness'),
  suggestions: described(parameterShape.suggestions, 'suggestions'),
  lang: z.enum(['nl', 'en']).optional().describe('Taal van de uitleg; standaard die van Accept-Language.'),
  ...perspectiveQuery,
});

const indexCard = z.object({
  key: z.enum(INDEX_KEYS),
  value: z.number().nullable(),
  band: z.enum(BANDS),
  format: z.enum(['index', 'share', 'count', 'steps']),
});

/** An index card with its explanation in words, as the diagnosis and a comparison of two werkruimtes give it. */
export const explainedCard = indexCard.extend({
  explanation: z.object({
    title: z.string(),
    value: z.string(),
    measures: z.string(),
    reading: z.string(),
    action: z.string(),
  }),
});

const brokerage = z.object(Object.fromEntries(BROKERAGE_ROLES.map((role) => [role, z.number().int()])));

const reach = z.object({ distance: z.number().int().nullable(), pathIds: z.array(z.string()) });

export const diagnosisSchema = z.object({
  parameters: z.object({
    grouping: z.string(),
    collaborationTypes: z.array(z.enum(RELATION_TYPES)),
    seed: z.number().int(),
    betweenness: z.enum(BETWEENNESS_MODES),
    suggestions: z.number().int(),
    betweennessExact: z.boolean(),
    betweennessSamples: z.number().int(),
    betweennessErrorBound: z.number().nullable(),
    betweennessConfidence: z.number(),
  }),
  network: z.object({
    spelers: z.number().int(),
    ties: z.number().int(),
    arcs: z.number().int(),
    components: z.number().int(),
    largestComponent: z.number().int(),
    isolates: z.number().int(),
  }),
  indices: z.array(explainedCard),
  kokers: z.object({
    grouping: z.string(),
    ungrouped: z.number().int(),
    rows: z.array(
      z.object({
        label: z.string(),
        size: z.number().int(),
        internal: z.number(),
        external: z.number(),
        eiIndex: z.number().nullable(),
      }),
    ),
  }),
  clusters: z.object({
    count: z.number().int(),
    /** Null for a map without collaboration ties, where modularity is not defined. */
    modularity: z.number().nullable(),
    rows: z.array(
      z.object({
        cluster: z.number().int(),
        size: z.number().int(),
        dominantForce: z.string(),
        forceShare: z.number(),
        dominantDomain: z.string().nullable(),
        domainShare: z.number(),
        memberIds: z.array(z.string()),
      }),
    ),
  }),
  spelers: z.array(
    z.object({
      id: z.string(),
      name,
      force: z.enum(FORCES),
      koker: z.string().nullable(),
      cluster: z.number().int(),
      degree: z.number().int(),
      inDegree: z.number().int(),
      outDegree: z.number().int(),
      strength: z.number(),
      betweenness: z.number(),
      harmonicCloseness: z.number().nullable(),
      pagerank: z.number(),
      constraint: z.number().nullable(),
      effectiveSize: z.number().nullable(),
      brokerage,
      crossTies: z.number().int(),
      kokersReached: z.number().int(),
      soleLinks: z.number().int(),
      articulation: z.boolean(),
      separated: z.number().int(),
    }),
  ),
  brokers: z.array(z.string()),
  weakSpots: z.object({
    articulationPoints: z.array(z.string()),
    soleBridges: z.array(z.string()),
    crossTieCarriers: z.array(z.string()),
    totalCrossTies: z.number().int(),
  }),
  suggestions: z.array(
    z.object({
      sourceId: z.string(),
      targetId: z.string(),
      score: z.number(),
      reason: z.object({
        code: z.enum(['same_domain_and_wijk', 'same_domain', 'same_wijk', 'common_contacts']),
        domain: z.string().optional(),
        wijk: z.string().optional(),
        count: z.number().int().optional(),
      }),
      sharedDomains: z.array(z.string()),
      sharedWijken: z.array(z.string()),
      commonContacts: z.number().int(),
    }),
  ),
  residents: z.array(
    z.object({ id: z.string(), toGemeente: reach, toProfessional: reach, subsidyOnly: z.boolean() }),
  ),
  view: perspectiveViewSchema
    .optional()
    .describe('Met `perspective` of `rule`: de lezing van de kaart waarop de diagnose is gemaakt.'),
});

const whatIfActor = z.strictObject({
  id: z.string().min(1).max(100).describe('Eigen id voor een nieuwe speler, bijv. `nieuw-1`.'),
  name,
  force: z.enum(FORCES),
  domains: z.array(z.string().max(100)).max(20).default([]),
  wijken: z.array(z.string().max(100)).max(50).default([]),
  tags: z.array(z.string().max(100)).max(50).default([]),
});

const whatIfRelation = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  source: z.string().min(1).max(100),
  target: z.string().min(1).max(100),
  type: z.enum(RELATION_TYPES),
  strength: z.number().int().min(1).max(5).default(3),
});

export const whatIfBody = z.strictObject({
  changes: z.strictObject({
    addActors: z.array(whatIfActor).max(1000).default([]),
    removeActorIds: z.array(z.string().max(100)).max(10_000).default([]),
    addRelations: z.array(whatIfRelation).max(10_000).default([]),
    removeRelationIds: z.array(z.string().max(100)).max(10_000).default([]),
  }),
  grouping: diagnosisSettings.grouping.optional(),
  types: diagnosisSettings.collaborationTypes.optional(),
  seed: diagnosisSettings.seed.optional(),
});

const delta = z.object({
  key: z.enum(INDEX_KEYS),
  before: z.number().nullable(),
  after: z.number().nullable(),
  delta: z.number().nullable(),
});

export const whatIfSchema = z.object({
  exactPaths: z.boolean(),
  before: z.array(indexCard),
  after: z.array(indexCard),
  deltas: z.array(delta),
  clusters: z.object({ before: z.number().int(), after: z.number().int() }),
  residents: z.object({
    subsidyOnlyBefore: z.number().int(),
    subsidyOnlyAfter: z.number().int(),
    unreachedBefore: z.number().int(),
    unreachedAfter: z.number().int(),
  }),
  spelers: z.array(
    z.object({
      id: z.string(),
      crossTiesBefore: z.number().int(),
      crossTiesAfter: z.number().int(),
      betweennessBefore: z.number().nullable(),
      betweennessAfter: z.number().nullable(),
    }),
  ),
});

const tags = ['analyse'];

export const diagnose = endpoint({
  method: 'GET',
  path: '/workspaces/:workspaceId/analysis',
  tags,
  summary:
    'Diagnose van verkokering: indexen met uitleg, clusters, verbinders, kwetsbare plekken, suggesties',
  description:
    'Zelfde kaart en zelfde parameters (ook `seed`) geven dezelfde uitkomst. Bij zeer grote kaarten is de tussenpositie een steekproef; `parameters.betweennessErrorBound` geeft dan de foutmarge. Met `perspective` de diagnose van de kaart zoals die perspectieven haar zien (zie GET …/graph).',
  params: workspaceParams,
  querystring: analysisQuery,
  responses: { 200: diagnosisSchema, ...problemResponses },
});

export const whatIf = endpoint({
  method: 'POST',
  path: '/workspaces/:workspaceId/analysis/what-if',
  tags,
  summary: 'Wat als: verandering van elke index bij toegevoegde of verwijderde spelers en relaties',
  description:
    'Er wordt niets opgeslagen. Nieuwe spelers krijgen een eigen id; nieuwe relaties mogen naar bestaande en nieuwe spelers wijzen.',
  params: workspaceParams,
  body: whatIfBody,
  responses: { 200: whatIfSchema, ...problemResponses },
});
