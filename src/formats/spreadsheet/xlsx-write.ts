/**
 * XLSX export and the two import templates. A workbook has the sheets `spelers` and `relaties` (bold
 * header in row 1, the explanation of each column in row 2 — grey italics — both frozen, data from row 3),
 * `werkruimte` (naam, gemeente, wijken, omschrijving as key/value rows) and a hidden `lijsten` sheet with
 * the vocabularies, which the choice lists for kracht, soort, schaal and relatietype point at; sterkte only
 * takes a whole number from 1 to 5. The validations reach row 10,000 or the last row, whichever is lower
 * down, so a filled-in template keeps them. Every text cell is neutralised like a CSV cell: XLSX strings
 * are never formulas, but users save the sheet as CSV. Map positions are not part of a spreadsheet.
 * Line breaks stay as written: an XML parser turns a raw CR or CRLF into LF, so CR is written as the
 * OOXML escape `_x000D_` (which Excel and LibreOffice decode, and exceljs in shared strings — hence the
 * shared-strings table rather than inline strings), and text that happens to look like such an escape
 * gets its `_` escaped as `_x005F_`.
 *
 * The templates hold no example row: row 2 explains each column with an example, and the import skips it,
 * so an untouched template imports as nothing at all. The CSV template is the header and explanation row
 * in the same shape as the CSV export (`;`, BOM, CRLF).
 *
 * exceljs's streaming writer is used: it zips with Node's zlib and keeps no cell objects, so 10,000 spelers
 * and 50,000 relaties take under 3 s and 300 MB, against 5 s and 1.5 GB for its in-memory workbook.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import {
  ACTOR_KINDS,
  DOMAINS,
  FORCES,
  RELATION_TYPES,
  SCALES,
  STRENGTH_MAX,
  STRENGTH_MIN,
} from '../../domain/index.ts';
import type { Backup } from '../json-backup/schema.ts';
import {
  ACTOR_COLUMNS,
  type ActorRow,
  type Column,
  EXPLANATIONS,
  LIST_SEPARATOR,
  type RelationRow,
  relationColumns,
  type TableKind,
} from './columns.ts';
import { neutralise } from './neutralise.ts';

/** Text as an XLSX string cell keeps it: neutralised, CR and escape look-alikes escaped (see above). */
export function xlsxText(value: string): string {
  return neutralise(value)
    .replace(/_(?=x[0-9a-fA-F]{4}_)/g, '_x005F_')
    .replace(/\r/g, '_x000D_');
}

import { WORKSPACE_ROWS } from './sheet-rows.ts';

type Workbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
type Worksheet = ReturnType<Workbook['addWorksheet']>;
/** exceljs keeps a sheet's validations by address; its types leave the collection out. */
type WithValidations = {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

const VALIDATED_ROWS = 10_000;
const FIRST_DATA_ROW = 3;
const EXPLANATION_FONT = { italic: true, color: { argb: 'FF595959' } };

/** The vocabularies on the `lijsten` sheet, one per column, under their header. */
const LISTS: { header: string; values: readonly string[] }[] = [
  { header: 'kracht', values: FORCES },
  { header: 'soort', values: ACTOR_KINDS },
  { header: 'domeinen', values: DOMAINS },
  { header: 'schaal', values: SCALES },
  { header: 'relatietype', values: RELATION_TYPES },
];

const WIDTHS: Record<string, number> = {
  id: 38,
  van_id: 38,
  naar_id: 38,
  naam: 32,
  van: 32,
  naar: 32,
  kracht: 14,
  soort: 16,
  domeinen: 36,
  schaal: 12,
  relatietype: 20,
  sterkte: 10,
  geldig_vanaf: 14,
  geldig_tot: 14,
};

export function writeXlsx(backup: Omit<Backup, 'format'>): Promise<Uint8Array> {
  const names = new Map(backup.actors.map((actor) => [actor.id, actor.name]));
  const relaties: RelationRow[] = backup.relations.map(({ sourceId, targetId, ...relation }) => ({
    ...relation,
    source: sourceId,
    target: targetId,
  }));
  return build(backup.workspace, backup.actors, relaties, (id) => names.get(id) ?? id);
}

/** The empty XLSX template: headers, explanations, choice lists. */
export function writeXlsxTemplate(): Promise<Uint8Array> {
  return build(undefined, [], [], (id) => id);
}

/** The CSV template of one table: its header and explanation row, shaped like the CSV export. */
export function writeCsvTemplate(table: TableKind): string {
  const columns = table === 'spelers' ? ACTOR_COLUMNS : relationColumns((id) => id);
  return stringify(
    [
      columns.map((column) => column.header),
      columns.map((column) => EXPLANATIONS[table][column.header] ?? ''),
    ],
    { delimiter: ';', bom: true, record_delimiter: 'windows' },
  );
}

async function build(
  workspace: Backup['workspace'] | undefined,
  actors: readonly ActorRow[],
  relations: readonly RelationRow[],
  nameOf: (id: string) => string,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: true });
  workbook.creator = 'Krachtenveld';
  const lastRow = (count: number) => Math.max(VALIDATED_ROWS, FIRST_DATA_ROW - 1 + count);

  const actorSheet = table(workbook, 'spelers', ACTOR_COLUMNS, actors);
  validate(actorSheet, ACTOR_COLUMNS, 'kracht', list('kracht'), lastRow(actors.length));
  validate(actorSheet, ACTOR_COLUMNS, 'soort', list('soort'), lastRow(actors.length));
  validate(actorSheet, ACTOR_COLUMNS, 'schaal', list('schaal'), lastRow(actors.length));
  actorSheet.commit();

  const columns = relationColumns(nameOf);
  const relationSheet = table(workbook, 'relaties', columns, relations);
  validate(relationSheet, columns, 'relatietype', list('relatietype'), lastRow(relations.length));
  validate(relationSheet, columns, 'sterkte', strength(), lastRow(relations.length));
  relationSheet.commit();

  workspaceSheet(workbook, workspace);
  listSheet(workbook);
  await workbook.commit();
  return (workbook as unknown as { stream: { read(): Uint8Array } }).stream.read();
}

