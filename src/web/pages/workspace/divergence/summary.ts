/**
 * The comparison in a few sentences to repeat in a meeting — how much alike the two see the relaties, on
 * how many they contradict each other, who is most contested on the vraagstuk, and who sees more
 * verkokering — and the agreement figure as a percentage. Returns message keys and values; the words
 * live in the i18n files.
 */
import type * as contract from '../../../../contract/index.ts';
import { localeOf } from '../../../i18n/format.ts';
import type { Sentence } from './silos.ts';
import type { SideNames } from './ties.ts';

/**
 * The agreement (0–1) as a whole percentage: "40%". Never "100%" for views that differ, nor "0%" for
 * views that share something: rounding must not claim more than the figure says.
 */
export function agreementPercent(value: number, language: string): string {
  let percent = Math.round(value * 100);
  if (value < 1 && percent === 100) percent = 99;
  if (value > 0 && percent === 0) percent = 1;
  return new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 }).format(
    percent / 100,
  );
}

export interface SummaryInput {
  divergence: contract.divergence.Divergence;
  names: SideNames;
  language: string;
  /** The chosen vraagstuk's name, with the most contested speler's name (null: none differ). */
  topic?: { name: string; mostContested: string | null; compared: boolean } | undefined;
  /** The verkokering comparison, once both diagnoses are in. */
  silos?: Sentence | null | undefined;
}

export function summarySentences({ divergence, names, language, topic, silos }: SummaryInput): Sentence[] {
  const sentences: Sentence[] = [];
  if (divergence.agreement === null) {
    sentences.push({ key: 'divergence.summary.noAgreement', values: { ...names } });
  } else {
    sentences.push({
      key: 'divergence.summary.agreement',
      values: { ...names, percent: agreementPercent(divergence.agreement, language) },
    });
    sentences.push(
      divergence.contested.length > 0
        ? { key: 'divergence.summary.contested', values: { count: divergence.contested.length } }
        : { key: 'divergence.summary.noneContested', values: {} },
    );
  }
  // Only when both placed the same spelers: otherwise there is nothing to say yet (the section says why).
  if (topic?.compared) {
    sentences.push(
      topic.mostContested
        ? { key: 'divergence.summary.topic', values: { topic: topic.name, name: topic.mostContested } }
        : { key: 'divergence.summary.topicAlike', values: { topic: topic.name } },
    );
  }
  if (silos) sentences.push(silos);
  return sentences;
}
