/**
 * A werkruimte as the two tables of a spreadsheet (spelers, relaties), for the CSV export of the API and
 * the CLI. Built from the backup the export service has already loaded, so each table costs no extra
 * database round trip.
 */
import { type Backup, type RelatieRow, writeRelatiesCsv, writeSpelersCsv } from '../formats/index.ts';

export const TABLES = ['spelers', 'relaties'] as const;
export type Table = (typeof TABLES)[number];

export function exportCsv(backup: Pick<Backup, 'actors' | 'relations'>, table: Table): string {
  if (table === 'spelers') return writeSpelersCsv(backup.actors);
  const relaties: RelatieRow[] = backup.relations.map((relation) => ({
    ...relation,
    source: relation.sourceId,
    target: relation.targetId,
  }));
  return writeRelatiesCsv(relaties, backup.actors);
}
