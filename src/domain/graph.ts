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

export const graphRelationSchema = z.object({
  id: z.uuid(),
  source: z.uuid(),
  target: z.uuid(),
  ...relationSchema.pick({ type: true, strength: true, validFrom: true, validTo: true }).shape,
  /** Present (and false) only for a relatie an uitvraag's respondent named: not the editors' own claim. */
  claimedByEditors: z.literal(false).optional(),
});
export type GraphRelation = z.infer<typeof graphRelationSchema>;

export const workspaceGraphSchema = z.object({
  workspace: workspaceSchema,
  actors: z.array(graphActorSchema),
  relations: z.array(graphRelationSchema),
});
export type WorkspaceGraph = z.infer<typeof workspaceGraphSchema>;
