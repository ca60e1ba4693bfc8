/**
 * Where a respondent's answers land on the map: as assessments of their perspective (origin `survey`) of
 * the relaties they named. A save replaces all of that perspective's survey claims at once, in the
 * caller's transaction:
 *
 * 1. the relaties named are looked up — a mutual type (werkt_samen) in either direction, a directed one
 *    (financiert) only as named — and those missing are created as *not the editors' claim*
 *    (`claimed_by_editors = false`), so the editors' view of the map does not change;
 * 2. the perspective's earlier survey claims are deleted and the new ones written (a claim the same
 *    perspective had typed in the editor for the same relatie is replaced: the respondent speaks for it);
 * 3. relaties that only an earlier answer had brought in and that nobody claims any more are removed.
 *
 * Set-based: three statements whatever the number of ties.
 */
import { sql } from 'drizzle-orm';
import type { RelationType } from '../domain/index.ts';
import type { Db } from './db.ts';

/** One tie as it lands: a relatie of `type` from `sourceId` to `targetId`, with the respondent's ratings. */
export interface SurveyClaim {
  sourceId: string;
  targetId: string;
  type: RelationType;
  /** Mutual types are found in either direction. */
  mutual: boolean;
  strength: number | null;
  trust: number | null;
  value: number | null;
  note: string;
}

export interface LandedClaims {
  /** Relaties this save created. */
  created: number;
  /** Relaties removed because nobody claims them any more. */
  removed: number;
  /** The spelers at the other ends, old and new, for the history of each. */
  actorIds: string[];
}

export async function replaceSurveyClaims(
  db: Db,
  input: {
    workspaceId: string;
    perspectiveId: string;
    respondentId: string;
    source: string;
    claims: SurveyClaim[];
  },
): Promise<LandedClaims> {
  const { workspaceId, perspectiveId, respondentId } = input;
  const wanted = JSON.stringify(input.claims.map((claim, k) => ({ k, ...claim })));
  // Two saves naming the same pair at once (on a server) must not both create its relatie: a lock per
  // unordered pair, taken in a fixed order, so neither can deadlock the other.
  await db.execute(
    sql`select count(*) from (
          select pg_advisory_xact_lock(hashtext(key))
          from (select distinct least(w."sourceId", w."targetId") || greatest(w."sourceId", w."targetId") as key
                from jsonb_to_recordset(${wanted}::jsonb) as w("sourceId" text, "targetId" text)
                order by key) keys) locked`,
  );
  const created = (await db.execute(
    sql`with wanted as (
          select * from jsonb_to_recordset(${wanted}::jsonb)
            as w(k int, "sourceId" uuid, "targetId" uuid, type text, mutual boolean, strength int)),
        missing as (
          select distinct on (w."sourceId", w."targetId", w.type) w.*
          from wanted w
          where not exists (
            select 1 from relations r
            where r.workspace_id = ${workspaceId} and r.type = w.type
              and ((r.source_id = w."sourceId" and r.target_id = w."targetId")
                or (w.mutual and r.source_id = w."targetId" and r.target_id = w."sourceId"))))
        insert into relations (workspace_id, source_id, target_id, type, strength, sources, claimed_by_editors)
        select ${workspaceId}::uuid, m."sourceId", m."targetId", m.type, coalesce(m.strength, 3),
               array[${input.source}]::text[], false
        from missing m
        returning id`,
  )) as unknown as { rows: { id: string }[] };

  const previous = (await db.execute(
    sql`delete from relation_assessments
        where workspace_id = ${workspaceId} and perspective_id = ${perspectiveId} and origin = 'survey'
        returning relation_id as id`,
  )) as unknown as { rows: { id: string }[] };

  // Each claim on one relatie: the editors' own where there is one, else the oldest.
  await db.execute(
    sql`with wanted as (
          select * from jsonb_to_recordset(${wanted}::jsonb)
            as w(k int, "sourceId" uuid, "targetId" uuid, type text, mutual boolean, strength int,
                 trust int, value int, note text)),
        matched as (
          select distinct on (w.k) w.*, r.id as relation_id
          from wanted w join relations r
            on r.workspace_id = ${workspaceId} and r.type = w.type
           and ((r.source_id = w."sourceId" and r.target_id = w."targetId")
             or (w.mutual and r.source_id = w."targetId" and r.target_id = w."sourceId"))
          order by w.k, r.claimed_by_editors desc, r.created_at, r.id)
        insert into relation_assessments
          (workspace_id, relation_id, perspective_id, present, strength, trust, value, note, source, origin,
           respondent_id)
        select distinct on (m.relation_id) ${workspaceId}::uuid, m.relation_id, ${perspectiveId}::uuid, true,
               m.strength, m.trust, m.value, m.note, ${input.source}, 'survey', ${respondentId}::uuid
        from matched m
        order by m.relation_id, m.k
        on conflict (relation_id, perspective_id) do update set
          present = true, strength = excluded.strength, trust = excluded.trust, value = excluded.value,
          note = excluded.note, source = excluded.source, origin = 'survey',
          respondent_id = excluded.respondent_id, created_by = null,
          version = relation_assessments.version + 1, updated_at = now()`,
  );

  const stale = previous.rows.map((row) => row.id);
  const removed =
    stale.length === 0
      ? { rows: [] as { source: string; target: string }[] }
      : ((await db.execute(
          sql`delete from relations r
              where r.workspace_id = ${workspaceId} and not r.claimed_by_editors
                and r.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(stale)}::jsonb))
                and not exists (select 1 from relation_assessments a where a.relation_id = r.id)
              returning r.source_id as source, r.target_id as target`,
        )) as unknown as { rows: { source: string; target: string }[] });

  const actorIds = new Set<string>();
  for (const claim of input.claims) actorIds.add(claim.sourceId).add(claim.targetId);
  for (const row of removed.rows) actorIds.add(row.source).add(row.target);
  return { created: created.rows.length, removed: removed.rows.length, actorIds: [...actorIds] };
}

/** Removes every survey claim of a respondent's perspective and the relaties only they had named. */
export function removeSurveyClaims(
  db: Db,
  input: { workspaceId: string; perspectiveId: string; respondentId: string; source: string },
): Promise<LandedClaims> {
  return replaceSurveyClaims(db, { ...input, claims: [] });
}
