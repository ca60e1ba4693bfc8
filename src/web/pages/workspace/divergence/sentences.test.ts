/**
 * The comparison's sentences as a reader sees them, through i18next with the real nl/en texts: every
 * relation type reads as a whole Dutch clause with both names in it, the groups come in reading order,
 * and a position difference says invloed and standpunt in words.
 */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as contract from '../../../../contract/index.ts';
import { RELATION_TYPES } from '../../../../domain/index.ts';
import { en } from '../../../i18n/en.ts';
import { nl } from '../../../i18n/nl.ts';
import { partsOf, plainText } from './parts.ts';
import {
  contestedSpelers,
  differenceKind,
  type PositionDifference,
  positionSentence,
  powerWord,
} from './positions.ts';
import { claimsOf, contestedSentence, onlySentence, strengthSentence, type Tie, tieGroups } from './ties.ts';

let t: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const make = async (lng: string) => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng,
      resources: { nl: { translation: nl }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    return i18n.t.bind(i18n) as TFunction;
  };
  t = await make('nl');
  tEn = await make('en');
});

const NAMES: Record<string, string> = {
  g: 'Gemeente Voorbeeld',
  i: 'Bewonersinitiatief De Ster',
  w: 'Wijkteam Oost',
  v: 'Voedselbank',
};
const nameOf = (id: string) => NAMES[id];
const read = (sentence: string, language = 'nl') =>
  plainText(partsOf(sentence, language), (slot) => `[${slot}]`);
const named = (sentence: string, ends: Record<string, string>) =>
  plainText(partsOf(sentence, 'nl'), (slot) => NAMES[ends[slot] as string] as string);
const tie = (id: string, source: string, target: string, type = 'werkt_samen'): Tie => ({
  id,
  source,
  target,
  type,
});
const sides = { a: 'Gemeente', b: 'Bewoners' };

function divergence(fields: Partial<contract.divergence.Divergence>): contract.divergence.Divergence {
  return {
    a: { id: 'a', name: 'Gemeente' },
    b: { id: 'b', name: 'Bewoners' },
    agreement: 0.4,
    shared: 0,
    contested: [],
    onlyA: [],
    onlyB: [],
    strengthDifferences: [],
    ...fields,
  };
}

