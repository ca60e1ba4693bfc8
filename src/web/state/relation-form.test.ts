import { describe, expect, it } from 'vitest';
import type { Relation } from '../../domain/index.ts';
import {
  formatDate,
  formatPeriod,
  isRelationFormDirty,
  relationFormValuesOf,
  relationPayloadOf,
  resolveEnd,
} from './relation-form.ts';

const relation: Relation = {
  id: 'r1',
  workspaceId: 'w1',
  sourceId: 'a1',
  targetId: 'a2',
  type: 'financiert',
  strength: 4,
  description: 'Subsidie',
  validFrom: '2025-01-01',
  validTo: null,
  sources: ['Jaarverslag', 'https://example.org'],
  claimedByEditors: true,
  version: 2,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const actors = [
  { id: 'a1', name: 'Gemeente' },
  { id: 'a2', name: 'Buurtkamer' },
  { id: 'a3', name: 'Wijkteam' },
  { id: 'a4', name: 'Wijkteam' },
  { id: 'a5', name: 'Café De Hoek' },
];
const nameOf = (id: string) => actors.find((actor) => actor.id === id)?.name;

describe('relation form', () => {
  it('turns a relatie into form values and back into a PATCH body', () => {
    const values = relationFormValuesOf(relation, nameOf);
    expect(values).toMatchObject({ sourceName: 'Gemeente', targetName: 'Buurtkamer', strength: '4' });
    expect(values.sources).toBe('Jaarverslag\nhttps://example.org');
    expect(relationPayloadOf({ ...values, sources: ' a \n\n b ' })).toEqual({
      type: 'financiert',
      strength: 4,
      description: 'Subsidie',
      validFrom: '2025-01-01',
      validTo: null,
      sources: ['a', 'b'],
    });
    expect(isRelationFormDirty(values, relationFormValuesOf(relation, nameOf))).toBe(false);
    expect(isRelationFormDirty({ ...values, strength: '5' }, values)).toBe(true);
  });

  it('resolves a typed name to its speler, keeping an unchanged end and refusing a name of two', () => {
    const current = { id: 'a3', name: 'Wijkteam' };
    expect(resolveEnd('wijkteam ', current, actors)).toEqual({ id: 'a3' });
    expect(resolveEnd('cafe de hoek', current, actors)).toEqual({ id: 'a5' });
    expect(resolveEnd('Bibliotheek', current, actors)).toEqual({ problem: 'unknown', count: 0 });
    expect(resolveEnd('Wijkteam', { id: 'a1', name: 'Gemeente' }, actors)).toEqual({
      problem: 'ambiguous',
      count: 2,
    });
  });

  it('writes the period in words, with dates in the reader’s language', () => {
    const words = {
      between: (from: string, to: string) => `${from} – ${to}`,
      since: (from: string) => `vanaf ${from}`,
      until: (to: string) => `tot en met ${to}`,
    };
    expect(formatDate('2025-01-01', 'nl-NL')).toBe('1 jan 2025');
    expect(formatPeriod('2025-01-01', '2026-12-31', 'nl-NL', words)).toBe('1 jan 2025 – 31 dec 2026');
    expect(formatPeriod('2025-01-01', null, 'nl-NL', words)).toBe('vanaf 1 jan 2025');
    expect(formatPeriod(null, '2026-12-31', 'nl-NL', words)).toBe('tot en met 31 dec 2026');
    expect(formatPeriod(null, null, 'nl-NL', words)).toBeNull();
  });
});
