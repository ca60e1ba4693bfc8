/**
 * Opening and ending sessions. A new login always gets a new token (no session fixation: a token set
 * before login is never promoted), and the cookie holds the token while the database holds its hash.
 * Sessions are not changes to anyone's data, so they leave no audit event.
 */

import type { Store } from '../store/index.ts';
import { hashToken, newToken } from './tokens.ts';

export interface OpenedSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function openSession(store: Store, userId: string, maxSeconds: number): Promise<OpenedSession> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(Date.now() + maxSeconds * 1000);
  await store.sessions.create({ id: hashToken(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** Ends one session, by the hash of its token (logout, or a new login replacing the browser's old one). */
export async function endSession(store: Store, sessionId: string): Promise<void> {
  await store.sessions.remove(sessionId);
}
