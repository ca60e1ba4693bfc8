/**
 * The rows of the claims sheets of an XLSX (claim-columns.ts) as the import document's perspectives,
 * assessments, vraagstukken and positions. As for spelers and relaties, only the file is checked here —
 * ids that are no uuid, ja/nee and herkomst words, timestamps, a perspective named twice — and the domain
 * rules are the plan's, which names each problem at its cell (`oordelen.4.sterkte`).
 *
 * References are what a person fills in: an assessment's relatie by relatie_id, else by van, naar and
 * relatietype; a position's vraagstuk and speler by name, or by the id column beside it; a perspective by
 * name. A perspective's or vraagstuk's key (how the plan tells two rows apart) is its id, else its name.
 */
import { z } from 'zod';
import { CLAIM_ORIGINS } from '../../domain/index.ts';
import { cellPath, type Place, type RelationRef } from '../import-document.ts';
import { nameKey } from '../import-plan.ts';
import { convert, rowValues, type SheetParts, uuidOrIssue } from './sheet-cells.ts';
import { cellText, type Layout, type SheetRow } from './sheet-header.ts';
import type { Special } from './sheet-targets.ts';

interface RowCells {
  fields: Record<string, unknown>;
  /** The text of each reference column. */
  refs: Partial<Record<Special, string>>;
}

const TIMESTAMP = z.iso.datetime({ offset: true });
// PostgreSQL has no year 0, which ISO 8601 allows.
const isTimestamp = (value: string) => TIMESTAMP.safeParse(value).success && value >= '0001';

function readCells(layout: Layout, row: SheetRow, parts: SheetParts): RowCells {
  const fields: Record<string, unknown> = {};
  const refs: RowCells['refs'] = {};
  for (const [column, cell] of rowValues(layout, row, parts.issues)) {
    const { target } = column;
    if ('special' in target) {
      refs[target.special] = cellText(cell);
      continue;
    }
    const value = convert(target, cell);
    const path = cellPath(layout.kind, row.row, column.header);
    // The plan would take a wrong word here silently (herkomst) or name a type (ja/nee): say it here.
    if (target.conversion === 'yesNo' && typeof value === 'string')
      parts.issues.push({ path, code: 'invalid_enum', params: { values: ['ja', 'nee'], value } });
    else if (target.vocabulary === 'origin' && value !== undefined && !CLAIM_ORIGINS.includes(value as never))
      parts.issues.push({ path, code: 'invalid_enum', params: { values: CLAIM_ORIGINS, value } });
    else if (target.conversion === 'timestamp' && typeof value === 'string' && !isTimestamp(value))
      parts.issues.push({ path, code: 'invalid_value', params: { value } });
    else if (value !== undefined) fields[target.field] = value;
  }
  return { fields, refs };
}

function idOf(layout: Layout, row: SheetRow, refs: RowCells['refs'], parts: SheetParts) {
  const text = refs.id ?? '';
  const path = cellPath(layout.kind, row.row, layout.place.id);
  return { text, id: uuidOrIssue(text, path, parts.issues) };
}

const placeOf = (layout: Layout, row: SheetRow, columns: Place['columns'] = layout.place): Place => ({
  sheet: layout.kind,
  row: row.row,
  columns,
});

export function readClaimRow(layout: Layout, row: SheetRow, parts: SheetParts): void {
  const cells = readCells(layout, row, parts);
  if (layout.kind === 'perspectieven') readPerspective(layout, row, cells, parts);
  else if (layout.kind === 'vraagstukken') readTopic(layout, row, cells, parts);
  else if (layout.kind === 'oordelen') readAssessment(layout, row, cells, parts);
  else if (layout.kind === 'posities') readPosition(layout, row, cells, parts);
}

function readPerspective(layout: Layout, row: SheetRow, { fields, refs }: RowCells, parts: SheetParts) {
  const { text, id } = idOf(layout, row, refs, parts);
  const { editors, ...rest } = fields;
  const name = typeof rest.name === 'string' ? rest.name : '';
  // Names are unique in a werkruimte: the plan would make two new perspectives of one name.
  const firstRow = parts.perspectiveRows.get(nameKey(name));
  if (name !== '' && firstRow !== undefined)
    parts.issues.push({
      path: cellPath(layout.kind, row.row, layout.place.name),
      code: 'duplicate_key',
      params: { firstRow, what: 'perspective' },
    });
  else parts.perspectiveRows.set(nameKey(name), row.row);
  parts.perspectives.push({
    key: text || name || cellPath(layout.kind, row.row),
    ...(id === undefined ? {} : { id }),
    fields: rest,
    ...(editors === true ? { editors: true } : {}),
    place: placeOf(layout, row),
  });
}

function readTopic(layout: Layout, row: SheetRow, { fields, refs }: RowCells, parts: SheetParts) {
  const { text, id } = idOf(layout, row, refs, parts);
  const name = typeof fields.name === 'string' ? fields.name : '';
  parts.topics.push({
    key: text || name || cellPath(layout.kind, row.row),
    ...(id === undefined ? {} : { id }),
    fields,
    place: placeOf(layout, row),
  });
}

/** A reference column's uuid, checked; undefined when empty or no uuid (then with its issue). */
function keyOf(layout: Layout, row: SheetRow, refs: RowCells['refs'], special: Special, parts: SheetParts) {
  const column = layout.columns.find((item) => 'special' in item.target && item.target.special === special);
  return uuidOrIssue(refs[special] ?? '', cellPath(layout.kind, row.row, column?.header), parts.issues);
}

/**
 * An assessment's place: an unresolved relatie is named at relatie_id, or at van when the row has none.
 * Rows share their sheet's columns object (a million rows would otherwise each hold a copy).
 */
const byEndsPlaces = new WeakMap<Layout, Place['columns']>();

function readAssessment(layout: Layout, row: SheetRow, { fields, refs }: RowCells, parts: SheetParts) {
  const key = keyOf(layout, row, refs, 'relationKey', parts);
  const { type, ...rest } = fields;
  const relation: RelationRef = {
    ...(key === undefined ? {} : { key }),
    ...(refs.sourceName || refs.targetName
      ? { source: { name: refs.sourceName ?? '' }, target: { name: refs.targetName ?? '' }, type }
      : {}),
  };
  let columns: Place['columns'] = layout.place;
  if (!refs.relationKey) {
    columns = byEndsPlaces.get(layout) ?? { ...layout.place, relationId: layout.place.sourceId ?? 'van' };
    byEndsPlaces.set(layout, columns);
  }
  parts.assessments.push({
    relation,
    perspective: { name: refs.perspectiveName ?? '' },
    fields: rest,
    place: placeOf(layout, row, columns),
  });
}

function readPosition(layout: Layout, row: SheetRow, { fields, refs }: RowCells, parts: SheetParts) {
  const topicKey = keyOf(layout, row, refs, 'topicKey', parts);
  const actorKey = keyOf(layout, row, refs, 'actorKey', parts);
  parts.positions.push({
    topic: { ...(topicKey === undefined ? {} : { key: topicKey }), name: refs.topicName ?? '' },
    actor: {
      ...(actorKey === undefined ? {} : { key: actorKey }),
      ...(refs.actorName ? { name: refs.actorName } : {}),
    },
    perspective: { name: refs.perspectiveName ?? '' },
    fields,
    place: placeOf(layout, row),
  });
}
