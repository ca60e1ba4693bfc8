/**
 * CSV export: one file per table (`spelers`, `relaties`), with `;` as separator and a UTF-8 byte-order
 * mark, which is what Excel in a Dutch locale opens correctly by double-click; every cell neutralised
 * against formula injection. csv-stringify does the quoting; it quotes the separator, quotes and the record
 * delimiter (CRLF) by itself, but a bare LF or CR must be quoted too: the web form's text areas send bare
 * LF, and unquoted it starts a new row in every reader, whose first cell (`@SUM(1+1)`) has no apostrophe.
 */
import { stringify } from 'csv-stringify/sync';
import { ACTOR_COLUMNS, type ActorRow, type Column, type RelationRow, relationColumns } from './columns.ts';
import { neutralise } from './neutralise.ts';

function table<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  return stringify(
    [
      columns.map((column) => column.header),
      ...rows.map((row) => columns.map((column) => neutralise(column.cell(row)))),
    ],
    { delimiter: ';', bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

export function writeActorsCsv(spelers: readonly ActorRow[]): string {
  return table(ACTOR_COLUMNS, spelers);
}

export function writeRelationsCsv(relaties: readonly RelationRow[], spelers: readonly ActorRow[]): string {
  const names = new Map(spelers.map((speler) => [speler.id, speler.name]));
  return table(
    relationColumns((id) => names.get(id) ?? id),
    relaties,
  );
}
