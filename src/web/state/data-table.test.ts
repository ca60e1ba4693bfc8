import { describe, expect, it } from 'vitest';
import { dutchCollator } from './collator.ts';
import { filterRows, foldText, nextSort, pageOf, searchIndex, sortRows } from './data-table.ts';

interface Row {
  name: string;
  wijk: string;
  strength: number | null;
}
const rows: Row[] = [
  { name: 'Buurtkamer Noord', wijk: 'Noord', strength: 3 },
  { name: 'Café De Hoek', wijk: 'Centrum', strength: null },
  { name: 'Gemeente – team Wmo', wijk: '', strength: 5 },
  { name: 'Jiřina’s Inloop', wijk: 'Zuid', strength: 1 },
  { name: 'buurtteam Zuid', wijk: 'Zuid', strength: 3 },
];
const index = searchIndex(rows, (row) => [row.name, row.wijk]);
const names = (list: Row[]) => list.map((row) => row.name);

describe('search', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldText('  Café   DE Hoek ')).toBe('cafe de hoek');
    expect(names(filterRows(rows, index, 'cafe'))).toEqual(['Café De Hoek']);
    expect(names(filterRows(rows, index, 'JIRINA'))).toEqual(['Jiřina’s Inloop']);
    expect(names(filterRows(rows, index, 'jiřina'))).toEqual(['Jiřina’s Inloop']);
  });

  it('finds a part of a word, and every word of the query in any order', () => {
    expect(names(filterRows(rows, index, 'buurt'))).toEqual(['Buurtkamer Noord', 'buurtteam Zuid']);
    expect(names(filterRows(rows, index, 'noord buurt'))).toEqual(['Buurtkamer Noord']);
    expect(names(filterRows(rows, index, 'zuid'))).toEqual(['Jiřina’s Inloop', 'buurtteam Zuid']);
  });

  it('keeps every row for an empty query and none when nothing matches', () => {
    expect(filterRows(rows, index, '   ')).toHaveLength(rows.length);
    expect(filterRows(rows, index, 'bibliotheek')).toEqual([]);
  });
});

describe('sort', () => {
  it('sorts text the Dutch way and numbers as numbers, both directions', () => {
    expect(names(sortRows(rows, (row) => row.name, 'ascending', dutchCollator))).toEqual([
      'Buurtkamer Noord',
      'buurtteam Zuid',
      'Café De Hoek',
      'Gemeente – team Wmo',
      'Jiřina’s Inloop',
    ]);
    const byStrength = sortRows(rows, (row) => row.strength, 'descending', dutchCollator);
    expect(byStrength.map((row) => row.strength)).toEqual([5, 3, 3, 1, null]);
  });

  it('puts empty cells last in both directions and keeps ties in their earlier order', () => {
    const ascending = sortRows(rows, (row) => row.strength, 'ascending', dutchCollator);
    expect(ascending.map((row) => row.strength)).toEqual([1, 3, 3, 5, null]);
    expect(names(ascending).slice(1, 3)).toEqual(['Buurtkamer Noord', 'buurtteam Zuid']);
    const byWijk = sortRows(rows, (row) => row.wijk || null, 'descending', dutchCollator);
    expect(byWijk.at(-1)?.name).toBe('Gemeente – team Wmo');
  });

  it('turns a column around on a second click and starts a new column ascending', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({
      key: 'name',
      direction: 'descending',
    });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'strength')).toEqual({
      key: 'strength',
      direction: 'ascending',
    });
  });
});

describe('paging', () => {
  const many = Array.from({ length: 120 }, (_, i) => i);

  it('cuts the rows into pages', () => {
    expect(pageOf(many, 1, 50)).toMatchObject({ page: 1, pages: 3 });
    expect(pageOf(many, 3, 50).items).toEqual(many.slice(100));
  });

  it('shows the last page when the page asked for is past the end, and one empty page for no rows', () => {
    expect(pageOf(many.slice(0, 10), 3, 50)).toEqual({ items: many.slice(0, 10), page: 1, pages: 1 });
    expect(pageOf([], 2, 50)).toEqual({ items: [], page: 1, pages: 1 });
    expect(pageOf(many, 0, 50).page).toBe(1);
  });
});
