/**
 * The columns of the claims sheets of an XLSX — `perspectieven`, `oordelen` (assessments of relaties),
 * `vraagstukken` and `posities` — with their Dutch headers, the English ones an import also accepts, how a
 * value becomes a cell, and the explanation row. Claims name what they are about the way a person fills
 * them in: a relatie by van, naar and relatietype, a perspective, vraagstuk or speler by name; the id
 * columns beside them make an export's round trip exact when two names are alike. Timestamps
 * (aangemaakt, gewijzigd) travel so a restore keeps when a claim was made. CSV has no claims sheets.
 */
import { FORCES, MOVEMENTS, RELATION_TYPES, TOPIC_STATUSES } from '../../domain/index.ts';
import type { Backup } from '../json-backup/schema.ts';
import { type Column, choose } from './columns.ts';

export const CLAIM_SHEETS = ['perspectieven', 'oordelen', 'vraagstukken', 'posities'] as const;
export type ClaimSheet = (typeof CLAIM_SHEETS)[number];

type PerspectiveRow = Backup['perspectives'][number];
type AssessmentRow = Backup['assessments'][number];
type TopicRow = Backup['topics'][number];
type PositionRow = Backup['positions'][number];

/** How a claim's references read as names in the export. */
export interface ClaimNames {
  actor(id: string): string;
  perspective(id: string): string;
  topic(id: string): string;
  relation(id: string): { source: string; target: string; type: string } | undefined;
}

const NO_NAMES: ClaimNames = {
  actor: (id) => id,
  perspective: (id) => id,
  topic: (id) => id,
  relation: () => undefined,
};

const yesNo = (value: boolean) => (value ? 'ja' : 'nee');
const number = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export const PERSPECTIVE_COLUMNS: readonly Column<PerspectiveRow>[] = [
  { header: 'id', english: 'id', cell: (row) => row.id },
  { header: 'naam', english: 'name', cell: (row) => row.name },
  { header: 'kracht', english: 'force', cell: (row) => row.force ?? '' },
  { header: 'beschrijving', english: 'description', cell: (row) => row.description },
  { header: 'redactie', english: 'editors', cell: (row) => yesNo(row.editors) },
];

export function assessmentColumns(names: ClaimNames = NO_NAMES): readonly Column<AssessmentRow>[] {
  return [
    { header: 'relatie_id', english: 'relation_id', cell: (row) => row.relationId },
    { header: 'van', english: 'from', cell: (row) => names.relation(row.relationId)?.source ?? '' },
    { header: 'naar', english: 'to', cell: (row) => names.relation(row.relationId)?.target ?? '' },
    { header: 'relatietype', english: 'type', cell: (row) => names.relation(row.relationId)?.type ?? '' },
    { header: 'perspectief', english: 'perspective', cell: (row) => names.perspective(row.perspectiveId) },
    { header: 'bestaat', english: 'present', cell: (row) => yesNo(row.present) },
    { header: 'sterkte', english: 'strength', cell: (row) => number(row.strength), numeric: true },
    { header: 'vertrouwen', english: 'trust', cell: (row) => number(row.trust), numeric: true },
    { header: 'waarde', english: 'value', cell: (row) => number(row.value), numeric: true },
    { header: 'notitie', english: 'note', cell: (row) => row.note },
    { header: 'bron', english: 'source', cell: (row) => row.source ?? '' },
    { header: 'herkomst', english: 'origin', cell: (row) => row.origin },
    { header: 'aangemaakt', english: 'created_at', cell: (row) => row.createdAt ?? '' },
    { header: 'gewijzigd', english: 'updated_at', cell: (row) => row.updatedAt ?? '' },
  ];
}

export const TOPIC_COLUMNS: readonly Column<TopicRow>[] = [
  { header: 'id', english: 'id', cell: (row) => row.id },
  { header: 'naam', english: 'name', cell: (row) => row.name },
  { header: 'beschrijving', english: 'description', cell: (row) => row.description },
  { header: 'status', english: 'status', cell: (row) => row.status },
];

export function positionColumns(names: ClaimNames = NO_NAMES): readonly Column<PositionRow>[] {
  return [
    { header: 'vraagstuk', english: 'topic', cell: (row) => names.topic(row.topicId) },
    { header: 'vraagstuk_id', english: 'topic_id', cell: (row) => row.topicId },
    { header: 'speler', english: 'actor', cell: (row) => names.actor(row.actorId) },
    { header: 'speler_id', english: 'actor_id', cell: (row) => row.actorId },
    { header: 'perspectief', english: 'perspective', cell: (row) => names.perspective(row.perspectiveId) },
    { header: 'invloed', english: 'power', cell: (row) => number(row.invloed), numeric: true },
    { header: 'belang', english: 'interest', cell: (row) => number(row.belang), numeric: true },
    { header: 'standpunt', english: 'stance', cell: (row) => number(row.standpunt), numeric: true },
    { header: 'beweging', english: 'movement', cell: (row) => row.beweging ?? '' },
    { header: 'toelichting', english: 'reasoning', cell: (row) => row.reasoning },
    { header: 'datum', english: 'date', cell: (row) => row.assessedOn ?? '' },
    { header: 'aangemaakt', english: 'created_at', cell: (row) => row.createdAt ?? '' },
  ];
}