describe('tie sentences', () => {
  it('says who claims and who denies, in that order', () => {
    const sentence = contestedSentence(t, { relation: tie('1', 'g', 'i'), claimer: 'b' }, sides);
    expect(named(sentence, { source: 'g', target: 'i' })).toBe(
      'Volgens Bewoners werkt Gemeente Voorbeeld samen met Bewonersinitiatief De Ster; volgens Gemeente niet.',
    );
    expect(read(contestedSentence(tEn, { relation: tie('1', 'g', 'i'), claimer: 'a' }, sides), 'en')).toBe(
      'According to Gemeente, [source] works with [target]; according to Bewoners, this is not so.',
    );
  });

  it('words every relation type as a whole clause holding both names once', () => {
    for (const type of RELATION_TYPES) {
      for (const translate of [t, tEn]) {
        const text = read(onlySentence(translate, tie('1', 'g', 'w', type), 'a', sides));
        expect(text.match(/\[source\]/g), `${type}: ${text}`).toHaveLength(1);
        expect(text.match(/\[target\]/g), `${type}: ${text}`).toHaveLength(1);
        expect(text, type).not.toMatch(/\{\{|divergence\./);
      }
    }
    expect(read(onlySentence(t, tie('1', 'g', 'w', 'stuurt_aan'), 'a', sides))).toBe(
      'Volgens Gemeente stuurt [source] [target] aan. Van Bewoners is hierover niets bekend.',
    );
    expect(read(onlySentence(t, tie('1', 'g', 'w', 'maakt_deel_uit_van'), 'b', sides))).toBe(
      'Volgens Bewoners maakt [source] deel uit van [target]. Van Gemeente is hierover niets bekend.',
    );
  });

  it('words an unknown relation type too', () => {
    expect(read(onlySentence(t, tie('1', 'g', 'w', 'kent'), 'a', sides))).toBe(
      'Volgens Gemeente is er een relatie tussen [source] en [target]. Van Bewoners is hierover niets bekend.',
    );
  });

  it('gives both strengths on their scale', () => {
    expect(read(strengthSentence(t, { relation: tie('1', 'g', 'w', 'financiert'), a: 5, b: 2 }, sides))).toBe(
      '[source] financiert [target]: volgens Gemeente sterkte 5 van 5, volgens Bewoners sterkte 2 van 5.',
    );
  });
});

describe('tieGroups', () => {
  it('orders each group by speler name, strength differences largest first', () => {
    const groups = tieGroups(
      divergence({
        contested: [
          { relation: tie('1', 'w', 'v'), a: { kind: 'denies' }, b: { kind: 'claims', strength: 3 } },
          { relation: tie('2', 'g', 'i'), a: { kind: 'claims', strength: 4 }, b: { kind: 'denies' } },
        ],
        onlyA: [tie('3', 'v', 'g'), tie('4', 'i', 'w')],
        strengthDifferences: [
          { relation: tie('5', 'g', 'w'), a: 4, b: 3 },
          { relation: tie('6', 'w', 'g'), a: 1, b: 5 },
        ],
      }),
      nameOf,
    );
    expect(groups.contested.map((entry) => [entry.relation.id, entry.claimer])).toEqual([
      ['2', 'a'],
      ['1', 'b'],
    ]);
    expect(groups.onlyA.map((entry) => entry.id)).toEqual(['4', '3']);
    expect(groups.strength.map((entry) => entry.relation.id)).toEqual(['6', '5']);
  });
});

describe('claimsOf', () => {
  it('counts what a side names and what it denies, so silence can be said', () => {
    const compared = divergence({
      shared: 2,
      contested: [
        { relation: tie('1', 'g', 'i'), a: { kind: 'claims', strength: 4 }, b: { kind: 'denies' } },
      ],
      onlyB: [tie('2', 'w', 'v')],
    });
    expect(claimsOf(compared, 'a')).toEqual({ named: 3, denied: 0 });
    expect(claimsOf(compared, 'b')).toEqual({ named: 3, denied: 1 });
    expect(claimsOf(divergence({ agreement: null, onlyA: [tie('3', 'g', 'w')] }), 'b')).toEqual({
      named: 0,
      denied: 0,
    });
  });
});

const placed = (actorId: string, a: [number, number], b: [number, number]): PositionDifference => ({
  actorId,
  a: { invloed: a[0], standpunt: a[1] },
  b: { invloed: b[0], standpunt: b[1] },
  distance: Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]),
});

describe('position differences', () => {
  it('puts the most apart first, then for-against before a shift, then by name, and leaves out who is seen alike', () => {
    const ordered = contestedSpelers(
      [
        placed('w', [3, 0], [3, 0]),
        placed('v', [2, 1], [4, 1]),
        placed('i', [3, 1], [3, -1]),
        placed('g', [5, 2], [1, -2]),
        placed('x', [2, 0], [4, 0]),
      ],
      (id) => ({ ...NAMES, x: 'Armoedecoalitie' })[id],
    );
    expect(ordered.map((entry) => entry.actorId)).toEqual(['g', 'i', 'x', 'v']);
  });

  it('says invloed in a word and standpunt as the grid does', () => {
    expect([1, 2, 3, 4, 5].map(powerWord)).toEqual(['little', 'little', 'some', 'much', 'much']);
    const sentence = positionSentence(t, placed('g', [4, 1], [1, -2]), sides);
    expect(named(sentence, { actor: 'g' })).toBe(
      'Gemeente Voorbeeld heeft volgens Gemeente veel invloed (4 van 5) en is voor; volgens Bewoners weinig invloed (1 van 5) en sterk tegen.',
    );
    expect(read(positionSentence(tEn, placed('g', [3, 0], [3, 2]), sides), 'en')).toBe(
      'According to Gemeente, [actor] has average power (3 of 5) and is neutral; according to Bewoners, average power (3 of 5) and strongly for.',
    );
  });

  it('names what differs, for-against first', () => {
    expect(differenceKind(placed('g', [4, 1], [4, -1]))).toBe('opposed');
    expect(differenceKind(placed('g', [4, 1], [2, -2]))).toBe('opposed');
    expect(differenceKind(placed('g', [4, 1], [4, 2]))).toBe('stance');
    expect(differenceKind(placed('g', [4, 0], [2, 0]))).toBe('power');
    expect(differenceKind(placed('g', [4, 0], [2, 1]))).toBe('both');
  });
});
