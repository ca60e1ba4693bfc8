/**
 * The scheduled momentopnames: for every werkruimte whose schedule has a period due
 * (domain/snapshot-schedule.ts), one momentopname with reason `schedule`, named after the period
 * ("Jaarlijkse momentopname 2027"), taken by Krachtenveld itself and recorded in the history. The server
 * runs this on start and every hour (server/snapshot-schedule.ts); the clock is passed in, so tests can
 * stand on any day.
 *
 * Several app servers on one PostgreSQL may run it at once: each due period is claimed in the same
 * transaction that takes its momentopname (`workspaces.claimScheduledSnapshot`, a compare-and-set on the
 * werkruimte's row), so only one server takes it; the others find it claimed, or fail to serialise, and
 * skip it.
 */
import { dueScheduledSnapshot, type Snapshot } from '../domain/index.ts';
import { isSerializationFailure, type ScheduledWorkspace, type Store } from '../store/index.ts';
import { SYSTEM_AUTHOR } from './author.ts';
import { takeSnapshotInTransaction } from './snapshots.ts';

export interface ScheduledSnapshotsRun {
  taken: Snapshot[];
  /** Werkruimtes whose momentopname failed; the next check tries again (nothing was claimed). */
  failed: { workspaceId: string; error: unknown }[];
}

export async function takeScheduledSnapshots(
  store: Store,
  now: Date = new Date(),
): Promise<ScheduledSnapshotsRun> {
  const run: ScheduledSnapshotsRun = { taken: [], failed: [] };
  for (const scheduled of await store.workspaces.withSnapshotSchedule()) {
    const due = dueScheduledSnapshot(scheduled.schedule, {
      now,
      countsFrom: new Date(scheduled.countsFrom),
    });
    if (!due) continue;
    // One werkruimte's failure must not keep the others from theirs.
    try {
      const snapshot = await takeClaimed(store, scheduled, due.name, now);
      if (snapshot) run.taken.push(snapshot);
    } catch (error) {
      if (!isSerializationFailure(error)) run.failed.push({ workspaceId: scheduled.id, error });
    }
  }
  return run;
}

/** Claims the due period and takes its momentopname, in one transaction; null when another got it. */
function takeClaimed(
  store: Store,
  scheduled: ScheduledWorkspace,
  name: string,
  now: Date,
): Promise<Snapshot | null> {
  return store.transaction(async (tx) => {
    // First statement: the whole copy is of one committed moment (see takeSnapshot).
    await tx.snapshots.readOneMoment();
    if (!(await tx.workspaces.claimScheduledSnapshot(scheduled, now))) return null;
    const workspace = await tx.workspaces.get(scheduled.id);
    if (!workspace) return null;
    return takeSnapshotInTransaction(tx, SYSTEM_AUTHOR, workspace, { name, reason: 'schedule' });
  });
}
