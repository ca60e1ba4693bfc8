/**
 * What a perspective says about a relatie, in B1 words: "Bevestigt: de relatie bestaat. Sterkte 4 van 5:
 * sterk." or "Ontkent: …", and who recorded it when. Each score carries its meaning in words, because a
 * bare "3" means nothing to a reader who did not fill in the form. Plain text; React escapes it.
 */
import type { TFunction } from 'i18next';
import type { Assessment } from '../../../../domain/index.ts';
import { formatDateTime, localeOf } from '../../../i18n/format.ts';
import { SCALES, type Scale } from './assessment-values.ts';

type Claim = Pick<Assessment, 'present' | 'strength' | 'trust' | 'value'>;

/** "Sterkte 4 van 5: sterk." */
export function scoreSentence(t: TFunction, scale: Scale, score: number): string {
  return t(`assessments.scoreSaid.${scale}`, {
    score,
    max: SCALES[scale].max,
    meaning: t(`assessments.meaning.${scale}.${score}`),
  });
}

/** The claim as sentences: confirmed with its ratings (those given), or denied. */
export function claimSentences(t: TFunction, claim: Claim): string[] {
  if (!claim.present) return [t('assessments.denies')];
  const sentences = [t('assessments.confirms')];
  for (const scale of ['strength', 'trust', 'value'] as const) {
    const score = claim[scale];
    if (score !== null) sentences.push(scoreSentence(t, scale, score));
  }
  if (claim.strength === null) sentences.push(t('assessments.noStrength'));
  return sentences;
}

/**
 * Who recorded it and when: a member by name (a former member as such), or where it came from when no
 * account is behind it (a file, an uitvraag, a meeting, or records from before accounts kept authors).
 */
export function recordedSentence(
  t: TFunction,
  language: string,
  assessment: Pick<Assessment, 'origin' | 'createdBy' | 'createdAt' | 'updatedAt'>,
  memberName: (userId: string) => string | undefined,
): string {
  const when = formatDateTime(assessment.createdAt, language);
  let sentence: string;
  if (assessment.createdBy !== null) {
    const who = memberName(assessment.createdBy) ?? t('history.unknownMember');
    sentence = t('assessments.recordedBy', { who, when });
  } else if (assessment.origin === 'editor') {
    sentence = t('assessments.recorded', { when });
  } else {
    sentence = t(`assessments.recordedFrom.${assessment.origin}`, { when });
  }
  if (assessment.updatedAt === assessment.createdAt) return sentence;
  return `${sentence} ${t('assessments.changedAt', { when: formatDateTime(assessment.updatedAt, language) })}`;
}

/** "Rijk, Instellingen en Professionals". */
export function namesText(language: string, names: readonly string[]): string {
  return new Intl.ListFormat(localeOf(language), { type: 'conjunction' }).format(names);
}
