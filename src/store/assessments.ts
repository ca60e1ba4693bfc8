/**
 * Assessments (beoordelingen) of relaties: one perspective's claim about one relatie. Every query is scoped
 * by workspace id; the relatie's own key is a plain foreign key (see schema.ts), so the store checks that
 * the relatie belongs to the werkruimte before writing. A relatie holds at most one assessment per
 * perspective: a second one is a conflict naming the one that exists (the unique key backs this up under
 * races). `claimsOf` reads a whole werkruimte's claims in one query, for the effective map.
 */
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import {
  type Assessment,
  type AssessmentCreate,
  type AssessmentUpdate,
  type ClaimOrigin,
  ConflictError,
  type Issue,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../domain/index.ts';
import { isUniqueViolation, translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { presentInWorkspace, withLiveAuthors } from './restore-checks.ts';
import { perspectives, relationAssessments } from './schema.ts';

type AssessmentRow = typeof relationAssessments.$inferSelect;

function toAssessment(row: AssessmentRow): Assessment {
  // Which respondent made a survey claim stays inside: the API says `origin: survey`, not who.
  const { workspaceId: _workspaceId, respondentId: _respondentId, ...fields } = row;
  return {
    ...fields,
    origin: row.origin as ClaimOrigin,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

/** One assessment as the effective map reads it (src/analysis: RelationClaim). */
export interface AssessmentClaim {
  relationId: string;
  perspectiveId: string;
  present: boolean;
  strength: number | null;
  trust: number | null;
  value: number | null;
}

/** What the effective map needs of a werkruimte besides its relaties. */
export interface WorkspaceClaims {
  /** The editors' perspective: the one a relatie itself speaks for. */
  editorsPerspectiveId: string | null;
  /** Every perspective of the werkruimte, to check a selection against. */
  perspectiveIds: string[];
  claims: AssessmentClaim[];
}

/** Characters per claim in `claimsOf`'s text: two uuids, then present, strength, trust, value (a digit each). */
const CLAIM_WIDTH = 36 + 36 + 4;

/**
 * Every assessment of a werkruimte with its perspectives, in one query. The database writes the claims as
 * one string of fixed-width records (ratings as digits, 0 for none), sliced apart here: on 60,000
 * assessments in PGlite that took 40–70 ms, against 90–140 ms for JSON arrays and more for rows.
 * With `only`, just the claims of those perspectives and the editors' (which decide where a relatie is
 * its own claim): all a view of one or two perspectives reads, a fifth of the text when five made claims.
 * `perspectiveIds` still lists every perspective of the werkruimte.
 */
export async function claimsOf(
  db: Db,
  workspaceId: string,
  only?: readonly string[],
): Promise<WorkspaceClaims> {
  const chosen = only
    ? sql` and perspective_id in (select id from perspectives where workspace_id = ${workspaceId} and (editors${
        only.length > 0
          ? sql` or id in (${sql.join(
              only.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`
          : sql``
      }))`
    : sql``;
  const result = (await db.execute(
    sql`select
          (select id from perspectives where workspace_id = ${workspaceId} and editors) as editors,
          (select coalesce(string_agg(id::text, ','), '') from perspectives
             where workspace_id = ${workspaceId}) as perspectives,
          (select coalesce(string_agg(relation_id::text || perspective_id::text || present::int::text
                    || coalesce(strength, 0)::text || coalesce(trust, 0)::text || coalesce(value, 0)::text, ''), '')
             from relation_assessments where workspace_id = ${workspaceId}${chosen}) as claims`,
  )) as unknown as { rows: { editors: string | null; perspectives: string; claims: string }[] };
  const row = result.rows[0];
  if (!row) return { editorsPerspectiveId: null, perspectiveIds: [], claims: [] };
  const text = row.claims;
  const rating = (at: number) => {
    const digit = text.charCodeAt(at) - 48;
    return digit === 0 ? null : digit;
  };
  const claims: AssessmentClaim[] = [];
  for (let at = 0; at + CLAIM_WIDTH <= text.length; at += CLAIM_WIDTH) {
    claims.push({
      relationId: text.slice(at, at + 36),
      perspectiveId: text.slice(at + 36, at + 72),
      present: text[at + 72] === '1',
      strength: rating(at + 73),
      trust: rating(at + 74),
      value: rating(at + 75),
    });
  }
  return {
    editorsPerspectiveId: row.editors,
    perspectiveIds: row.perspectives ? row.perspectives.split(',') : [],
    claims,
  };
}

/** Every assessment of the werkruimte, oldest first: what a backup holds. */
export async function listAll(db: Db, workspaceId: string): Promise<Assessment[]> {
  const rows = await db
    .select()
    .from(relationAssessments)
    .where(eq(relationAssessments.workspaceId, workspaceId))
    .orderBy(asc(relationAssessments.createdAt), asc(relationAssessments.id));
  return rows.map(toAssessment);
}

/** The assessments of some relaties of the werkruimte, oldest first: what a deletion event keeps. */
export async function listForRelations(
  db: Db,
  workspaceId: string,
  relationIds: readonly string[],
): Promise<Assessment[]> {
  if (relationIds.length === 0) return [];
  const rows = await db
    .select()
    .from(relationAssessments)
    .where(
      and(
        eq(relationAssessments.workspaceId, workspaceId),
        inArray(relationAssessments.relationId, [...relationIds]),
      ),
    )
    .orderBy(asc(relationAssessments.createdAt), asc(relationAssessments.id));
  return rows.map(toAssessment);
}

/**
 * Puts assessments back as a deletion event kept them (same ids, times, origin and author) once their
 * relaties are back, leaving out those whose perspective is gone since or that the perspective has made
 * again meanwhile; returns the ones put back. An author whose account is gone is forgotten, as the
 * foreign key would have done.
 */
export async function reinsert(
  db: Db,
  workspaceId: string,
  assessments: readonly Assessment[],
): Promise<Assessment[]> {
  if (assessments.length === 0) return [];
  const livePerspectives = await presentInWorkspace(
    db,
    perspectives,
    workspaceId,
    assessments.map((assessment) => assessment.perspectiveId),
  );
  const kept = assessments.filter((assessment) => livePerspectives.has(assessment.perspectiveId));
  if (kept.length === 0) return [];
  try {
    const rows = await db
      .insert(relationAssessments)
      .values((await withLiveAuthors(db, kept)).map((assessment) => ({ ...assessment, workspaceId })))
      .onConflictDoNothing()
      .returning();
    return rows.map(toAssessment);
  } catch (error) {
    translateDatabaseError(error);
  }
}

/** The assessments of one relatie of the werkruimte, oldest first. */
export async function listForRelation(
  db: Db,
  workspaceId: string,
  relationId: string,
): Promise<Assessment[]> {
  const rows = await db
    .select()
    .from(relationAssessments)
    .where(
      and(eq(relationAssessments.workspaceId, workspaceId), eq(relationAssessments.relationId, relationId)),
    )
    .orderBy(asc(relationAssessments.createdAt), asc(relationAssessments.id));
  return rows.map(toAssessment);
}

/** One assessment of the relatie, found by one more condition (its id, or its perspective). */
async function findOne(
  db: Db,
  workspaceId: string,
  relationId: string,
  where: SQL,
): Promise<Assessment | null> {
  const [row] = await db
    .select()
    .from(relationAssessments)
    .where(
      and(
        eq(relationAssessments.workspaceId, workspaceId),
        eq(relationAssessments.relationId, relationId),
        where,
      ),
    );
  return row ? toAssessment(row) : null;
}

export function get(db: Db, workspaceId: string, relationId: string, id: string): Promise<Assessment | null> {
  return findOne(db, workspaceId, relationId, eq(relationAssessments.id, id));
}

/** The relatie's assessment by this perspective, if it has one. */
function byPerspective(
  db: Db,
  workspaceId: string,
  relationId: string,
  perspectiveId: string,
): Promise<Assessment | null> {
  return findOne(db, workspaceId, relationId, eq(relationAssessments.perspectiveId, perspectiveId));
}

/** A second assessment by the same perspective: 409 with the one that exists, to update instead. */
function exists(assessment: Assessment): ConflictError {
  return new ConflictError('assessment_exists', {
    assessmentId: assessment.id,
    currentVersion: assessment.version,
  });
}

export interface ClaimMeta {
  origin: ClaimOrigin;
  /** The account that made it; null for a file, a respondent or a participant. */
  createdBy: string | null;
}

export async function create(
  db: Db,
  workspaceId: string,
  relationId: string,
  input: AssessmentCreate,
  meta: ClaimMeta,
): Promise<Assessment> {
  const result = (await db.execute(
    sql`select
          exists(select 1 from relations where workspace_id = ${workspaceId} and id = ${relationId}) as relation,
          exists(select 1 from perspectives
                 where workspace_id = ${workspaceId} and id = ${input.perspectiveId}) as perspective`,
  )) as unknown as { rows: { relation: boolean; perspective: boolean }[] };
  const found = result.rows[0];
  if (!found?.relation) throw new NotFoundError('relation', relationId);
  if (!found.perspective)
    throw new ValidationError([{ path: 'perspectiveId', code: 'perspective_not_in_workspace' }]);
  const existing = await byPerspective(db, workspaceId, relationId, input.perspectiveId);
  if (existing) throw exists(existing);
  try {
    const [row] = await db
      .insert(relationAssessments)
      .values({ ...input, workspaceId, relationId, origin: meta.origin, createdBy: meta.createdBy })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toAssessment(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      // Another request by the same perspective won the race.
      const winner = await byPerspective(db, workspaceId, relationId, input.perspectiveId);
      if (winner) throw exists(winner);
    }
    translateDatabaseError(error);
  }
}

const RATINGS = ['strength', 'trust', 'value'] as const;

/**
 * Changes an assessment when `version` is still current. Denying a tie (`present: false`) clears the
 * ratings the update does not send; a rating sent for a tie that stays denied is refused (`denied_rated`).
 */
export async function update(
  db: Db,
  workspaceId: string,
  relationId: string,
  id: string,
  update: AssessmentUpdate,
): Promise<Assessment> {
  const current = await get(db, workspaceId, relationId, id);
  if (!current) throw new NotFoundError('assessment', id);
  const { version, ...changes } = update;
  if (current.version !== version) throw new VersionConflictError('assessment', id, current.version);
  if (changes.present === false) {
    for (const field of RATINGS) if (changes[field] === undefined) changes[field] = null;
  }
  const merged = { ...current, ...changes };
  if (!merged.present) {
    const issues: Issue[] = RATINGS.filter((field) => merged[field] !== null).map((field) => ({
      path: field,
      code: 'denied_rated',
    }));
    if (issues.length > 0) throw new ValidationError(issues);
  }
  let row: AssessmentRow | undefined;
  try {
    [row] = await db
      .update(relationAssessments)
      .set({ ...changes, version: sql`${relationAssessments.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(relationAssessments.workspaceId, workspaceId),
          eq(relationAssessments.relationId, relationId),
          eq(relationAssessments.id, id),
          eq(relationAssessments.version, version),
        ),
      )
      .returning();
  } catch (error) {
    translateDatabaseError(error);
  }
  if (row) return toAssessment(row);
  // Changed between our read and our write: report the version that won.
  const latest = await get(db, workspaceId, relationId, id);
  if (!latest) throw new NotFoundError('assessment', id);
  throw new VersionConflictError('assessment', id, latest.version);
}

export async function remove(db: Db, workspaceId: string, relationId: string, id: string): Promise<void> {
  const removed = await db
    .delete(relationAssessments)
    .where(
      and(
        eq(relationAssessments.workspaceId, workspaceId),
        eq(relationAssessments.relationId, relationId),
        eq(relationAssessments.id, id),
      ),
    )
    .returning({ id: relationAssessments.id });
  if (removed.length === 0) throw new NotFoundError('assessment', id);
}
