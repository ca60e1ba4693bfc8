/**
 * The choice lists and number ranges of an XLSX export or template: the hidden `lijsten` sheet with the
 * vocabularies (one column each, under its header), the list validations that point at it, and whole-number
 * ranges. Lists warn rather than stop, as the import also takes the screens' words, which are not listed.
 */
import type ExcelJS from 'exceljs';
import {
  ACTOR_KINDS,
  CLAIM_ORIGINS,
  DOMAINS,
  FORCES,
  MOVEMENTS,
  RELATION_TYPES,
  SCALES,
  TOPIC_STATUSES,
} from '../../domain/index.ts';
import type { Column } from './columns.ts';

export type Workbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
export type Worksheet = ReturnType<Workbook['addWorksheet']>;
/** exceljs keeps a sheet's validations by address; its types leave the collection out. */
type WithValidations = {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

/** Validations reach this row, or the last row when lower down, so a filled-in template keeps them. */
export const VALIDATED_ROWS = 10_000;
export const FIRST_DATA_ROW = 3;

/** The vocabularies on the `lijsten` sheet, one per column, under their header. */
const LISTS: { header: string; values: readonly string[] }[] = [
  { header: 'kracht', values: FORCES },
  { header: 'soort', values: ACTOR_KINDS },
  { header: 'domeinen', values: DOMAINS },
  { header: 'schaal', values: SCALES },
  { header: 'relatietype', values: RELATION_TYPES },
  { header: 'ja_nee', values: ['ja', 'nee'] },
  { header: 'herkomst', values: CLAIM_ORIGINS },
  { header: 'status', values: TOPIC_STATUSES },
  { header: 'beweging', values: MOVEMENTS },
];

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function list(header: string): ExcelJS.DataValidation {
  const index = LISTS.findIndex((item) => item.header === header);
  const letter = columnLetter(index);
  const size = LISTS[index]?.values.length ?? 0;
  const choice = header === 'ja_nee' ? 'ja of nee' : `een ${header}`;
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`lijsten!$${letter}$2:$${letter}$${size + 1}`],
    showErrorMessage: true,
    // A warning, not a stop: the import also takes the screen's words ("Bewoners"), which are not on the list.
    errorStyle: 'warning',
    errorTitle: 'Staat niet in de lijst',
    error: `Kies ${choice} uit de lijst, of typ het woord dat u op het scherm ziet. Krachtenveld controleert het bij het inlezen.`,
  };
}

/** A whole number from `min` to `max`; `what` starts the error text ("De sterkte is …"). */
export function whole(min: number, max: number, what: string): ExcelJS.DataValidation {
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: `Heel getal van ${min} tot ${max}`,
    error: `${what} is een heel getal van ${min} tot ${max}.`,
  };
}

export function validate<Row>(
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

export function listSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet('lijsten', { state: 'hidden' });
  const depth = Math.max(...LISTS.map((item) => item.values.length));
  sheet.addRow(LISTS.map((item) => item.header)).commit();
  for (let index = 0; index < depth; index++) {
    sheet.addRow(LISTS.map((item) => item.values[index] ?? null)).commit();
  }
  sheet.commit();
}
