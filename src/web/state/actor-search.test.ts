import { describe, expect, it } from 'vitest';
import { normalizeName, sameName, searchByName } from './actor-search.ts';

const actors = [
  { id: '1', name: 'Voedselbank Zuid' },
  { id: '2', name: 'Stichting Voedsel voor Iedereen' },
  { id: '3', name: 'Buurtkamer De Kruimel' },
  { id: '4', name: 'Gezond voedsel-netwerk' },
  { id: '5', name: 'Café Ontmoeting' },
  { id: '6', name: 'Buurtteam  Zuid' },
];

describe('searchByName', () => {
  it('finds a part of a name, start of the name first, then a word start, then inside a word', () => {
    expect(searchByName(actors, 'voedsel').map((a) => a.id)).toEqual(['1', '4', '2']);
    expect(searchByName(actors, 'ruimel').map((a) => a.id)).toEqual(['3']);
  });

  it('ignores case, accents and extra spaces', () => {
    expect(searchByName(actors, 'cafe').map((a) => a.id)).toEqual(['5']);
    expect(searchByName(actors, '  BUURTTEAM zuid ').map((a) => a.id)).toEqual(['6']);
  });

  it('finds nothing for empty text or text no name holds', () => {
    expect(searchByName(actors, '   ')).toEqual([]);
    expect(searchByName(actors, 'jeugd')).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(searchByName(actors, 'e', 2)).toHaveLength(2);
  });
});

describe('sameName', () => {
  it('finds another speler with the same name written differently, never the speler itself', () => {
    expect(sameName(actors, 'buurtteam zuid').map((a) => a.id)).toEqual(['6']);
    expect(sameName(actors, 'Buurtteam Zuid', '6')).toEqual([]);
    expect(sameName(actors, 'Buurtteam')).toEqual([]);
  });

  it('normalises names the same way as the search', () => {
    expect(normalizeName(' Café  De Kroon ')).toBe('cafe de kroon');
  });
});
