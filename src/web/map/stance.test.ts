import { describe, expect, it } from 'vitest';
import type { TopicPosition } from '../../domain/index.ts';
import {
  mapStanceOf,
  NO_POSITION_COLOR,
  STANCE_SCALE,
  stanceFill,
  stanceSource,
  stancesOf,
} from './stance.ts';

const P = 'p-gemeente';
const Q = 'p-bewoners';
let serial = 0;
const position = (
  actorId: string,
  perspectiveId: string,
  standpunt: number,
  beweging: TopicPosition['beweging'] = null,
  assessedOn = '2026-03-01',
): TopicPosition =>
  ({
    id: `pos-${++serial}`,
    topicId: 't',
    actorId,
    perspectiveId,
    invloed: 3,
    belang: 3,
    standpunt,
    beweging,
    reasoning: '',
    assessedOn,
    createdAt: `2026-03-01T10:00:${String(serial).padStart(2, '0')}Z`,
  }) as TopicPosition;

describe('the standpunt colours', () => {
  it('run from sterk tegen to sterk voor, with grey for no position', () => {
    expect([-2, -1, 0, 1, 2].map(stanceFill)).toEqual([...STANCE_SCALE]);
    expect(stanceFill(null)).toBe(NO_POSITION_COLOR);
    expect(stanceFill(Number.NaN)).toBe(NO_POSITION_COLOR);
    expect(new Set([...STANCE_SCALE, NO_POSITION_COLOR]).size).toBe(6);
  });

  it('give a mean the nearest whole standpunt, never past the ends', () => {
    expect(stanceFill(0.5)).toBe(stanceFill(1));
    expect(stanceFill(-0.4)).toBe(stanceFill(0));
    expect(stanceFill(-1.6)).toBe(stanceFill(-2));
    expect(stanceFill(7)).toBe(stanceFill(2));
  });

  it('keep the two ends far apart in lightness, so they differ without colour vision', () => {
    const lightness = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [
        number,
        number,
        number,
      ];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // Each step away from neutral is darker than the one before, on both sides.
    const [strongAgainst, against, neutral, pro, strongFor] = STANCE_SCALE.map(lightness) as number[];
    expect(strongAgainst).toBeLessThan(against as number);
    expect(against).toBeLessThan(neutral as number);
    expect(strongFor).toBeLessThan(pro as number);
    expect(pro).toBeLessThan(neutral as number);
  });
});

describe('whose standpunten colour a map', () => {
  const positions = [
    position('a', P, 2, 'van_boven'),
    position('a', Q, -1, 'van_boven'),
    position('b', P, -2, 'van_onderop'),
    position('b', Q, 2, null),
    // An older position of the gemeente on c, then its current one.
    position('c', P, -2, null, '2026-01-01'),
    position('c', P, 1, 'van_onderop', '2026-02-01'),
    position('gone', P, 2),
  ];
  const actors = ['a', 'b', 'c', 'd'];

  it('takes the map’s own perspective, or all merged for the stored map and for all', () => {
    expect(stanceSource('')).toEqual({ kind: 'all' });
    expect(stanceSource('all')).toEqual({ kind: 'all' });
    expect(stanceSource(P)).toEqual({ kind: 'one', perspectiveId: P });
  });

  it('reads one perspective’s current positions, of spelers still on the map', () => {
    const stances = stancesOf(positions, stanceSource(P), actors);
    expect([...stances.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(stances.get('c')).toEqual({ standpunt: 1, beweging: 'van_onderop' });
  });

  it('merges perspectives into the mean, keeping a beweging only where they agree', () => {
    const stances = stancesOf(positions, stanceSource('all'), actors);
    expect(stances.get('a')).toEqual({ standpunt: 0.5, beweging: 'van_boven' });
    expect(stances.get('b')).toEqual({ standpunt: 0, beweging: 'mixed' });
  });

  it('draws fills and marks for every speler with a position, arrows only where asked', () => {
    const stances = stancesOf(positions, stanceSource('all'), actors);
    const drawn = mapStanceOf(stances, true);
    expect(drawn.fills.get('a')).toBe(stanceFill(1));
    expect(drawn.fills.has('d')).toBe(false);
    expect(drawn.marks.get('a')).toBe('+');
    expect(drawn.marks.get('b')).toBe('0');
    expect([...drawn.movements]).toEqual([
      ['a', 'van_boven'],
      ['c', 'van_onderop'],
    ]);
    expect(mapStanceOf(stances, false).movements.size).toBe(0);
  });
});
