import { describe, expect, it } from 'vitest';
import { emptyReport } from '../import-document.ts';
import { LIMITS } from '../limits.ts';
import { ACTOR_COLUMNS, EXPLANATIONS, relationColumns } from './columns.ts';
import { type Cell, cellText, mapHeader, normaliseHeader, tableKind } from './sheet-header.ts';

const header = (...cells: Cell[]) => ({ row: 1, cells });

describe('spreadsheet headers', () => {
  it('accepts the Dutch and English headers, case, spaces and hyphens ignored', () => {
    for (const column of ACTOR_COLUMNS) {
      for (const name of [column.header, column.english, ` ${column.english.toUpperCase()} `]) {
        const mapped = mapHeader('spelers', header('naam', 'kracht', name), emptyReport());
        // naam and kracht twice is a duplicate, every other column maps.
        expect('layout' in mapped || ['naam', 'kracht'].includes(column.header)).toBe(true);
      }
    }
    const mapped = mapHeader('relaties', header('From', 'to', 'RelatieType', 'Geldig vanaf'), emptyReport());
    expect('layout' in mapped && mapped.layout.place).toEqual({
      sourceId: 'From',
      targetId: 'to',
      type: 'RelatieType',
      validFrom: 'Geldig vanaf',
    });
    expect(normaliseHeader(' Geldig-vanaf ')).toBe('geldig_vanaf');
  });

  it('has an explanation for every column', () => {
    expect(Object.keys(EXPLANATIONS.spelers)).toEqual(ACTOR_COLUMNS.map((column) => column.header));
    expect(Object.keys(EXPLANATIONS.relaties)).toEqual(
      relationColumns(() => '').map((column) => column.header),
    );
  });

  it('reports unknown columns once and refuses a field given twice', () => {
    const report = emptyReport();
    expect(mapHeader('spelers', header('naam', 'kracht', 'kleur', 'kleur', '', 'name'), report)).toEqual({
      issues: [{ path: 'spelers.1.name', code: 'duplicate_items', params: { column: 'name' } }],
    });
    expect(report.ignored).toEqual(['spelers: kleur']);
  });

  it('names missing required columns', () => {
    expect(mapHeader('spelers', header('soort'), emptyReport())).toEqual({
      issues: [
        { path: 'spelers.1', code: 'missing_column', params: { column: 'naam' } },
        { path: 'spelers.1', code: 'missing_column', params: { column: 'kracht' } },
      ],
    });
    expect(mapHeader('relaties', header('van', 'naar_id', 'type'), emptyReport())).toEqual({
      issues: [{ path: 'relaties.1', code: 'missing_column', params: { column: 'naar' } }],
    });
  });

  it('refuses more columns than the cap, not counting empty ones at the end', () => {
    const wide = Array.from({ length: LIMITS.columns + 1 }, (_, index) => `k${index}`);
    expect(mapHeader('spelers', header(...wide), emptyReport())).toEqual({
      issues: [{ path: 'spelers.1', code: 'too_big', params: { maximum: LIMITS.columns } }],
    });
    const padded: Cell[] = ['naam', 'kracht'];
    padded[16_383] = null;
    expect('layout' in mapHeader('spelers', header(...padded), emptyReport())).toBe(true);
  });

  it('tells relaties from spelers by their from/to columns', () => {
    expect(tableKind(['Van', 'Naar', 'relatietype'])).toBe('relaties');
    expect(tableKind(['From', 'To'])).toBe('relaties');
    expect(tableKind(['Label', 'Type'])).toBe('spelers');
    expect(tableKind([])).toBe('spelers');
  });

  it('reads cells as trimmed text without our apostrophe', () => {
    expect(cellText("  '=1+1 ")).toBe('=1+1');
    expect(cellText("'t Hofje")).toBe("'t Hofje");
    expect(cellText(3)).toBe('3');
    expect(cellText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(cellText(new Date(Date.UTC(2024, 1, 29, 13, 30)))).toBe('2024-02-29T13:30:00.000Z');
    expect(cellText(null)).toBe('');
  });
});
