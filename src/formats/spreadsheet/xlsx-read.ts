/**
 * XLSX import. An XLSX file is a zip, so before anything parses it xlsx-guard.ts inflates every entry and
 * counts what exceljs would have to hold — bytes, cells, shared strings, styles, attributes — refusing the
 * file at the first cap passed (zip bombs, and small files that unpack to millions of entries). Then
 * exceljs reads the workbook in memory (10,000 spelers and 50,000 relaties: about 3 s and 600 MB; its
 * streaming reader needs Node streams and temporary files, which this layer does not use). exceljs only
 * gets the parts with cell values: no defined names, drawings, tables or comments, and inside a sheet no
 * validations, merged cells, conditional formats and the like — exceljs expands their cell ranges one cell
 * at a time, and a 10 kB file naming `A1:XFD1048576` (17 billion cells) would exhaust the heap.
 *
 * Sheets are found by name, case ignored: `spelers`/`actors`/`elements`, `relaties`/`relations`/
 * `connections` and `werkruimte`/`workspace`, and the claims sheets `perspectieven`/`perspectives`,
 * `oordelen`/`assessments`, `vraagstukken`/`topics` and `posities`/`positions`, each optional (a workbook
 * with only spelers and relaties reads as it always did, one with only oordelen adds assessments). A
 * workbook without spelers or relaties by name but with one filled sheet (or a spelers-like and a
 * relaties-like one) is read by its headers. Other filled sheets are reported as ignored, by their name. Cells: formulas give their cached result and are never evaluated (no cached
 * result: `formula_without_value`), errors such as `#N/A` are `invalid_value`, rich text and links give
 * their text, dates the day (`YYYY-MM-DD`).
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import type { ImportDocument, ReadOutcome } from '../import-document.ts';
import { LIMITS } from '../limits.ts';
import { CLAIM_SHEETS } from './claim-columns.ts';
import type { TableKind } from './columns.ts';
import { loadExcelJs } from './load-exceljs.ts';
import type { SheetKind } from './sheet-header.ts';
import {
  type Cell,
  newParts,
  readSheet,
  readWorkspaceSheet,
  type SheetRow,
  tableKind,
  toOutcome,
} from './sheet-rows.ts';
import { NOT_XLSX, openCheckedXlsx } from './xlsx-guard.ts';

const SHEET_NAMES: Record<SheetKind | 'werkruimte', string[]> = {
  spelers: ['spelers', 'actors', 'elements'],
  relaties: ['relaties', 'relations', 'connections'],
  perspectieven: ['perspectieven', 'perspectives'],
  oordelen: ['oordelen', 'assessments'],
  vraagstukken: ['vraagstukken', 'topics'],
  posities: ['posities', 'positions'],
  werkruimte: ['werkruimte', 'workspace'],
};
/** Read in this order: spelers and relaties first, so the report lists their columns first. */
const SHEETS: readonly SheetKind[] = ['spelers', 'relaties', ...CLAIM_SHEETS];
/** Our own hidden sheet of vocabularies. */
const LISTS_SHEET = 'lijsten';

/** Worksheet parts exceljs need not read; some hold ranges it would expand cell by cell. */
const IGNORED_NODES = [
  'dataValidations',
  'mergeCells',
  'conditionalFormatting',
  'hyperlinks',
  'extLst',
  'autoFilter',
  'sheetProtection',
  'drawing',
  'picture',
  'tableParts',
  'rowBreaks',
  'pageSetup',
  'printOptions',
  'headerFooter',
  'pageMargins',
  'cols',
];

