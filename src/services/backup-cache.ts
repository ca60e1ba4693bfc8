/**
 * Exports of one version of a werkruimte share one load of its backup. On embedded PGlite the database
 * runs on the event loop: loading 10,000 spelers and 50,000 relaties holds it for over a second, so six
 * exports of a large map at once stalled every other request for seconds. A version is the werkruimte's
 * change counter (its newest audit event id, read by the access check), so a kept backup can never be
 * stale; the newest few are kept for a minute, long enough for queued exports of the same map.
 */
import type { Workspace } from '../domain/index.ts';
import type { Backup } from '../formats/index.ts';
import type { Store } from '../store/index.ts';
import { exportBackup } from './workspace-backup.ts';

const KEEP_MS = 60_000;
const KEEP_COUNT = 2;

export function createBackupCache(store: Store) {
  const entries = new Map<string, { backup: Promise<Backup>; until: number }>();
  return {
    /** The backup of `workspace` as of change `changeId`, loaded once for everyone who asks. */
    load(workspace: Workspace, changeId: number): Promise<Backup> {
      const now = Date.now();
      for (const [key, entry] of entries) if (entry.until < now) entries.delete(key);
      const key = `${workspace.id}:${changeId}`;
      const kept = entries.get(key);
      if (kept) return kept.backup;
      const backup = exportBackup(store, workspace);
      entries.set(key, { backup, until: now + KEEP_MS });
      backup.catch(() => entries.delete(key));
      while (entries.size > KEEP_COUNT) entries.delete(entries.keys().next().value as string);
      return backup;
    },
  };
}

export type BackupCache = ReturnType<typeof createBackupCache>;
