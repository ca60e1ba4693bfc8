/**
 * The server data of one werkruimte through the query cache: the whole graph (for the map, registers and
 * diagnosis) and the werkruimte with the user's own role. `changed()` is what every write calls afterwards.
 */
import { useMemo } from 'react';
import * as contract from '../../../../contract/index.ts';
import { roleAllows } from '../../../../domain/index.ts';
import { useEndpoint, useInvalidateWorkspace } from '../../../api/queries.ts';

/**
 * @param perspective '' for the map as stored, 'all' or a perspective id for the map as they see it
 *   (`view`); the stored map (`data`) is always loaded too, for the registers and panels.
 * @param beside a second perspective's id for a map beside the first (`besideView`), or ''.
 */
export function useWorkspaceData(workspaceId: string, perspective = '', beside = '') {
  const params = useMemo(() => ({ workspaceId }), [workspaceId]);
  const graph = useEndpoint(contract.graph.getGraph, { params });
  // Without a perspective this is the same cache entry as `graph`: no second request.
  const view = useEndpoint(contract.graph.getGraph, {
    params,
    query: perspective ? { perspective: [perspective] } : {},
  });
  const besideView = useEndpoint(contract.graph.getGraph, {
    params,
    query: beside ? { perspective: [beside] } : {},
  });
  const workspace = useEndpoint(contract.workspaces.getWorkspace, { params });
  const changed = useInvalidateWorkspace(workspaceId);
  const role = workspace.data?.role ?? null;
  return {
    data: graph.data ?? null,
    /** The map as the chosen perspective sees it; the stored map while it loads. */
    view: view.data ?? graph.data ?? null,
    /** `view` is the chosen perspective's own answer (not the stored map standing in while it loads). */
    viewReady: !perspective || view.data !== undefined,
    /** The map beside the first, as its perspective sees it; null without one or while it loads. */
    besideView: beside ? (besideView.data ?? null) : null,
    role,
    canEdit: role !== null && roleAllows(role, 'edit'),
    error: graph.error ?? workspace.error ?? null,
    changed,
  };
}
