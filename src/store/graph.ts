/**
 * Loads a werkruimte's whole map for the web map and the analysis. The database itself renders the rows
 * as JSON text (one value per table), because decoding 50,000 rows column by column in the driver costs
 * about three times as much as PostgreSQL's json_agg, most of all in PGlite. The HTTP route passes that text
 * through untouched; code that wants objects parses it once. Row order is unspecified.
 */
import { sql } from 'drizzle-orm';
import type { GraphActor, GraphRelation } from '../domain/index.ts';
import type { Db } from './db.ts';

export interface GraphJson {
  /** A JSON array of GraphActor. */
  actors: string;
  /** A JSON array of GraphRelation. */
  relations: string;
}

async function jsonText(db: Db, query: ReturnType<typeof sql>): Promise<string> {
  const result = (await db.execute(query)) as unknown as { rows: { json: string }[] };
  return result.rows[0]?.json ?? '[]';
}

export async function loadGraphJson(db: Db, workspaceId: string): Promise<GraphJson> {
  const actors = await jsonText(
    db,
    sql`select coalesce(json_agg(a), '[]')::text as json
        from (select id, name, force, kind, domains, scale, wijken, tags
              from actors where workspace_id = ${workspaceId}) a`,
  );
  const relations = await jsonText(
    db,
    sql`select coalesce(json_agg(r), '[]')::text as json
        from (select id, source_id as source, target_id as target, type, strength,
                     valid_from as "validFrom", valid_to as "validTo"
              from relations where workspace_id = ${workspaceId}) r`,
  );
  return { actors, relations };
}

export async function loadGraph(
  db: Db,
  workspaceId: string,
): Promise<{ actors: GraphActor[]; relations: GraphRelation[] }> {
  const json = await loadGraphJson(db, workspaceId);
  return { actors: JSON.parse(json.actors), relations: JSON.parse(json.relations) };
}

/** How many spelers and relaties a werkruimte holds. */
export async function counts(db: Db, workspaceId: string): Promise<{ actors: number; relations: number }> {
  const result = (await db.execute(
    sql`select (select count(*)::int from actors where workspace_id = ${workspaceId}) as actors,
               (select count(*)::int from relations where workspace_id = ${workspaceId}) as relations`,
  )) as unknown as { rows: { actors: number; relations: number }[] };
  return result.rows[0] ?? { actors: 0, relations: 0 };
}
