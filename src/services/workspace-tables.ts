/**
 * A werkruimte as the two tables of a spreadsheet (spelers, relaties), for the CSV export of the API and
 * the CLI. Built from the backup the export service has already loaded, so each table costs no extra
 * database round trip. CSV carries no claims (perspectives, assessments, vraagstukken, positions): those
 * travel in XLSX, JSON, GEXF and GraphML.
 */
import type { Table } from '../domain/index.ts';
import { type Backup, type RelationRow, writeActorsCsv, writeRelationsCsv } from '../formats/index.ts';

export function exportCsv(backup: Pick<Backup, 'actors' | 'relations'>, table: Table): string {
  if (table === 'spelers') return writeActorsCsv(backup.actors);
  const relaties: RelationRow[] = backup.relations.map((relation) => ({
    ...relation,
    source: relation.sourceId,
    target: relation.targetId,
  }));
  return writeRelationsCsv(relaties, backup.actors);
}
