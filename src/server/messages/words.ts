/**
 * Small word helpers the Dutch and English catalogues share: a list read as alternatives ("a, b or c"),
 * and the accepted words of a vocabulary for a refused spreadsheet value, taken from the domain's labels
 * (the words the screens show) with the code beside a label that reads differently: "Bewoners (bewoner)".
 */
import {
  type LabelLanguage,
  type LabelledVocabulary,
  VOCABULARY_LABELS,
  wordKey,
} from '../../domain/index.ts';

/** `["a", "b", "c"]` as "a, b or c" with `or` in the reader's language; '' for anything but a list. */
export function alternatives(items: unknown, or: string): string {
  if (!Array.isArray(items) || items.length === 0) return '';
  const texts = items.map(String);
  const last = texts.pop() as string;
  return texts.length === 0 ? last : `${texts.join(', ')} ${or} ${last}`;
}

const isVocabulary = (value: unknown): value is LabelledVocabulary =>
  typeof value === 'string' && Object.hasOwn(VOCABULARY_LABELS, value);

/** Every word of a vocabulary a spreadsheet cell may hold, or undefined when `vocabulary` names none. */
export function acceptedWords(vocabulary: unknown, language: LabelLanguage): string | undefined {
  if (!isVocabulary(vocabulary)) return undefined;
  return Object.entries(VOCABULARY_LABELS[vocabulary])
    .map(([code, label]) => {
      const word = label[language];
      return wordKey(word) === wordKey(code) ? word : `${word} (${code})`;
    })
    .join(', ');
}
