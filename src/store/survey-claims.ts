/**
 * Where a respondent's answers land on the map: as assessments of their perspective (origin `survey`) of
 * the relaties they named. A save replaces all of that perspective's survey claims at once, in the
 * caller's transaction:
 *
 * 1. the relaties named are looked up among the respondent speler's own — a mutual type (werkt_samen) in
 *    either direction, a directed one (financiert) only as named — and those missing are created as *not
 *    the editors' claim*
 *    (`claimed_by_editors = false`), so the editors' view of the map does not change;
 * 2. the perspective's survey claims become exactly the new ones: those no longer made are deleted, new and
 *    changed ones written (a claim the same perspective had typed in the editor for the same relatie is
 *    replaced: the respondent speaks for it), and one the answers make just as it is stays untouched;
 * 3. relaties that only an earlier answer had brought in and that nobody claims any more are removed.
 *
 * Set-based: at most four statements whatever the number of ties (on a server a lock; what is there; what
 * changes; any relatie nobody claims any more). A tie added to fifteen writes one claim, not fifteen.
 */
import { randomUUID } from 'node:crypto';
import { is, sql } from 'drizzle-orm';
import { PgliteDatabase, PgliteTransaction } from 'drizzle-orm/pglite';
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
  /**
   * The spelers at the ends of relaties this landing created or removed, for the history of each. (A
   * change of ratings alone shows in the respondent's own history: listing all its ties on every save made
   * each save's audit event index fifteen spelers.)
   */
  actorIds: string[];
}

export async function replaceSurveyClaims(
  db: Db,
  input: {
    workspaceId: string;
    perspectiveId: string;
    respondentId: string;
    /** The respondent's speler: one end of every claim. */
    actorId: string;
    source: string;
    claims: SurveyClaim[];
  },
): Promise<LandedClaims> {
  const { workspaceId, perspectiveId, respondentId, actorId, source } = input;
  for (const claim of input.claims) {
    if (claim.sourceId !== actorId && claim.targetId !== actorId) {
      throw new Error("a survey claim must have the respondent's speler at one end");
    }
  }
  // Two saves naming the same pair at once (on a server) must not both create its relatie, nor two landings
  // of one perspective write its claims from the same reading: a lock per unordered pair and one for the
  // perspective, taken in a fixed order, so none can deadlock another. PGlite runs one transaction at a time,
  // whole: there nothing can come between.
  if (!runsAlone(db)) {
    const keys = [
      `perspective ${perspectiveId}`,
      ...new Set(input.claims.map(({ sourceId, targetId }) => pairKey(sourceId, targetId))),
    ].sort();
    await db.execute(
      sql`select count(*) from (select pg_advisory_xact_lock(hashtext(key))
          from (select value as key from jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb)
                order by value) keys) locked`,
    );
  }
  // After the lock: on a server a statement reads what was committed when it began.
  const { previous, find } = await claimsAndRelations(db, workspaceId, actorId, perspectiveId);

  const missing: { id: string; sourceId: string; targetId: string; type: string; strength: number }[] = [];
  const relationOf = input.claims.map((claim) => {
    const found = find(claim);
    if (found) return found;
    const id = randomUUID();
    missing.push({
      id,
      sourceId: claim.sourceId,
      targetId: claim.targetId,
      type: claim.type,
      strength: claim.strength ?? 3,
    });
    find.remember(claim, id);
    return id;
  });

  // One claim per relatie: two ties naming the same relatie (a type both ways of a mutual one) keep the first.
  // A claim the perspective has already, just so, stays as it is.
  const seen = new Set<string>();
  const written = input.claims.flatMap((claim, k) => {
    const relationId = relationOf[k] as string;
    if (seen.has(relationId)) return [];
    seen.add(relationId);
    const row = {
      relationId,
      strength: claim.strength,
      trust: claim.trust,
      value: claim.value,
      note: claim.note,
    };
    return unchanged(previous.get(relationId), row, source, respondentId) ? [] : [row];
  });
  const kept = new Set(relationOf);
  const gone = [...previous.keys()].filter((id) => !kept.has(id));

  // One statement for what changes: the missing relaties made (a claim's reference to its relatie is checked
  // when the statement ends), the claims no longer made deleted, the new and changed ones written (a claim
  // the same perspective had typed in the editor for the same relatie is replaced: the respondent speaks for
  // it). They touch different claims.
  const created = sql`created as (
      insert into relations (id, workspace_id, source_id, target_id, type, strength, sources, claimed_by_editors)
      select m.id, ${workspaceId}::uuid, m."sourceId", m."targetId", m.type, m.strength, array[${source}]::text[],
             false
      from jsonb_to_recordset(${JSON.stringify(missing)}::jsonb)
        as m(id uuid, "sourceId" uuid, "targetId" uuid, type text, strength int))`;
  const dropped = sql`delete from relation_assessments
      where workspace_id = ${workspaceId} and perspective_id = ${perspectiveId} and origin = 'survey'
        and relation_id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(gone)}::jsonb))`;
  if (written.length > 0) {
    const before = [
      ...(missing.length > 0 ? [created] : []),
      ...(gone.length > 0 ? [sql`dropped as (${dropped})`] : []),
    ];
    await db.execute(
      sql`${before.length > 0 ? sql`with ${sql.join(before, sql`, `)} ` : sql``}insert into relation_assessments
            (workspace_id, relation_id, perspective_id, present, strength, trust, value, note, source, origin,
             respondent_id)
          select ${workspaceId}::uuid, c."relationId", ${perspectiveId}::uuid, true, c.strength, c.trust, c.value,
                 c.note, ${source}, 'survey', ${respondentId}::uuid
          from jsonb_to_recordset(${JSON.stringify(written)}::jsonb)
            as c("relationId" uuid, strength int, trust int, value int, note text)
          on conflict (relation_id, perspective_id) do update set
            present = true, strength = excluded.strength, trust = excluded.trust, value = excluded.value,
            note = excluded.note, source = excluded.source, origin = 'survey',
            respondent_id = excluded.respondent_id, created_by = null,
            version = relation_assessments.version + 1, updated_at = now()`,
    );
  } else if (gone.length > 0) {
    await db.execute(dropped);
  }

  // Relaties that only earlier answers had brought in and nobody claims any more: after the claims went.
  const removed =
    gone.length === 0
      ? { rows: [] as { source: string; target: string }[] }
      : ((await db.execute(
          sql`delete from relations r
              where r.workspace_id = ${workspaceId} and not r.claimed_by_editors
                and r.id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(gone)}::jsonb))
                and not exists (select 1 from relation_assessments a where a.relation_id = r.id)
              returning r.source_id as source, r.target_id as target`,
        )) as unknown as { rows: { source: string; target: string }[] });

  const actorIds = new Set<string>();
  for (const relation of missing) actorIds.add(relation.sourceId).add(relation.targetId);
  for (const row of removed.rows) actorIds.add(row.source).add(row.target);
  return { created: missing.length, removed: removed.rows.length, actorIds: [...actorIds] };
}

