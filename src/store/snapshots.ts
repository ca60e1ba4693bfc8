/**
 * Momentopnames of one werkruimte: compressed backup documents, named and dated (schema.ts `snapshots`).
 * Every query is scoped by workspace id, so a snapshot of another werkruimte is simply not found. Lists and
 * single reads leave the contents out; only `content` reads them.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Snapshot, SnapshotCounts, SnapshotReason } from '../domain/index.ts';
import type { Db } from './db.ts';
import { isoTimestamp } from './paging.ts';
import { snapshots } from './schema.ts';

const META = {
  id: snapshots.id,
  workspaceId: snapshots.workspaceId,
  name: snapshots.name,
  reason: snapshots.reason,
  takenAt: snapshots.takenAt,
  createdBy: snapshots.createdBy,
  bytes: snapshots.bytes,
  counts: snapshots.counts,
};

type MetaRow = { [K in keyof typeof META]: (typeof snapshots.$inferSelect)[K] };

function toSnapshot(row: MetaRow): Snapshot {
  return {
    ...row,
    reason: row.reason as SnapshotReason,
    takenAt: isoTimestamp(row.takenAt),
    counts: row.counts as SnapshotCounts,
  };
}

/**
 * Makes the rest of the calling transaction read one committed state (the first statement of it): a
 * snapshot reads a dozen tables, and on a server another transaction may commit between two of the reads.
 */
export async function readOneMoment(db: Db): Promise<void> {
  await db.execute(sql`set transaction isolation level repeatable read`);
}

export async function insert(
  db: Db,
  input: {
    workspaceId: string;
    name: string;
    reason: SnapshotReason;
    sourceId: string | null;
    createdBy: string | null;
    counts: SnapshotCounts;
    content: Uint8Array;
  },
): Promise<Snapshot> {
  const [row] = await db
    .insert(snapshots)
    .values({ ...input, bytes: input.content.byteLength })
    .returning(META);
  if (!row) throw new Error('snapshot not stored');
  return toSnapshot(row);
}

/** Newest first; without their contents. */
export async function list(db: Db, workspaceId: string): Promise<Snapshot[]> {
  const rows = await db
    .select(META)
    .from(snapshots)
    .where(eq(snapshots.workspaceId, workspaceId))
    .orderBy(desc(snapshots.takenAt), desc(snapshots.id));
  return rows.map(toSnapshot);
}

export async function get(db: Db, workspaceId: string, id: string): Promise<Snapshot | null> {
  const [row] = await db
    .select(META)
    .from(snapshots)
    .where(and(eq(snapshots.workspaceId, workspaceId), eq(snapshots.id, id)));
  return row ? toSnapshot(row) : null;
}

/** The compressed document of one snapshot. */
export async function content(db: Db, workspaceId: string, id: string): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ content: snapshots.content })
    .from(snapshots)
    .where(and(eq(snapshots.workspaceId, workspaceId), eq(snapshots.id, id)));
  return row?.content ?? null;
}

/** The snapshot a closing uitvraag or bijeenkomst made, if any (one per closing). */
export async function bySource(db: Db, workspaceId: string, sourceId: string): Promise<Snapshot | null> {
  const [row] = await db
    .select(META)
    .from(snapshots)
    .where(and(eq(snapshots.workspaceId, workspaceId), eq(snapshots.sourceId, sourceId)));
  return row ? toSnapshot(row) : null;
}

export async function remove(db: Db, workspaceId: string, id: string): Promise<Snapshot | null> {
  const [row] = await db
    .delete(snapshots)
    .where(and(eq(snapshots.workspaceId, workspaceId), eq(snapshots.id, id)))
    .returning(META);
  return row ? toSnapshot(row) : null;
}