/** The headers of each claims sheet (Dutch and English), for reading a file's header row. */
export const CLAIM_HEADERS: Record<ClaimSheet, readonly { header: string; english: string }[]> = {
  perspectieven: PERSPECTIVE_COLUMNS,
  oordelen: assessmentColumns(),
  vraagstukken: TOPIC_COLUMNS,
  posities: positionColumns(),
};

const KEEP = 'Niet veranderen: ';

/**
 * Row 2 of each claims sheet, in B1 Dutch. The import recognises it by the cell of the column named in
 * EXPLAINED_COLUMN (sheet-header.ts) and skips it.
 */
export const CLAIM_EXPLANATIONS: Record<ClaimSheet, Record<string, string>> = {
  perspectieven: {
    id: `Leeg laten bij een nieuw perspectief. ${KEEP}hiermee herkent Krachtenveld het perspectief.`,
    naam: 'Verplicht. De naam van een groep die iets zegt over de kaart, bijvoorbeeld Wijkteam Noord. Elke naam komt één keer voor.',
    kracht: `Voor welke kracht spreekt de groep? ${choose(FORCES, 'Bewoners')} Leeg als de groep geen van de vijf is.`,
    beschrijving: 'Wie zijn dit? Bijvoorbeeld welke mensen of welk team.',
    redactie:
      'Zet ja bij het perspectief van de redactie: wat redacteuren op het scherm invullen. Dat is er één. Leeg is nee.',
  },
  oordelen: {
    relatie_id: `${KEEP}de id van de relatie. Leeg? Dan zoekt Krachtenveld de relatie met van, naar en relatietype.`,
    van: 'De naam van de speler waar de relatie begint. Nodig als relatie_id leeg is.',
    naar: 'De naam van de speler waar de relatie naartoe gaat. Nodig als relatie_id leeg is.',
    relatietype: choose(RELATION_TYPES, 'werkt samen met'),
    perspectief:
      'Verplicht. Wie zegt dit over de relatie? De naam van een perspectief, zoals op het blad perspectieven. Per relatie zegt een perspectief het één keer.',
    bestaat: 'Zet ja als de relatie er volgens dit perspectief is, en nee als die er niet is. Leeg is ja.',
    sterkte: 'Een heel getal van 1 (zwak) tot 5 (sterk). Leeg laten als de relatie er niet is.',
    vertrouwen: 'Hoeveel vertrouwen is er? Een heel getal van 1 (geen) tot 4 (veel). Mag leeg blijven.',
    waarde: 'Hoeveel levert de relatie op? Een heel getal van 1 (niets) tot 4 (veel). Mag leeg blijven.',
    notitie: 'Een toelichting. Mag leeg blijven.',
    bron: 'Waar komt dit oordeel vandaan? Een link of een titel. Mag leeg blijven.',
    herkomst:
      'Hoe kwam dit oordeel binnen? Kies uit: editor (redactie), import (bestand), survey (uitvraag), meeting (bijeenkomst). Leeg is import.',
    aangemaakt: `${KEEP}wanneer het oordeel is gemaakt. Leeg bij een nieuw oordeel.`,
    gewijzigd: `${KEEP}wanneer het oordeel voor het laatst is veranderd. Leeg bij een nieuw oordeel.`,
  },
  vraagstukken: {
    id: `Leeg laten bij een nieuw vraagstuk. ${KEEP}hiermee herkent Krachtenveld het vraagstuk.`,
    naam: 'Verplicht. Het onderwerp waar de spelers aan werken, bijvoorbeeld Lokaal armoedebeleid.',
    beschrijving: 'Waar gaat het vraagstuk over?',
    status: `Kies uit: ${TOPIC_STATUSES.join(', ')}. Leeg is actief.`,
  },
  posities: {
    vraagstuk:
      'Verplicht. De naam van het vraagstuk, zoals op het blad vraagstukken. Elke rij is een positie op één dag: een oude positie blijft bewaard.',
    vraagstuk_id: `${KEEP}de id van het vraagstuk. Leeg bij een nieuw vraagstuk.`,
    speler: 'Verplicht. De naam van de speler.',
    speler_id: `${KEEP}de id van de speler. Leeg bij een nieuwe speler.`,
    perspectief: 'Verplicht. Wie ziet het zo? De naam van een perspectief, zoals op het blad perspectieven.',
    invloed: 'Verplicht. Hoeveel kan de speler veranderen? Een heel getal van 1 (weinig) tot 5 (veel).',
    belang: 'Verplicht. Hoe sterk raakt het vraagstuk de speler? Een heel getal van 1 (weinig) tot 5 (veel).',
    standpunt:
      'Verplicht. Is de speler voor of tegen? Een heel getal van -2 (sterk tegen) tot 2 (sterk voor); 0 is neutraal. Het woord mag ook, zoals sterk voor.',
    beweging: `${choose(MOVEMENTS, 'van onderop')} Leeg is geen.`,
    toelichting: 'Waarom ziet dit perspectief het zo?',
    datum: 'Op welke dag geldt deze positie? Zoals 2025-11-01. Leeg is vandaag.',
    aangemaakt: `${KEEP}wanneer de positie is vastgelegd. Leeg bij een nieuwe positie.`,
  },
};
