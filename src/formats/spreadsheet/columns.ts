/**
 * The columns of the two main tables a spreadsheet holds — `spelers` and `relaties` — with their Dutch headers
 * (what the template and every export use), the English headers an import also accepts, and how a value
 * becomes a cell. One definition serves CSV and XLSX, export and import. Lists (domeinen, wijken, tags,
 * bronnen) share one cell; exports separate them by " | " — a character no domein, wijk or url contains —
 * and imports also take `;` and `,` (list-cells.ts has the rule, bronnen included). The claims sheets of
 * an XLSX (perspectieven, oordelen, vraagstukken, posities) are in claim-columns.ts.
 */
import {
  ACTOR_KIND_LABELS,
  ACTOR_KINDS,
  DOMAIN_LABELS,
  DOMAINS,
  FORCE_LABELS,
  FORCES,
  PROFILE_FIELDS,
  type ProfileField,
  RELATION_TYPE_LABELS,
  RELATION_TYPES,
  SCALE_LABELS,
  SCALES,
} from '../../domain/index.ts';

export const LIST_SEPARATOR = ' | ';

export interface Column<Row> {
  /** Dutch header, as in the template. */
  header: string;
  /** English header, also accepted on import. */
  english: string;
  cell(row: Row): string;
  /** An XLSX export writes the cell as a number (sterkte, invloed, …), so sums and filters work. */
  numeric?: boolean;
}

export interface ActorRow extends Record<ProfileField, string> {
  id: string;
  name: string;
  force: string;
  kind: string;
  domains: readonly string[];
  scale: string | null;
  wijken: readonly string[];
  tags: readonly string[];
  website: string | null;
  sources: readonly string[];
}

export interface RelationRow {
  id: string;
  source: string;
  target: string;
  type: string;
  strength: number;
  description: string;
  validFrom: string | null;
  validTo: string | null;
  sources: readonly string[];
}

const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

export const ACTOR_COLUMNS: readonly Column<ActorRow>[] = [
  { header: 'id', english: 'id', cell: (row) => row.id },
  { header: 'naam', english: 'name', cell: (row) => row.name },
  { header: 'kracht', english: 'force', cell: (row) => row.force },
  { header: 'soort', english: 'kind', cell: (row) => row.kind },
  { header: 'domeinen', english: 'domains', cell: (row) => list(row.domains) },
  { header: 'schaal', english: 'scale', cell: (row) => row.scale ?? '' },
  { header: 'wijken', english: 'districts', cell: (row) => list(row.wijken) },
  { header: 'tags', english: 'tags', cell: (row) => list(row.tags) },
  { header: 'website', english: 'website', cell: (row) => row.website ?? '' },
  ...PROFILE_FIELDS.map((field) => ({ header: field, english: field, cell: (row: ActorRow) => row[field] })),
  { header: 'bronnen', english: 'sources', cell: (row) => list(row.sources) },
];

/**
 * Relaties name their ends by speler name (what a person types in a spreadsheet); `van_id`/`naar_id`
 * carry the ids so names that occur twice still round-trip. Who says a relatie exists is no column here
 * any more: that is an assessment on the `oordelen` sheet (claim-columns.ts). An older file's
 * `perspectief` column is still read (sheet-targets.ts, legacy-perspective.ts).
 */
export function relationColumns(nameOf: (id: string) => string): readonly Column<RelationRow>[] {
  return [
    { header: 'id', english: 'id', cell: (row) => row.id },
    { header: 'van', english: 'from', cell: (row) => nameOf(row.source) },
    { header: 'naar', english: 'to', cell: (row) => nameOf(row.target) },
    { header: 'relatietype', english: 'type', cell: (row) => row.type },
    { header: 'sterkte', english: 'strength', cell: (row) => String(row.strength), numeric: true },
    { header: 'omschrijving', english: 'description', cell: (row) => row.description },
    { header: 'geldig_vanaf', english: 'valid_from', cell: (row) => row.validFrom ?? '' },
    { header: 'geldig_tot', english: 'valid_to', cell: (row) => row.validTo ?? '' },
    { header: 'bronnen', english: 'sources', cell: (row) => list(row.sources) },
    { header: 'van_id', english: 'from_id', cell: (row) => row.source },
    { header: 'naar_id', english: 'to_id', cell: (row) => row.target },
  ];
}

