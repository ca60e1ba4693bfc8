/**
 * What the CSV and XLSX readers share: a table — rows of cells with their spreadsheet row numbers — becomes
 * the spelers or relaties of an import document, or (XLSX only) its perspectives, assessments, vraagstukken
 * and positions (claim-rows.ts). The header row (the first row with any text) decides which column holds
 * which field (sheet-header.ts). Only the file is checked here — required columns, duplicate headers, the
 * caps of limits.ts, ids that are no uuid; the domain rules are the import plan's. Rows with nothing in
 * the columns read are skipped, and so is a claims sheet with nothing in it at all.
 *
 * How a cell becomes a field (the empty-cell rule): text is trimmed and loses the apostrophe `neutralise`
 * put before a formula-like start; a column the file lacks gives no field, so an update keeps what the
 * speler had. An empty cell in a column the file has means "empty": `''` for texts (naam, profile texts,
 * omschrijving), `null` for the nullable fields (schaal, website, geldig_vanaf/tot), `[]` for lists (split on `|`, `;` and `,`, bronnen more carefully: list-cells.ts; trimmed,
 * empties dropped). Empty choices (kracht, soort, relatietype) and an empty sterkte give no field, so the
 * plan's defaults or its `required` apply. Choices are the vocabulary's codes or the words the screens show,
 * Dutch or English (`Persoon in een rol`, `Residents`: vocabulary-words.ts); anything else is passed on as
 * written for the plan to refuse, naming the accepted words. Sterkte becomes a number when it is one.
 *
 * Keys: a speler's key is its id cell, else its name; an id cell that is not a uuid is an issue
 * (`uuid_format`), as is a relatie's id or `van_id`/`naar_id` that is not one. The explanation row of our
 * templates and exports (row 2) is recognised by its naam (spelers) or van (relaties) cell holding the
 * explanation text of that column, and skipped. Kumu's element `Type` fills kracht when it is a kracht,
 * else soort when it is a soort, else becomes the tag `type:<value>`; each use is reported as mapped.
 *
 * A relatie's key, for the claims that point at it, is its id cell, else its row (`relaties.5`). An older
 * file's relaties `perspectief` cell becomes that perspective's assessment of the relatie
 * (legacy-perspective.ts), with the row's sterkte when that is a whole number.
 */
import type { Issue } from '../../domain/index.ts';
import {
  cellPath,
  type EndRef,
  type ImportDocument,
  type ImportFormat,
  type ImportReport,
  type ReadOutcome,
} from '../import-document.ts';
import { addLegacyClaims } from '../legacy-perspective.ts';
import { LIMITS } from '../limits.ts';
import { readClaimRow } from './claim-rows.ts';
import { LIST_SEPARATORS } from './list-cells.ts';
import { convert, isBlank, newParts, rowValues, type SheetParts, uuidOrIssue } from './sheet-cells.ts';
import {
  cellText,
  isEmptyRow,
  isExplanationRow,
  isProblem,
  type Layout,
  mapHeader,
  normaliseHeader,
  REQUIRED,
  type SheetKind,
  type SheetRow,
} from './sheet-header.ts';
import { list } from './sheet-targets.ts';
import { valueOfWord } from './vocabulary-words.ts';

export { type Cell, type CellProblem, type CellValue, type SheetRow, tableKind } from './sheet-header.ts';
export { newParts, type SheetParts };

/** How many records of each sheet a file may hold (the werkruimte's caps, limits.ts). */
const MAXIMUM: Record<SheetKind, number> = {
  spelers: LIMITS.actors,
  relaties: LIMITS.relations,
  perspectieven: LIMITS.perspectives,
  oordelen: LIMITS.assessments,
  vraagstukken: LIMITS.topics,
  posities: LIMITS.positions,
};

const isClaimSheet = (kind: SheetKind) => kind !== 'spelers' && kind !== 'relaties';

