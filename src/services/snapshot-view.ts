/**
 * A momentopname as the web app draws it: the werkruimte, its spelers (with their profiles as they were),
 * its relaties in the shape of the live map (store/graph.ts) and the saved map positions of that moment.
 * Read-only by nature: a snapshot never changes.
 */
import type { GraphRelation, Layout, Positions, Snapshot, Workspace } from '../domain/index.ts';
import type { Backup } from '../formats/index.ts';
import type { Store } from '../store/index.ts';
import { mapOfDocument } from './snapshot-diff.ts';
import { getSnapshot, snapshotDocument } from './snapshots.ts';

export interface SnapshotView {
  snapshot: Snapshot;
  /** The werkruimte with the name, gemeente, wijken and description it had then. */
  workspace: Workspace;
  actors: Backup['actors'];
  relations: GraphRelation[];
  layouts: Partial<Record<Layout, Positions>>;
}

export async function viewSnapshot(
  store: Store,
  workspace: Workspace,
  snapshotId: string,
): Promise<SnapshotView> {
  const snapshot = await getSnapshot(store, workspace.id, snapshotId);
  const document = await snapshotDocument(store, workspace.id, snapshot.id);
  return {
    snapshot,
    workspace: { ...workspace, ...document.workspace },
    actors: document.actors,
    relations: mapOfDocument(document).relations,
    layouts: document.layouts,
  };
}
