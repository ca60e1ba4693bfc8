import { describe, expect, it } from 'vitest';
import { changeDays, dayAfter, holdsOn, isDay, notInForceOn } from './valid-on.ts';

const relation = (id: string, validFrom: string | null, validTo: string | null) => ({
  id,
  validFrom,
  validTo,
});

describe('relaties in force on a day', () => {
  const always = relation('always', null, null);
  const from2024 = relation('from2024', '2024-01-01', null);
  const until2023 = relation('until2023', null, '2023-12-31');
  const during2025 = relation('during2025', '2025-01-01', '2025-12-31');

  it('counts both ends of a period, and a relatie without dates always', () => {
    expect(holdsOn(during2025, '2025-01-01')).toBe(true);
    expect(holdsOn(during2025, '2025-12-31')).toBe(true);
    expect(holdsOn(during2025, '2024-12-31')).toBe(false);
    expect(holdsOn(during2025, '2026-01-01')).toBe(false);
    expect(holdsOn(always, '1900-01-01')).toBe(true);
  });

  it('leaves out what does not hold on the day, and nothing without a day', () => {
    const all = [always, from2024, until2023, during2025];
    expect([...notInForceOn(all, '2023-06-01')].sort()).toEqual(['during2025', 'from2024']);
    expect([...notInForceOn(all, '2025-06-01')].sort()).toEqual(['until2023']);
    expect(notInForceOn(all, '').size).toBe(0);
  });

  it('steps through the days the map changes: starts, and the day after an end', () => {
    expect(changeDays([always, from2024, until2023, during2025, relation('x', '2024-01-01', null)])).toEqual([
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
    ]);
    expect(changeDays([always])).toEqual([]);
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-12-31')).toBe('2024-01-01');
  });

  it('knows a day when it sees one', () => {
    expect(isDay('2025-02-28')).toBe(true);
    expect(isDay('2025-2-28')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('')).toBe(false);
  });
});
