/**
 * How a spreadsheet table is laid out: which column holds which field, read from its header row. Accepted
 * are our Dutch headers, the English ones (columns.ts, claim-columns.ts) — case, spaces and hyphens
 * ignored — and Kumu's layout: elements `Label` (naam), `Type` (kracht, soort or a tag, see
 * sheet-rows.ts), `Description` (achtergrond), `Tags`; connections `From`, `To`, `Type`, `Strength`,
 * `Description`, which are our English headers. Unknown columns are reported as ignored, a field given by
 * two columns is an issue, as is a missing required column (spelers: naam and kracht; relaties: van, naar
 * and relatietype; the claims sheets: see REQUIRED). Also here: the cell model the CSV and XLSX readers
 * fill, and how a cell reads as text.
 */
import type { Issue } from '../../domain/index.ts';
import { cellPath, type ImportReport } from '../import-document.ts';
import { LIMITS } from '../limits.ts';
import { CLAIM_EXPLANATIONS, CLAIM_HEADERS } from './claim-columns.ts';
import { ACTOR_COLUMNS, EXPLANATIONS, relationColumns, type TableKind } from './columns.ts';
import { restoreNeutralised } from './neutralise.ts';
import { EXTRA_HEADERS, type SheetKind, TARGETS, type Target } from './sheet-targets.ts';

export type { Conversion, FieldTarget, SheetKind, Target } from './sheet-targets.ts';

export type CellValue = string | number | boolean | Date | null | undefined;
/** A cell the file reader could not turn into a value; the issue is placed at its row and column here. */
export interface CellProblem {
  problem: 'formula_without_value' | 'invalid_value';
}
export type Cell = CellValue | CellProblem;
export interface SheetRow {
  /** The row number as the spreadsheet shows it (1-based). */
  row: number;
  /** Cells by column, 0-based. */
  cells: readonly Cell[];
}

/** Header (normalised) → [Dutch header, target], per sheet. */
const LOOKUP = Object.fromEntries(
  (Object.keys(TARGETS) as SheetKind[]).map((kind) => [kind, lookup(kind)]),
) as Record<SheetKind, Map<string, [string, Target]>>;

function columnsOf(kind: SheetKind): readonly { header: string; english: string }[] {
  if (kind === 'spelers') return ACTOR_COLUMNS;
  if (kind === 'relaties') return relationColumns(() => '');
  return CLAIM_HEADERS[kind];
}

function lookup(kind: SheetKind) {
  const map = new Map<string, [string, Target]>();
  for (const { header, english } of columnsOf(kind)) {
    const target = TARGETS[kind][header];
    if (!target) throw new Error(`no field for column ${header}`);
    map.set(normaliseHeader(header), [header, target]);
    map.set(normaliseHeader(english), [header, target]);
  }
  for (const [name, entry] of Object.entries(EXTRA_HEADERS[kind] ?? {})) map.set(name, entry);
  return map;
}

/** `Geldig vanaf`, `geldig-vanaf` and `GELDIG_VANAF` are the same header. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export const isProblem = (cell: Cell): cell is CellProblem =>
  typeof cell === 'object' && cell !== null && 'problem' in cell;

/** A Date as the spreadsheet means it: the day when it has no time (exceljs gives dates in UTC). */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A cell as trimmed text, with a neutralising apostrophe taken off. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return dateText(cell);
  if (typeof cell === 'string') return restoreNeutralised(cell.trim());
  return String(cell);
}

export function isEmptyRow(row: SheetRow): boolean {
  return row.cells.every((cell) => !isProblem(cell) && cellText(cell) === '');
}

/** Relaties are the table with from/to columns; anything else is read as spelers. */
export function tableKind(header: readonly Cell[]): TableKind {
  const names = header.map((cell) => (isProblem(cell) ? '' : normaliseHeader(cellText(cell))));
  return names.some((name) => ['van', 'naar', 'from', 'to'].includes(name)) ? 'relaties' : 'spelers';
}

export interface Column {
  index: number;
  header: string;
  target: Target;
}

export interface Layout {
  kind: SheetKind;
  columns: Column[];
  /** Domain field → header, shared by every row's place. */
  place: Record<string, string>;
  /** The column whose explanation text marks the explanation row. */
  explained?: Column;
}

