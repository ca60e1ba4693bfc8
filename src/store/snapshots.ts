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

/**
 * Stores a snapshot. The contents travel as hex text that Node writes natively and the database decodes:
 * PGlite's own encoding of a Uint8Array parameter took 0.8 s for a 3.7 MB snapshot.
 */
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
    /** When it was taken; now when absent (the demo's earlier moment is dated back). */
    takenAt?: string;
  },
): Promise<Snapshot> {
  const hex = Buffer.from(input.content.buffer, input.content.byteOffset, input.content.byteLength).toString(
    'hex',
  );
  const result = (await db.execute(
    sql`insert into snapshots (workspace_id, name, reason, source_id, created_by, counts, bytes, content, taken_at)
        values (${input.workspaceId}, ${input.name}, ${input.reason}, ${input.sourceId}, ${input.createdBy},
                ${JSON.stringify(input.counts)}::jsonb, ${input.content.byteLength}, decode(${hex}, 'hex'),
                coalesce(${input.takenAt ?? null}::timestamptz, now()))
        returning id, workspace_id as "workspaceId", name, reason, taken_at as "takenAt",
                  created_by as "createdBy", bytes, counts`,
  )) as unknown as { rows: MetaRow[] };
  const [row] = result.rows;
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

/**
 * The compressed document of one snapshot. Read as hex text and decoded by Node: PGlite's own decoding of
 * a bytea result took a third of a second for 3.7 MB.
 */
export async function content(db: Db, workspaceId: string, id: string): Promise<Uint8Array | null> {
  const result = (await db.execute(
    sql`select encode(content, 'hex') as hex from snapshots where workspace_id = ${workspaceId} and id = ${id}`,
  )) as unknown as { rows: { hex: string }[] };
  const hex = result.rows[0]?.hex;
  return hex === undefined ? null : Buffer.from(hex, 'hex');
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
