/** Invitation links: created by an eigenaar, used once, until they expire. Stored by token hash only. */
import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Invitation, Role } from '../domain/index.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { invitations, users, workspaces } from './schema.ts';

type InvitationRow = typeof invitations.$inferSelect;

function toInvitation(row: InvitationRow, creator: string | null | undefined): Invitation {
  return {
    id: row.id,
    role: row.role as Role,
    createdBy: creator ?? '',
    createdAt: isoTimestamp(row.createdAt),
    expiresAt: isoTimestamp(row.expiresAt),
  };
}

/** Still usable: not used and not expired (by the database's clock). */
function isOpen() {
  return and(isNull(invitations.usedAt), gt(invitations.expiresAt, sql`now()`));
}

export async function create(
  db: Db,
  input: { workspaceId: string; tokenHash: string; role: Role; createdBy: string | null; expiresAt: Date },
): Promise<Invitation> {
  const [row] = await db
    .insert(invitations)
    .values({ ...input, expiresAt: input.expiresAt.toISOString() })
    .returning();
  if (!row) throw new Error('insert returned no row');
  const creator = input.createdBy
    ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, input.createdBy))
    : [];
  return toInvitation(row, creator[0]?.name);
}

/** Open invitations of a werkruimte: not used, not expired. */
export async function listOpen(db: Db, workspaceId: string): Promise<Invitation[]> {
  const rows = await db
    .select({ invitation: invitations, creator: users.displayName })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(and(eq(invitations.workspaceId, workspaceId), isOpen()))
    .orderBy(asc(invitations.createdAt));
  return rows.map(({ invitation, creator }) => toInvitation(invitation, creator));
}

export interface UsableInvitation {
  id: string;
  workspaceId: string;
  workspaceName: string;
  role: Role;
  expiresAt: string;
}

/** The invitation behind a token hash, if it can still be used. */
export async function findUsable(db: Db, tokenHash: string): Promise<UsableInvitation | null> {
  const [row] = await db
    .select({ invitation: invitations, workspaceName: workspaces.name })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, tokenHash), isOpen()));
  if (!row) return null;
  return {
    id: row.invitation.id,
    workspaceId: row.invitation.workspaceId,
    workspaceName: row.workspaceName,
    role: row.invitation.role as Role,
    expiresAt: isoTimestamp(row.invitation.expiresAt),
  };
}

/** Marks it used; false when someone else used it first (the update is conditional). */
export async function markUsed(db: Db, id: string, userId: string): Promise<boolean> {
  const updated = await db
    .update(invitations)
    .set({ usedAt: sql`now()`, usedBy: userId })
    .where(and(eq(invitations.id, id), isOpen()))
    .returning({ id: invitations.id });
  return updated.length === 1;
}

/** Withdraws an open invitation; false when it does not exist in this werkruimte. */
export async function revoke(db: Db, workspaceId: string, id: string): Promise<Invitation | null> {
  const open = await listOpen(db, workspaceId);
  const invitation = open.find((candidate) => candidate.id === id) ?? null;
  if (!invitation) return null;
  await db.delete(invitations).where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)));
  return invitation;
}
