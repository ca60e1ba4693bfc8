/**
 * How one node or edge of a network file becomes a speler or relatie of the import document. Our own
 * files map field by field (attributes.ts). Files from other tools (Gephi, NetworkX, yEd) are taken in
 * without losing their data, and the report says how:
 *
 * - the node label (or a `naam`/`name`/`label` attribute, else the node id) is the speler's name;
 * - attributes with a known title (Dutch or English) fill that field;
 * - a speler needs a kracht: without a kracht attribute, any attribute whose value is exactly a kracht
 *   gives it; otherwise it becomes `instelling` with the tag `kracht-onbekend`, to be checked by hand;
 * - other attributes are kept as tags `title:value`, or, when too long for a tag, as lines in kenmerken;
 * - an edge's type comes from a relatietype/type attribute or its label when that is a relation type,
 *   else `werkt_samen`; its weight becomes the sterkte, rounded into 1–5; other edge attributes become
 *   lines in the omschrijving;
 * - the other tool's drawing positions become the network layout (Netwerk).
 */
import { FORCES, LABEL_MAX, type Layout, type Position, RELATION_TYPES } from '../../domain/index.ts';
import type { DocumentActor, DocumentRelation } from '../import-document.ts';
import type { LegacyPerspectiveText } from '../legacy-perspective.ts';
import {
  ACTOR_ATTRIBUTES,
  actorAttribute,
  fieldValue,
  isNameTitle,
  LEGACY_PERSPECTIVE_TITLE,
  POSITION_ATTRIBUTES,
  positionAttribute,
  RELATION_ATTRIBUTES,
  relationAttribute,
} from './attributes.ts';
import type { RawEdge, RawNode } from './raw-graph.ts';

const UNKNOWN_FORCE_TAG = 'kracht-onbekend';
const DRAWING_TITLES = new Set(['x', 'y', 'r', 'g', 'b']);
export const NODE_SHEET = 'node';
export const EDGE_SHEET = 'edge';
const STRENGTH = { min: 1, max: 5 };

const isForce = (value: string) => (FORCES as readonly string[]).includes(value.trim().toLowerCase());
const isRelationType = (value: string) =>
  (RELATION_TYPES as readonly string[]).includes(value.trim().toLowerCase().replace(/\s+/g, '_'));

/** Counts how often each report line applies, so the user reads "… (34 spelers)" once. */
export class Mappings {
  private readonly counts = new Map<string, { from: string; to: string; count: number }>();
  add(from: string, to: string) {
    const key = `${from}\u0000${to}`;
    const entry = this.counts.get(key);
    if (entry) entry.count += 1;
    else this.counts.set(key, { from, to, count: 1 });
  }
  list(): { from: string; to: string }[] {
    return [...this.counts.values()].map(({ from, to, count }) => ({
      from,
      to: count > 1 ? `${to} (${count}×)` : to,
    }));
  }
}

function place(sheet: string, row: number, columns: Record<string, string>) {
  return { sheet, row, columns };
}

/** Layouts by name, speler key → position, as the document holds them. */
export type Layouts = Partial<Record<Layout, Record<string, Position>>>;

export function ourActor(node: RawNode, layouts: Layouts): DocumentActor {
  const fields: Record<string, unknown> = { name: node.label ?? node.values.get('naam') ?? node.id };
  const columns: Record<string, string> = { id: 'id', name: 'label' };
  for (const spec of ACTOR_ATTRIBUTES) {
    fields[spec.field] = fieldValue(spec, node.values.get(spec.title));
    columns[spec.field] = spec.title;
  }
  if (fields.kind === '') delete fields.kind;
  readPositions(node, layouts);
  return { key: node.id, id: node.id, fields, place: place(NODE_SHEET, node.row, columns) };
}

function readPositions(node: RawNode, layouts: Layouts) {
  for (const { layout } of POSITION_ATTRIBUTES.filter((spec) => spec.axis === 'x')) {
    const x = Number(node.values.get(`x_${layout}`));
    const y = Number(node.values.get(`y_${layout}`));
    if (node.values.has(`x_${layout}`) && Number.isFinite(x) && Number.isFinite(y)) {
      layouts[layout] ??= {};
      (layouts[layout] as Record<string, Position>)[node.id] = { x, y };
    }
  }
}

