/**
 * How each index changed between two moments (two momentopnames, or before and after a what-if), in one
 * plain sentence per index: "De E-I-index ging van -0,42 naar -0,18: er wordt meer samengewerkt over de
 * grens van een domein heen." Values are formatted exactly as the index cards show them
 * (`formatIndexValue`), so the sentence never disagrees with the card beside it.
 *
 * Better or worse is judged from the bands first, because the bands are what the explanations hang on; a
 * move inside one band is judged from the index's direction. A change the card would not show (below its
 * display precision) counts as no change.
 */
import { formatIndexValue, groupingWord, type Locale } from './explanations.ts';
import { type Band, bandOf, INDEX_KEYS, type IndexCard, type IndexKey } from './indices.ts';
import type { GroupingKey } from './silos/grouping.ts';

export type IndexChangeDirection = 'better' | 'worse' | 'same' | 'unknown';

export interface IndexChange {
  key: IndexKey;
  /** The card at the earlier moment. */
  from: IndexCard;
  /** The card at the later moment. */
  to: IndexCard;
  /** to.value - from.value; null when either is null. */
  delta: number | null;
  /** Judged from the bands and, within one band, from the index's direction. */
  direction: IndexChangeDirection;
  /** One sentence in the locale. */
  sentence: string;
}

/** Per index: how a sentence names it, and what a rise and a fall of its value mean (one short clause each). */
export interface IndexChangeText {
  /** The index as the subject of a sentence ("De E-I-index"); the card's title is a heading, often a question. */
  subject: string;
  rise: string;
  fall: string;
}

/**
 * Sentence templates. They take `{{subject}}`, `{{from}}`, `{{to}}`, `{{value}}`, `{{unit}}` (after the last
 * value: " stappen" for path length, else empty) and `{{clause}}`; clauses may take `{{koker}}`.
 */
export interface IndexChangeTexts {
  indices: Record<IndexKey, IndexChangeText>;
  changed: string;
  same: string;
  /** The shown value is the same, yet the band moved (a value on a threshold, or the parts of a split map). */
  sameValueOtherBand: string;
  bothMissing: string;
  fromMissing: string;
  toMissing: string;
  stepsUnit: string;
}

export const INDEX_CHANGE_TEXTS: Record<Locale, IndexChangeTexts> = {
  nl: {
    indices: {
      eiIndex: {
        subject: 'De E-I-index',
        rise: 'er wordt meer samengewerkt over de grens van een {{koker}} heen',
        fall: 'meer samenwerking blijft binnen de eigen {{koker}}',
      },
      crossShare: {
        subject: 'Het deel van de contacten tussen kokers',
        rise: 'naar verhouding gaan meer contacten over de grens van een {{koker}}',
        fall: 'naar verhouding blijven meer contacten binnen één {{koker}}',
      },
      formalModularity: {
        subject: 'De score voor gesloten kokers',
        rise: 'de kokers zijn meer gesloten groepen geworden',
        fall: 'de kokers zijn minder gesloten geworden',
      },
      clusterAgreement: {
        subject: 'De overeenkomst tussen echte groepen en kokers',
        rise: 'de groepen in de praktijk lijken meer op de kokers',
        fall: 'in de praktijk werken spelers meer over de kokers heen',
      },
      clusterModularity: {
        subject: 'De scheiding tussen de groepen',
        rise: 'de samenwerking valt meer uiteen in aparte groepen',
        fall: 'de groepen lopen meer in elkaar over',
      },
      components: {
        subject: 'Het aantal losse delen',
        rise: 'meer spelers kunnen elkaar niet bereiken, ook niet via anderen',
        fall: 'meer spelers kunnen elkaar bereiken, direct of via anderen',
      },
      density: {
        subject: 'De dichtheid',
        rise: 'de spelers hebben naar verhouding meer contact met elkaar',
        fall: 'de spelers hebben naar verhouding minder contact met elkaar',
      },
      reciprocity: {
        subject: 'De wederkerigheid',
        rise: 'meer contacten gaan twee kanten op',
        fall: 'meer contacten gaan maar één kant op',
      },
      degreeCentralisation: {
        subject: 'De afhankelijkheid van een paar spelers',
        rise: 'de samenwerking hangt meer aan een paar spelers',
        fall: 'de contacten zijn beter verdeeld over de spelers',
      },
      averagePathLength: {
        subject: 'De gemiddelde afstand',
        rise: 'spelers moeten een langere weg gaan om elkaar te bereiken',
        fall: 'spelers bereiken elkaar sneller',
      },
    },
    changed: '{{subject}} ging van {{from}} naar {{to}}{{unit}}: {{clause}}.',
    same: '{{subject}} bleef gelijk op {{value}}{{unit}}.',
    sameValueOtherBand: '{{subject}} bleef {{value}}{{unit}}, maar {{clause}}.',
    bothMissing: '{{subject}} was toen en nu niet te berekenen.',
    fromMissing: '{{subject}} was toen niet te berekenen en is nu {{to}}{{unit}}.',
    toMissing: '{{subject}} was toen {{from}}{{unit}}, maar is nu niet te berekenen.',
    stepsUnit: ' stappen',
  },
  en: {
    indices: {
      eiIndex: {
        subject: 'The E-I index',
        rise: 'more work crosses the border of a {{koker}}',
        fall: 'more collaboration stays inside the own {{koker}}',
      },
      crossShare: {
        subject: 'The share of ties between silos',
        rise: 'relatively more ties cross the border of a {{koker}}',
        fall: 'relatively more ties stay inside one {{koker}}',
      },
      formalModularity: {
        subject: 'The score for closed silos',
        rise: 'the silos have become more closed groups',
        fall: 'the silos have become less closed',
      },
      clusterAgreement: {
        subject: 'The match between real groups and silos',
        rise: 'the groups in practice look more like the silos',
        fall: 'in practice players work across the silos more',
      },
      clusterModularity: {
        subject: 'The split between groups',
        rise: 'collaboration splits more into separate groups',
        fall: 'the groups overlap more',
      },
      components: {
        subject: 'The number of separate parts',
        rise: 'more players cannot reach each other, not even through others',
        fall: 'more players can reach each other, directly or through others',
      },
      density: {
        subject: 'The density',
        rise: 'players have relatively more contact with each other',
        fall: 'players have relatively less contact with each other',
      },
      reciprocity: {
        subject: 'The reciprocity',
        rise: 'more ties go both ways',
        fall: 'more ties go only one way',
      },
      degreeCentralisation: {
        subject: 'The dependence on a few players',
        rise: 'collaboration hangs more on a few players',
        fall: 'the ties are spread more evenly over the players',
      },
      averagePathLength: {
        subject: 'The average distance',
        rise: 'players have to go a longer way to reach each other',
        fall: 'players reach each other faster',
      },
    },
    changed: '{{subject}} went from {{from}} to {{to}}{{unit}}: {{clause}}.',
    same: '{{subject}} stayed at {{value}}{{unit}}.',
    sameValueOtherBand: '{{subject}} stayed at {{value}}{{unit}}, but {{clause}}.',
    bothMissing: '{{subject}} could not be computed then or now.',
    fromMissing: '{{subject}} could not be computed then and is now {{to}}{{unit}}.',
    toMissing: '{{subject}} was {{from}}{{unit}} then, but cannot be computed now.',
    stepsUnit: ' steps',
  },
};

