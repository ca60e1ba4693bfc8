/**
 * The whole map in one compact response: what the web map, the analysis and the exports need of every
 * speler and relatie, without the long profile texts (those are fetched per speler when opened). Relation
 * ends are `source`/`target`, as graphology names them.
 */
import { z } from 'zod';
import { actorSchema } from './actor.ts';
import { relationSchema } from './relation.ts';
import { workspaceSchema } from './workspace.ts';

export const graphActorSchema = actorSchema.pick({
  id: true,
  name: true,
  force: true,
  kind: true,
  domains: true,
  scale: true,
  wijken: true,
  tags: true,
});
export type GraphActor = z.infer<typeof graphActorSchema>;

/**
 * Who named a relatie in an uitvraag, by the respondents answering for its two ends: only the source speler's
 * (`source`), only the target's (`target`), or both (`both`: a confirmed tie). A mutual type (werkt_samen)
 * counts whichever way round a respondent named it; a directed one (financiert) also when the target named
 * it as done to them ("financiert ons").
 */
export const SURVEY_REPORTS = ['source', 'target', 'both'] as const;
export type SurveyReport = (typeof SURVEY_REPORTS)[number];

/**
 * A relatie's `reportedBy` from the spelers whose respondents claim it (`namers`, in any order, repeats
 * allowed); undefined when neither end is among them.
 */
export function surveyReportOf(
  namers: readonly string[] | undefined,
  source: string,
  target: string,
): SurveyReport | undefined {
  if (!namers) return undefined;
  const bySource = namers.includes(source);
  const byTarget = namers.includes(target);
  if (bySource && byTarget) return 'both';
  if (bySource) return 'source';
  return byTarget ? 'target' : undefined;
}

export const graphRelationSchema = z.object({
  id: z.uuid(),
  source: z.uuid(),
  target: z.uuid(),
  ...relationSchema.pick({ type: true, strength: true, validFrom: true, validTo: true }).shape,
  /** Present (and false) only for a relatie an uitvraag's respondent named: not the editors' own claim. */
  claimedByEditors: z.literal(false).optional(),
  /** Present only when a respondent of an uitvraag named the relatie (see SURVEY_REPORTS); absent: nobody. */
  reportedBy: z
    .enum(SURVEY_REPORTS)
    .optional()
    .describe(
      'Wie de relatie in een uitvraag noemde: alleen de bron (`source`), alleen het doel (`target`) of allebei (`both`, bevestigd). Ontbreekt: niemand.',
    ),
});
export type GraphRelation = z.infer<typeof graphRelationSchema>;

export const workspaceGraphSchema = z.object({
  workspace: workspaceSchema,
  actors: z.array(graphActorSchema),
  relations: z.array(graphRelationSchema),
});
export type WorkspaceGraph = z.infer<typeof workspaceGraphSchema>;