function table<Row>(
  workbook: Workbook,
  kind: TableKind,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
) {
  const sheet = workbook.addWorksheet(kind, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: FIRST_DATA_ROW - 1, topLeftCell: 'A3', activeCell: 'A3' }],
  });
  sheet.columns = columns.map((column) => ({ width: WIDTHS[column.header] ?? 40 }));
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.commit();
  const explanation = sheet.addRow(columns.map((column) => EXPLANATIONS[kind][column.header] ?? ''));
  explanation.font = EXPLANATION_FONT;
  explanation.alignment = { wrapText: true, vertical: 'top' };
  explanation.height = 80;
  explanation.commit();
  for (const row of rows) {
    sheet
      .addRow(
        columns.map((column) => {
          const value = column.cell(row);
          if (column.header === 'sterkte' && value !== '') return Number(value);
          return value === '' ? null : xlsxText(value);
        }),
      )
      .commit();
  }
  return sheet;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function list(header: string): ExcelJS.DataValidation {
  const index = LISTS.findIndex((item) => item.header === header);
  const letter = columnLetter(index);
  const size = LISTS[index]?.values.length ?? 0;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`lijsten!$${letter}$2:$${letter}$${size + 1}`],
    showErrorMessage: true,
    // A warning, not a stop: the import also takes the screen's words ("Bewoners"), which are not on the list.
    errorStyle: 'warning',
    errorTitle: 'Staat niet in de lijst',
    error: `Kies een ${header} uit de lijst, of typ het woord dat u op het scherm ziet. Krachtenveld controleert het bij het inlezen.`,
  };
}

function strength(): ExcelJS.DataValidation {
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [STRENGTH_MIN, STRENGTH_MAX],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Heel getal van 1 tot 5',
    error: `De sterkte is een heel getal van ${STRENGTH_MIN} tot ${STRENGTH_MAX}.`,
  };
}

function validate<Row>(
  sheet: Worksheet,
  columns: readonly Column<Row>[],
  header: string,
  validation: ExcelJS.DataValidation,
  lastRow: number,
): void {
  const letter = columnLetter(columns.findIndex((column) => column.header === header));
  (sheet as unknown as WithValidations).dataValidations.add(
    `${letter}${FIRST_DATA_ROW}:${letter}${lastRow}`,
    validation,
  );
}

function workspaceSheet(workbook: Workbook, workspace: Backup['workspace'] | undefined): void {
  const sheet = workbook.addWorksheet('werkruimte');
  sheet.columns = [{ width: 16 }, { width: 50 }, { width: 50 }];
  const header = sheet.addRow(['veld', 'waarde', 'uitleg']);
  header.font = { bold: true };
  header.commit();
  for (const { key, field, explanation } of WORKSPACE_ROWS) {
    const value = workspace
      ? field === 'wijken'
        ? workspace.wijken.join(LIST_SEPARATOR)
        : workspace[field]
      : '';
    const row = sheet.addRow([key, value === '' ? null : xlsxText(value), explanation]);
    row.getCell(3).font = EXPLANATION_FONT;
    row.commit();
  }
  sheet.commit();
}

function listSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet('lijsten', { state: 'hidden' });
  const depth = Math.max(...LISTS.map((item) => item.values.length));
  sheet.addRow(LISTS.map((item) => item.header)).commit();
  for (let index = 0; index < depth; index++) {
    sheet.addRow(LISTS.map((item) => item.values[index] ?? null)).commit();
  }
  sheet.commit();
}
