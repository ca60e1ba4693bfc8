/**
 * Which vocabulary value a word in a spreadsheet cell means. People type what the screens show
 * ("Bewoners", "werkt samen met", "Residents") as readily as the template's codes (`bewoner`,
 * `werkt_samen`), so every one of them is accepted, Dutch or English, ignoring case, accents and the
 * difference between spaces, hyphens and underscores. The words are the domain's labels
 * (src/domain/vocabulary-labels.ts), the same the web app shows; typed words compare by `wordKey`.
 */
import { type Label, type LabelledVocabulary, VOCABULARY_LABELS, wordKey } from '../../domain/index.ts';

function wordsOf(name: string, labels: Readonly<Record<string, Label>>): Map<string, string> {
  const words = new Map<string, string>();
  for (const [value, label] of Object.entries(labels)) {
    for (const word of [value, label.nl, label.en]) {
      const key = wordKey(word);
      // Two values behind one word would make an import guess; a new label must not allow that.
      const taken = words.get(key);
      if (taken !== undefined && taken !== value)
        throw new Error(`${name}: "${word}" names both ${taken} and ${value}`);
      words.set(key, value);
    }
  }
  return words;
}

const WORDS = Object.fromEntries(
  Object.entries(VOCABULARY_LABELS).map(([name, labels]) => [name, wordsOf(name, labels)]),
) as Record<LabelledVocabulary, Map<string, string>>;

/** The value a typed word stands for, or `undefined` when it is none of the vocabulary's words. */
export function valueOfWord(vocabulary: LabelledVocabulary, text: string): string | undefined {
  return WORDS[vocabulary].get(wordKey(text));
}
