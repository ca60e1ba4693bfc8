/**
 * Perspectives of one werkruimte: the groups that make claims. Every query is scoped by workspace id. A
 * name is unique per werkruimte whatever its case (checked first, so the caller hears which rule; the
 * unique index backs it up under races). Deleting one deletes its claims through the foreign keys, so
 * `claimsOf` reads them first for whoever has to keep a record of what went.
 */
import { and, asc, count, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import {
  type Assessment,
  type ClaimOrigin,
  ConflictError,
  type Force,
  type Movement,
  NotFoundError,
  type Perspective,
  type PerspectiveCreate,
  type PerspectiveUpdate,
  type TopicPosition,
  VersionConflictError,
} from '../domain/index.ts';
import { isUniqueViolation, translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { isoTimestamp, offsetOf, type Page, type PageRequest } from './paging.ts';
import { perspectives, relationAssessments, topicPositions } from './schema.ts';

type PerspectiveRow = typeof perspectives.$inferSelect;

function toPerspective(row: PerspectiveRow): Perspective {
  const { workspaceId: _workspaceId, ...fields } = row;
  return {
    ...fields,
    force: row.force as Force | null,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

/** The editors' perspective first, then by name. */
const ORDER: SQL[] = [
  desc(perspectives.editors),
  asc(sql`lower(${perspectives.name})`),
  asc(perspectives.id),
];

export async function list(db: Db, workspaceId: string, request: PageRequest): Promise<Page<Perspective>> {
  const where = eq(perspectives.workspaceId, workspaceId);
  const rows = await db
    .select()
    .from(perspectives)
    .where(where)
    .orderBy(...ORDER)
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = await db.select({ n: count() }).from(perspectives).where(where);
  return { items: rows.map(toPerspective), totalItems: total?.n ?? 0 };
}

/** Every perspective of a werkruimte, the editors' first. */
export async function listAll(db: Db, workspaceId: string): Promise<Perspective[]> {
  const rows = await db
    .select()
    .from(perspectives)
    .where(eq(perspectives.workspaceId, workspaceId))
    .orderBy(...ORDER);
  return rows.map(toPerspective);
}

export async function get(db: Db, workspaceId: string, id: string): Promise<Perspective | null> {
  const [row] = await db
    .select()
    .from(perspectives)
    .where(and(eq(perspectives.workspaceId, workspaceId), eq(perspectives.id, id)));
  return row ? toPerspective(row) : null;
}

/** The werkruimte's editors' perspective (every werkruimte has exactly one). */
export async function editors(db: Db, workspaceId: string): Promise<Perspective | null> {
  const [row] = await db
    .select()
    .from(perspectives)
    .where(and(eq(perspectives.workspaceId, workspaceId), eq(perspectives.editors, true)));
  return row ? toPerspective(row) : null;
}

/** Which of these ids are perspectives of the werkruimte. */
export async function existing(db: Db, workspaceId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: perspectives.id })
    .from(perspectives)
    .where(and(eq(perspectives.workspaceId, workspaceId), inArray(perspectives.id, ids)));
  return rows.map((row) => row.id);
}

/** Refuses a name another perspective of the werkruimte has (case-insensitive). */
async function checkNameFree(db: Db, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  const [taken] = await db
    .select({ id: perspectives.id })
    .from(perspectives)
    .where(
      and(
        eq(perspectives.workspaceId, workspaceId),
        sql`lower(${perspectives.name}) = lower(${name})`,
        exceptId ? ne(perspectives.id, exceptId) : undefined,
      ),
    );
  if (taken) throw new ConflictError('perspective_name_taken');
}

function translate(error: unknown): never {
  if (isUniqueViolation(error)) throw new ConflictError('perspective_name_taken');
  translateDatabaseError(error);
}

export async function create(db: Db, workspaceId: string, input: PerspectiveCreate): Promise<Perspective> {
  await checkNameFree(db, workspaceId, input.name);
  try {
    const [row] = await db
      .insert(perspectives)
      .values({ ...input, workspaceId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toPerspective(row);
  } catch (error) {
    translate(error);
  }
}

export async function update(
  db: Db,
  workspaceId: string,
  id: string,
  update: PerspectiveUpdate,
): Promise<Perspective> {
  const { version, ...changes } = update;
  if (changes.name !== undefined) await checkNameFree(db, workspaceId, changes.name, id);
  let row: PerspectiveRow | undefined;
  try {
    [row] = await db
      .update(perspectives)
      .set({ ...changes, version: sql`${perspectives.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(
          eq(perspectives.workspaceId, workspaceId),
          eq(perspectives.id, id),
          eq(perspectives.version, version),
        ),
      )
      .returning();
  } catch (error) {
    translate(error);
  }
  if (row) return toPerspective(row);
  const current = await get(db, workspaceId, id);
  if (!current) throw new NotFoundError('perspective', id);
  throw new VersionConflictError('perspective', id, current.version);
}

/** How many claims a perspective holds: assessments of relaties and positions on vraagstukken. */
export async function claimCounts(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ assessments: number; positions: number }> {
  const [assessments] = await db
    .select({ n: count() })
    .from(relationAssessments)
    .where(and(eq(relationAssessments.workspaceId, workspaceId), eq(relationAssessments.perspectiveId, id)));
  const [positions] = await db
    .select({ n: count() })
    .from(topicPositions)
    .where(and(eq(topicPositions.workspaceId, workspaceId), eq(topicPositions.perspectiveId, id)));
  return { assessments: assessments?.n ?? 0, positions: positions?.n ?? 0 };
}

/** The claims a perspective holds, whole, oldest first: what an audit event keeps when they are deleted. */
export async function claimsOf(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<{ assessments: Assessment[]; positions: TopicPosition[] }> {
  const assessmentRows = await db
    .select()
    .from(relationAssessments)
    .where(and(eq(relationAssessments.workspaceId, workspaceId), eq(relationAssessments.perspectiveId, id)))
    .orderBy(asc(relationAssessments.createdAt), asc(relationAssessments.id));
  const positionRows = await db
    .select()
    .from(topicPositions)
    .where(and(eq(topicPositions.workspaceId, workspaceId), eq(topicPositions.perspectiveId, id)))
    .orderBy(asc(topicPositions.createdAt), asc(topicPositions.id));
  return {
    assessments: assessmentRows.map(({ workspaceId: _w, ...row }) => ({
      ...row,
      origin: row.origin as ClaimOrigin,
      createdAt: isoTimestamp(row.createdAt),
      updatedAt: isoTimestamp(row.updatedAt),
    })),
    positions: positionRows.map(({ workspaceId: _w, respondentId: _r, ...row }) => ({
      ...row,
      beweging: row.beweging as Movement | null,
      createdAt: isoTimestamp(row.createdAt),
    })),
  };
}

/** Deletes a perspective; its assessments and positions go with it (foreign keys, on delete cascade). */
export async function remove(db: Db, workspaceId: string, id: string): Promise<void> {
  const removed = await db
    .delete(perspectives)
    .where(and(eq(perspectives.workspaceId, workspaceId), eq(perspectives.id, id)))
    .returning({ id: perspectives.id });
  if (removed.length === 0) throw new NotFoundError('perspective', id);
}
