/**
 * Runs the check for scheduled momentopnames (services/snapshot-schedule.ts) when the server starts and
 * then every hour: a due date is a day, so an hour late is on time, and a server that was down on the day
 * takes it at its next start. The timer does not keep the process alive; stopping waits for a check under
 * way, so the database is not closed beneath it. Several app servers may all run it (the service claims
 * each momentopname once). `KRACHTENVELD_SNAPSHOT_SCHEDULE=off` keeps a server from running it.
 */
import type { FastifyBaseLogger } from 'fastify';
import { takeScheduledSnapshots } from '../services/index.ts';
import type { Store } from '../store/index.ts';

export const SNAPSHOT_SCHEDULE_CHECK_MS = 60 * 60_000;

export interface SnapshotScheduleOptions {
  /** The clock; tests stand on the day they need. */
  now?: () => Date;
  intervalMs?: number;
}

/** Starts the checks; returns the stop. */
export function keepSnapshotSchedule(
  store: Store,
  log: FastifyBaseLogger,
  { now = () => new Date(), intervalMs = SNAPSHOT_SCHEDULE_CHECK_MS }: SnapshotScheduleOptions = {},
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const check = async () => {
    try {
      const { taken, failed } = await takeScheduledSnapshots(store, now());
      for (const snapshot of taken)
        log.info(`scheduled momentopname "${snapshot.name}" taken in werkruimte ${snapshot.workspaceId}`);
      for (const { workspaceId, error } of failed)
        log.error({ err: error }, `scheduled momentopname of werkruimte ${workspaceId} failed`);
    } catch (error) {
      log.error({ err: error }, 'checking scheduled momentopnames failed');
    }
  };
  const run = () => {
    // A check still under way (a slow database) makes this one unnecessary: it sees the same due dates.
    if (running || stopped) return;
    running = check().finally(() => {
      running = null;
    });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    return running ?? Promise.resolve();
  };
}
