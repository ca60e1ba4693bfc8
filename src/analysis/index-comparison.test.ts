import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from './explanations.ts';
import { describeIndexChanges } from './index-change.ts';
import { compareIndices, INDEX_COMPARISON_TEXTS, type IndexComparison } from './index-comparison.ts';
import {
  type BandContext,
  bandOf,
  INDEX_KEYS,
  type IndexCard,
  type IndexFormat,
  type IndexKey,
  type IndexValues,
  indexCards,
} from './indices.ts';

// The formats as indexCards hands them out (the table in indices.ts is private).
const FORMATS = new Map<IndexKey, IndexFormat>(
  indexCards(Object.fromEntries(INDEX_KEYS.map((key) => [key, null])) as IndexValues).map((c) => [
    c.key,
    c.format,
  ]),
);

/** A card as indexCards would build it: the real band and the real format. */
function card(key: IndexKey, value: number | null, context: BandContext = {}): IndexCard {
  return { key, value, band: bandOf(key, value, context), format: FORMATS.get(key) ?? 'index' };
}

const NAMES = { a: 'Wijk Noord', b: 'Wijk Zuid' };

function compare(a: IndexCard, b: IndexCard, locale: Locale = 'nl'): IndexComparison {
  const [only] = compareIndices([a], [b], 'domein', locale, NAMES);
  if (only === undefined) throw new Error('nothing compared');
  return only;
}

describe('compareIndices', () => {
  it('says in Dutch which werkruimte works more across kokers, with both values as the cards show them', () => {
    const result = compare(card('eiIndex', -0.42), card('eiIndex', -0.18));
    expect(result.better).toBe('b');
    expect(result.sentence).toBe(
      'De E-I-index is -0,42 in Wijk Noord en -0,18 in Wijk Zuid: in Wijk Zuid wordt meer samengewerkt over de grens van een domein heen.',
    );
  });

  it('says it in English, and names the better werkruimte whichever side it is', () => {
    const result = compare(card('averagePathLength', 2.1), card('averagePathLength', 3.4), 'en');
    expect(result.better).toBe('a');
    expect(result.sentence).toBe(
      'The average distance is 2.1 steps in Wijk Noord and 3.4 steps in Wijk Zuid: in Wijk Noord players reach each other faster.',
    );
  });

  it('judges better and worse exactly as a change between two moments is judged', () => {
    const values: Record<IndexKey, number[]> = {
      eiIndex: [-0.8, -0.3, 0, 0.5],
      crossShare: [0.1, 0.3, 0.5, 0.7],
      formalModularity: [0.05, 0.2, 0.3, 0.5],
      clusterAgreement: [0.1, 0.3, 0.5, 0.7],
      clusterModularity: [0.1, 0.2, 0.4, 0.6],
      components: [1, 2, 5],
      density: [0.01, 0.03, 0.1, 0.2],
      reciprocity: [0.2, 0.4, 0.6, 0.8],
      degreeCentralisation: [0.1, 0.2, 0.4, 0.6],
      averagePathLength: [2, 2.5, 3.5, 5],
    };
    const verdict = { better: 'b', worse: 'a', same: 'same', unknown: 'unknown' };
    for (const key of INDEX_KEYS) {
      for (const x of values[key]) {
        for (const y of values[key]) {
          const a = card(key, x, { largestComponentShare: 0.8 });
          const b = card(key, y, { largestComponentShare: 0.8 });
          const [change] = describeIndexChanges([a], [b], 'domein', 'nl');
          expect(compare(a, b).better, `${key} ${x} vs ${y}`).toBe(verdict[change?.direction ?? 'unknown']);
        }
      }
    }
  });

  it('says when both show the same value, and when one or both cannot be computed', () => {
    expect(compare(card('density', 0.1), card('density', 0.1)).sentence).toBe(
      'De dichtheid is in beide werkruimtes 10%.',
    );
    const missing = compare(card('reciprocity', null), card('reciprocity', 0.6));
    expect(missing.better).toBe('unknown');
    expect(missing.sentence).toBe(
      'De wederkerigheid is 60% in Wijk Zuid, maar in Wijk Noord niet te berekenen.',
    );
    expect(compare(card('reciprocity', 0.6), card('reciprocity', null), 'en').sentence).toBe(
      'The reciprocity is 60% in Wijk Noord, but cannot be computed in Wijk Zuid.',
    );
    expect(compare(card('eiIndex', null), card('eiIndex', null)).sentence).toBe(
      'De E-I-index is in geen van beide werkruimtes te berekenen.',
    );
  });

  it('names the better one when the shown value is the same but the bands differ', () => {
    // 0.5 and 0.5004 both show as 50%, on either side of reciprocity's band bound of 0.5.
    const result = compare(card('reciprocity', 0.5), card('reciprocity', 0.5004));
    expect([result.a.band, result.b.band]).toEqual(['some', 'mixed']);
    expect(result.better).toBe('b');
    expect(result.sentence).toBe(
      'De wederkerigheid is in beide werkruimtes 50%, maar in Wijk Zuid gaan meer contacten twee kanten op.',
    );
  });

  it('compares only the indices both have, in the order of the first', () => {
    const a = [card('density', 0.1), card('eiIndex', 0.1)];
    const b = [card('eiIndex', 0.2), card('reciprocity', 0.5)];
    expect(compareIndices(a, b, 'domein', 'nl', NAMES).map((row) => row.key)).toEqual(['eiIndex']);
  });

  it('has a clause for every index in both languages', () => {
    for (const locale of LOCALES)
      for (const key of INDEX_KEYS)
        expect(INDEX_COMPARISON_TEXTS[locale].better[key]).toMatch(/\{\{better\}\}/);
  });
});
