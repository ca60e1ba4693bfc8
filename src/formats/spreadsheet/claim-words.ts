/**
 * The words a person may type in the claims sheets (perspectieven, oordelen, vraagstukken, posities) for
 * a choice that has no list of its own in vocabulary-words.ts: beweging, a vraagstuk's status, a claim's
 * herkomst, ja/nee and the standpunt's words. Besides the codes, these are the words the screens show
 * (src/domain/vocabulary-labels.ts, Dutch and English) and a few shorter ones, compared the way
 * vocabulary-words.ts compares: case, accents and the difference between spaces, hyphens and underscores
 * do not count.
 */
import {
  type Label,
  MOVEMENT_LABELS,
  NO_MOVEMENT_LABEL,
  STANCE_LABELS,
  STANCE_NAMES,
  TOPIC_STATUS_LABELS,
  wordKey,
} from '../../domain/index.ts';

const both = (label: Label) => [label.nl, label.en];

/** Choice words by vocabulary: value → the words that mean it. `''` is "none" (an empty beweging). */
const CLAIM_WORDS = {
  movement: {
    van_boven: [...both(MOVEMENT_LABELS.van_boven), 'van boven', 'top-down'],
    van_onderop: [...both(MOVEMENT_LABELS.van_onderop), 'van onderop', 'from below'],
    '': both(NO_MOVEMENT_LABEL),
  },
  topicStatus: { actief: both(TOPIC_STATUS_LABELS.actief), afgerond: both(TOPIC_STATUS_LABELS.afgerond) },
  origin: {
    editor: ['redactie'],
    import: ['bestand', 'file'],
    survey: ['uitvraag'],
    meeting: ['bijeenkomst'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;
export type ClaimVocabulary = keyof typeof CLAIM_WORDS;

function table(words: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [value, synonyms] of Object.entries(words))
    for (const word of [value, ...synonyms]) if (word !== '') map.set(wordKey(word), value);
  return map;
}

const TABLES = Object.fromEntries(
  Object.entries(CLAIM_WORDS).map(([name, words]) => [name, table(words)]),
) as Record<ClaimVocabulary, Map<string, string>>;

/** The value a typed word stands for (`''` for "none"), or `undefined` when it is none of the words. */
export function valueOfClaimWord(vocabulary: ClaimVocabulary, text: string): string | undefined {
  return TABLES[vocabulary].get(wordKey(text));
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'waar', 'true', 'x', '1'].map(wordKey));
const NO = new Set(['nee', 'n', 'no', 'onwaar', 'false', '0'].map(wordKey));

/** ja/nee (also yes/no, true/false, 1/0) as a boolean, or `undefined` when it is neither. */
export function yesNo(text: string): boolean | undefined {
  const key = wordKey(text);
  return YES.has(key) ? true : NO.has(key) ? false : undefined;
}

/** The standpunt the screens' words stand for: "sterk tegen" −2 … "sterk voor" +2. */
const STANCE_WORDS = new Map(
  Object.entries(STANCE_NAMES).flatMap(([value, name]) =>
    both(STANCE_LABELS[name]).map((word) => [wordKey(word), Number(value)] as const),
  ),
);

export function stanceOfWord(text: string): number | undefined {
  return STANCE_WORDS.get(wordKey(text));
}