export function foreignActor(
  node: RawNode,
  layouts: Layouts,
  mappings: Mappings,
  ignoredTitles: Set<string>,
): DocumentActor {
  const fields: Record<string, unknown> = {};
  const columns: Record<string, string> = { id: 'id', name: 'label' };
  const tags: string[] = [];
  const notes: string[] = [];
  let name = node.label?.trim() || undefined;
  // Gephi's GraphML export draws with plain x, y, r, g, b attributes: a position and a colour, not data.
  const x = Number(node.values.get('x'));
  const y = Number(node.values.get('y'));
  const drawn = node.values.has('x') && node.values.has('y') && Number.isFinite(x) && Number.isFinite(y);
  if (drawn && !node.position) node.position = { x, y };
  for (const [title, value] of node.values) {
    if (drawn && DRAWING_TITLES.has(title)) {
      if (title === 'r' || title === 'g' || title === 'b') ignoredTitles.add(`node: ${title}`);
      continue;
    }
    if (isNameTitle(title)) {
      if (!name && value.trim()) {
        name = value.trim();
        columns.name = title;
        mappings.add(`node: ${title}`, 'naam');
      }
      continue;
    }
    if (positionAttribute(title)) continue;
    const spec = actorAttribute(title);
    if (spec && !(spec.field in fields)) {
      fields[spec.field] =
        spec.field === 'force' || spec.field === 'kind'
          ? value.trim().toLowerCase()
          : fieldValue(spec, value);
      columns[spec.field] = title;
      mappings.add(`node: ${title}`, spec.title);
      continue;
    }
    const tag = `${title}:${value}`.trim();
    if (tag.length <= LABEL_MAX && !/[\p{Cc}|]/u.test(tag)) {
      tags.push(tag);
      mappings.add(`node: ${title}`, `tags (${title}:…)`);
    } else {
      notes.push(`${title}: ${value}`);
      mappings.add(`node: ${title}`, 'kenmerken');
    }
  }
  if (!name) {
    name = node.id;
    mappings.add('node: id', 'naam (geen label)');
  }
  fields.name = name;
  if (fields.force === undefined) {
    const source = [...node.values].find(([, value]) => isForce(value));
    if (source) {
      fields.force = source[1].trim().toLowerCase();
      columns.force = source[0];
      mappings.add(`node: ${source[0]}`, 'kracht');
    } else {
      fields.force = 'instelling';
      tags.push(UNKNOWN_FORCE_TAG);
      mappings.add('kracht ontbreekt', `kracht instelling en tag ${UNKNOWN_FORCE_TAG}`);
    }
  }
  if (tags.length > 0)
    fields.tags = [...new Set([...((fields.tags as string[] | undefined) ?? []), ...tags])];
  if (notes.length > 0) fields.kenmerken = [fields.kenmerken, ...notes].filter(Boolean).join('\n');
  if (node.position) {
    layouts.force ??= {};
    layouts.force[node.id] = node.position;
    mappings.add(drawn ? 'node: x, y' : 'node: viz:position', 'plaats op de kaart (Netwerk)');
  }
  readPositions(node, layouts);
  return { key: node.id, fields, place: place(NODE_SHEET, node.row, columns) };
}

/** One of our edges; an older file's `perspectief` text goes to `legacy`, to become an assessment. */
export function ourRelation(edge: RawEdge, legacy: LegacyPerspectiveText[]): DocumentRelation {
  const fields: Record<string, unknown> = {};
  const columns: Record<string, string> = { id: 'id', sourceId: 'source', targetId: 'target' };
  for (const spec of RELATION_ATTRIBUTES) {
    const value = fieldValue(spec, edge.values.get(spec.title));
    if (value !== undefined) fields[spec.field] = value;
    columns[spec.field] = spec.title;
  }
  // How the edge's claims point at it: its id, which our files always write.
  const key = edge.id ?? `${EDGE_SHEET}.${edge.row}`;
  const relation = {
    id: edge.id,
    key,
    source: { key: edge.source },
    target: { key: edge.target },
    fields,
    place: place(EDGE_SHEET, edge.row, columns),
  };
  const perspective = edge.values.get(LEGACY_PERSPECTIVE_TITLE);
  if (perspective?.trim())
    legacy.push({
      relation: { key },
      text: perspective,
      ...(Number.isInteger(fields.strength) ? { strength: fields.strength as number } : {}),
      place: { ...relation.place, columns: { ...columns, perspectiveId: LEGACY_PERSPECTIVE_TITLE } },
    });
  return relation;
}

export function foreignRelation(edge: RawEdge, mappings: Mappings): DocumentRelation {
  const fields: Record<string, unknown> = {};
  const columns: Record<string, string> = { id: 'id', sourceId: 'source', targetId: 'target' };
  const notes: string[] = [];
  for (const [title, value] of edge.values) {
    const spec = relationAttribute(title);
    if (spec && !(spec.field in fields) && (spec.field !== 'type' || isRelationType(value))) {
      fields[spec.field] =
        spec.field === 'type' ? value.trim().toLowerCase().replace(/\s+/g, '_') : fieldValue(spec, value);
      columns[spec.field] = title;
      mappings.add(`edge: ${title}`, spec.title);
    } else if (title.toLowerCase() === 'weight' && edge.weight === undefined) {
      edge.weight = value;
    } else {
      notes.push(`${title}: ${value}`);
      mappings.add(`edge: ${title}`, 'omschrijving');
    }
  }
  if (fields.type === undefined) {
    if (edge.label && isRelationType(edge.label)) {
      fields.type = edge.label.trim().toLowerCase().replace(/\s+/g, '_');
      mappings.add('edge: label', 'relatietype');
    } else {
      fields.type = 'werkt_samen';
      if (edge.label?.trim()) notes.unshift(`label: ${edge.label.trim()}`);
      mappings.add('edge zonder relatietype', 'werkt_samen');
    }
  }
  if (fields.strength === undefined && edge.weight !== undefined && edge.weight.trim() !== '') {
    const weight = Number(edge.weight);
    if (Number.isFinite(weight)) {
      const strength = Math.min(STRENGTH.max, Math.max(STRENGTH.min, Math.round(weight)));
      fields.strength = strength;
      columns.strength = 'weight';
      mappings.add('edge: weight', strength === weight ? 'sterkte' : 'sterkte (afgerond naar 1–5)');
    }
  }
  if (notes.length > 0) fields.description = notes.join('\n');
  return {
    source: { key: edge.source },
    target: { key: edge.target },
    fields,
    place: place(EDGE_SHEET, edge.row, columns),
  };
}
