/**
 * Recently checked sessions, for a few seconds: every API request needs its session, and on a busy map
 * that lookup was half the database work. An entry is used only while it is younger than `ttlMs` and the
 * session itself has neither expired nor gone idle. Logout and password change in this process forget
 * entries at once; in another app process (several behind one proxy) a revoked session can live on for at
 * most `ttlMs`.
 */
import type { SessionRecord } from '../../store/index.ts';

const MAX_ENTRIES = 10_000;

export function createSessionCache(ttlMs: number, idleSeconds: number) {
  const entries = new Map<string, { session: SessionRecord; cachedAt: number }>();
  return {
    get(id: string): SessionRecord | null {
      const entry = entries.get(id);
      if (!entry) return null;
      const now = Date.now();
      const expired =
        now - entry.cachedAt > ttlMs ||
        now >= Date.parse(entry.session.expiresAt) ||
        now - Date.parse(entry.session.lastSeenAt) > idleSeconds * 1000;
      if (expired) {
        entries.delete(id);
        return null;
      }
      return entry.session;
    },
    set(session: SessionRecord): void {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(session.id, { session, cachedAt: Date.now() });
    },
    /** Records a request on a cached session (its `last_seen_at` was just written), keeping its age. */
    seen(id: string): SessionRecord | null {
      const entry = entries.get(id);
      if (!entry) return null;
      entry.session = { ...entry.session, lastSeenAt: new Date().toISOString() };
      return entry.session;
    },
    forget(id: string): void {
      entries.delete(id);
    },
    forgetUser(userId: string): void {
      for (const [id, entry] of entries) if (entry.session.user.id === userId) entries.delete(id);
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
