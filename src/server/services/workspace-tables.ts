/**
 * A werkruimte as the two tables of a spreadsheet (spelers, relaties), for the CSV export of the API and
 * the CLI.
 */
import type { Workspace } from '../../domain/index.ts';
import { type RelatieRow, type SpelerRow, writeRelatiesCsv, writeSpelersCsv } from '../../formats/index.ts';
import type { Store } from '../../store/index.ts';

export const TABLES = ['spelers', 'relaties'] as const;
export type Table = (typeof TABLES)[number];

export async function exportCsv(store: Store, workspace: Workspace, table: Table): Promise<string> {
  const spelers: SpelerRow[] = await store.actors.listAll(workspace.id);
  if (table === 'spelers') return writeSpelersCsv(spelers);
  const relaties: RelatieRow[] = (await store.relations.listAll(workspace.id)).map((relation) => ({
    ...relation,
    source: relation.sourceId,
    target: relation.targetId,
  }));
  return writeRelatiesCsv(relaties, spelers);
}
