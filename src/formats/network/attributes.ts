/**
 * How speler and relatie fields become typed attributes of a network file (GEXF, GraphML), and how
 * attribute titles from any file map back to fields. Titles are the Dutch column names of the
 * spreadsheets, so a werkruimte reads the same in Gephi as in Excel; English titles and common ones
 * (`label`, `weight`, `type`) are recognised on import. Lists share one string value, separated by " | "
 * (as in the spreadsheets; GraphML has no list type and NetworkX reads GEXF lists as plain strings).
 * Empty values and nulls are left out, and read back as the field's empty value.
 */
import { LAYOUTS, type Layout, PROFILE_FIELDS } from '../../domain/index.ts';
import { LIST_SEPARATOR } from '../spreadsheet/columns.ts';

export type AttributeType = 'string' | 'integer' | 'double';
export type Conversion = 'text' | 'nullable' | 'list' | 'integer';

export interface AttributeSpec {
  /** The title in the file: the Dutch column name. */
  title: string;
  field: string;
  type: AttributeType;
  conversion: Conversion;
}

const text = (title: string, field: string): AttributeSpec => ({
  title,
  field,
  type: 'string',
  conversion: 'text',
});
const nullable = (title: string, field: string): AttributeSpec => ({
  title,
  field,
  type: 'string',
  conversion: 'nullable',
});
const list = (title: string, field: string): AttributeSpec => ({
  title,
  field,
  type: 'string',
  conversion: 'list',
});

/** Speler attributes; the name travels as the node's label (and, in GraphML, as `naam`). */
export const ACTOR_ATTRIBUTES: readonly AttributeSpec[] = [
  text('kracht', 'force'),
  text('soort', 'kind'),
  list('domeinen', 'domains'),
  nullable('schaal', 'scale'),
  list('wijken', 'wijken'),
  list('tags', 'tags'),
  nullable('website', 'website'),
  ...PROFILE_FIELDS.map((field) => text(field, field)),
  list('bronnen', 'sources'),
];

export const RELATION_ATTRIBUTES: readonly AttributeSpec[] = [
  text('relatietype', 'type'),
  { title: 'sterkte', field: 'strength', type: 'integer', conversion: 'integer' },
  text('omschrijving', 'description'),
  nullable('geldig_vanaf', 'validFrom'),
  nullable('geldig_tot', 'validTo'),
  list('bronnen', 'sources'),
];

/**
 * An older file's edge attribute with a relatie's free-text perspective: read from our own files as that
 * perspective's assessment (legacy-perspective.ts); the claims themselves travel as in claim-attributes.ts.
 */
export const LEGACY_PERSPECTIVE_TITLE = 'perspectief';

/** Saved map positions: one pair of double attributes per layout, so both layouts make the round trip. */
export const POSITION_ATTRIBUTES = LAYOUTS.flatMap((layout) => [
  { title: `x_${layout}`, layout, axis: 'x' as const },
  { title: `y_${layout}`, layout, axis: 'y' as const },
]);

/** A field's value as an attribute value, or undefined when it is empty (left out of the file). */
export function attributeValue(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.join(LIST_SEPARATOR);
  return String(value);
}

/** A list value: ours and graphology's `a | b`, or Gephi's `[a, b]` (items optionally quoted). */
export function listItems(value: string): string[] {
  const bracketed = /^\s*\[(.*)\]\s*$/s.exec(value);
  const items = bracketed ? (bracketed[1] as string).split(',') : value.split('|');
  return items
    .map((item) =>
      item
        .trim()
        .replace(/^(['"])(.*)\1$/s, '$2')
        .trim(),
    )
    .filter(Boolean);
}

/** An attribute value as a field value. */
export function fieldValue(spec: AttributeSpec, value: string | undefined): unknown {
  switch (spec.conversion) {
    case 'list':
      return listItems(value ?? '');
    case 'integer':
      return value === undefined || value.trim() === ''
        ? undefined
        : /^-?\d+(\.\d+)?$/.test(value.trim())
          ? Number(value)
          : value;
    case 'nullable':
      return value === undefined || value === '' ? null : value;
    default:
      return value ?? '';
  }
}

const normalise = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const ACTOR_ALIASES: Record<string, string> = {
  force: 'kracht',
  kind: 'soort',
  domain: 'domeinen',
  domains: 'domeinen',
  domein: 'domeinen',
  scale: 'schaal',
  wijk: 'wijken',
  district: 'wijken',
  districts: 'wijken',
  tag: 'tags',
  url: 'website',
  background: 'achtergrond',
  motives: 'motieven',
  characteristics: 'kenmerken',
  perspective: 'perspectief',
  role: 'rol',
  interests: 'belangen',
  bron: 'bronnen',
  source: 'bronnen',
  sources: 'bronnen',
};

const RELATION_ALIASES: Record<string, string> = {
  type: 'relatietype',
  relation_type: 'relatietype',
  relationtype: 'relatietype',
  strength: 'sterkte',
  description: 'omschrijving',
  valid_from: 'geldig_vanaf',
  valid_to: 'geldig_tot',
  bron: 'bronnen',
  source: 'bronnen',
  sources: 'bronnen',
};

/** Node titles that name the speler. */
export const NAME_TITLES = new Set(['naam', 'name', 'label']);

function lookup(specs: readonly AttributeSpec[], aliases: Record<string, string>, title: string) {
  const key = normalise(title);
  const canonical = aliases[key] ?? key;
  return specs.find((spec) => spec.title === canonical);
}

export const actorAttribute = (title: string) => lookup(ACTOR_ATTRIBUTES, ACTOR_ALIASES, title);
export const relationAttribute = (title: string) => lookup(RELATION_ATTRIBUTES, RELATION_ALIASES, title);

export function positionAttribute(title: string): { layout: Layout; axis: 'x' | 'y' } | undefined {
  return POSITION_ATTRIBUTES.find((spec) => spec.title === normalise(title));
}

export const isNameTitle = (title: string) => NAME_TITLES.has(normalise(title));
