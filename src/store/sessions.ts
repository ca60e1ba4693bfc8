/**
 * Server-side sessions, keyed by the SHA-256 of the cookie's token (the caller hashes). A session is valid
 * until `expires_at` and while it was seen within the idle time; `touch` slides the idle window.
 */
import { and, eq, gt, lt, ne, or, sql } from 'drizzle-orm';
import type { User } from '../domain/index.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { sessions, users } from './schema.ts';

export interface SessionRecord {
  id: string;
  csrfToken: string;
  lastSeenAt: string;
  expiresAt: string;
  user: User;
}

export async function create(
  db: Db,
  input: { id: string; userId: string; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values({ ...input, expiresAt: input.expiresAt.toISOString() });
}

/** The session with its user, if it exists, has not expired and was seen within `idleSeconds`. */
export async function findValid(db: Db, id: string, idleSeconds: number): Promise<SessionRecord | null> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, id),
        gt(sessions.expiresAt, sql`now()`),
        gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${idleSeconds})`),
      ),
    );
  if (!row) return null;
  return {
    id: row.session.id,
    csrfToken: row.session.csrfToken,
    lastSeenAt: isoTimestamp(row.session.lastSeenAt),
    expiresAt: isoTimestamp(row.session.expiresAt),
    user: {
      id: row.user.id,
      email: row.user.email,
      displayName: row.user.displayName,
      isAdmin: row.user.isAdmin,
      hasPassword: row.user.passwordHash !== null,
      createdAt: isoTimestamp(row.user.createdAt),
    },
  };
}

export async function touch(db: Db, id: string): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: sql`now()` }).where(eq(sessions.id, id));
}

export async function remove(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Ends every session of a user except `keep` (after a password change). */
export async function removeForUser(db: Db, userId: string, keep?: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), keep ? ne(sessions.id, keep) : undefined));
}

/** Deletes sessions that can no longer be used. */
export async function purgeExpired(db: Db, idleSeconds: number): Promise<void> {
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expiresAt, sql`now()`),
        lt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${idleSeconds})`),
      ),
    );
}
