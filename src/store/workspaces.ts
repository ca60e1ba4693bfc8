/** Werkruimtes: create, read, list, update with optimistic concurrency, delete (cascading to its map). */
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import {
  DEFAULT_PERSPECTIVES,
  NotFoundError,
  type Role,
  type SnapshotSchedule,
  VersionConflictError,
  type Workspace,
  type WorkspaceCreate,
  type WorkspaceUpdate,
} from '../domain/index.ts';
import { translateDatabaseError } from './database-errors.ts';
import type { Db } from './db.ts';
import { isoTimestamp, offsetOf, type Page, type PageRequest } from './paging.ts';
import { perspectives, workspaceMembers, workspaces } from './schema.ts';

type WorkspaceRow = typeof workspaces.$inferSelect;

function toWorkspace({ snapshotScheduleFrom: _from, ...row }: WorkspaceRow): Workspace {
  return {
    ...row,
    snapshotSchedule: row.snapshotSchedule as SnapshotSchedule,
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

export async function list(db: Db, request: PageRequest): Promise<Page<Workspace>> {
  const rows = await db
    .select()
    .from(workspaces)
    .orderBy(asc(sql`lower(${workspaces.name})`), asc(workspaces.id))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = await db.select({ n: count() }).from(workspaces);
  return { items: rows.map(toWorkspace), totalItems: total?.n ?? 0 };
}

/** The werkruimtes a user is a member of, with the user's role in each. */
export async function listForUser(
  db: Db,
  userId: string,
  request: PageRequest,
): Promise<Page<Workspace & { role: Role }>> {
  const member = and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, userId));
  const rows = await db
    .select({ workspace: workspaces, role: workspaceMembers.role })
    .from(workspaces)
    .innerJoin(workspaceMembers, member)
    .orderBy(asc(sql`lower(${workspaces.name})`), asc(workspaces.id))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = await db.select({ n: count() }).from(workspaces).innerJoin(workspaceMembers, member);
  return {
    items: rows.map((row) => ({ ...toWorkspace(row.workspace), role: row.role as Role })),
    totalItems: total?.n ?? 0,
  };
}

export interface WorkspaceAccess {
  workspace: Workspace;
  role: Role;
  /** The id of the werkruimte's newest audit event: it changes whenever its content does. */
  changeId: number;
}

/**
 * The werkruimte, the user's role in it and its change counter, in one query (it runs on every werkruimte
 * request); null when the werkruimte or the membership is missing.
 */
export async function getWithRole(db: Db, id: string, userId: string): Promise<WorkspaceAccess | null> {
  const [row] = await db
    .select({
      workspace: workspaces,
      role: workspaceMembers.role,
      changeId: sql<string>`(select coalesce(max(a.id), 0) from audit_events a where a.workspace_id = ${workspaces.id})`,
    })
    .from(workspaces)
    .innerJoin(
      workspaceMembers,
      and(eq(workspaceMembers.workspaceId, workspaces.id), eq(workspaceMembers.userId, userId)),
    )
    .where(eq(workspaces.id, id));
  return row
    ? { workspace: toWorkspace(row.workspace), role: row.role as Role, changeId: Number(row.changeId) }
    : null;
}

export async function get(db: Db, id: string): Promise<Workspace | null> {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, id));
  return row ? toWorkspace(row) : null;
}

/**
 * A new werkruimte, with the perspectives every werkruimte starts with (the editors' and one per kracht).
 * Callers run it in a transaction, so a werkruimte never exists without them.
 */
export async function create(db: Db, input: WorkspaceCreate): Promise<Workspace> {
  try {
    const [row] = await db.insert(workspaces).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    await db
      .insert(perspectives)
      .values(DEFAULT_PERSPECTIVES.map((perspective) => ({ ...perspective, workspaceId: row.id })));
    return toWorkspace(row);
  } catch (error) {
    translateDatabaseError(error);
  }
}

export async function update(db: Db, id: string, update: WorkspaceUpdate): Promise<Workspace> {
  const { version, ...changes } = update;
  let row: WorkspaceRow | undefined;
  try {
    [row] = await db
      .update(workspaces)
      .set({
        ...changes,
        // A changed schedule counts its due dates from now: its first momentopname is on the next one.
        ...(changes.snapshotSchedule === undefined
          ? {}
          : {
              snapshotScheduleFrom: sql`case when ${workspaces.snapshotSchedule} = ${changes.snapshotSchedule}
                then ${workspaces.snapshotScheduleFrom} else now() end`,
            }),
        version: sql`${workspaces.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(workspaces.id, id), eq(workspaces.version, version)))
      .returning();
  } catch (error) {
    translateDatabaseError(error);
  }
  if (row) return toWorkspace(row);
  const current = await get(db, id);
  if (!current) throw new NotFoundError('workspace', id);
  throw new VersionConflictError('workspace', id, current.version);
}

/** Deletes the werkruimte and, through the foreign keys, all its spelers and relaties. */
export async function remove(db: Db, id: string): Promise<void> {
  const deleted = await db.delete(workspaces).where(eq(workspaces.id, id)).returning({ id: workspaces.id });
  if (deleted.length === 0) throw new NotFoundError('workspace', id);
}

/** A werkruimte with a schedule of momentopnames, and the moment its due dates count from. */
export interface ScheduledWorkspace {
  id: string;
  schedule: SnapshotSchedule;
  /** As the database wrote it, so `claimScheduledSnapshot` can compare it exactly. */
  countsFrom: string;
}

/** Every werkruimte with a schedule (few; one query for the server's check). */
export async function withSnapshotSchedule(db: Db): Promise<ScheduledWorkspace[]> {
  const rows = await db
    .select({
      id: workspaces.id,
      schedule: workspaces.snapshotSchedule,
      countsFrom: workspaces.snapshotScheduleFrom,
    })
    .from(workspaces)
    .where(ne(workspaces.snapshotSchedule, 'none'))
    .orderBy(asc(workspaces.id));
  return rows.map((row) => ({ ...row, schedule: row.schedule as SnapshotSchedule }));
}

/**
 * Claims a due scheduled momentopname: moves the moment the schedule counts from to `at`, only if the
 * schedule and that moment are still as read. False when another app server claimed it first, or the
 * schedule changed meanwhile. The row stays locked until the caller's transaction ends, so a second server
 * waits and then finds it claimed (or, in a repeatable read transaction, fails to serialise).
 */
export async function claimScheduledSnapshot(
  db: Db,
  workspace: ScheduledWorkspace,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(workspaces)
    .set({ snapshotScheduleFrom: at.toISOString() })
    .where(
      and(
        eq(workspaces.id, workspace.id),
        eq(workspaces.snapshotSchedule, workspace.schedule),
        eq(workspaces.snapshotScheduleFrom, workspace.countsFrom),
      ),
    )
    .returning({ id: workspaces.id });
  return rows.length === 1;
}
