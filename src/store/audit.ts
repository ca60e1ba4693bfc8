/**
 * The audit trail: append one event per change (inside the change's own transaction), and read a
 * werkruimte's or a speler's history, newest first. There is no update or delete here, and the database
 * refuses both (migration 0004).
 */
import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { AuditAction, AuditEvent, AuditVia } from '../domain/index.ts';
import type { Db } from './db.ts';
import { isoTimestamp, offsetOf, type Page, type PageRequest } from './paging.ts';
import { auditEvents, users } from './schema.ts';

export interface AuditRecord {
  workspaceId: string | null;
  userId: string | null;
  via: AuditVia;
  action: AuditAction;
  entityType: string;
  entityId: string | null;
  /** Spelers this change touched, so each speler's history finds it. */
  actorIds?: string[];
  before: unknown;
  after: unknown;
}

export async function record(db: Db, event: AuditRecord): Promise<void> {
  await db.insert(auditEvents).values({
    ...event,
    actorIds: event.actorIds ?? [],
    before: event.before ?? null,
    after: event.after ?? null,
  });
}

export interface AuditFilter {
  actorId?: string;
  action?: AuditAction;
}

function conditions(workspaceId: string, filter: AuditFilter): SQL | undefined {
  return and(
    eq(auditEvents.workspaceId, workspaceId),
    filter.actorId ? sql`${auditEvents.actorIds} @> array[${filter.actorId}]::uuid[]` : undefined,
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
  );
}

const columns = {
  event: auditEvents,
  userName: users.displayName,
};

function toEvent(row: { event: typeof auditEvents.$inferSelect; userName: string | null }): AuditEvent {
  const { event, userName } = row;
  return {
    id: event.id,
    at: isoTimestamp(event.at),
    action: event.action as AuditAction,
    entityType: event.entityType,
    entityId: event.entityId,
    via: event.via as AuditVia,
    user: event.userId ? { id: event.userId, displayName: userName ?? '(account verwijderd)' } : null,
    before: event.before ?? null,
    after: event.after ?? null,
  };
}

export async function list(
  db: Db,
  workspaceId: string,
  filter: AuditFilter,
  request: PageRequest,
): Promise<Page<AuditEvent>> {
  const where = conditions(workspaceId, filter);
  const rows = await db
    .select(columns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(request.pageSize)
    .offset(offsetOf(request));
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  return { items: rows.map(toEvent), totalItems: total?.n ?? 0 };
}

export async function get(db: Db, workspaceId: string, id: number): Promise<AuditEvent | null> {
  const [row] = await db
    .select(columns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(and(eq(auditEvents.workspaceId, workspaceId), eq(auditEvents.id, id)));
  return row ? toEvent(row) : null;
}

/**
 * The newest event of `action` about one record of a werkruimte (the last deletion of a relatie, to restore
 * it). Walks the werkruimte's events newest first on its index; a trail has one event per change, so this
 * stays a short scan.
 */
export async function latestOf(
  db: Db,
  workspaceId: string,
  action: AuditAction,
  entityId: string,
): Promise<AuditEvent | null> {
  const [row] = await db
    .select(columns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(
      and(
        eq(auditEvents.workspaceId, workspaceId),
        eq(auditEvents.action, action),
        eq(auditEvents.entityId, entityId),
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row ? toEvent(row) : null;
}

/** The events about one account (made, password changed), newest first; they belong to no werkruimte. */
export async function listForAccount(db: Db, userId: string): Promise<AuditEvent[]> {
  const rows = await db
    .select(columns)
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(
      and(
        isNull(auditEvents.workspaceId),
        eq(auditEvents.entityType, 'user'),
        eq(auditEvents.entityId, userId),
      ),
    )
    .orderBy(desc(auditEvents.id));
  return rows.map(toEvent);
}

/** How many events a werkruimte has (tests prove each write leaves exactly one). */
export async function countFor(db: Db, workspaceId: string | null): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(auditEvents)
    .where(workspaceId ? eq(auditEvents.workspaceId, workspaceId) : sql`true`);
  return row?.n ?? 0;
}