/** Per sheet: the columns it needs, each given by one of its targets (a name, or an id beside it). */
export const REQUIRED: Record<SheetKind, { column: string; fields: string[] }[]> = {
  spelers: [
    { column: 'naam', fields: ['name'] },
    { column: 'kracht', fields: ['force', 'kumuType'] },
  ],
  relaties: [
    { column: 'van', fields: ['sourceName'] },
    { column: 'naar', fields: ['targetName'] },
    { column: 'relatietype', fields: ['type'] },
  ],
  perspectieven: [{ column: 'naam', fields: ['name'] }],
  // A relatie by its id, else by van, naar and relatietype (a row without them is relation_not_found).
  oordelen: [
    { column: 'perspectief', fields: ['perspectiveName'] },
    { column: 'relatie_id', fields: ['relationKey', 'sourceName'] },
  ],
  vraagstukken: [{ column: 'naam', fields: ['name'] }],
  posities: [
    { column: 'vraagstuk', fields: ['topicName', 'topicKey'] },
    { column: 'speler', fields: ['actorName', 'actorKey'] },
    { column: 'perspectief', fields: ['perspectiveName'] },
  ],
};

/** The column whose cell in row 2 holds its explanation in our files: how the explanation row is known. */
const EXPLAINED: Record<SheetKind, string> = {
  spelers: 'naam',
  relaties: 'van',
  perspectieven: 'naam',
  oordelen: 'perspectief',
  vraagstukken: 'naam',
  posities: 'vraagstuk',
};

function explanationsOf(kind: SheetKind): Record<string, string> {
  return kind === 'spelers' || kind === 'relaties' ? EXPLANATIONS[kind] : CLAIM_EXPLANATIONS[kind];
}

const targetKey = (target: Target) => ('special' in target ? target.special : target.field);

/** The layout of a table from its header row, or the issues that keep it from being read. */
export function mapHeader(
  kind: SheetKind,
  header: SheetRow,
  report: ImportReport,
): { layout: Layout } | { issues: Issue[] } {
  const issues: Issue[] = [];
  // Trailing empty cells (a formatted but empty column far to the right) do not count.
  let width = header.cells.length;
  while (width > 0 && cellText(header.cells[width - 1] as CellValue) === '') width--;
  if (width > LIMITS.columns) {
    return {
      issues: [{ path: cellPath(kind, header.row), code: 'too_big', params: { maximum: LIMITS.columns } }],
    };
  }
  const layout: Layout = { kind, columns: [], place: {} };
  const seen = new Set<string>();
  header.cells.forEach((cell, index) => {
    const name = isProblem(cell) ? '' : cellText(cell);
    if (name === '') return;
    const found = LOOKUP[kind].get(normaliseHeader(name));
    if (!found) {
      const ignored = `${kind}: ${name}`;
      if (!report.ignored.includes(ignored)) report.ignored.push(ignored);
      return;
    }
    const [dutch, target] = found;
    if (seen.has(targetKey(target))) {
      issues.push({
        path: cellPath(kind, header.row, name),
        code: 'duplicate_items',
        params: { column: name },
      });
      return;
    }
    seen.add(targetKey(target));
    const column = { index, header: name, target };
    layout.columns.push(column);
    if (dutch === EXPLAINED[kind]) layout.explained = column;
    // Another tool's column read as one of ours (Kumu's Label), or an older one (relaties: perspectief).
    const extra = EXTRA_HEADERS[kind]?.[normaliseHeader(name)];
    if (extra && !('special' in target && target.special === 'kumuType'))
      report.mapped.push({
        from: `${kind}: ${name}`,
        to: 'special' in target && target.special === 'legacyPerspective' ? 'oordelen' : dutch,
      });
    if (target.field !== 'kumuType' && !('special' in target && target.special.endsWith('Key'))) {
      layout.place[target.field] = name;
    }
  });
  for (const column of layout.columns) {
    // A relatie end named only by id, and Kumu's Type standing in for kracht or soort.
    if ('special' in column.target && column.target.special.endsWith('Key'))
      layout.place[column.target.field] ??= column.header;
    if (column.target.field === 'kumuType') {
      layout.place.force ??= column.header;
      layout.place.kind ??= column.header;
      layout.place.tags ??= column.header;
    }
  }
  for (const { column, fields } of REQUIRED[kind]) {
    if (!fields.some((field) => seen.has(field)))
      issues.push({ path: cellPath(kind, header.row), code: 'missing_column', params: { column } });
  }
  return issues.length > 0 ? { issues } : { layout };
}

const comparable = (value: string) => value.replace(/\s+/g, ' ').trim().toLowerCase();

/** Row 2 of our templates and exports: its cell in the EXPLAINED column holds that column's explanation. */
export function isExplanationRow(layout: Layout, row: SheetRow): boolean {
  const column = layout.explained;
  if (!column) return false;
  const cell = row.cells[column.index];
  const explanation = explanationsOf(layout.kind)[EXPLAINED[layout.kind]] ?? '';
  return !isProblem(cell) && comparable(cellText(cell)) === comparable(explanation);
}
