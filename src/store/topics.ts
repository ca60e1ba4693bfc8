/**
 * Vraagstukken of one werkruimte and the positions on them. Every query is scoped by workspace id.
 * Positions are append-only: there is no update or delete of one; the latest per speler and perspective
 * (by `assessedOn`, then by when it was written) is the current one. A batch of positions is checked
 * whole before anything is written, so a refused batch leaves nothing; the composite foreign keys back the
 * checks up under races.
 */
import { and, asc, count, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import {
  type Issue,
  type Movement,
  NotFoundError,
  type Topic,
  type TopicCreate,
  type TopicPosition,
  type TopicPositionCreate,
  type TopicStatus,
  type TopicUpdate,
  ValidationError,
  VersionConflictError,
} from '../domain/index.ts';
import { translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { containsPattern, isoTimestamp, offsetOf, type Page, type PageRequest } from './paging.ts';
import { presentInWorkspace, withLiveAuthors } from './restore-checks.ts';
import { actors, perspectives, topicPositions, topics } from './schema.ts';

type TopicRow = typeof topics.$inferSelect;
type PositionRow = typeof topicPositions.$inferSelect;

function toTopic(row: TopicRow): Topic {
  const { workspaceId: _workspaceId, ...fields } = row;
  return {
    ...fields,
    status: row.status as TopicStatus,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

function toPosition(row: PositionRow): TopicPosition {
  // Which respondent gave it is the uitvraag's business (its answers replace it), not the position's.
  const { workspaceId: _workspaceId, respondentId: _respondentId, ...fields } = row;
  return { ...fields, beweging: row.beweging as Movement | null, createdAt: isoTimestamp(row.createdAt) };
}

export interface TopicFilter {
  status?: TopicStatus[];
  /** Case-insensitive substring of the name. */
  q?: string;
}

const TOPIC_ORDER: SQL[] = [asc(sql`lower(${topics.name})`), asc(topics.id)];

export async function list(
  db: Db,
  workspaceId: string,
  filter: TopicFilter,
  request: PageRequest,
): Promise<Page<Topic>> {
  const where = and(
    eq(topics.workspaceId, workspaceId),
    filter.status?.length ? inArray(topics.status, filter.status) : undefined,
    filter.q ? ilike(topics.name, containsPattern(filter.q)) : undefined,
  );
  const rows = await db
    .select()
    .from(topics)
    .where(where)
    .orderBy(...TOPIC_ORDER)
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = await db.select({ n: count() }).from(topics).where(where);
  return { items: rows.map(toTopic), totalItems: total?.n ?? 0 };
}

/** Every vraagstuk of a werkruimte, by name. */
export async function listAll(db: Db, workspaceId: string): Promise<Topic[]> {
  const rows = await db
    .select()
    .from(topics)
    .where(eq(topics.workspaceId, workspaceId))
    .orderBy(...TOPIC_ORDER);
  return rows.map(toTopic);
}

export async function get(db: Db, workspaceId: string, id: string): Promise<Topic | null> {
  const [row] = await db
    .select()
    .from(topics)
    .where(and(eq(topics.workspaceId, workspaceId), eq(topics.id, id)));
  return row ? toTopic(row) : null;
}

/** The vraagstukken with exactly this name, whatever its case (names need not be unique). */
export async function findByName(db: Db, workspaceId: string, name: string): Promise<Topic[]> {
  const rows = await db
    .select()
    .from(topics)
    .where(and(eq(topics.workspaceId, workspaceId), sql`lower(${topics.name}) = lower(${name})`))
    .orderBy(...TOPIC_ORDER);
  return rows.map(toTopic);
}

export async function create(db: Db, workspaceId: string, input: TopicCreate): Promise<Topic> {
  try {
    const [row] = await db
      .insert(topics)
      .values({ ...input, workspaceId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toTopic(row);
  } catch (error) {
    translateDatabaseError(error);
  }
}

export async function update(db: Db, workspaceId: string, id: string, update: TopicUpdate): Promise<Topic> {
  const { version, ...changes } = update;
  let row: TopicRow | undefined;
  try {
    [row] = await db
      .update(topics)
      .set({ ...changes, version: sql`${topics.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(topics.workspaceId, workspaceId), eq(topics.id, id), eq(topics.version, version)))
      .returning();
  } catch (error) {
    translateDatabaseError(error);
  }
  if (row) return toTopic(row);
  const current = await get(db, workspaceId, id);
  if (!current) throw new NotFoundError('topic', id);
  throw new VersionConflictError('topic', id, current.version);
}

/**
 * Deletes a vraagstuk; its positions go with it (foreign key, on delete cascade), and the uitvragen that
 * asked about it stop asking.
 */
export async function remove(db: Db, workspaceId: string, id: string): Promise<void> {
  const removed = await db
    .delete(topics)
    .where(and(eq(topics.workspaceId, workspaceId), eq(topics.id, id)))
    .returning({ id: topics.id });
  if (removed.length === 0) throw new NotFoundError('topic', id);
  await db.execute(
    sql`update surveys set topic_ids = array_remove(topic_ids, ${id}::uuid)
        where workspace_id = ${workspaceId} and ${id}::uuid = any(topic_ids)`,
  );
}

/** Which of `ids` are vraagstukken of the werkruimte. */
export async function topicsAmong(db: Db, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const result = (await db.execute(
    sql`select id from topics where workspace_id = ${workspaceId}
          and id in (select value::uuid from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  )) as unknown as { rows: { id: string }[] };
  return new Set(result.rows.map((row) => row.id));
}

export interface PositionFilter {
  /** Only the latest position per speler and perspective (true), or every dated one (false). */
  current: boolean;
  perspectiveIds?: string[];
  actorId?: string;
}

function positionConditions(workspaceId: string, topicId: string, filter: PositionFilter): SQL | undefined {
  return and(
    eq(topicPositions.workspaceId, workspaceId),
    eq(topicPositions.topicId, topicId),
    filter.perspectiveIds?.length ? inArray(topicPositions.perspectiveId, filter.perspectiveIds) : undefined,
    filter.actorId ? eq(topicPositions.actorId, filter.actorId) : undefined,
  );
}

/**
 * Positions on one vraagstuk, by speler name, then perspective name, then date (oldest first, so a
 * speler's history reads as it happened). With `current`, only the latest per speler and perspective.
 */
export async function listPositions(
  db: Db,
  workspaceId: string,
  topicId: string,
  filter: PositionFilter,
  request: PageRequest,
): Promise<Page<TopicPosition>> {
  const where = positionConditions(workspaceId, topicId, filter);
  // DISTINCT ON keeps the first row of each (speler, perspective) in its ORDER BY: the latest.
  const chosen = filter.current
    ? db
        .selectDistinctOn([topicPositions.actorId, topicPositions.perspectiveId], { id: topicPositions.id })
        .from(topicPositions)
        .where(where)
        .orderBy(
          topicPositions.actorId,
          topicPositions.perspectiveId,
          sql`${topicPositions.assessedOn} desc`,
          sql`${topicPositions.createdAt} desc`,
          sql`${topicPositions.id} desc`,
        )
    : undefined;
  const selected = chosen ? inArray(topicPositions.id, chosen) : where;
  const rows = await db
    .select({ position: topicPositions })
    .from(topicPositions)
    .innerJoin(
      actors,
      and(eq(actors.workspaceId, topicPositions.workspaceId), eq(actors.id, topicPositions.actorId)),
    )
    .innerJoin(
      perspectives,
      and(
        eq(perspectives.workspaceId, topicPositions.workspaceId),
        eq(perspectives.id, topicPositions.perspectiveId),
      ),
    )
    .where(selected)
    .orderBy(
      asc(sql`lower(${actors.name})`),
      asc(actors.id),
      asc(sql`lower(${perspectives.name})`),
      asc(perspectives.id),
      asc(topicPositions.assessedOn),
      asc(topicPositions.createdAt),
      asc(topicPositions.id),
    )
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = chosen
    ? await db.select({ n: count() }).from(chosen.as('chosen'))
    : await db.select({ n: count() }).from(topicPositions).where(where);
  return { items: rows.map((row) => toPosition(row.position)), totalItems: total?.n ?? 0 };
}

/** Every position on a vraagstuk, oldest first: what the audit event of its deletion keeps. */
export async function allPositions(db: Db, workspaceId: string, topicId: string): Promise<TopicPosition[]> {
  const rows = await db
    .select()
    .from(topicPositions)
    .where(positionConditions(workspaceId, topicId, { current: false }))
    .orderBy(asc(topicPositions.createdAt), asc(topicPositions.id));
  return rows.map(toPosition);
}

/** Every position on every vraagstuk of the werkruimte, oldest first: what a backup holds. */
export async function allPositionsOfWorkspace(db: Db, workspaceId: string): Promise<TopicPosition[]> {
  const rows = await db
    .select()
    .from(topicPositions)
    .where(eq(topicPositions.workspaceId, workspaceId))
    .orderBy(asc(topicPositions.createdAt), asc(topicPositions.id));
  return rows.map(toPosition);
}

/**
 * Issues for positions naming a speler or perspective that is not in the werkruimte; `prefix` is the
 * place in the body (`''` for one position, `'3.'` for the fourth of a batch).
 */
async function referenceIssues(
  db: Db,
  workspaceId: string,
  inputs: readonly TopicPositionCreate[],
  prefixes: readonly string[],
): Promise<Issue[]> {
  const actorIds = [...new Set(inputs.map((input) => input.actorId))];
  const perspectiveIds = [...new Set(inputs.map((input) => input.perspectiveId))];
  const foundActors = new Set(
    (
      await db
        .select({ id: actors.id })
        .from(actors)
        .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.id, actorIds)))
    ).map((row) => row.id),
  );
  const foundPerspectives = new Set(
    (
      await db
        .select({ id: perspectives.id })
        .from(perspectives)
        .where(and(eq(perspectives.workspaceId, workspaceId), inArray(perspectives.id, perspectiveIds)))
    ).map((row) => row.id),
  );
  const issues: Issue[] = [];
  inputs.forEach((input, index) => {
    const prefix = prefixes[index] ?? '';
    if (!foundActors.has(input.actorId))
      issues.push({ path: `${prefix}actorId`, code: 'actor_not_in_workspace' });
    if (!foundPerspectives.has(input.perspectiveId))
      issues.push({ path: `${prefix}perspectiveId`, code: 'perspective_not_in_workspace' });
  });
  return issues;
}

/**
 * Appends positions to a vraagstuk, all or none. `batch` says whether the body was a list, so issues
 * name `2.actorId` rather than `actorId`.
 */
export async function addPositions(
  db: Db,
  workspaceId: string,
  topicId: string,
  inputs: readonly TopicPositionCreate[],
  createdBy: string | null,
  batch: boolean,
): Promise<TopicPosition[]> {
  if (!(await get(db, workspaceId, topicId))) throw new NotFoundError('topic', topicId);
  if (inputs.length === 0) return [];
  const prefixes = inputs.map((_, index) => (batch ? `${index}.` : ''));
  const issues = await referenceIssues(db, workspaceId, inputs, prefixes);
  if (issues.length > 0) throw new ValidationError(issues);
  try {
    const rows = await db
      .insert(topicPositions)
      .values(
        inputs.map(({ assessedOn, ...input }) => ({
          ...input,
          ...(assessedOn ? { assessedOn } : {}),
          workspaceId,
          topicId,
          createdBy,
        })),
      )
      .returning();
    return rows.map(toPosition);
  } catch (error) {
    translateDatabaseError(error);
  }
}

/** Every position of one speler, on any vraagstuk, oldest first: what its deletion event keeps. */
export async function positionsOfActor(
  db: Db,
  workspaceId: string,
  actorId: string,
): Promise<TopicPosition[]> {
  const rows = await db
    .select()
    .from(topicPositions)
    .where(and(eq(topicPositions.workspaceId, workspaceId), eq(topicPositions.actorId, actorId)))
    .orderBy(asc(topicPositions.createdAt), asc(topicPositions.id));
  return rows.map(toPosition);
}

/**
 * Puts positions back as a deletion event kept them (same ids, dates and authors), leaving out those whose
 * vraagstuk, speler or perspective is gone since; returns the ones put back.
 */
export async function reinsertPositions(
  db: Db,
  workspaceId: string,
  positions: readonly TopicPosition[],
): Promise<TopicPosition[]> {
  if (positions.length === 0) return [];
  const present = (table: Parameters<typeof presentInWorkspace>[1], ids: string[]) =>
    presentInWorkspace(db, table, workspaceId, ids);
  const topicIds = await present(
    topics,
    positions.map((position) => position.topicId),
  );
  const actorIds = await present(
    actors,
    positions.map((position) => position.actorId),
  );
  const perspectiveIds = await present(
    perspectives,
    positions.map((position) => position.perspectiveId),
  );
  const kept = positions.filter(
    (position) =>
      topicIds.has(position.topicId) &&
      actorIds.has(position.actorId) &&
      perspectiveIds.has(position.perspectiveId),
  );
  if (kept.length === 0) return [];
  try {
    const rows = await db
      .insert(topicPositions)
      .values((await withLiveAuthors(db, kept)).map((position) => ({ ...position, workspaceId })))
      .returning();
    return rows.map(toPosition);
  } catch (error) {
    translateDatabaseError(error);
  }
}

/** How many positions a vraagstuk holds (all dated ones). */
export async function positionCount(db: Db, workspaceId: string, topicId: string): Promise<number> {
  const [total] = await db
    .select({ n: count() })
    .from(topicPositions)
    .where(positionConditions(workspaceId, topicId, { current: false }));
  return total?.n ?? 0;
}
