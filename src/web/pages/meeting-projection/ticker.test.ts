import { describe, expect, it } from 'vitest';
import type { Contribution } from '../../../domain/index.ts';
import { slot, splitSlots, tickerEntries } from './ticker.ts';

const A = '00000000-0000-4000-8000-0000000000a1';
const B = '00000000-0000-4000-8000-0000000000b2';

function contribution(fields: Partial<Contribution> & Pick<Contribution, 'id'>): Contribution {
  return {
    kind: 'actor',
    content: { kind: 'actor', name: 'Buurtkamer De Hoek', force: 'bewoner', why: null },
    status: 'accepted',
    groupId: '00000000-0000-4000-8000-00000000000a',
    groupName: 'Bewoners',
    participantName: 'Fatima',
    mine: false,
    actors: [],
    actorId: A,
    relationId: null,
    reactions: { klopt: 0, kloptNiet: 0 },
    myReaction: null,
    createdAt: '2026-03-01T19:00:00.000Z',
    decidedAt: '2026-03-01T19:01:00.000Z',
    ...fields,
  };
}

describe('tickerEntries', () => {
  it('says a new speler, a tie and a place on the vraagstuk with the group, newest first', () => {
    const actors = [
      { id: A, name: 'Wijkteam Noord', force: 'professional' as const },
      { id: B, name: 'GGD', force: 'instelling' as const },
    ];
    const entries = tickerEntries([
      contribution({ id: 'c1', decidedAt: '2026-03-01T19:01:00.000Z' }),
      contribution({
        id: 'c2',
        kind: 'tie',
        content: { kind: 'tie', sourceId: A, targetId: B, type: 'werkt_samen', strength: 3 },
        groupName: 'Professionals',
        actors,
        actorId: null,
        relationId: '00000000-0000-4000-8000-0000000000f1',
        decidedAt: '2026-03-01T19:03:00.000Z',
      }),
      contribution({
        id: 'c3',
        kind: 'position',
        content: { kind: 'position', actorId: B, invloed: 4, belang: 2, standpunt: -1 },
        actors,
        actorId: B,
        decidedAt: '2026-03-01T19:02:00.000Z',
      }),
    ]);
    expect(entries).toEqual([
      {
        id: 'c2',
        group: 'Professionals',
        line: { kind: 'tie', source: 'Wijkteam Noord', target: 'GGD', type: 'werkt_samen' },
      },
      { id: 'c3', group: 'Bewoners', line: { kind: 'position', name: 'GGD', invloed: 4, belang: 2 } },
      {
        id: 'c1',
        group: 'Bewoners',
        line: { kind: 'actorNew', name: 'Buurtkamer De Hoek', force: 'bewoner' },
      },
    ]);
  });

  it('names a merged speler by the speler that was already there', () => {
    const [entry] = tickerEntries([
      contribution({
        id: 'c1',
        status: 'merged',
        content: { kind: 'actor', name: 'buurtkamer hoek', force: 'professional', why: null },
        actors: [{ id: A, name: 'Buurtkamer De Hoek', force: 'bewoner' }],
      }),
    ]);
    expect(entry?.line).toEqual({ kind: 'actorKnown', name: 'Buurtkamer De Hoek', force: 'bewoner' });
  });

  it('leaves out what is not on the map and keeps the last few', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      contribution({ id: `c${i}`, decidedAt: `2026-03-01T19:0${i}:00.000Z` }),
    );
    const entries = tickerEntries(
      [
        ...many,
        contribution({ id: 'p', status: 'pending', decidedAt: null }),
        contribution({ id: 'r', status: 'rejected', decidedAt: '2026-03-01T20:00:00.000Z' }),
      ],
      3,
    );
    expect(entries.map((entry) => entry.id)).toEqual(['c7', 'c6', 'c5']);
  });

  it('gives null for an end whose name the contribution does not carry', () => {
    const [entry] = tickerEntries([
      contribution({
        id: 'c1',
        kind: 'tie',
        content: { kind: 'tie', sourceId: A, targetId: B, type: 'financiert', strength: 3 },
        actors: [{ id: A, name: 'Gemeente', force: 'gemeente' }],
      }),
    ]);
    expect(entry?.line).toEqual({ kind: 'tie', source: 'Gemeente', target: null, type: 'financiert' });
  });
});

describe('splitSlots', () => {
  it('cuts a sentence made with slots back into text and names', () => {
    const sentence = `${slot('source')} werkt samen met ${slot('target')}`;
    expect(splitSlots(sentence)).toEqual([
      { slot: 'source' },
      { text: ' werkt samen met ' },
      { slot: 'target' },
    ]);
    expect(splitSlots(`Nieuw: speler ${slot('name')} (bewoners)`)).toEqual([
      { text: 'Nieuw: speler ' },
      { slot: 'name' },
      { text: ' (bewoners)' },
    ]);
  });

  it('leaves a sentence without slots whole', () => {
    expect(splitSlots('<b>niets</b>')).toEqual([{ text: '<b>niets</b>' }]);
  });
});
