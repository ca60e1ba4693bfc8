/**
 * OpenID Connect logins under way, keyed by the SHA-256 of the login cookie's token (the caller hashes).
 * `take` removes the attempt as it reads it, so an authorisation response can be used once only.
 */
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { oidcLogins } from './schema.ts';

export interface OidcLoginAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: string;
}

export async function create(
  db: Db,
  input: { id: string; state: string; nonce: string; codeVerifier: string; expiresAt: Date },
): Promise<void> {
  await db.insert(oidcLogins).values({ ...input, expiresAt: input.expiresAt.toISOString() });
}

/** Removes the attempt and returns it, or null when there is none or it has expired. */
export async function take(db: Db, id: string): Promise<OidcLoginAttempt | null> {
  const [row] = await db.delete(oidcLogins).where(eq(oidcLogins.id, id)).returning();
  if (!row) return null;
  const expiresAt = isoTimestamp(row.expiresAt);
  if (Date.parse(expiresAt) <= Date.now()) return null;
  return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, expiresAt };
}

/** Deletes attempts nobody finished in time. */
export async function purgeExpired(db: Db): Promise<void> {
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, sql`now()`));
}
