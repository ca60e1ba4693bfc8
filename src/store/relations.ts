/**
 * Relaties of one werkruimte. Both ends are checked to be spelers of the same werkruimte before writing,
 * so the caller hears which end is wrong; the composite foreign keys in the schema back this up under races.
 * Cross-field rules are checked on the merged state of an update, not just on the fields it sends.
 */
import { and, asc, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import {
  type Issue,
  NotFoundError,
  type Relation,
  type RelationCreate,
  type RelationSort,
  type RelationType,
  type RelationUpdate,
  relationRuleIssues,
  ValidationError,
  VersionConflictError,
} from '../domain/index.ts';
import { translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { containsPattern, isoTimestamp, offsetOf, type Page, type PageRequest } from './paging.ts';
import { actors, relations } from './schema.ts';

type RelationRow = typeof relations.$inferSelect;

function toRelation(row: RelationRow): Relation {
  return {
    ...row,
    type: row.type as RelationType,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

export interface RelationFilter {
  type?: RelationType[];
  /** Relations with this actor at either end. */
  actorId?: string;
  /** Case-insensitive substring of the description. */
  q?: string;
}

function relationConditions(workspaceId: string, filter: RelationFilter): SQL | undefined {
  return and(
    eq(relations.workspaceId, workspaceId),
    filter.type?.length ? inArray(relations.type, filter.type) : undefined,
    filter.actorId
      ? or(eq(relations.sourceId, filter.actorId), eq(relations.targetId, filter.actorId))
      : undefined,
    filter.q ? ilike(relations.description, containsPattern(filter.q)) : undefined,
  );
}

function relationOrder(sort: RelationSort): SQL[] {
  const direction = sort.startsWith('-') ? desc : asc;
  const key = sort.replace(/^-/, '');
  const column =
    key === 'type' ? relations.type : key === 'strength' ? relations.strength : relations.createdAt;
  return [direction(column), asc(relations.id)];
}

export async function list(
  db: Db,
  workspaceId: string,
  filter: RelationFilter,
  request: PageRequest,
  sort: RelationSort = 'createdAt',
): Promise<Page<Relation>> {
  const where = relationConditions(workspaceId, filter);
  const rows = await db
    .select()
    .from(relations)
    .where(where)
    .orderBy(...relationOrder(sort))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = await db.select({ n: count() }).from(relations).where(where);
  return { items: rows.map(toRelation), totalItems: total?.n ?? 0 };
}

/** Every relatie of a werkruimte, oldest first (for backups and exports). */
export async function listAll(db: Db, workspaceId: string): Promise<Relation[]> {
  const rows = await db
    .select()
    .from(relations)
    .where(eq(relations.workspaceId, workspaceId))
    .orderBy(asc(relations.createdAt), asc(relations.id));
  return rows.map(toRelation);
}

/** A relatie as a backup holds it: without this database's bookkeeping; `claimedByEditors` only when false. */
export type BackupRelationRecord = Omit<
  Relation,
  'workspaceId' | 'version' | 'createdAt' | 'updatedAt' | 'claimedByEditors'
> & { claimedByEditors?: false };

/**
 * Every relatie of the werkruimte as a backup holds it, in the order of `listAll`. The database builds the
 * JSON: decoding 50,000 rows in the driver took over a second on PGlite, most of a snapshot's time.
 */
export async function listAllForBackup(db: Db, workspaceId: string): Promise<BackupRelationRecord[]> {
  const fields = sql`'id', id, 'sourceId', source_id, 'targetId', target_id, 'type', type, 'strength', strength,
    'description', description, 'validFrom', valid_from, 'validTo', valid_to, 'sources', sources`;
  const result = (await db.execute(
    sql`select coalesce(json_agg(
              case when claimed_by_editors then json_build_object(${fields})
                   else json_build_object(${fields}, 'claimedByEditors', false) end
              order by created_at, id), '[]')::text as json
        from relations where workspace_id = ${workspaceId}`,
  )) as unknown as { rows: { json: string }[] };
  return JSON.parse(result.rows[0]?.json ?? '[]') as BackupRelationRecord[];
}

/** The relaties with this speler at either end. */
export async function listForActor(db: Db, workspaceId: string, actorId: string): Promise<Relation[]> {
  const rows = await db
    .select()
    .from(relations)
    .where(relationConditions(workspaceId, { actorId }))
    .orderBy(asc(relations.createdAt), asc(relations.id));
  return rows.map(toRelation);
}

export async function get(db: Db, workspaceId: string, id: string): Promise<Relation | null> {
  const [row] = await db
    .select()
    .from(relations)
    .where(and(eq(relations.workspaceId, workspaceId), eq(relations.id, id)));
  return row ? toRelation(row) : null;
}

/** Issues for ends that are not spelers of this werkruimte. */
async function endIssues(db: Db, workspaceId: string, sourceId: string, targetId: string): Promise<Issue[]> {
  const found = await db
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.id, [sourceId, targetId])));
  const ids = new Set(found.map((row) => row.id));
  const issues: Issue[] = [];
  if (!ids.has(sourceId)) issues.push({ path: 'sourceId', code: 'actor_not_in_workspace' });
  if (!ids.has(targetId)) issues.push({ path: 'targetId', code: 'actor_not_in_workspace' });
  return issues;
}

export async function create(db: Db, workspaceId: string, input: RelationCreate): Promise<Relation> {
  const issues = [
    ...relationRuleIssues(input),
    ...(await endIssues(db, workspaceId, input.sourceId, input.targetId)),
  ];
  if (issues.length > 0) throw new ValidationError(issues);
  try {
    const [row] = await db
      .insert(relations)
      .values({ ...input, workspaceId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toRelation(row);
  } catch (error) {
    translateDatabaseError(error);
  }
}

/**
 * Puts a deleted relatie back under its old id and creation time, as its deletion event kept it. The
 * version goes one past the deleted one, so an editor who still holds the old relatie gets a 409 rather
 * than overwriting it unseen. Ends that are gone meanwhile are reported like on create.
 */
export async function reinsert(db: Db, workspaceId: string, relation: Relation): Promise<Relation> {
  // An event from before relaties lost their free-text perspective may still hold one: it is not put back.
  const { id, sourceId, targetId, type, strength, description, validFrom, validTo, sources } = relation;
  const issues = await endIssues(db, workspaceId, sourceId, targetId);
  if (issues.length > 0) throw new ValidationError(issues);
  try {
    const [row] = await db
      .insert(relations)
      .values({
        id,
        workspaceId,
        sourceId,
        targetId,
        type,
        strength,
        description,
        validFrom,
        validTo,
        sources,
        version: relation.version + 1,
        createdAt: relation.createdAt,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toRelation(row);
  } catch (error) {
    translateDatabaseError(error);
  }
}

export async function update(
  db: Db,
  workspaceId: string,
  id: string,
  update: RelationUpdate,
): Promise<Relation> {
  const current = await get(db, workspaceId, id);
  if (!current) throw new NotFoundError('relation', id);
  const { version, ...changes } = update;
  if (current.version !== version) throw new VersionConflictError('relation', id, current.version);
  const merged = { ...current, ...changes };
  const issues = relationRuleIssues(merged);
  if (changes.sourceId !== undefined || changes.targetId !== undefined) {
    issues.push(...(await endIssues(db, workspaceId, merged.sourceId, merged.targetId)));
  }
  if (issues.length > 0) throw new ValidationError(issues);
  let row: RelationRow | undefined;
  try {
    [row] = await db
      .update(relations)
      .set({ ...changes, version: sql`${relations.version} + 1`, updatedAt: sql`now()` })
      .where(
        and(eq(relations.workspaceId, workspaceId), eq(relations.id, id), eq(relations.version, version)),
      )
      .returning();
  } catch (error) {
    translateDatabaseError(error);
  }
  if (row) return toRelation(row);
  // Changed between our read and our write: report the version that won.
  const latest = await get(db, workspaceId, id);
  if (!latest) throw new NotFoundError('relation', id);
  throw new VersionConflictError('relation', id, latest.version);
}

export async function remove(db: Db, workspaceId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(relations)
    .where(and(eq(relations.workspaceId, workspaceId), eq(relations.id, id)))
    .returning({ id: relations.id });
  if (deleted.length === 0) throw new NotFoundError('relation', id);
}