/** A survey claim as the perspective has it. */
interface StoredClaim {
  relationId: string;
  present: boolean;
  strength: number | null;
  trust: number | null;
  value: number | null;
  note: string;
  source: string | null;
  respondentId: string | null;
  createdBy: string | null;
}

/** Whether the stored claim is what writing `row` would make of it (an editor may have changed it since). */
function unchanged(
  stored: StoredClaim | undefined,
  row: { strength: number | null; trust: number | null; value: number | null; note: string },
  source: string,
  respondentId: string,
): boolean {
  return (
    stored?.present === true &&
    stored.strength === row.strength &&
    stored.trust === row.trust &&
    stored.value === row.value &&
    stored.note === row.note &&
    stored.source === source &&
    stored.respondentId === respondentId &&
    stored.createdBy === null
  );
}

/**
 * Every relatie at the respondent's speler (two index scans), to look the named ones up among: the first
 * per (type, source, target) — the editors' own where there is one, else the oldest — and for a mutual type
 * either way round. Matching here rather than in SQL: an OR over both directions per named tie cost 10 ms
 * a statement in PGlite, and a statement matching in SQL over the relaties read once cost more than this
 * one and the update after it. `remember` adds a relatie made in the same save.
 */
async function relationFinder(db: Db, workspaceId: string, actorId: string) {
  const existing = (await db.execute(
    sql`select id, source_id as "sourceId", target_id as "targetId", type
        from relations where workspace_id = ${workspaceId} and (source_id = ${actorId} or target_id = ${actorId})
        order by claimed_by_editors desc, created_at, id`,
  )) as unknown as { rows: ExistingRelation[] };
  return finderOf(existing.rows);
}

/** `relationFinder` for a replace, in one statement with the perspective's survey claims as they are. */
async function claimsAndRelations(db: Db, workspaceId: string, actorId: string, perspectiveId: string) {
  const result = (await db.execute(
    sql`select
          (select coalesce(json_agg(json_build_object('relationId', relation_id, 'present', present,
                    'strength', strength, 'trust', trust, 'value', value, 'note', note, 'source', source,
                    'respondentId', respondent_id, 'createdBy', created_by)), '[]'::json)
           from relation_assessments
           where workspace_id = ${workspaceId} and perspective_id = ${perspectiveId} and origin = 'survey')
            as previous,
          (select coalesce(json_agg(json_build_object('id', id, 'sourceId', source_id, 'targetId', target_id,
                    'type', type) order by claimed_by_editors desc, created_at, id), '[]'::json)
           from relations
           where workspace_id = ${workspaceId} and (source_id = ${actorId} or target_id = ${actorId}))
            as existing`,
  )) as unknown as { rows: { previous: StoredClaim[] | string; existing: ExistingRelation[] | string }[] };
  const row = result.rows[0];
  const previous = row ? parsedJson(row.previous) : [];
  return {
    previous: new Map(previous.map((claim) => [claim.relationId, claim])),
    find: finderOf(row ? parsedJson(row.existing) : []),
  };
}

