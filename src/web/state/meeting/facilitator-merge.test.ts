import { describe, expect, it } from 'vitest';
import type { GraphActor } from '../../../domain/index.ts';
import {
  actorMergeCandidates,
  isSameName,
  MERGE_SHOWN,
  relationMergeCandidates,
} from './facilitator-merge.ts';

const actor = (id: string, name: string, force: GraphActor['force'] = 'bewoner') => ({ id, name, force });
const ACTORS = [
  actor('1', 'Buurtkamer Zuid', 'instelling'),
  actor('2', 'Buurtkamer Noord', 'instelling'),
  actor('3', 'buurtkamer noord', 'bewoner'),
  actor('4', 'Wijkteam Noord', 'professional'),
  actor('5', 'De Buurtkamer Oost', 'instelling'),
];

describe('spelers to merge a missing speler with', () => {
  it('puts the same name first (the same kracht before others), then similar names', () => {
    const shown = actorMergeCandidates(ACTORS, { name: 'Buurtkamer Noord', force: 'bewoner' }, '');
    expect(shown.map((candidate) => candidate.id)).toEqual(['3', '2']);
  });

  it('searches what the facilitator types; same-named ones lead only when they match it', () => {
    const shown = actorMergeCandidates(ACTORS, { name: 'Buurtkamer Noord', force: 'bewoner' }, 'buurtk');
    expect(shown.map((candidate) => candidate.id)).toEqual(['3', '2', '1', '5']);
    const other = actorMergeCandidates(ACTORS, { name: 'Buurtkamer Noord', force: 'bewoner' }, 'wijk');
    expect(other.map((candidate) => candidate.id)).toEqual(['4']);
  });

  it('ignores case and accents and shows at most 30', () => {
    const many = Array.from({ length: 50 }, (_, index) => actor(`m${index}`, `Café ${index}`));
    expect(actorMergeCandidates(many, { name: 'cafe' }, '')).toHaveLength(MERGE_SHOWN);
    expect(isSameName(actor('x', 'Café  De Hoek'), 'cafe de hoek')).toBe(true);
  });

  it('finds nothing when nothing is like the name', () => {
    expect(actorMergeCandidates(ACTORS, { name: 'Voedselbank' }, '')).toEqual([]);
  });
});

describe('relaties to merge a tie with', () => {
  const relation = (id: string, source: string, target: string, type: 'werkt_samen' | 'financiert') => ({
    id,
    source,
    target,
    type,
  });
  const RELATIONS = [
    relation('r1', 'a', 'b', 'financiert'),
    relation('r2', 'b', 'a', 'werkt_samen'),
    relation('r3', 'a', 'c', 'werkt_samen'),
    relation('r4', 'a', 'b', 'werkt_samen'),
  ];

  it('finds the relaties between the two spelers either way round, the same type and direction first', () => {
    const shown = relationMergeCandidates(RELATIONS, { sourceId: 'a', targetId: 'b', type: 'werkt_samen' });
    expect(shown.map((candidate) => candidate.id)).toEqual(['r4', 'r2', 'r1']);
  });

  it('finds none when the two have no relatie', () => {
    expect(relationMergeCandidates(RELATIONS, { sourceId: 'b', targetId: 'c', type: 'werkt_samen' })).toEqual(
      [],
    );
  });
});