/** Worst first; `none` has no place, it only goes with a missing value. */
const BAND_RANK: Record<Exclude<Band, 'none'>, number> = { strong: 0, some: 1, mixed: 2, open: 3 };

const rankOf = (band: Band): number | null => (band === 'none' ? null : BAND_RANK[band]);

/**
 * Whether a higher value is worse, read off `bandOf` at both extremes rather than restated: the thresholds
 * in indices.ts are private, and this way an index's direction can never disagree with its bands.
 */
const HIGHER_IS_WORSE = Object.fromEntries(
  INDEX_KEYS.map((key) => {
    const high = rankOf(bandOf(key, Number.MAX_VALUE));
    const low = rankOf(bandOf(key, -Number.MAX_VALUE));
    return [key, high !== null && low !== null && high < low];
  }),
) as Record<IndexKey, boolean>;

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

const known = (value: number | null): value is number => value !== null && Number.isFinite(value);

function judge(from: IndexCard, to: IndexCard, sameShown: boolean): IndexChangeDirection {
  if (!known(from.value) || !known(to.value)) return 'unknown';
  const before = rankOf(from.band);
  const after = rankOf(to.band);
  if (before !== null && after !== null && before !== after) return after > before ? 'better' : 'worse';
  if (sameShown) return 'same';
  const rose = to.value > from.value;
  return rose === HIGHER_IS_WORSE[from.key] ? 'worse' : 'better';
}

/**
 * Whether `to` reads better or worse than `from`, judged as the change sentences judge it (bands first,
 * then the index's direction; a difference the card would not show is none). Also what a comparison of
 * two werkruimtes side by side uses (index-comparison.ts), so "better" means one thing everywhere.
 */
export function indexDirection(from: IndexCard, to: IndexCard, locale: Locale): IndexChangeDirection {
  return judge(from, to, formatIndexValue(from, locale) === formatIndexValue(to, locale));
}

function changeOf(from: IndexCard, to: IndexCard, grouping: GroupingKey, locale: Locale): IndexChange {
  const texts = INDEX_CHANGE_TEXTS[locale];
  const text = texts.indices[to.key];
  const shownFrom = formatIndexValue(from, locale);
  const shownTo = formatIndexValue(to, locale);
  const sameShown = shownFrom === shownTo;
  const direction = judge(from, to, sameShown);
  const delta = known(from.value) && known(to.value) ? to.value - from.value : null;
  // The clause follows the judgement, not the sign of the delta: a split map can get worse with fewer parts
  // (or the same number), and the sentence must not contradict `direction`.
  const rises = direction === 'worse' ? HIGHER_IS_WORSE[to.key] : !HIGHER_IS_WORSE[to.key];
  const values = {
    subject: text.subject,
    from: shownFrom,
    to: shownTo,
    value: shownTo,
    unit: to.format === 'steps' ? texts.stepsUnit : '',
    clause: fill(rises ? text.rise : text.fall, { koker: groupingWord(grouping, locale) }),
  };
  const template =
    delta === null
      ? known(from.value)
        ? texts.toMissing
        : known(to.value)
          ? texts.fromMissing
          : texts.bothMissing
      : direction === 'same'
        ? texts.same
        : sameShown
          ? texts.sameValueOtherBand
          : texts.changed;
  return { key: to.key, from, to, delta, direction, sentence: fill(template, values) };
}

/** One change per index present at both moments, in the order of `to`. */
export function describeIndexChanges(
  from: readonly IndexCard[],
  to: readonly IndexCard[],
  grouping: GroupingKey,
  locale: Locale,
): IndexChange[] {
  const earlier = new Map<IndexKey, IndexCard>();
  for (const card of from) if (!earlier.has(card.key)) earlier.set(card.key, card);
  return to.flatMap((card) => {
    const before = earlier.get(card.key);
    return before === undefined ? [] : [changeOf(before, card, grouping, locale)];
  });
}