interface ExistingRelation {
  id: string;
  sourceId: string;
  targetId: string;
  type: string;
}

function finderOf(existing: readonly ExistingRelation[]) {
  const byKey = new Map<string, string>();
  for (const relation of existing) {
    const key = `${relation.type} ${relation.sourceId} ${relation.targetId}`;
    if (!byKey.has(key)) byKey.set(key, relation.id);
  }
  const find = (claim: Pick<SurveyClaim, 'type' | 'sourceId' | 'targetId' | 'mutual'>): string | undefined =>
    byKey.get(`${claim.type} ${claim.sourceId} ${claim.targetId}`) ??
    (claim.mutual ? byKey.get(`${claim.type} ${claim.targetId} ${claim.sourceId}`) : undefined);
  find.remember = (claim: Pick<SurveyClaim, 'type' | 'sourceId' | 'targetId'>, id: string) => {
    byKey.set(`${claim.type} ${claim.sourceId} ${claim.targetId}`, id);
  };
  return find;
}

/** A json value as the driver hands it: parsed already, or still text. */
function parsedJson<T>(value: T | string): T {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/**
 * When a save names the same ties as before and only their ratings changed (the common case while a
 * respondent fills in a tie's questions): the perspective's survey claims get the new ratings in one
 * statement. Returns false, changing nothing, when a claim's relatie is gone (an editor deleted it since):
 * the caller then replaces the claims whole.
 */
export async function updateSurveyClaimRatings(
  db: Db,
  input: { workspaceId: string; perspectiveId: string; actorId: string; claims: SurveyClaim[] },
): Promise<boolean> {
  const find = await relationFinder(db, input.workspaceId, input.actorId);
  const seen = new Set<string>();
  const rows = [];
  for (const claim of input.claims) {
    const relationId = find(claim);
    if (!relationId) return false;
    if (seen.has(relationId)) continue;
    seen.add(relationId);
    rows.push({
      relationId,
      strength: claim.strength,
      trust: claim.trust,
      value: claim.value,
      note: claim.note,
    });
  }
  if (rows.length === 0) return true;
  await db.execute(
    sql`update relation_assessments a
        set strength = c.strength, trust = c.trust, value = c.value, note = c.note,
            version = a.version + 1, updated_at = now()
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as c("relationId" uuid, strength int, trust int, value int, note text)
        where a.workspace_id = ${input.workspaceId} and a.perspective_id = ${input.perspectiveId}
          and a.origin = 'survey' and a.relation_id = c."relationId"
          and (a.strength, a.trust, a.value, a.note) is distinct from (c.strength, c.trust, c.value, c.note)`,
  );
  return true;
}

/** Whether `db` is PGlite, whose one connection runs each transaction to its end before the next. */
function runsAlone(db: Db): boolean {
  return is(db, PgliteTransaction) || is(db, PgliteDatabase);
}

/** The same key for a pair whichever way round. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}${b}` : `${b}${a}`;
}

/** One position as it lands: where the respondent places one speler on one vraagstuk. */
export interface SurveyPositionClaim {
  topicId: string;
  actorId: string;
  invloed: number;
  belang: number;
  standpunt: number;
}

/**
 * A respondent's positions become exactly these: within a round their answer is their current view, so a
 * save replaces the positions they gave in that round (dated the day of the save). Positions from earlier
 * rounds, and everyone else's, stay: they are the dated history of how spelers moved. Returns how many
 * positions went and came.
 */
export async function replaceSurveyPositions(
  db: Db,
  input: {
    workspaceId: string;
    perspectiveId: string;
    respondentId: string;
    assessedOn: string;
    positions: SurveyPositionClaim[];
  },
): Promise<{ removed: number; added: number }> {
  const removed = (await db.execute(
    sql`delete from topic_positions
        where workspace_id = ${input.workspaceId} and respondent_id = ${input.respondentId}
        returning id`,
  )) as unknown as { rows: unknown[] };
  if (input.positions.length > 0) {
    await db.execute(
      sql`insert into topic_positions
            (workspace_id, topic_id, actor_id, perspective_id, invloed, belang, standpunt, assessed_on,
             respondent_id)
          select ${input.workspaceId}::uuid, p."topicId", p."actorId", ${input.perspectiveId}::uuid,
                 p.invloed, p.belang, p.standpunt, ${input.assessedOn}::date, ${input.respondentId}::uuid
          from jsonb_to_recordset(${JSON.stringify(input.positions)}::jsonb)
            as p("topicId" uuid, "actorId" uuid, invloed int, belang int, standpunt int)`,
    );
  }
  return { removed: removed.rows.length, added: input.positions.length };
}
