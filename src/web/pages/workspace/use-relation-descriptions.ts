/**
 * The descriptions of a werkruimte's relaties, for the relaties register. The map's graph leaves them out
 * (it carries only what the map and the analysis need), so the register reads them from the relaties list,
 * 500 a request, in the background: the table works at once and fills the column as pages arrive. It reads
 * again when the map changes (`refreshKey`), and stops when the register closes.
 */
import { useEffect, useState } from 'react';
import * as contract from '../../../contract/index.ts';
import { call } from '../../api/client.ts';

const PAGE_SIZE = 500;

export function useRelationDescriptions(
  workspaceId: string,
  refreshKey: unknown,
): ReadonlyMap<string, string> {
  const [descriptions, setDescriptions] = useState<ReadonlyMap<string, string>>(new Map());

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` is a trigger: read again after every change.
  useEffect(() => {
    let current = true;
    const found = new Map<string, string>();
    async function load() {
      for (let page = 1; current; page += 1) {
        const result = await call(contract.relations.listRelations, {
          params: { workspaceId },
          query: { page, pageSize: PAGE_SIZE },
        });
        for (const relation of result.items) found.set(relation.id, relation.description);
        if (current) setDescriptions(new Map(found));
        if (page >= result.totalPages) break;
      }
    }
    // Without descriptions the register still works; the column then stays empty.
    load().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [workspaceId, refreshKey]);

  return descriptions;
}
