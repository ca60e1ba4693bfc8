import { describe, expect, it } from 'vitest';
import type { WorkspaceGraph } from '../../domain/index.ts';
import { filteredOut, NO_FILTERS, toggle } from './map-filters.ts';
import { nameSuggestions } from './name-suggestions.ts';

const actor = (id: string, force: string, domains: string[], wijken: string[]) =>
  ({
    id,
    name: id,
    force,
    kind: 'team',
    domains,
    scale: null,
    wijken,
    tags: [],
  }) as WorkspaceGraph['actors'][number];
const relation = (id: string, source: string, target: string, type: string) =>
  ({
    id,
    source,
    target,
    type,
    strength: 3,
    validFrom: null,
    validTo: null,
    perspective: null,
  }) as WorkspaceGraph['relations'][number];

const data = {
  workspace: {} as WorkspaceGraph['workspace'],
  actors: [
    actor('a', 'gemeente', ['schulden'], ['Noord']),
    actor('b', 'bewoner', ['jeugd'], ['Zuid']),
    actor('c', 'bewoner', ['schulden'], []),
  ],
  relations: [
    relation('ab', 'a', 'b', 'financiert'),
    relation('ac', 'a', 'c', 'werkt_samen'),
    relation('bc', 'b', 'c', 'spanning'),
  ],
};

describe('map filters', () => {
  it('fades nothing without filters', () => {
    expect(filteredOut(data, NO_FILTERS)).toEqual({ actors: new Set(), relations: new Set() });
  });

  it('fades spelers outside the kracht, domein and wijk filters, and relaties touching them', () => {
    const byForce = filteredOut(data, { ...NO_FILTERS, forces: ['bewoner'] });
    expect([...byForce.actors]).toEqual(['a']);
    expect([...byForce.relations].sort()).toEqual(['ab', 'ac']);
    expect(
      [...filteredOut(data, { ...NO_FILTERS, domains: ['schulden'], wijken: ['Noord'] }).actors].sort(),
    ).toEqual(['b', 'c']);
  });

  it('fades relaties of other types but keeps all spelers', () => {
    const result = filteredOut(data, { ...NO_FILTERS, relationTypes: ['spanning'] });
    expect(result.actors.size).toBe(0);
    expect([...result.relations].sort()).toEqual(['ab', 'ac']);
  });

  it('toggles values', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe('name suggestions', () => {
  it('puts names starting with the typed text first and stays short', () => {
    const names = [
      'Buurtkamer Noord',
      'Wijkteam Noord',
      'Noordelijke coalitie',
      ...Array.from({ length: 100 }, (_, i) => `Noord ${i}`),
    ];
    const result = nameSuggestions(names, 'noord', 5);
    expect(result).toHaveLength(5);
    expect(result[0]).toBe('Noordelijke coalitie');
    expect(nameSuggestions(names, 'kamer')).toEqual(['Buurtkamer Noord']);
  });
});