/** Reads one table into `parts`: its header, then every row that is not empty or the explanation row. */
export function readSheet(kind: SheetKind, rows: readonly SheetRow[], parts: SheetParts): void {
  const start = rows.findIndex((row) => !isEmptyRow(row));
  const header = rows[start];
  if (!header) {
    // The claims sheets are optional: an empty one is as good as none.
    if (!isClaimSheet(kind))
      parts.issues.push(...REQUIRED[kind].map(({ column }) => missingColumn(kind, column)));
    return;
  }
  if (rows.length - start - 1 > LIMITS.rows) {
    parts.issues.push({ path: kind, code: 'too_many_rows', params: { maximum: LIMITS.rows } });
    return;
  }
  const mapped = mapHeader(kind, header, parts.report);
  if ('issues' in mapped) {
    parts.issues.push(...mapped.issues);
    return;
  }
  const { layout } = mapped;
  let first = true;
  let count = 0;
  for (const row of rows.slice(start + 1)) {
    if (isBlank(layout, row)) continue;
    if (first) {
      first = false;
      if (isExplanationRow(layout, row)) continue;
    }
    count += 1;
    if (kind === 'spelers') readActor(layout, row, parts);
    else if (kind === 'relaties') readRelation(layout, row, parts);
    else readClaimRow(layout, row, parts);
  }
  const maximum = MAXIMUM[kind];
  if (count > maximum) parts.issues.push({ path: kind, code: 'too_many_rows', params: { maximum } });
}

function missingColumn(kind: SheetKind, column: string): Issue {
  return { path: cellPath(kind, 1), code: 'missing_column', params: { column } };
}

function readActor(layout: Layout, row: SheetRow, parts: SheetParts): void {
  const fields: Record<string, unknown> = {};
  let id: string | undefined;
  let idText = '';
  let kumuType = '';
  for (const [column, cell] of rowValues(layout, row, parts.issues)) {
    const { target } = column;
    if ('special' in target) {
      const value = cellText(cell);
      if (target.special === 'kumuType') kumuType = value;
      else {
        idText = value;
        id = uuidOrIssue(value, cellPath(layout.kind, row.row, column.header), parts.issues);
      }
      continue;
    }
    const value = convert(target, cell);
    if (value !== undefined) fields[target.field] = value;
  }
  if (kumuType !== '') applyKumuType(kumuType, fields, layout, parts.report);
  const name = typeof fields.name === 'string' ? fields.name : '';
  parts.actors.push({
    key: idText || name || cellPath(layout.kind, row.row),
    ...(id === undefined ? {} : { id }),
    fields,
    place: { sheet: layout.kind, row: row.row, columns: layout.place },
  });
}

function applyKumuType(value: string, fields: Record<string, unknown>, layout: Layout, report: ImportReport) {
  const header = layout.columns.find((column) => column.target.field === 'kumuType')?.header ?? 'Type';
  const force = valueOfWord('force', value);
  const kind = valueOfWord('kind', value);
  let to: string;
  if (fields.force === undefined && force !== undefined) {
    fields.force = force;
    to = 'kracht';
  } else if (fields.kind === undefined && kind !== undefined) {
    fields.kind = kind;
    to = 'soort';
  } else {
    fields.tags = [...((fields.tags as string[] | undefined) ?? []), `type:${value}`];
    to = 'tags (type:…)';
  }
  const from = `${layout.kind}: ${header}`;
  if (!report.mapped.some((entry) => entry.from === from && entry.to === to))
    report.mapped.push({ from, to });
}

