/**
 * Spelers of one werkruimte. Every query is scoped by workspace id, so an actor id from another werkruimte
 * is simply not found: there is no query here that reaches across werkruimtes.
 */
import { and, arrayOverlaps, asc, count, desc, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import {
  type Actor,
  type ActorCreate,
  type ActorKind,
  type ActorSort,
  type ActorUpdate,
  type Domain,
  type Force,
  NotFoundError,
  type Scale,
  VersionConflictError,
} from '../domain/index.ts';
import { translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { containsPattern, isoTimestamp, offsetOf, type Page, type PageRequest } from './paging.ts';
import { actors, relations } from './schema.ts';

type ActorRow = typeof actors.$inferSelect;

function toActor(row: ActorRow): Actor {
  return {
    ...row,
    force: row.force as Force,
    kind: row.kind as ActorKind,
    domains: row.domains as Domain[],
    scale: row.scale as Scale | null,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

export interface ActorFilter {
  force?: Force[];
  kind?: ActorKind[];
  domain?: Domain[];
  scale?: Scale[];
  wijk?: string[];
  tag?: string[];
  /** Case-insensitive substring of the name. */
  q?: string;
}

function actorConditions(workspaceId: string, filter: ActorFilter): SQL | undefined {
  return and(
    eq(actors.workspaceId, workspaceId),
    filter.force?.length ? inArray(actors.force, filter.force) : undefined,
    filter.kind?.length ? inArray(actors.kind, filter.kind) : undefined,
    filter.scale?.length ? inArray(actors.scale, filter.scale) : undefined,
    filter.domain?.length ? arrayOverlaps(actors.domains, filter.domain) : undefined,
    filter.wijk?.length ? arrayOverlaps(actors.wijken, filter.wijk) : undefined,
    filter.tag?.length ? arrayOverlaps(actors.tags, filter.tag) : undefined,
    filter.q ? ilike(actors.name, containsPattern(filter.q)) : undefined,
  );
}

function actorOrder(sort: ActorSort): SQL[] {
  const direction = sort.startsWith('-') ? desc : asc;
  const key = sort.replace(/^-/, '');
  const byName = direction(sql`lower(${actors.name})`);
  if (key === 'force') return [direction(actors.force), asc(sql`lower(${actors.name})`), asc(actors.id)];
  if (key === 'updatedAt') return [direction(actors.updatedAt), asc(actors.id)];
  return [byName, asc(actors.id)];
}

export async function list(
  db: Db,
  workspaceId: string,
  filter: ActorFilter,
  request: PageRequest,
  sort: ActorSort = 'name',
): Promise<Page<Actor>> {
  const where = actorConditions(workspaceId, filter);
  const rows = await db
    .select()
    .from(actors)
    .where(where)
    .orderBy(...actorOrder(sort))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = await db.select({ n: count() }).from(actors).where(where);
  return { items: rows.map(toActor), totalItems: total?.n ?? 0 };
}

/** Every speler of a werkruimte with its whole profile, oldest first (for backups and exports). */
export async function listAll(db: Db, workspaceId: string): Promise<Actor[]> {
  const rows = await db
    .select()
    .from(actors)
    .where(eq(actors.workspaceId, workspaceId))
    .orderBy(asc(actors.createdAt), asc(actors.id));
  return rows.map(toActor);
}

/** A speler as a backup holds it: its whole profile, without this database's bookkeeping. */
export type BackupActorRecord = Omit<Actor, 'workspaceId' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Every speler of the werkruimte as a backup holds it, in the order of `listAll`, as JSON the database
 * builds (as `relations.listAllForBackup`: decoding the rows in the driver was most of a snapshot's time).
 */
export async function listAllForBackup(db: Db, workspaceId: string): Promise<BackupActorRecord[]> {
  const result = (await db.execute(
    sql`select coalesce(json_agg(json_build_object(
              'id', id, 'name', name, 'force', force, 'kind', kind, 'achtergrond', achtergrond,
              'motieven', motieven, 'kenmerken', kenmerken, 'perspectief', perspectief, 'rol', rol,
              'belangen', belangen, 'domains', domains, 'scale', scale, 'wijken', wijken, 'tags', tags,
              'website', website, 'sources', sources)
              order by created_at, id), '[]')::text as json
        from actors where workspace_id = ${workspaceId}`,
  )) as unknown as { rows: { json: string }[] };
  return JSON.parse(result.rows[0]?.json ?? '[]') as BackupActorRecord[];
}

export async function get(db: Db, workspaceId: string, id: string): Promise<Actor | null> {
  const [row] = await db
    .select()
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), eq(actors.id, id)));
  return row ? toActor(row) : null;
}

/** Which of these ids are spelers of the werkruimte. */
export async function existing(db: Db, workspaceId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.id, ids)));
  return rows.map((row) => row.id);
}

export async function create(db: Db, workspaceId: string, input: ActorCreate): Promise<Actor> {
  try {
    const [row] = await db
      .insert(actors)
      .values({ ...input, workspaceId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toActor(row);
  } catch (error) {
    translateDatabaseError(error);
  }
}

export async function update(db: Db, workspaceId: string, id: string, update: ActorUpdate): Promise<Actor> {
  const { version, ...changes } = update;
  let row: ActorRow | undefined;
  try {
    [row] = await db
      .update(actors)
      .set({ ...changes, version: sql`${actors.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(actors.workspaceId, workspaceId), eq(actors.id, id), eq(actors.version, version)))
      .returning();
  } catch (error) {
    translateDatabaseError(error);
  }
  if (row) return toActor(row);
  const current = await get(db, workspaceId, id);
  if (!current) throw new NotFoundError('actor', id);
  throw new VersionConflictError('actor', id, current.version);
}

/** Deletes the actor and its relaties in one transaction; returns how many relaties went with it. */
export async function remove(db: Db, workspaceId: string, id: string): Promise<{ relationsDeleted: number }> {
  return db.transaction(async (tx) => {
    const [actor] = await tx
      .select({ id: actors.id })
      .from(actors)
      .where(and(eq(actors.workspaceId, workspaceId), eq(actors.id, id)))
      .for('update');
    if (!actor) throw new NotFoundError('actor', id);
    const removed = await tx
      .delete(relations)
      .where(
        and(
          eq(relations.workspaceId, workspaceId),
          sql`(${relations.sourceId} = ${id} or ${relations.targetId} = ${id})`,
        ),
      )
      .returning({ id: relations.id });
    await tx.delete(actors).where(and(eq(actors.workspaceId, workspaceId), eq(actors.id, id)));
    return { relationsDeleted: removed.length };
  });
}
