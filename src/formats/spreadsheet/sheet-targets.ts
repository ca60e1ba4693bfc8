/**
 * Which field each column of a sheet fills, and how its cells convert (sheet-cells.ts applies the
 * conversions). Keyed by the Dutch header; the English headers come from the column lists (columns.ts,
 * claim-columns.ts). Columns that point at another record — a relatie's ends, an assessment's relatie and
 * perspective, a position's vraagstuk, speler and perspective — are `special`: the row readers turn them
 * into references for the import plan rather than fields.
 *
 * The relaties' `perspectief` column is no column of ours any more but still read: an older export or a
 * person's sheet may have it, and its text becomes that perspective's assessment (legacy-perspective.ts).
 */
import { type LabelledVocabulary, PROFILE_FIELDS } from '../../domain/index.ts';
import type { ClaimSheet } from './claim-columns.ts';
import type { ClaimVocabulary } from './claim-words.ts';
import type { TableKind } from './columns.ts';

export type SheetKind = TableKind | ClaimSheet;

/**
 * - `text`: trimmed text, `''` when empty; `nullable`/`date`: `null` when empty; `list`/`sources`: split;
 * - `choice`: a vocabulary's code or screen word, no field when empty;
 * - `number`: a number when the cell is one (also `+2`), no field when empty; `rating`: the same, `null`
 *   when empty (an assessment's sterkte, vertrouwen and waarde may be left open);
 * - `stance`: a number, or the screen's word for it ("sterk voor");
 * - `yesNo`: ja/nee as a boolean; `timestamp`: text, no field when empty (the store then uses now).
 */
export type Conversion =
  | 'text'
  | 'nullable'
  | 'list'
  | 'sources'
  | 'choice'
  | 'number'
  | 'rating'
  | 'stance'
  | 'yesNo'
  | 'date'
  | 'timestamp';

export type Special =
  | 'id'
  | 'kumuType'
  | 'sourceName'
  | 'targetName'
  | 'sourceKey'
  | 'targetKey'
  | 'legacyPerspective'
  | 'relationKey'
  | 'perspectiveName'
  | 'topicName'
  | 'topicKey'
  | 'actorName'
  | 'actorKey';

export type Vocabulary = LabelledVocabulary | ClaimVocabulary;

export interface FieldTarget {
  field: string;
  conversion: Conversion;
  /** The vocabulary whose words (codes and screen words) the cell may hold. */
  vocabulary?: Vocabulary;
}
export interface SpecialTarget {
  special: Special;
  /** The domain field the reference stands for, as the import plan names it in an issue's place. */
  field: string;
}
export type Target = FieldTarget | SpecialTarget;

const text = (field: string): FieldTarget => ({ field, conversion: 'text' });
export const list = (field: string, vocabulary?: LabelledVocabulary): FieldTarget => ({
  field,
  conversion: 'list',
  ...(vocabulary ? { vocabulary } : {}),
});
const sources = (field: string): FieldTarget => ({ field, conversion: 'sources' });
const choice = (field: string, vocabulary: Vocabulary): FieldTarget => ({
  field,
  conversion: 'choice',
  vocabulary,
});
const convert = (field: string, conversion: Conversion): FieldTarget => ({ field, conversion });
const special = (name: Special, field: string): SpecialTarget => ({ special: name, field });

/** Dutch header → target, per sheet. */
export const TARGETS: Record<SheetKind, Record<string, Target>> = {
  spelers: {
    id: special('id', 'id'),
    naam: text('name'),
    kracht: choice('force', 'force'),
    soort: choice('kind', 'kind'),
    domeinen: list('domains', 'domain'),
    schaal: { field: 'scale', conversion: 'nullable', vocabulary: 'scale' },
    wijken: list('wijken'),
    tags: list('tags'),
    website: convert('website', 'nullable'),
    ...Object.fromEntries(PROFILE_FIELDS.map((field) => [field, text(field)])),
    bronnen: sources('sources'),
  },
  relaties: {
    id: special('id', 'id'),
    van: special('sourceName', 'sourceId'),
    naar: special('targetName', 'targetId'),
    relatietype: choice('type', 'relationType'),
    sterkte: convert('strength', 'number'),
    omschrijving: text('description'),
    geldig_vanaf: convert('validFrom', 'date'),
    geldig_tot: convert('validTo', 'date'),
    bronnen: sources('sources'),
    van_id: special('sourceKey', 'sourceId'),
    naar_id: special('targetKey', 'targetId'),
  },
  perspectieven: {
    id: special('id', 'id'),
    naam: text('name'),
    kracht: { field: 'force', conversion: 'nullable', vocabulary: 'force' },
    beschrijving: text('description'),
    redactie: convert('editors', 'yesNo'),
  },
  oordelen: {
    relatie_id: special('relationKey', 'relationId'),
    van: special('sourceName', 'sourceId'),
    naar: special('targetName', 'targetId'),
    relatietype: choice('type', 'relationType'),
    perspectief: special('perspectiveName', 'perspectiveId'),
    bestaat: convert('present', 'yesNo'),
    sterkte: convert('strength', 'rating'),
    vertrouwen: convert('trust', 'rating'),
    waarde: convert('value', 'rating'),
    notitie: text('note'),
    bron: convert('source', 'nullable'),
    herkomst: choice('origin', 'origin'),
    aangemaakt: convert('createdAt', 'timestamp'),
    gewijzigd: convert('updatedAt', 'timestamp'),
  },
  vraagstukken: {
    id: special('id', 'id'),
    naam: text('name'),
    beschrijving: text('description'),
    status: choice('status', 'topicStatus'),
  },
  posities: {
    vraagstuk: special('topicName', 'topicId'),
    vraagstuk_id: special('topicKey', 'topicId'),
    speler: special('actorName', 'actorId'),
    speler_id: special('actorKey', 'actorId'),
    perspectief: special('perspectiveName', 'perspectiveId'),
    invloed: convert('invloed', 'number'),
    belang: convert('belang', 'number'),
    standpunt: convert('standpunt', 'stance'),
    beweging: { field: 'beweging', conversion: 'nullable', vocabulary: 'movement' },
    toelichting: text('reasoning'),
    datum: convert('assessedOn', 'date'),
    aangemaakt: convert('createdAt', 'timestamp'),
  },
};

/** Headers read besides each sheet's own columns: Dutch or English header → [Dutch header, target]. */
export const EXTRA_HEADERS: Partial<Record<SheetKind, Record<string, [string, Target]>>> = {
  // Kumu's element columns, and its Type standing in for kracht, soort or a tag (sheet-rows.ts).
  spelers: {
    label: ['naam', text('name')],
    description: ['achtergrond', text('achtergrond')],
    type: ['type', special('kumuType', 'kumuType')],
  },
  relaties: {
    perspectief: ['perspectief', special('legacyPerspective', 'perspectiveId')],
    perspective: ['perspectief', special('legacyPerspective', 'perspectiveId')],
  },
};
