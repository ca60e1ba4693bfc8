/**
 * Momentopnames: a named, dated, immutable copy of a whole werkruimte — its backup document
 * (formats/json-backup), gzip-compressed in the database. Taken by hand, when an uitvraag or a bijeenkomst
 * closes, or on a schedule; read back as the document it was (to view the map, register and diagnosis of
 * that moment, to download as a backup, to compare with another moment). Deleting one is the eigenaar's and
 * is recorded in the history.
 */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import {
  NotFoundError,
  SNAPSHOT_NAME_MAX,
  type Snapshot,
  type SnapshotCounts,
  type SnapshotReason,
  type Workspace,
} from '../domain/index.ts';
import type { Backup } from '../formats/index.ts';
import type { Store, TransactionStore } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';
import { exportBackup } from './workspace-backup.ts';

const compress = promisify(gzip);
const decompress = promisify(gunzip);

function countsOf(document: Backup): SnapshotCounts {
  return {
    actors: document.actors.length,
    relations: document.relations.length,
    perspectives: document.perspectives.length,
    assessments: document.assessments.length,
    topics: document.topics.length,
    positions: document.positions.length,
  };
}

/**
 * Takes a snapshot inside the caller's transaction (the closing of an uitvraag or a bijeenkomst takes one
 * with its own change). The whole werkruimte is read in that transaction, so the copy is of one moment.
 */
export async function takeSnapshotInTransaction(
  tx: TransactionStore,
  author: Author,
  workspace: Workspace,
  input: { name: string; reason: SnapshotReason; sourceId?: string | null },
  now = new Date(),
): Promise<Snapshot> {
  const document = await exportBackup(tx, workspace, now);
  const content = await compress(JSON.stringify(document));
  const snapshot = await tx.snapshots.insert({
    workspaceId: workspace.id,
    name: input.name,
    reason: input.reason,
    sourceId: input.sourceId ?? null,
    createdBy: author.userId,
    counts: countsOf(document),
    content,
  });
  await recordChange(tx, author, {
    workspaceId: workspace.id,
    action: 'snapshot.create',
    entityType: 'snapshot',
    entityId: snapshot.id,
    before: null,
    after: {
      name: snapshot.name,
      reason: snapshot.reason,
      takenAt: snapshot.takenAt,
      counts: snapshot.counts,
    },
  });
  return snapshot;
}

/** Snapshot names of a closing: "Na bijeenkomst <name>", cut to the longest name a snapshot may have. */
function closingName(prefix: string, name: string): string {
  return `${prefix} ${name}`.slice(0, SNAPSHOT_NAME_MAX).trim();
}

/**
 * The snapshot an uitvraag or a bijeenkomst takes as it closes, inside the closing's transaction: what the
 * werkruimte was once everyone had their say. Not an event of its own in the history: the closing is, and
 * the snapshot names it (`reason`, `sourceId`).
 */
export async function snapshotAtClosing(
  tx: TransactionStore,
  workspaceId: string,
  closing: { kind: 'survey' | 'meeting'; id: string; name: string },
): Promise<Snapshot> {
  const workspace = await tx.workspaces.get(workspaceId);
  if (!workspace) throw new NotFoundError('workspace', workspaceId);
  return storeDocumentAsSnapshot(tx, workspaceId, await exportBackup(tx, workspace), {
    name: closingName(closing.kind === 'survey' ? 'Na uitvraag' : 'Na bijeenkomst', closing.name),
    reason: closing.kind,
    sourceId: closing.id,
  });
}

/**
 * Stores a backup document as a snapshot without an event of its own (a closing's, or the demo's: their
 * own event is the history's).
 */
export async function storeDocumentAsSnapshot(
  tx: TransactionStore,
  workspaceId: string,
  document: Backup,
  input: { name: string; reason: SnapshotReason; sourceId?: string | null; takenAt?: string },
): Promise<Snapshot> {
  return tx.snapshots.insert({
    workspaceId,
    name: input.name,
    reason: input.reason,
    sourceId: input.sourceId ?? null,
    createdBy: null,
    counts: countsOf(document),
    content: await compress(JSON.stringify(document)),
    ...(input.takenAt ? { takenAt: input.takenAt } : {}),
  });
}

export function takeSnapshot(
  store: Store,
  author: Author,
  workspace: Workspace,
  input: { name: string; reason?: SnapshotReason; sourceId?: string | null },
): Promise<Snapshot> {
  return store.transaction(async (tx) => {
    // One moment: on a server, every statement of the read must see the same committed state.
    await tx.snapshots.readOneMoment();
    return takeSnapshotInTransaction(tx, author, workspace, { reason: 'manual', ...input });
  });
}

export function listSnapshots(store: Store, workspaceId: string): Promise<Snapshot[]> {
  return store.snapshots.list(workspaceId);
}

export async function getSnapshot(store: Store, workspaceId: string, snapshotId: string): Promise<Snapshot> {
  const snapshot = await store.snapshots.get(workspaceId, snapshotId);
  if (!snapshot) throw new NotFoundError('snapshot', snapshotId);
  return snapshot;
}

/** The backup document a snapshot holds, as it was taken. */
export async function snapshotDocument(
  store: Pick<Store, 'snapshots'>,
  workspaceId: string,
  snapshotId: string,
): Promise<Backup> {
  const content = await store.snapshots.content(workspaceId, snapshotId);
  if (!content) throw new NotFoundError('snapshot', snapshotId);
  return JSON.parse((await decompress(content)).toString('utf8')) as Backup;
}

/** The snapshot's document as the backup file it is (already JSON: no parse and print again). */
export async function snapshotBackupText(
  store: Pick<Store, 'snapshots'>,
  workspaceId: string,
  snapshotId: string,
): Promise<string> {
  const content = await store.snapshots.content(workspaceId, snapshotId);
  if (!content) throw new NotFoundError('snapshot', snapshotId);
  return (await decompress(content)).toString('utf8');
}

export function deleteSnapshot(
  store: Store,
  author: Author,
  workspaceId: string,
  snapshotId: string,
): Promise<void> {
  return store.transaction(async (tx) => {
    const removed = await tx.snapshots.remove(workspaceId, snapshotId);
    if (!removed) throw new NotFoundError('snapshot', snapshotId);
    await recordChange(tx, author, {
      workspaceId,
      action: 'snapshot.delete',
      entityType: 'snapshot',
      entityId: snapshotId,
      before: {
        name: removed.name,
        reason: removed.reason,
        takenAt: removed.takenAt,
        counts: removed.counts,
      },
      after: null,
    });
  });
}
