import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../domain/index.ts';
import type { ActorRow, RelationRow } from './columns.ts';
import { writeActorsCsv, writeRelationsCsv } from './csv-write.ts';
import { neutralise, restoreNeutralised } from './neutralise.ts';

const speler = (id: string, name: string, extra: Partial<ActorRow> = {}): ActorRow => ({
  id,
  name,
  force: 'bewoner',
  kind: 'initiatief',
  domains: ['armoede', 'participatie'],
  scale: 'buurt',
  wijken: ['Noord'],
  tags: [],
  website: null,
  sources: [],
  ...EMPTY_PROFILE,
  ...extra,
});

describe('CSV export', () => {
  it('writes Dutch headers, ; separators, a BOM and lists in one cell', () => {
    const text = writeActorsCsv([
      speler('a', 'Buurtkamer; "De Kruimel"', { achtergrond: 'Regel 1\nRegel 2' }),
    ]);
    expect(text.startsWith('\uFEFFid;naam;kracht;soort;domeinen;')).toBe(true);
    const [header, row] = parse(text, { delimiter: ';', bom: true }) as string[][];
    expect(header?.slice(0, 5)).toEqual(['id', 'naam', 'kracht', 'soort', 'domeinen']);
    expect(row?.[1]).toBe('Buurtkamer; "De Kruimel"');
    expect(row?.[4]).toBe('armoede | participatie');
    expect(row).toContain('Regel 1\nRegel 2');
  });

  it('names relatie ends by speler name and keeps their ids', () => {
    const relatie: RelationRow = {
      id: 'r',
      source: 'a',
      target: 'b',
      type: 'werkt_samen',
      strength: 4,
      description: '',
      validFrom: '2024-01-01',
      validTo: null,
      sources: [],
    };
    const [header, row] = parse(
      writeRelationsCsv([relatie], [speler('a', 'Wijkteam'), speler('b', 'Buurtkamer')]),
      {
        delimiter: ';',
        bom: true,
      },
    ) as string[][];
    expect(header).toEqual([
      'id',
      'van',
      'naar',
      'relatietype',
      'sterkte',
      'omschrijving',
      'geldig_vanaf',
      'geldig_tot',
      'bronnen',
      'van_id',
      'naar_id',
    ]);
    expect(row).toEqual([
      'r',
      'Wijkteam',
      'Buurtkamer',
      'werkt_samen',
      '4',
      '',
      '2024-01-01',
      '',
      '',
      'a',
      'b',
    ]);
  });

  it.each(['=HYPERLINK("http://x")', '+31 6', '-1', '@SUM(A1)', '\tTab', '\rCR'])(
    'neutralises a cell starting with %j, and the import restores it',
    (value) => {
      const [, row] = parse(writeActorsCsv([speler('a', value)]), {
        delimiter: ';',
        bom: true,
      }) as string[][];
      expect(row?.[1]).toBe(`'${value}`);
      expect(restoreNeutralised(row?.[1] as string)).toBe(value);
    },
  );

  it('quotes a bare line break, so a formula after it never starts a row of its own', () => {
    const values = ['regel 1\n@SUM(1+1)', 'x\n=1+1', 'a\r+1', 'b\r\n-1'];
    const text = writeActorsCsv(values.map((rol, k) => speler(`s${k}`, `Speler ${k}`, { rol })));
    const rows = parse(text, { delimiter: ';', bom: true, relax_column_count: false }) as string[][];
    expect(rows).toHaveLength(values.length + 1);
    const column = rows[0]?.indexOf('rol') as number;
    expect(rows.slice(1).map((row) => row[column])).toEqual(values);
    for (const value of values) expect(text).toContain(`"${value}"`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralise('Wijkteam Noord')).toBe('Wijkteam Noord');
    expect(restoreNeutralised("'t Hofje")).toBe("'t Hofje");
  });
});