function readRelation(layout: Layout, row: SheetRow, parts: SheetParts): void {
  const fields: Record<string, unknown> = {};
  const source: EndRef = {};
  const target: EndRef = {};
  let id: string | undefined;
  let idText = '';
  let perspective = '';
  for (const [column, cell] of rowValues(layout, row, parts.issues)) {
    const spec = column.target;
    if (!('special' in spec)) {
      const value = convert(spec, cell);
      if (value !== undefined) fields[spec.field] = value;
      continue;
    }
    const value = cellText(cell);
    const path = cellPath(layout.kind, row.row, column.header);
    if (spec.special === 'id') {
      idText = value;
      id = uuidOrIssue(value, path, parts.issues);
    } else if (spec.special === 'legacyPerspective') perspective = value;
    else if (spec.special === 'sourceName' && value !== '') source.name = value;
    else if (spec.special === 'targetName' && value !== '') target.name = value;
    else if (spec.special === 'sourceKey' || spec.special === 'targetKey') {
      const key = uuidOrIssue(value, path, parts.issues);
      if (key !== undefined) (spec.special === 'sourceKey' ? source : target).key = key;
    }
  }
  // An id that is no uuid has its issue; its row then only needs a key no other row has.
  const key = idText || cellPath(layout.kind, row.row);
  const place = { sheet: layout.kind, row: row.row, columns: layout.place };
  parts.relations.push({ ...(id === undefined ? {} : { id }), key, source, target, fields, place });
  if (perspective !== '') {
    const { strength } = fields;
    parts.legacy.push({
      relation: { key },
      text: perspective,
      ...(Number.isInteger(strength) ? { strength: strength as number } : {}),
      place,
    });
  }
}

/** The document of a file whose tables are all read, or every issue found. */
export function toOutcome(
  format: ImportFormat,
  parts: SheetParts,
  workspace: ImportDocument['workspace'] = {},
): ReadOutcome {
  if (parts.issues.length > 0) return { ok: false, issues: parts.issues.listed, total: parts.issues.length };
  const { actors, relations, report, perspectives, topics, assessments, positions } = parts;
  const words = { listSeparators: LIST_SEPARATORS };
  const document: ImportDocument = { format, workspace, actors, relations, layouts: {}, report, words };
  // A perspectieven sheet lists the werkruimte's perspectives whole, as a backup does.
  if (perspectives.length > 0) Object.assign(document, { perspectives, perspectivesComplete: true });
  if (topics.length > 0) document.topics = topics;
  if (assessments.length > 0) document.assessments = assessments;
  if (positions.length > 0) document.positions = positions;
  addLegacyClaims(document, parts.legacy);
  return { ok: true, document };
}

/** The rows of the `werkruimte` sheet (key in column A, value in B), Dutch key first, English accepted. */
export const WORKSPACE_ROWS = [
  { key: 'naam', english: 'name', field: 'name', explanation: 'De naam van de werkruimte.' },
  {
    key: 'gemeente',
    english: 'municipality',
    field: 'gemeente',
    explanation: 'De naam of de CBS-code van de gemeente, zoals Amsterdam of GM0363.',
  },
  {
    key: 'wijken',
    english: 'districts',
    field: 'wijken',
    explanation: 'De wijken. Zet een komma, puntkomma of | tussen twee wijken.',
  },
  {
    key: 'omschrijving',
    english: 'description',
    field: 'description',
    explanation: 'Waar gaat deze kaart over?',
  },
] as const;

/** What a `werkruimte` sheet says; rows with other keys (such as its header) and empty values are skipped. */
export function readWorkspaceSheet(
  rows: readonly SheetRow[],
  parts: SheetParts,
): ImportDocument['workspace'] {
  const workspace: ImportDocument['workspace'] = {};
  for (const row of rows) {
    const [keyCell, valueCell] = row.cells;
    const key = isProblem(keyCell) ? '' : normaliseHeader(cellText(keyCell));
    const spec = WORKSPACE_ROWS.find((item) => item.key === key || item.english === key);
    if (!spec) continue;
    const path = cellPath('werkruimte', row.row, 'waarde');
    if (isProblem(valueCell)) {
      parts.issues.push({ path, code: valueCell.problem });
      continue;
    }
    const value = cellText(valueCell);
    if (value.length > LIMITS.cellCharacters)
      parts.issues.push({ path, code: 'too_long', params: { maximum: LIMITS.cellCharacters } });
    else if (value !== '' && spec.field === 'wijken')
      workspace.wijken = convert(list('wijken'), value) as string[];
    else if (value !== '' && spec.field !== 'wijken') workspace[spec.field] = value;
  }
  return workspace;
}
