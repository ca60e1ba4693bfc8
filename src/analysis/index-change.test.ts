import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from './explanations.ts';
import { describeIndexChanges, INDEX_CHANGE_TEXTS, type IndexChange } from './index-change.ts';
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

function change(
  from: IndexCard,
  to: IndexCard,
  locale: Locale = 'nl',
  grouping: Parameters<typeof describeIndexChanges>[2] = 'domein',
): IndexChange {
  const [only] = describeIndexChanges([from], [to], grouping, locale);
  if (only === undefined) throw new Error('no change described');
  return only;
}

describe('describeIndexChanges', () => {
  it('says in Dutch that the E-I index rose and that more work crosses the koker', () => {
    const result = change(card('eiIndex', -0.42), card('eiIndex', -0.18), 'nl');
    expect(result.sentence).toBe(
      'De E-I-index ging van -0,42 naar -0,18: er wordt meer samengewerkt over de grens van een domein heen.',
    );
    expect(result.delta).toBeCloseTo(0.24);
  });

  it('says in English that the E-I index rose, naming the grouping', () => {
    const result = change(card('eiIndex', -0.42), card('eiIndex', -0.18), 'en', 'kracht');
    expect(result.sentence).toBe(
      'The E-I index went from -0.42 to -0.18: more work crosses the border of a force.',
    );
  });

  it('calls a move into a better band better, whatever the distance', () => {
    const from = card('eiIndex', -0.42);
    const to = card('eiIndex', -0.18);
    expect([from.band, to.band]).toEqual(['some', 'mixed']);
    expect(change(from, to).direction).toBe('better');
    expect(change(to, from).direction).toBe('worse');
  });

  it('judges a move inside one band by the index’s direction', () => {
    const from = card('eiIndex', -0.35);
    const to = card('eiIndex', -0.25);
    expect(from.band).toBe(to.band);
    expect(change(from, to).direction).toBe('better');
    expect(change(to, from).direction).toBe('worse');
    expect(change(to, from, 'nl', 'wijk').sentence).toBe(
      'De E-I-index ging van -0,25 naar -0,35: meer samenwerking blijft binnen de eigen wijk.',
    );
  });

  it('calls a rise of an index where higher means more siloed worse', () => {
    const from = card('formalModularity', 0.26);
    const to = card('formalModularity', 0.32);
    expect(from.band).toBe(to.band);
    const result = change(from, to);
    expect(result.direction).toBe('worse');
    expect(result.sentence).toBe(
      'De score voor gesloten kokers ging van 0,26 naar 0,32: de kokers zijn meer gesloten groepen geworden.',
    );
    expect(change(card('formalModularity', 0.2), card('formalModularity', 0.45)).direction).toBe('worse');
    expect(change(card('averagePathLength', 2.1), card('averagePathLength', 2.6)).direction).toBe('worse');
  });

  it('mentions the grouping in the cross-share clause', () => {
    const result = change(card('crossShare', 0.2), card('crossShare', 0.45), 'en', 'wijk');
    expect(result.direction).toBe('better');
    expect(result.sentence).toBe(
      'The share of ties between silos went from 20% to 45%: relatively more ties cross the border of a district.',
    );
  });

  it('says the value could not be computed then, now, or at both moments', () => {
    const missing = card('eiIndex', null);
    const present = card('eiIndex', -0.3);
    const fromMissing = change(missing, present);
    expect(fromMissing).toMatchObject({ delta: null, direction: 'unknown' });
    expect(fromMissing.sentence).toBe('De E-I-index was toen niet te berekenen en is nu -0,30.');
    expect(change(present, missing).sentence).toBe(
      'De E-I-index was toen -0,30, maar is nu niet te berekenen.',
    );
    expect(change(missing, missing).sentence).toBe('De E-I-index was toen en nu niet te berekenen.');
    expect(change(present, missing, 'en').sentence).toBe(
      'The E-I index was -0.30 then, but cannot be computed now.',
    );
    expect(change(missing, present, 'en').sentence).toBe(
      'The E-I index could not be computed then and is now -0.30.',
    );
    expect(change(missing, missing, 'en')).toMatchObject({
      delta: null,
      direction: 'unknown',
      sentence: 'The E-I index could not be computed then or now.',
    });
  });

  it('says an unchanged value stayed the same', () => {
    const result = change(card('reciprocity', 0.6), card('reciprocity', 0.6));
    expect(result).toMatchObject({
      delta: 0,
      direction: 'same',
      sentence: 'De wederkerigheid bleef gelijk op 60%.',
    });
    expect(change(card('reciprocity', 0.6), card('reciprocity', 0.6), 'en').sentence).toBe(
      'The reciprocity stayed at 60%.',
    );
  });

  it('counts a change below the shown precision as the same', () => {
    const result = change(card('eiIndex', -0.421), card('eiIndex', -0.419));
    expect(result.direction).toBe('same');
    expect(result.delta).toBeCloseTo(0.002);
    expect(result.sentence).toBe('De E-I-index bleef gelijk op -0,42.');
  });

  it('words the number of separate parts as whole numbers', () => {
    const result = change(card('components', 1), card('components', 3, { largestComponentShare: 0.8 }));
    expect(result.direction).toBe('worse');
    expect(result.sentence).toBe(
      'Het aantal losse delen ging van 1 naar 3: meer spelers kunnen elkaar niet bereiken, ook niet via anderen.',
    );
    expect(change(card('components', 3), card('components', 1), 'en').sentence).toBe(
      'The number of separate parts went from 3 to 1: more players can reach each other, directly or through others.',
    );
  });

  it('calls a map that split further worse even when the number of parts stayed', () => {
    const from = card('components', 3, { largestComponentShare: 0.95 });
    const to = card('components', 3, { largestComponentShare: 0.6 });
    const result = change(from, to);
    expect(result.direction).toBe('worse');
    expect(result.sentence).toBe(
      'Het aantal losse delen bleef 3, maar meer spelers kunnen elkaar niet bereiken, ook niet via anderen.',
    );
  });

  it('gives the average distance in steps', () => {
    const result = change(card('averagePathLength', 3.44), card('averagePathLength', 2.9));
    expect(result.direction).toBe('better');
    expect(result.sentence).toBe(
      'De gemiddelde afstand ging van 3,4 naar 2,9 stappen: spelers bereiken elkaar sneller.',
    );
    expect(change(card('averagePathLength', 2.9), card('averagePathLength', 2.9), 'en').sentence).toBe(
      'The average distance stayed at 2.9 steps.',
    );
  });

  it('describes only the indices present at both moments, in the order of the later list', () => {
    const from = [card('density', 0.05), card('eiIndex', -0.2), card('reciprocity', 0.5)];
    const to = [card('reciprocity', 0.6), card('components', 1), card('eiIndex', 0)];
    expect(describeIndexChanges(from, to, 'domein', 'nl').map((c) => c.key)).toEqual([
      'reciprocity',
      'eiIndex',
    ]);
  });

  it('has a subject and a rise and fall clause for every index, in every locale', () => {
    for (const locale of LOCALES) {
      for (const key of INDEX_KEYS) {
        const text = INDEX_CHANGE_TEXTS[locale].indices[key];
        expect(text?.subject, `${locale} ${key}`).toBeTruthy();
        expect(text?.rise, `${locale} ${key}`).toBeTruthy();
        expect(text?.fall, `${locale} ${key}`).toBeTruthy();
        expect(text?.rise, `${locale} ${key}`).not.toBe(text?.fall);
      }
    }
  });

  it('fills every placeholder for every index and direction', () => {
    // Worse when higher, except these four (lower means more siloed or thinner).
    const rising: Partial<Record<IndexKey, boolean>> = {
      eiIndex: false,
      crossShare: false,
      density: false,
      reciprocity: false,
    };
    for (const locale of LOCALES) {
      for (const key of INDEX_KEYS) {
        const low = card(key, 1);
        const high = card(key, 5);
        const up = change(low, high, locale, 'tag:moeder');
        const down = change(high, low, locale, 'tag:moeder');
        for (const result of [up, down]) expect(result.sentence, `${locale} ${key}`).not.toMatch(/\{\{|\}\}/);
        expect(up.direction, `${locale} ${key}`).toBe(rising[key] === false ? 'better' : 'worse');
        expect(down.direction, `${locale} ${key}`).toBe(rising[key] === false ? 'worse' : 'better');
      }
    }
  });
});
