/**
 * A relatie in words, the same everywhere it is shown (register, speler panel, relatie panel, history):
 * "Gemeente financiert Buurtkamer", and its period ("vanaf 1 jan 2025").
 */
import type { TFunction } from 'i18next';
import { localeOf } from '../../i18n/format.ts';
import { formatPeriod } from '../../state/relation-form.ts';

export interface RelationEnds {
  source: string;
  target: string;
  type: string;
}

/** "Gemeente financiert Buurtkamer"; an end without a name reads "een verwijderde speler". */
export function relationSentence(
  t: TFunction,
  nameOf: (actorId: string) => string | undefined,
  relation: RelationEnds,
): string {
  const name = (id: string) => nameOf(id) ?? t('history.unknownActor');
  return `${name(relation.source)} ${t(`relationType.${relation.type}`, { defaultValue: relation.type })} ${name(relation.target)}`;
}

/** The period in the reader's language, or null when the relatie has no dates. */
export function periodText(
  t: TFunction,
  language: string,
  validFrom: string | null,
  validTo: string | null,
): string | null {
  return formatPeriod(validFrom, validTo, localeOf(language), {
    between: (from, to) => t('relationPanel.between', { from, to }),
    since: (from) => t('relationPanel.since', { from }),
    until: (to) => t('relationPanel.until', { to }),
  });
}
