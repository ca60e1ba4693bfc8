/** Loads a werkruimte's whole map for the web map and the analysis: two indexed scans, no joins. */
import { asc, eq } from 'drizzle-orm';
import type {
  ActorKind,
  Domain,
  Force,
  GraphActor,
  GraphRelation,
  RelationType,
  Scale,
} from '../domain/index.ts';
import type { Db } from './db.ts';
import { actors, relations } from './schema.ts';

export async function loadGraph(
  db: Db,
  workspaceId: string,
): Promise<{ actors: GraphActor[]; relations: GraphRelation[] }> {
  const actorRows = await db
    .select({
      id: actors.id,
      name: actors.name,
      force: actors.force,
      kind: actors.kind,
      domains: actors.domains,
      scale: actors.scale,
      wijken: actors.wijken,
      tags: actors.tags,
    })
    .from(actors)
    .where(eq(actors.workspaceId, workspaceId))
    .orderBy(asc(actors.id));
  const relationRows = await db
    .select({
      id: relations.id,
      source: relations.sourceId,
      target: relations.targetId,
      type: relations.type,
      strength: relations.strength,
      validFrom: relations.validFrom,
      validTo: relations.validTo,
      perspective: relations.perspective,
    })
    .from(relations)
    .where(eq(relations.workspaceId, workspaceId))
    .orderBy(asc(relations.id));
  return {
    actors: actorRows.map((row) => ({
      ...row,
      force: row.force as Force,
      kind: row.kind as ActorKind,
      domains: row.domains as Domain[],
      scale: row.scale as Scale | null,
    })),
    relations: relationRows.map((row) => ({ ...row, type: row.type as RelationType })),
  };
}