export type TableKind = 'spelers' | 'relaties';

/** The codes (the template's choice lists) and an example of the screen's words, which are accepted too. */
export const choose = (values: readonly string[], example: string) =>
  `Kies uit: ${values.join(', ')}. Het woord op het scherm mag ook, zoals ${example}.`;
const between = (things: string) => `Zet een komma, puntkomma of | tussen twee ${things}.`;
const SOURCES_EXPLANATION =
  'Waar komt de informatie vandaan? Een link of een titel. Zet | of ; tussen twee bronnen. Een komma scheidt alleen links (https://…), want een titel mag een komma hebben.';

/**
 * The explanation row (row 2) of the templates and exports: one short B1-Dutch text per column. The import
 * recognises the row by its naam (spelers) or van (relaties) text and skips it, so keep those two unique.
 */
export const EXPLANATIONS: Record<TableKind, Record<string, string>> = {
  spelers: {
    id: 'Leeg laten bij een nieuwe speler. Niet veranderen: hiermee herkent Krachtenveld de speler.',
    naam: 'Verplicht. De naam van de speler, bijvoorbeeld Buurtkamer De Kruimel.',
    kracht: `Verplicht. ${choose(FORCES, FORCE_LABELS.bewoner.nl)}`,
    soort: `${choose(ACTOR_KINDS, ACTOR_KIND_LABELS.persoon_in_rol.nl)} Leeg is organisatie.`,
    domeinen: `Eén of meer van: ${DOMAINS.join(', ')}. Het woord op het scherm mag ook, zoals ${DOMAIN_LABELS.werk_inkomen.nl}. ${between('domeinen')}`,
    schaal: `${choose(SCALES, SCALE_LABELS.landelijk.nl)} Mag leeg blijven.`,
    wijken: `De wijken waar de speler werkt. ${between('wijken')} Bijvoorbeeld: Noord; Centrum.`,
    tags: `Eigen labels. ${between('labels')}`,
    website: 'Het adres van de website, met https:// ervoor. Mag leeg blijven.',
    achtergrond: 'Wie is de speler? Bijvoorbeeld geschiedenis, grootte en geld.',
    motieven: 'Waarom doet de speler mee? Wat vindt de speler belangrijk?',
    kenmerken: 'Hoe werkt de speler? Bijvoorbeeld werkwijze en cultuur.',
    perspectief: 'Hoe kijkt de speler naar het vraagstuk?',
    rol: 'Welke rol heeft de speler in het netwerk?',
    belangen: 'Wat wil de speler bereiken of houden?',
    bronnen: SOURCES_EXPLANATION,
  },
  relaties: {
    id: 'Leeg laten bij een nieuwe relatie. Niet veranderen: hiermee herkent Krachtenveld de relatie.',
    van: 'Verplicht. De naam van de speler waar de relatie begint.',
    naar: 'Verplicht. De naam van de speler waar de relatie naartoe gaat.',
    relatietype: `Verplicht. ${choose(RELATION_TYPES, RELATION_TYPE_LABELS.werkt_samen.nl)}`,
    sterkte: 'Een heel getal van 1 (zwak) tot 5 (sterk). Leeg is 3.',
    omschrijving: 'Wat houdt de relatie in?',
    geldig_vanaf: 'De datum waarop de relatie begint, zoals 2024-01-31. Mag leeg blijven.',
    geldig_tot: 'De datum waarop de relatie stopt, zoals 2025-12-31. Mag leeg blijven.',
    bronnen: SOURCES_EXPLANATION,
    van_id: 'Niet veranderen: de id van de speler bij van. Leeg bij een nieuwe speler.',
    naar_id: 'Niet veranderen: de id van de speler bij naar. Leeg bij een nieuwe speler.',
  },
};
