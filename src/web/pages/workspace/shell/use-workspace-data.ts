/**
 * The server data of one werkruimte through the query cache: the whole graph (for the map, registers and
 * diagnosis) and the werkruimte with the user's own role. `changed()` is what every write calls afterwards.
 */
import { useMemo } from 'react';
import * as contract from '../../../../contract/index.ts';
import { roleAllows } from '../../../../domain/index.ts';
import { useEndpoint, useInvalidateWorkspace } from '../../../api/queries.ts';

export function useWorkspaceData(workspaceId: string) {
  const params = useMemo(() => ({ workspaceId }), [workspaceId]);
  const graph = useEndpoint(contract.graph.getGraph, { params });
  const workspace = useEndpoint(contract.workspaces.getWorkspace, { params });
  const changed = useInvalidateWorkspace(workspaceId);
  const role = workspace.data?.role ?? null;
  return {
    data: graph.data ?? null,
    role,
    canEdit: role !== null && roleAllows(role, 'edit'),
    error: graph.error ?? workspace.error ?? null,
    changed,
  };
}
