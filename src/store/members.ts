/** Membership of werkruimtes: the role a user has in each, and the invariant of at least one eigenaar. */
import { and, asc, count, eq, notExists, sql } from 'drizzle-orm';
import { ConflictError, type Member, type Role } from '../domain/index.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { users, workspaceMembers, workspaces } from './schema.ts';

export async function roleOf(db: Db, workspaceId: string, userId: string): Promise<Role | null> {
  const [row] = await db
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
  return (row?.role as Role | undefined) ?? null;
}

export async function list(db: Db, workspaceId: string): Promise<Member[]> {
  const rows = await db
    .select({
      userId: workspaceMembers.userId,
      email: users.email,
      displayName: users.displayName,
      role: workspaceMembers.role,
      createdAt: workspaceMembers.createdAt,
    })
    .from(workspaceMembers)
    .innerJoin(users, eq(users.id, workspaceMembers.userId))
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(asc(sql`lower(${users.displayName})`), asc(users.email));
  return rows.map((row) => ({ ...row, role: row.role as Role, createdAt: isoTimestamp(row.createdAt) }));
}

export async function get(db: Db, workspaceId: string, userId: string): Promise<Member | null> {
  const members = await list(db, workspaceId);
  return members.find((member) => member.userId === userId) ?? null;
}

/** Adds the user, or — when already a member — keeps the higher of the two roles. */
export async function add(db: Db, workspaceId: string, userId: string, role: Role): Promise<void> {
  await db
    .insert(workspaceMembers)
    .values({ workspaceId, userId, role })
    .onConflictDoUpdate({
      target: [workspaceMembers.workspaceId, workspaceMembers.userId],
      set: {
        role: sql`case
          when ${workspaceMembers.role} = 'eigenaar' or excluded.role = 'eigenaar' then 'eigenaar'
          when ${workspaceMembers.role} = 'redacteur' or excluded.role = 'redacteur' then 'redacteur'
          else 'lezer' end`,
      },
    });
}

async function lockOwners(db: Db, workspaceId: string): Promise<number> {
  // Row locks on the owners serialise two demotions racing to leave no owner.
  const owners = await db
    .select({ userId: workspaceMembers.userId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.role, 'eigenaar')))
    .for('update');
  return owners.length;
}

/** Changes a member's role; refuses to demote the last eigenaar. Call inside a transaction. */
export async function setRole(db: Db, workspaceId: string, userId: string, role: Role): Promise<void> {
  const current = await roleOf(db, workspaceId, userId);
  if (current === 'eigenaar' && role !== 'eigenaar' && (await lockOwners(db, workspaceId)) <= 1) {
    throw new ConflictError('last_owner');
  }
  await db
    .update(workspaceMembers)
    .set({ role })
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
}

/** Removes a member; refuses to remove the last eigenaar. Call inside a transaction. */
export async function remove(db: Db, workspaceId: string, userId: string): Promise<void> {
  const current = await roleOf(db, workspaceId, userId);
  if (current === 'eigenaar' && (await lockOwners(db, workspaceId)) <= 1) {
    throw new ConflictError('last_owner');
  }
  await db
    .delete(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, workspaceId), eq(workspaceMembers.userId, userId)));
}

/**
 * Makes the user eigenaar of every werkruimte that has no members (the demo, and werkruimtes made before
 * accounts existed). Used once, when the first administrator is created. Returns how many it adopted.
 */
export async function adoptOwnerless(db: Db, userId: string): Promise<number> {
  const ownerless = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(
      notExists(
        db
          .select({ one: sql`1` })
          .from(workspaceMembers)
          .where(eq(workspaceMembers.workspaceId, workspaces.id)),
      ),
    );
  if (ownerless.length === 0) return 0;
  await db
    .insert(workspaceMembers)
    .values(ownerless.map(({ id }) => ({ workspaceId: id, userId, role: 'eigenaar' })));
  return ownerless.length;
}

/** Makes every administrator eigenaar (of a werkruimte made by the command line); returns how many. */
export async function addAdminsAsOwners(db: Db, workspaceId: string): Promise<number> {
  const admins = await db.select({ id: users.id }).from(users).where(eq(users.isAdmin, true));
  for (const admin of admins) await add(db, workspaceId, admin.id, 'eigenaar');
  return admins.length;
}

export async function countOf(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.workspaceId, workspaceId));
  return row?.n ?? 0;
}
