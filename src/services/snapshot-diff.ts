/**
 * What changed between two moments of a werkruimte: two snapshots, or a snapshot and now. Both moments are
 * backup documents ("now" is the live werkruimte exported the same way), compared record by record
 * (formats/json-backup/diff.ts), and each gets the same diagnosis as the Diagnose panel computes for a map
 * as stored, so the change of every index can be said in words (analysis/index-change.ts).
 */
import {
  DEFAULT_GROUPING,
  describeIndexChanges,
  type IndexCard,
  type IndexChange,
  type Locale,
} from '../analysis/index.ts';
import {
  type BackupDiff,
  type GraphActor,
  type GraphRelation,
  type Snapshot,
  ValidationError,
  type Workspace,
} from '../domain/index.ts';
import { type Backup, diffBackups } from '../formats/index.ts';
import type { Store } from '../store/index.ts';
import type { AnalysisRunner, MapData } from './analysis-compute.ts';
import { getSnapshot, snapshotDocument } from './snapshots.ts';
import { exportBackup } from './workspace-backup.ts';

/** One end of a comparison: a snapshot, or the werkruimte as it is now (snapshot null). */
export interface Moment {
  snapshot: Snapshot | null;
  at: string;
}

export interface MomentsDiff {
  from: Moment;
  to: Moment;
  changes: BackupDiff;
  indices: IndexChange[];
}

/** The spelers and relaties of a backup document in the live map's shape (store/graph.ts `loadGraph`). */
export function mapOfDocument(document: Backup): { actors: GraphActor[]; relations: GraphRelation[] } {
  const actors: GraphActor[] = document.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    force: actor.force,
    kind: actor.kind,
    domains: actor.domains,
    scale: actor.scale,
    wijken: actor.wijken,
    tags: actor.tags,
  }));
  const relations: GraphRelation[] = document.relations.map((relation) => ({
    id: relation.id,
    source: relation.sourceId,
    target: relation.targetId,
    type: relation.type,
    strength: relation.strength,
    validFrom: relation.validFrom ?? null,
    validTo: relation.validTo ?? null,
    ...(relation.claimedByEditors === false ? { claimedByEditors: false as const } : {}),
  }));
  return { actors, relations };
}

/** The map a backup document holds, as the diagnosis reads a stored map. */
export function graphOfDocument(document: Backup): MapData {
  return mapOfDocument(document) as unknown as MapData;
}

/** A moment with the document it holds. */
export interface MomentDocument {
  moment: Moment;
  document: Backup;
}

export async function momentOf(store: Store, workspace: Workspace, which: string): Promise<MomentDocument> {
  if (which === 'now') {
    const now = new Date();
    return {
      moment: { snapshot: null, at: now.toISOString() },
      document: await store.transaction(async (tx) => {
        await tx.snapshots.readOneMoment();
        return exportBackup(tx, workspace, now);
      }),
    };
  }
  const snapshot = await getSnapshot(store, workspace.id, which);
  return {
    moment: { snapshot, at: snapshot.takenAt },
    document: await snapshotDocument(store, workspace.id, snapshot.id),
  };
}

/**
 * Compares two moments of one werkruimte; `from` must be a snapshot, `to` a snapshot or `now`, and `from`
 * may not be later than `to`. A snapshot of another werkruimte is not found.
 */
export async function diffMoments(
  store: Store,
  runner: AnalysisRunner,
  workspace: Workspace,
  request: { from: string; to: string },
  locale: Locale = 'nl',
): Promise<MomentsDiff> {
  const from = await momentOf(store, workspace, request.from);
  const to = await momentOf(store, workspace, request.to);
  if (from.moment.at > to.moment.at) throw new ValidationError([{ path: 'from', code: 'from_after_to' }]);
  return diffMomentDocuments(runner, from, to, locale);
}

/**
 * Compares two moments already read. A caller that has diagnosed the later map as stored (the report)
 * passes that diagnosis' index cards, so the same map is not diagnosed twice.
 */
export async function diffMomentDocuments(
  runner: AnalysisRunner,
  from: MomentDocument,
  to: MomentDocument,
  locale: Locale,
  toIndices?: readonly IndexCard[],
): Promise<MomentsDiff> {
  const options = { grouping: DEFAULT_GROUPING };
  const [before, after] = await Promise.all([
    runner.diagnose(graphOfDocument(from.document), options, locale).then((result) => result.indices),
    toIndices ??
      runner.diagnose(graphOfDocument(to.document), options, locale).then((result) => result.indices),
  ]);
  return {
    from: from.moment,
    to: to.moment,
    changes: diffBackups(from.document, to.document),
    indices: describeIndexChanges(before, after, options.grouping, locale),
  };
}
