import { describe, expect, it } from 'vitest';
import {
  type Comparison,
  confirmedCount,
  forceRows,
  indexRows,
  isComplete,
  type Match,
  matchKey,
  percent,
  selectionOf,
  toggled,
} from './compare-view.ts';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

const actor = (id: string, name: string) => ({ id, name, force: 'instelling' as const });
const MATCHES: Match[] = [
  { a: actor(A, 'GGD regio'), b: actor(B, 'G.G.D. Regio'), by: 'name' },
  { a: actor(B, 'CAK'), b: actor(A, 'cak'), by: 'name' },
];

function card(key: 'eiIndex' | 'density', value: number, band: 'some' | 'open', title: string) {
  return {
    key,
    value,
    band,
    format: 'index' as const,
    explanation: { title, value: String(value), measures: '', reading: `Lezing ${value}`, action: '' },
  };
}

function side(id: string, cards: ReturnType<typeof card>[], actors: number): Comparison['a'] {
  return {
    workspace: { id, name: id, gemeente: 'GM0363', label: id },
    counts: { actors, relations: 0 },
    indices: cards,
    forces: [
      { force: 'rijk', actors: 0, actorShare: 0, relations: 0, relationShare: null },
      { force: 'bewoner', actors, actorShare: 1, relations: 0, relationShare: null },
    ],
    brokers: [],
  };
}

describe('selectionOf', () => {
  it('reads two ids from the address and ignores anything that is not one', () => {
    expect(selectionOf(`?a=${A}&b=${B}`)).toEqual({ a: A, b: B });
    expect(selectionOf(`?a=${A.toUpperCase()}`)).toEqual({ a: A, b: '' });
    expect(selectionOf("?a=' OR 1=1&b=")).toEqual({ a: '', b: '' });
    expect(isComplete(selectionOf(`?a=${A}&b=${B}`))).toBe(true);
    expect(isComplete(selectionOf(`?b=${B}`))).toBe(false);
  });
});

describe('the matches the user confirms', () => {
  it('counts every match until it is unticked, and again once ticked', () => {
    expect(confirmedCount(MATCHES, new Set())).toBe(2);
    const first = matchKey(MATCHES[0] as Match);
    const unticked = toggled(new Set(), first, false);
    expect(confirmedCount(MATCHES, unticked)).toBe(1);
    expect(confirmedCount(MATCHES, toggled(unticked, first, true))).toBe(2);
    // A key of a match no longer listed does not count against the ones that are.
    expect(confirmedCount(MATCHES, new Set(['x|y']))).toBe(2);
  });
});

describe('the table rows', () => {
  const comparison: Comparison = {
    grouping: 'domein',
    a: side(A, [card('eiIndex', -0.4, 'some', 'E-I-index'), card('density', 0.2, 'open', 'Dichtheid')], 3),
    b: side(B, [card('density', 0.1, 'open', 'Dichtheid'), card('eiIndex', 0.3, 'open', 'E-I-index')], 5),
    indices: [
      {
        key: 'eiIndex',
        a: { key: 'eiIndex', value: -0.4, band: 'some', format: 'index' },
        b: { key: 'eiIndex', value: 0.3, band: 'open', format: 'index' },
        better: 'b',
        sentence: 'De E-I-index …',
      },
    ],
    matches: [],
  };

  it('pairs each index with both cards, whatever their order', () => {
    expect(indexRows(comparison)).toEqual([
      {
        key: 'eiIndex',
        title: 'E-I-index',
        a: { value: '-0.4', band: 'some', reading: 'Lezing -0.4' },
        b: { value: '0.3', band: 'open', reading: 'Lezing 0.3' },
        better: 'b',
        sentence: 'De E-I-index …',
      },
    ]);
  });

  it('pairs each kracht of both werkruimtes', () => {
    expect(forceRows(comparison).map((row) => [row.force, row.a.actors, row.b.actors])).toEqual([
      ['rijk', 0, 0],
      ['bewoner', 3, 5],
    ]);
  });

  it('writes shares as whole percentages, and none for nothing to share', () => {
    expect(percent(0.384, 'nl-NL')).toBe('38%');
    expect(percent(null, 'nl-NL')).toBeNull();
  });
});
