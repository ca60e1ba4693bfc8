import { describe, expect, it } from 'vitest';
import {
  CELL,
  DIVIDER,
  GRID,
  placeDots,
  pointAt,
  quadrantOf,
  shortName,
  stanceColor,
  stanceKey,
  stanceMark,
  stepPoint,
  xOf,
  yOf,
} from './topic-grid.ts';

describe('quadrantOf', () => {
  it('names the four quadrants of the power/interest grid', () => {
    expect(quadrantOf({ invloed: 5, belang: 5 })).toBe('nauw_betrekken');
    expect(quadrantOf({ invloed: 5, belang: 1 })).toBe('tevreden_houden');
    expect(quadrantOf({ invloed: 1, belang: 5 })).toBe('informeren');
    expect(quadrantOf({ invloed: 1, belang: 1 })).toBe('monitoren');
  });

  it('counts the middle of the scale as high, and a mean by the drawn line', () => {
    expect(quadrantOf({ invloed: 3, belang: 3 })).toBe('nauw_betrekken');
    expect(quadrantOf({ invloed: 2, belang: 3 })).toBe('informeren');
    expect(quadrantOf({ invloed: 2.5, belang: 2.6 })).toBe('informeren');
    expect(quadrantOf({ invloed: 2.6, belang: 2.4 })).toBe('tevreden_houden');
  });
});

describe('stepPoint', () => {
  const start = { invloed: 3, belang: 3 };
  it('moves one step: up/down is invloed, right/left is belang', () => {
    expect(stepPoint(start, 'ArrowUp')).toEqual({ invloed: 4, belang: 3 });
    expect(stepPoint(start, 'ArrowDown')).toEqual({ invloed: 2, belang: 3 });
    expect(stepPoint(start, 'ArrowRight')).toEqual({ invloed: 3, belang: 4 });
    expect(stepPoint(start, 'ArrowLeft')).toEqual({ invloed: 3, belang: 2 });
  });

  it('stops at the ends of the scale and leaves other keys alone', () => {
    expect(stepPoint({ invloed: 5, belang: 1 }, 'ArrowUp')).toEqual({ invloed: 5, belang: 1 });
    expect(stepPoint({ invloed: 5, belang: 1 }, 'ArrowLeft')).toEqual({ invloed: 5, belang: 1 });
    expect(stepPoint({ invloed: 1, belang: 5 }, 'ArrowDown')).toEqual({ invloed: 1, belang: 5 });
    expect(stepPoint({ invloed: 1, belang: 5 }, 'ArrowRight')).toEqual({ invloed: 1, belang: 5 });
    expect(stepPoint(start, 'Enter')).toBeNull();
    expect(stepPoint(start, 'a')).toBeNull();
  });
});

describe('grid geometry', () => {
  it('puts high invloed at the top and high belang on the right, inside the plot', () => {
    expect(yOf(5)).toBeLessThan(yOf(1));
    expect(xOf(5)).toBeGreaterThan(xOf(1));
    expect(xOf(1) - CELL.width / 2).toBeCloseTo(GRID.left);
    expect(xOf(5) + CELL.width / 2).toBeCloseTo(GRID.width - GRID.right);
    expect(yOf(5) - CELL.height / 2).toBeCloseTo(GRID.top);
    expect(yOf(1) + CELL.height / 2).toBeCloseTo(GRID.height - GRID.bottom);
  });

  it('draws the quadrant lines between 2 and 3', () => {
    expect(DIVIDER.x).toBeCloseTo((xOf(2) + xOf(3)) / 2);
    expect(DIVIDER.y).toBeCloseTo((yOf(2) + yOf(3)) / 2);
  });

  it('maps every cell centre back to its score, and snaps and clamps a dropped point', () => {
    for (let invloed = 1; invloed <= 5; invloed++)
      for (let belang = 1; belang <= 5; belang++)
        expect(pointAt(xOf(belang), yOf(invloed))).toEqual({ invloed, belang });
    expect(pointAt(xOf(4) + CELL.width * 0.4, yOf(2) - CELL.height * 0.4)).toEqual({ invloed: 2, belang: 4 });
    expect(pointAt(-100, -100)).toEqual({ invloed: 5, belang: 1 });
    expect(pointAt(10_000, 10_000)).toEqual({ invloed: 1, belang: 5 });
  });
});

describe('stance', () => {
  it('has words, a mark and a colour from against to for', () => {
    expect([-2, -1, 0, 1, 2].map(stanceKey)).toEqual([
      'strongAgainst',
      'against',
      'neutral',
      'for',
      'strongFor',
    ]);
    expect([-2, -1, 0, 1, 2].map(stanceMark)).toEqual(['−−', '−', '0', '+', '++']);
    expect(new Set([-2, -1, 0, 1, 2].map(stanceColor)).size).toBe(5);
  });

  it('rounds a mean to the nearest stance', () => {
    expect(stanceKey(-0.4)).toBe('neutral');
    expect(stanceKey(1.5)).toBe('strongFor');
    expect(stanceMark(-1.6)).toBe('−−');
  });
});

describe('placeDots', () => {
  it('keeps dots on different scores apart and lists dots on one score down the cell', () => {
    const items = [
      { id: 'a', invloed: 4, belang: 4 },
      { id: 'b', invloed: 4, belang: 4 },
      { id: 'c', invloed: 4, belang: 4 },
      { id: 'd', invloed: 1, belang: 2 },
    ];
    const placed = placeDots(items, (item) => item);
    const at = (id: string) => placed.find((dot) => dot.item.id === id);
    expect(at('a')?.cx).toBe(at('b')?.cx);
    expect(at('b')?.cy).toBeCloseTo(yOf(4)); // the middle one of three on the cell's middle line
    expect((at('b')?.cy ?? 0) - (at('a')?.cy ?? 0)).toBeGreaterThan(10);
    // Every dot stays within its own cell.
    for (const dot of placed) {
      const item = dot.item;
      expect(Math.abs(dot.cy - yOf(item.invloed))).toBeLessThan(CELL.height / 2);
      expect(Math.abs(dot.cx - xOf(item.belang))).toBeLessThan(CELL.width / 2);
    }
  });

  it('returns the dots in the order it was given them', () => {
    const items = [
      { id: 'a', invloed: 1, belang: 1 },
      { id: 'b', invloed: 5, belang: 5 },
      { id: 'c', invloed: 1, belang: 1 },
    ];
    expect(placeDots(items, (item) => item).map((dot) => dot.item.id)).toEqual(['a', 'b', 'c']);
  });

  it('squeezes a crowded cell so its dots stay inside it', () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ id: String(i), invloed: 2, belang: 2 }));
    const ys = placeDots(items, (item) => item).map((dot) => dot.cy);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(CELL.height);
  });
});

describe('shortName', () => {
  it('cuts long names with an ellipsis and keeps short ones', () => {
    expect(shortName('Wijkteam')).toBe('Wijkteam');
    expect(shortName('Stichting Buurtkamer Noord')).toBe('Stichting B…');
    expect(shortName('Stichting Buurtkamer Noord').length).toBeLessThanOrEqual(12);
  });
});
