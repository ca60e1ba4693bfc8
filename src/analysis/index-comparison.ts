/**
 * Two werkruimtes side by side, index by index (two wijken of one gemeente, or two gemeenten): which one
 * reads better, in one plain sentence: "De E-I-index is −0,42 in Wijk Noord en −0,18 in Wijk Zuid: in Wijk
 * Zuid wordt meer samengewerkt over de grens van een domein heen." Better and worse are judged exactly as a
 * change between two moments is (`indexDirection`: bands first, then the index's direction), and values are
 * formatted as the index cards show them, so the sentence never disagrees with the cards beside it.
 */
import { formatIndexValue, groupingWord, type Locale } from './explanations.ts';
import { INDEX_CHANGE_TEXTS, indexDirection } from './index-change.ts';
import type { IndexCard, IndexKey } from './indices.ts';
import type { GroupingKey } from './silos/grouping.ts';

/** The werkruimte that reads better on an index, or neither. */
export type IndexComparisonVerdict = 'a' | 'b' | 'same' | 'unknown';

export interface IndexComparison {
  key: IndexKey;
  a: IndexCard;
  b: IndexCard;
  better: IndexComparisonVerdict;
  /** One sentence in the locale, naming both werkruimtes. */
  sentence: string;
}

/**
 * Sentence templates. They take `{{subject}}` (the index as INDEX_CHANGE_TEXTS names it), `{{a}}` and `{{b}}`
 * (the werkruimtes' names), `{{valueA}}`, `{{valueB}}`, `{{value}}`, `{{unit}}` (" stappen" for path length,
 * else empty), `{{known}}` and `{{missing}}` (names) and `{{clause}}`, which says what is better where.
 */
export interface IndexComparisonTexts {
  /** Per index what the better werkruimte has more of; takes `{{better}}` (a name) and `{{koker}}`. */
  better: Record<IndexKey, string>;
  differ: string;
  same: string;
  /** The shown value is the same, yet the bands differ (a value on a threshold, or a split map). */
  sameValueOtherBand: string;
  oneMissing: string;
  bothMissing: string;
}

export const INDEX_COMPARISON_TEXTS: Record<Locale, IndexComparisonTexts> = {
  nl: {
    better: {
      eiIndex: 'in {{better}} wordt meer samengewerkt over de grens van een {{koker}} heen',
      crossShare: 'in {{better}} gaan naar verhouding meer contacten over de grens van een {{koker}}',
      formalModularity: 'in {{better}} zijn de kokers minder gesloten groepen',
      clusterAgreement: 'in {{better}} werken spelers meer over de kokers heen',
      clusterModularity: 'in {{better}} lopen de groepen meer in elkaar over',
      components: 'in {{better}} kunnen meer spelers elkaar bereiken, direct of via anderen',
      density: 'in {{better}} hebben de spelers naar verhouding meer contact met elkaar',
      reciprocity: 'in {{better}} gaan meer contacten twee kanten op',
      degreeCentralisation: 'in {{better}} zijn de contacten beter verdeeld over de spelers',
      averagePathLength: 'in {{better}} bereiken spelers elkaar sneller',
    },
    differ: '{{subject}} is {{valueA}}{{unit}} in {{a}} en {{valueB}}{{unit}} in {{b}}: {{clause}}.',
    same: '{{subject}} is in beide werkruimtes {{value}}{{unit}}.',
    sameValueOtherBand: '{{subject}} is in beide werkruimtes {{value}}{{unit}}, maar {{clause}}.',
    oneMissing: '{{subject}} is {{value}}{{unit}} in {{known}}, maar in {{missing}} niet te berekenen.',
    bothMissing: '{{subject}} is in geen van beide werkruimtes te berekenen.',
  },
  en: {
    better: {
      eiIndex: 'in {{better}} more work crosses the border of a {{koker}}',
      crossShare: 'in {{better}} relatively more ties cross the border of a {{koker}}',
      formalModularity: 'in {{better}} the silos are less closed groups',
      clusterAgreement: 'in {{better}} players work across the silos more',
      clusterModularity: 'in {{better}} the groups overlap more',
      components: 'in {{better}} more players can reach each other, directly or through others',
      density: 'in {{better}} players have relatively more contact with each other',
      reciprocity: 'in {{better}} more ties go both ways',
      degreeCentralisation: 'in {{better}} the ties are spread more evenly over the players',
      averagePathLength: 'in {{better}} players reach each other faster',
    },
    differ: '{{subject}} is {{valueA}}{{unit}} in {{a}} and {{valueB}}{{unit}} in {{b}}: {{clause}}.',
    same: '{{subject}} is {{value}}{{unit}} in both workspaces.',
    sameValueOtherBand: '{{subject}} is {{value}}{{unit}} in both workspaces, but {{clause}}.',
    oneMissing: '{{subject}} is {{value}}{{unit}} in {{known}}, but cannot be computed in {{missing}}.',
    bothMissing: '{{subject}} cannot be computed in either workspace.',
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (match, name: string) => values[name] ?? match);
}

const VERDICT = { better: 'b', worse: 'a', same: 'same', unknown: 'unknown' } as const;

function compareCards(
  a: IndexCard,
  b: IndexCard,
  grouping: GroupingKey,
  locale: Locale,
  names: { a: string; b: string },
): IndexComparison {
  const texts = INDEX_COMPARISON_TEXTS[locale];
  // From a to b, as a change would be read: "better" means b reads better.
  const better = VERDICT[indexDirection(a, b, locale)];
  const valueA = formatIndexValue(a, locale);
  const valueB = formatIndexValue(b, locale);
  const clause =
    better === 'a' || better === 'b'
      ? fill(texts.better[a.key], { better: names[better], koker: groupingWord(grouping, locale) })
      : '';
  const aMissing = a.value === null;
  const bMissing = b.value === null;
  const values = {
    subject: INDEX_CHANGE_TEXTS[locale].indices[a.key].subject,
    a: names.a,
    b: names.b,
    valueA,
    valueB,
    value: aMissing ? valueB : valueA,
    unit: a.format === 'steps' ? INDEX_CHANGE_TEXTS[locale].stepsUnit : '',
    known: aMissing ? names.b : names.a,
    missing: aMissing ? names.a : names.b,
    clause,
  };
  const template =
    aMissing && bMissing
      ? texts.bothMissing
      : aMissing || bMissing
        ? texts.oneMissing
        : better === 'same'
          ? texts.same
          : valueA === valueB
            ? texts.sameValueOtherBand
            : texts.differ;
  return { key: a.key, a, b, better, sentence: fill(template, values) };
}

/** One comparison per index both werkruimtes have, in the order of `a`'s cards. */
export function compareIndices(
  a: readonly IndexCard[],
  b: readonly IndexCard[],
  grouping: GroupingKey,
  locale: Locale,
  names: { a: string; b: string },
): IndexComparison[] {
  const second = new Map<IndexKey, IndexCard>();
  for (const card of b) if (!second.has(card.key)) second.set(card.key, card);
  return a.flatMap((card) => {
    const other = second.get(card.key);
    return other === undefined ? [] : [compareCards(card, other, grouping, locale, names)];
  });
}
