import { describe, expect, it } from 'vitest';
import { type MatchableActor, matchActors, matchKey } from './actor-matching.ts';

const actor = (id: string, name: string, force: MatchableActor['force'] = 'instelling'): MatchableActor => ({
  id,
  name,
  force,
});

describe('matchKey', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(matchKey('G.G.D. Regio')).toBe(matchKey('GGD regio'));
    expect(matchKey('Huisartsencoöperatie')).toBe(matchKey('HUISARTSENCOOPERATIE'));
    expect(matchKey('Wmo-loket')).toBe(matchKey('Wmo  loket'));
    expect(matchKey('Gemeente – team Wmo')).toBe(matchKey('Gemeente team Wmo'));
    expect(matchKey('’t Hof')).toBe(matchKey("'t hof"));
    expect(matchKey('Cliëntenraad')).toBe('clientenraad');
  });

  it('keeps letters and digits apart from each other', () => {
    expect(matchKey('Wijkteam Noord')).not.toBe(matchKey('Wijkteam Zuid'));
    expect(matchKey('Team 1')).not.toBe(matchKey('Team 2'));
    expect(matchKey('...')).toBe('');
  });
});

describe('matchActors', () => {
  it('pairs spelers whose names are the same but for case, accents and punctuation', () => {
    const a = [actor('a1', 'GGD regio'), actor('a2', 'Wijkteam Noord', 'professional'), actor('a3', 'CAK')];
    const b = [actor('b1', 'Wijkteam Zuid', 'professional'), actor('b2', 'G.G.D. Regio'), actor('b3', 'cak')];
    expect(matchActors(a, b)).toEqual([
      { a: a[2], b: b[2], by: 'name' },
      { a: a[0], b: b[1], by: 'name' },
    ]);
  });

  it('matches each speler at most once, the same name and then the same kracht first', () => {
    const a = [
      actor('a1', 'Buurtkamer', 'bewoner'),
      actor('a2', 'BUURTKAMER', 'professional'),
      actor('a3', 'Buurtkamer', 'gemeente'),
    ];
    const b = [actor('b1', 'buurtkamer', 'professional'), actor('b2', 'Buurtkamer', 'rijk')];
    const matches = matchActors(a, b);
    expect(matches).toHaveLength(2);
    // The very same name first (a1 before a3, by id, takes b2), then the same kracht (a2 takes b1); a3 is
    // left over. Listed in a's name order.
    expect(matches.map((m) => [m.a.id, m.b.id])).toEqual([
      ['a2', 'b1'],
      ['a1', 'b2'],
    ]);
    const used = matches.flatMap((m) => [m.a.id, m.b.id]);
    expect(new Set(used).size).toBe(used.length);
  });

  it('finds nothing when nothing is alike, and never matches a name of punctuation only', () => {
    expect(matchActors([actor('a1', 'Voedselbank')], [actor('b1', 'Voedselbank Noord')])).toEqual([]);
    expect(matchActors([actor('a1', '—')], [actor('b1', '-')])).toEqual([]);
    expect(matchActors([], [actor('b1', 'CAK')])).toEqual([]);
  });
});
