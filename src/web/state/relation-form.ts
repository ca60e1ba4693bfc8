/**
 * Relatie form state as the user types it (the ends as names, the strength as typed, one source per line)
 * and its conversion to the API's shape; plus how a relatie's period reads. Pure, like `actor-form.ts`, so
 * the panel only renders.
 */
import type { Relation, RelationType } from '../../domain/index.ts';
import { foldText } from './data-table.ts';

export interface RelationFormValues {
  /** The ends as the user sees them: names, resolved to ids when saving. */
  sourceName: string;
  targetName: string;
  type: RelationType;
  strength: string;
  description: string;
  validFrom: string;
  validTo: string;
  sources: string;
}

export function relationFormValuesOf(
  relation: Relation,
  nameOf: (actorId: string) => string | undefined,
): RelationFormValues {
  return {
    sourceName: nameOf(relation.sourceId) ?? '',
    targetName: nameOf(relation.targetId) ?? '',
    type: relation.type,
    strength: String(relation.strength),
    description: relation.description,
    validFrom: relation.validFrom ?? '',
    validTo: relation.validTo ?? '',
    sources: relation.sources.join('\n'),
  };
}

export interface NamedActor {
  id: string;
  name: string;
}

export type EndResolution = { id: string } | { problem: 'unknown' | 'ambiguous'; count: number };

/**
 * The speler a typed name means. An unchanged name keeps the end it had, even when another speler shares
 * that name; a new name must belong to exactly one speler, because picking one of two namesakes silently
 * would tie the relatie to the wrong organisation.
 */
export function resolveEnd(name: string, current: NamedActor, actors: readonly NamedActor[]): EndResolution {
  const wanted = foldText(name);
  if (wanted === foldText(current.name)) return { id: current.id };
  const matches = actors.filter((actor) => foldText(actor.name) === wanted);
  if (matches.length === 1 && matches[0]) return { id: matches[0].id };
  return { problem: matches.length === 0 ? 'unknown' : 'ambiguous', count: matches.length };
}

const lineList = (text: string) =>
  text
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The PATCH body for the typed values (without `version` and the ends, which the caller adds). The
 * strength is not checked here: the server's message for a wrong one shows beside the field.
 */
export function relationPayloadOf(values: RelationFormValues) {
  return {
    type: values.type,
    strength: Number(values.strength),
    description: values.description,
    validFrom: values.validFrom === '' ? null : values.validFrom,
    validTo: values.validTo === '' ? null : values.validTo,
    sources: lineList(values.sources),
  };
}

export function isRelationFormDirty(values: RelationFormValues, original: RelationFormValues): boolean {
  return JSON.stringify(values) !== JSON.stringify(original);
}

export interface PeriodWords {
  /** "1 jan 2025 – 31 dec 2026" */
  between(from: string, to: string): string;
  /** "vanaf 1 jan 2025" */
  since(from: string): string;
  /** "tot en met 31 dec 2026" */
  until(to: string): string;
}

/** A date of the API (YYYY-MM-DD) as the reader's language writes it, without a time zone shift. */
export function formatDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC maps years 0–99 to 1900–1999.
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The period of a relatie in words; null when it has no dates (it simply holds). */
export function formatPeriod(
  validFrom: string | null,
  validTo: string | null,
  locale: string,
  words: PeriodWords,
): string | null {
  if (validFrom && validTo) return words.between(formatDate(validFrom, locale), formatDate(validTo, locale));
  if (validFrom) return words.since(formatDate(validFrom, locale));
  if (validTo) return words.until(formatDate(validTo, locale));
  return null;
}