/** The parts of a package exceljs needs for cell values; the rest is never given to it. */
const NEEDED_PART =
  /^\/?(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

export async function readXlsx(bytes: Uint8Array): Promise<ReadOutcome> {
  if (bytes.byteLength > LIMITS.fileBytes)
    return { ok: false, issues: [{ path: '', code: 'too_big', params: { maximum: LIMITS.fileBytes } }] };
  const unpacked = await openCheckedXlsx(bytes);
  if ('issue' in unpacked) return { ok: false, issues: [unpacked.issue] };

  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  try {
    await workbook.xlsx.load(
      (await sanitise(unpacked.zip)) as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: IGNORED_NODES,
        // exceljs stops a sheet at these counts (cells per row for columns), before building its rows.
        maxRows: LIMITS.rows + 1,
        maxCols: LIMITS.columns,
      } as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/^Max row count/.test(message))
      return { ok: false, issues: [{ path: '', code: 'too_many_rows', params: { maximum: LIMITS.rows } }] };
    if (/^Max column count/.test(message))
      return { ok: false, issues: [{ path: '', code: 'too_big', params: { maximum: LIMITS.columns } }] };
    return { ok: false, issues: [NOT_XLSX] };
  }
  return readWorkbook(workbook);
}

/**
 * The package as exceljs gets it: only the parts with cell values, and no defined names, whose ranges
 * exceljs expands cell by cell (one name over `A1:XFD1048576` fills any heap). Unchanged parts keep their
 * compressed bytes, so this costs little.
 */
async function sanitise(zip: JSZip): Promise<Uint8Array> {
  // Directories are skipped: removing one would remove what is in it.
  for (const entry of Object.values(zip.files))
    if (!entry.dir && !NEEDED_PART.test(entry.name)) zip.remove(entry.name);
  const workbookPart = zip.file('xl/workbook.xml');
  if (workbookPart) {
    const xml = await workbookPart.async('string');
    zip.file(
      'xl/workbook.xml',
      xml.replace(/<definedNames\b[^>]*\/>|<definedNames\b[\s\S]*?<\/definedNames>/g, ''),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function readWorkbook(workbook: ExcelJS.Workbook): ReadOutcome {
  const parts = newParts();
  const tables = new Map<SheetKind, SheetRow[]>();
  const others: { name: string; rows: SheetRow[] }[] = [];
  let workspace: ImportDocument['workspace'] = {};
  for (const sheet of workbook.worksheets) {
    const name = sheet.name.trim().toLowerCase();
    if (name === LISTS_SHEET) continue;
    const rows = sheetRows(sheet);
    if (SHEET_NAMES.werkruimte.includes(name)) workspace = readWorkspaceSheet(rows, parts);
    else {
      const kind = SHEETS.find((item) => SHEET_NAMES[item].includes(name));
      if (kind && !tables.has(kind)) tables.set(kind, rows);
      else if (rows.length > 0) others.push({ name: sheet.name, rows });
    }
  }
  if (!tables.has('spelers') && !tables.has('relaties')) {
    // No sheet has one of our names: read the filled sheets by their headers, if that is unambiguous.
    const kinds = others.map((sheet) => tableKind(sheet.rows[0]?.cells ?? []));
    if (others.length > 0 && new Set(kinds).size === others.length) {
      for (const [index, sheet] of others.entries()) tables.set(kinds[index] as TableKind, sheet.rows);
      others.length = 0;
    }
  }
  if (tables.size === 0) {
    parts.issues.push({ path: '', code: 'missing_sheet', params: { expected: ['spelers', 'relaties'] } });
    return { ok: false, issues: parts.issues.listed, total: parts.issues.length };
  }
  for (const sheet of others) parts.report.ignored.push(sheet.name);
  for (const kind of SHEETS) {
    const rows = tables.get(kind);
    if (rows) readSheet(kind, rows, parts);
  }
  return toOutcome('xlsx', parts, workspace);
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  sheet.eachRow((row, number) => {
    // Sparse, as exceljs gives it: one cell in column XFD is one cell, not 16,384.
    const cells: Cell[] = [];
    (row.values as ExcelJS.CellValue[]).forEach((value, index) => {
      cells[index - 1] = cellOf(value);
    });
    rows.push({ row: number, cells });
  });
  return rows;
}

/** A cell's value as the reader of sheet-rows takes it; formulas are never evaluated. */
function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('error' in value) return { problem: 'invalid_value' };
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value;
    return result === undefined || result === null ? { problem: 'formula_without_value' } : cellOf(result);
  }
  if ('hyperlink' in value) return cellOf(value.text as ExcelJS.CellValue);
  return { problem: 'invalid_value' };
}
