/** Accounts: looked up by e-mail for login, by issuer and subject for OpenID Connect. */
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { ConflictError, type User } from '../domain/index.ts';
import { isUniqueViolation } from './database-errors.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { users } from './schema.ts';

type UserRow = typeof users.$inferSelect;

export interface UserWithSecret extends User {
  passwordHash: string | null;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    isAdmin: row.isAdmin,
    hasPassword: row.passwordHash !== null,
    createdAt: isoTimestamp(row.createdAt),
  };
}

export interface UserCreate {
  email: string;
  displayName: string;
  passwordHash: string | null;
  isAdmin?: boolean;
  oidc?: { issuer: string; subject: string };
}

export async function create(db: Db, input: UserCreate): Promise<User> {
  try {
    const [row] = await db
      .insert(users)
      .values({
        email: input.email,
        displayName: input.displayName,
        passwordHash: input.passwordHash,
        isAdmin: input.isAdmin ?? false,
        oidcIssuer: input.oidc?.issuer ?? null,
        oidcSubject: input.oidc?.subject ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toUser(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('email_taken');
    throw error;
  }
}

/** Serialises first-administrator setups within one transaction (any constant key will do). */
export async function lockForSetup(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(7305222)`);
}

export async function countAll(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function get(db: Db, id: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toUser(row) : null;
}

/** With the password hash, for login only; never sent to a client. */
export async function findForLogin(db: Db, email: string): Promise<UserWithSecret | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
}

export async function findForLoginById(db: Db, id: string): Promise<UserWithSecret | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? { ...toUser(row), passwordHash: row.passwordHash } : null;
}

export async function findByOidc(db: Db, issuer: string, subject: string): Promise<User | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  return row ? toUser(row) : null;
}

/**
 * Ties an existing account (found by verified e-mail) to its identity-provider subject. An account already
 * tied to another subject is left alone (false): the same address at the provider may be another person now.
 */
export async function linkOidc(db: Db, id: string, issuer: string, subject: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ oidcIssuer: issuer, oidcSubject: subject, updatedAt: sql`now()` })
    .where(and(eq(users.id, id), isNull(users.oidcIssuer)))
    .returning({ id: users.id });
  return rows.length > 0;
}

export async function setPasswordHash(db: Db, id: string, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, id));
}

export async function list(db: Db): Promise<User[]> {
  const rows = await db.select().from(users).orderBy(asc(users.email));
  return rows.map(toUser);
}
