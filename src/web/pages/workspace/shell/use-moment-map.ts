/**
 * Time on the werkruimte screen: the momentopname the map shows instead of now (`moment`), and what changed
 * since an earlier one (`since`): the server's diff of the two moments marks spelers and relaties new, gone
 * or changed (map/moment-changes.ts). Nothing is asked without either. A snapshot never changes, so its
 * answers stay cached; "now" is the live graph the screen already has.
 */
import { useMemo } from 'react';
import type { EndpointOutput } from '../../../../contract/index.ts';
import * as contract from '../../../../contract/index.ts';
import type { Layout, Positions, Snapshot, WorkspaceGraph } from '../../../../domain/index.ts';
import { useOptionalEndpoint } from '../../../api/queries.ts';
import { changeMarksOf, type MomentChanges, mapWithGone } from '../../../map/moment-changes.ts';

type SnapshotGraph = EndpointOutput<typeof contract.snapshots.viewSnapshot>;

export interface MomentMap {
  /** The moment shown instead of now, once loaded; null for now. */
  moment: SnapshotGraph | null;
  /** The earlier moment whose changes are coloured, once loaded. */
  since: Snapshot | null;
  /** The spelers and relaties marked new, gone or changed since `since`; null without one or while loading. */
  changes: MomentChanges | null;
  /** The graph to draw: the moment (or now) with what went since `since` put back. */
  mapData: WorkspaceGraph | null;
  /** Saved map positions of the moments shown, for spelers the live layout does not place. */
  positionsOf(layout: Layout): Positions;
  /** A moment or its changes are asked for and still loading. */
  loading: boolean;
  error: Error | null;
}

/**
 * @param live the werkruimte as it is now (the stored map), null while it loads.
 * @param momentId the snapshot shown instead of now, or ''.
 * @param sinceId the earlier snapshot whose changes are coloured, or ''.
 */
export function useMomentMap(
  workspaceId: string,
  live: WorkspaceGraph | null,
  momentId: string,
  sinceId: string,
): MomentMap {
  const momentGraph = useOptionalEndpoint(
    contract.snapshots.viewSnapshot,
    momentId ? { params: { workspaceId, snapshotId: momentId } } : null,
  );
  const sinceGraph = useOptionalEndpoint(
    contract.snapshots.viewSnapshot,
    sinceId ? { params: { workspaceId, snapshotId: sinceId } } : null,
  );
  const diff = useOptionalEndpoint(
    contract.snapshots.diffWorkspace,
    sinceId ? { params: { workspaceId }, query: { from: sinceId, to: momentId || 'now' } } : null,
  );

  const moment = momentId ? (momentGraph.data ?? null) : null;
  const shown = momentId ? moment : live;
  const changes = useMemo(
    () => (sinceId && diff.data ? changeMarksOf(diff.data.changes) : null),
    [sinceId, diff.data],
  );
  const mapData = useMemo(() => {
    if (!shown) return null;
    if (!sinceId) return shown;
    if (!changes || !sinceGraph.data) return null;
    return mapWithGone(shown, sinceGraph.data, changes);
  }, [shown, sinceId, changes, sinceGraph.data]);

  const positionsOf = useMemo(() => {
    const layouts = [sinceGraph.data?.layouts, moment?.layouts];
    return (layout: Layout): Positions => Object.assign({}, ...layouts.map((saved) => saved?.[layout] ?? {}));
  }, [sinceGraph.data, moment]);

  const asked = [momentId ? momentGraph : null, sinceId ? sinceGraph : null, sinceId ? diff : null].filter(
    (query) => query !== null,
  );
  return {
    moment,
    since: sinceGraph.data?.snapshot ?? null,
    changes,
    mapData,
    positionsOf,
    loading: asked.some((query) => query.isPending),
    error: asked.find((query) => query.error)?.error ?? null,
  };
}
