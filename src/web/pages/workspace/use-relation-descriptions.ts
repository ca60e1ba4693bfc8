/**
 * The descriptions of a werkruimte's relaties, for the relaties register. The map's graph leaves them out
 * (it carries only what the map and the analysis need), so the register reads them from the relaties list,
 * 500 a request, in the background: the table works at once and fills the column when they arrive. Through
 * the query cache, so a write to the werkruimte (which invalidates it) reads them again.
 */
import { useQuery } from '@tanstack/react-query';
import * as contract from '../../../contract/index.ts';
import { call } from '../../api/client.ts';
import { queryKeyOf } from '../../api/queries.ts';

const PAGE_SIZE = 500;
const NONE: ReadonlyMap<string, string> = new Map();

async function allDescriptions(workspaceId: string, signal: AbortSignal): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let page = 1; !signal.aborted; page += 1) {
    const result = await call(contract.relations.listRelations, {
      params: { workspaceId },
      query: { page, pageSize: PAGE_SIZE },
    });
    for (const relation of result.items) found.set(relation.id, relation.description);
    if (page >= result.totalPages) break;
  }
  return found;
}

export function useRelationDescriptions(workspaceId: string): ReadonlyMap<string, string> {
  const query = useQuery({
    // The list endpoint's key with a marker: all pages at once, not one page of the list.
    queryKey: [...queryKeyOf(contract.relations.listRelations, { params: { workspaceId } }), 'descriptions'],
    queryFn: ({ signal }) => allDescriptions(workspaceId, signal),
  });
  // Without descriptions the register still works; the column then stays empty.
  return query.data ?? NONE;
}
