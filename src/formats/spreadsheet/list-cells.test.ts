import { describe, expect, it } from 'vitest';
import { splitList, splitSources } from './list-cells.ts';

describe('list cells', () => {
  it('split domeinen, wijken and tags on |, ; and , alike, trimmed, empties dropped', () => {
    expect(splitList('jeugd | schulden')).toEqual(['jeugd', 'schulden']);
    expect(splitList('jeugd; schulden;')).toEqual(['jeugd', 'schulden']);
    expect(splitList('Noord, Centrum ,Zuid')).toEqual(['Noord', 'Centrum', 'Zuid']);
    expect(splitList('wet:Jeugdwet | financier:gemeente; zorg & welzijn')).toEqual([
      'wet:Jeugdwet',
      'financier:gemeente',
      'zorg & welzijn',
    ]);
    expect(splitList(' ; | , ')).toEqual([]);
  });

  it('keep a source title with a comma whole, and split sources on | and on "; "', () => {
    expect(splitSources('Gesprek met teamleider, 12 maart')).toEqual(['Gesprek met teamleider, 12 maart']);
    expect(splitSources('Jaarverslag 2023; Gesprek met wethouder')).toEqual([
      'Jaarverslag 2023',
      'Gesprek met wethouder',
    ]);
    expect(splitSources('Subsidiebesluit, bijlage 2 | https://example.org/besluit')).toEqual([
      'Subsidiebesluit, bijlage 2',
      'https://example.org/besluit',
    ]);
  });

  it('keep commas and semicolons inside a web address, and split between web addresses', () => {
    expect(splitSources('https://example.org/zoek?ids=1,2,3')).toEqual([
      'https://example.org/zoek?ids=1,2,3',
    ]);
    expect(splitSources('https://example.org/rapport;jsessionid=AB12')).toEqual([
      'https://example.org/rapport;jsessionid=AB12',
    ]);
    expect(splitSources('https://a.example/x?ids=1,2, https://b.example/y;www.c.example')).toEqual([
      'https://a.example/x?ids=1,2',
      'https://b.example/y',
      'www.c.example',
    ]);
    // A title with its link is one source: only web addresses are split on a comma.
    expect(splitSources('Rapport GGD, https://ggd.example/rapport')).toEqual([
      'Rapport GGD, https://ggd.example/rapport',
    ]);
  });
});
