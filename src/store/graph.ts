/**
 * Loads a werkruimte's whole map for the web map and the analysis. The database itself renders the rows
 * as text (one value per table), because decoding 50,000 rows column by column in the driver costs about
 * three times as much as PostgreSQL's json_agg, most of all in PGlite. The HTTP route passes the JSON
 * text through untouched; code that computes on the relaties reads them from a compact fixed-width text
 * (`loadRelations`). Row order is unspecified. Both say per relatie who named it in an uitvraag
 * (`reportedBy`, from `surveyNamers`).
 */
import { sql } from 'drizzle-orm';
import { type GraphActor, type GraphRelation, surveyReportOf } from '../domain/index.ts';
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

/** The werkruimte's spelers as a JSON array of GraphActor. */
export function loadActorsJson(db: Db, workspaceId: string): Promise<string> {
  return jsonText(
    db,
    sql`select coalesce(json_agg(a), '[]')::text as json
        from (select id, name, force, kind, domains, scale, wijken, tags
              from actors where workspace_id = ${workspaceId}) a`,
  );
}

/**
 * The uitvraag claims of a werkruimte: per relatie id, the spelers whose respondents claim it (present).
 * A respondent answers for one speler, and their claim is on the relatie they named, which has that speler
 * at one end (store/survey-claims.ts); `surveyReportOf` turns the list into `reportedBy`. Driven by the
 * werkruimte's respondents (an index), so a werkruimte without an uitvraag pays one index lookup; one
 * fixed-width text, like loadRelations. A query of its own rather than a join in every load: a join with
 * 50,000 relaties cost 20–30 ms in PGlite, uitvraag or not (measured); the JSON joins only when needed.
 */
async function surveyNamers(db: Db, workspaceId: string): Promise<Map<string, string[]>> {
  const result = (await db.execute(
    sql`select coalesce(string_agg(a.relation_id::text || sr.actor_id::text, ''), '') as text
        from survey_respondents sr
        join relation_assessments a
          on a.respondent_id = sr.id and a.workspace_id = ${workspaceId} and a.origin = 'survey' and a.present
        where sr.workspace_id = ${workspaceId}`,
  )) as unknown as { rows: { text: string }[] };
  const text = result.rows[0]?.text ?? '';
  const namers = new Map<string, string[]>();
  for (let at = 0; at + 72 <= text.length; at += 72) {
    const relationId = text.slice(at, at + 36);
    const actorId = text.slice(at + 36, at + 72);
    const list = namers.get(relationId);
    if (list) list.push(actorId);
    else namers.set(relationId, [actorId]);
  }
  return namers;
}

export async function loadGraphJson(db: Db, workspaceId: string): Promise<GraphJson> {
  const actors = await loadActorsJson(db, workspaceId);
  if ((await surveyNamers(db, workspaceId)).size === 0) {
    const relations = await jsonText(
      db,
      sql`select coalesce(json_agg(r), '[]')::text as json
          from (select id, source_id as source, target_id as target, type, strength,
                       valid_from as "validFrom", valid_to as "validTo"
                from relations where workspace_id = ${workspaceId}) r`,
    );
    return { actors, relations };
  }
  // Some respondent named relaties: their `reportedBy` joins in, the same rule as surveyReportOf. Only
  // where someone named the relatie: it is each row's last key, so its nulls are cut from the text (no value
  // here is free text, and inside a JSON string every quote is escaped, so the pattern is only ever that
  // key); a null on each of 50,000 relaties would add 18 bytes apiece.
  const relations = await jsonText(
    db,
    sql`select replace(coalesce(json_agg(j), '[]')::text, ',"reportedBy":null}', '}') as json
        from (select r.id, r.source_id as source, r.target_id as target, r.type, r.strength,
                     r.valid_from as "validFrom", r.valid_to as "validTo",
                     (array['source', 'target', 'both'])[
                       case when s.id is null then 0
                       else (case when r.source_id = any(s.actors) then 1 else 0 end)
                          + (case when r.target_id = any(s.actors) then 2 else 0 end) end] as "reportedBy"
              from relations r
              left join (select a.relation_id as id, array_agg(sr.actor_id) as actors
                         from survey_respondents sr
                         join relation_assessments a
                           on a.respondent_id = sr.id and a.workspace_id = ${workspaceId}
                              and a.origin = 'survey' and a.present
                         where sr.workspace_id = ${workspaceId}
                         group by a.relation_id) s on s.id = r.id
              where r.workspace_id = ${workspaceId}) j`,
  );
  return { actors, relations };
}

/**
 * Characters of a relatie's fixed part in `loadRelations`' text: three uuids, the strength digit, and `e`
 * when the relatie is the editors' claim or `o` when others named it.
 */
const RELATION_FIXED = 36 * 3 + 2;

/**
 * The werkruimte's relaties as objects, for code that computes on them (the diagnosis, the map as
 * perspectives see it, their comparison). The database writes one line per relatie: three uuids, the
 * strength and whose claim it is at fixed width, then type, valid-from and valid-to separated by `|` (relation types are codes,
 * dates ISO, so neither holds a `|` or a line break). Slicing that apart is three to four times faster than
 * parsing the same rows from json_agg (20,000 relaties: about 25 ms against 80–100 ms in PGlite). Who named
 * a relatie in an uitvraag comes from a second, small query (`surveyNamers`).
 */
export async function loadRelations(db: Db, workspaceId: string): Promise<GraphRelation[]> {
  const result = (await db.execute(
    sql`select coalesce(string_agg(id::text || source_id::text || target_id::text || strength::text
              || case when claimed_by_editors then 'e' else 'o' end || type || '|' || coalesce(valid_from::text, '') || '|' || coalesce(valid_to::text, ''),
              E'\n'), '') as text
        from relations where workspace_id = ${workspaceId}`,
  )) as unknown as { rows: { text: string }[] };
  const text = result.rows[0]?.text ?? '';
  const relations: GraphRelation[] = [];
  if (text === '') return relations;
  const namers = await surveyNamers(db, workspaceId);
  for (const line of text.split('\n')) {
    const [type, validFrom, validTo] = line.slice(RELATION_FIXED).split('|') as [string, string, string];
    const relation: GraphRelation = {
      id: line.slice(0, 36),
      source: line.slice(36, 72),
      target: line.slice(72, 108),
      type: type as GraphRelation['type'],
      strength: line.charCodeAt(108) - 48,
      validFrom: validFrom === '' ? null : validFrom,
      validTo: validTo === '' ? null : validTo,
    };
    if (line.charCodeAt(109) === 111 /* o */) relation.claimedByEditors = false;
    if (namers.size > 0) {
      const reportedBy = surveyReportOf(namers.get(relation.id), relation.source, relation.target);
      if (reportedBy) relation.reportedBy = reportedBy;
    }
    relations.push(relation);
  }
  return relations;
}

export async function loadGraph(
  db: Db,
  workspaceId: string,
): Promise<{ actors: GraphActor[]; relations: GraphRelation[] }> {
  const actors = await loadActorsJson(db, workspaceId);
  return { actors: JSON.parse(actors), relations: await loadRelations(db, workspaceId) };
}

/** How many spelers and relaties a werkruimte holds. */
export async function counts(db: Db, workspaceId: string): Promise<{ actors: number; relations: number }> {
  const result = (await db.execute(
    sql`select (select count(*)::int from actors where workspace_id = ${workspaceId}) as actors,
               (select count(*)::int from relations where workspace_id = ${workspaceId}) as relations`,
  )) as unknown as { rows: { actors: number; relations: number }[] };
  return result.rows[0] ?? { actors: 0, relations: 0 };
}
