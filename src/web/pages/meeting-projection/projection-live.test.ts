import { describe, expect, it } from 'vitest';
import type { Contribution, MeetingEvent } from '../../../domain/index.ts';
import { HIGHLIGHT_MS } from '../../state/meeting/live-meeting.ts';
import {
  applyProjectionEvent,
  elementOf,
  highlightsOf,
  MAP_WAIT_MS,
  mayChangeMap,
  noteShown,
  projectionLiveFrom,
} from './projection-live.ts';

const GROUP = '00000000-0000-4000-8000-00000000000a';
const A = '00000000-0000-4000-8000-0000000000a1';
const B = '00000000-0000-4000-8000-0000000000b2';
const R = '00000000-0000-4000-8000-0000000000f1';

function contribution(fields: Partial<Contribution> & Pick<Contribution, 'id'>): Contribution {
  return {
    kind: 'actor',
    content: { kind: 'actor', name: 'Buurtkamer De Hoek', force: 'bewoner', why: null },
    status: 'pending',
    groupId: GROUP,
    groupName: 'Bewoners',
    participantName: null,
    mine: false,
    actors: [],
    actorId: null,
    relationId: null,
    reactions: { klopt: 0, kloptNiet: 0 },
    myReaction: null,
    createdAt: '2026-03-01T19:00:00.000Z',
    decidedAt: null,
    ...fields,
  };
}

const event = (id: number, c: Contribution): MeetingEvent => ({ type: 'contribution', id, contribution: c });

describe('applyProjectionEvent', () => {
  it('notes when a contribution comes onto the map, not when it is sent or reacted to', () => {
    const pending = contribution({ id: 'c1' });
    let state = projectionLiveFrom([], 10);
    state = applyProjectionEvent(state, event(11, pending), 1_000);
    expect(state.arrivals).toEqual([]);
    const accepted = { ...pending, status: 'accepted' as const, actorId: A };
    state = applyProjectionEvent(state, event(12, accepted), 2_000);
    expect(state.arrivals).toEqual([{ id: 'c1', at: 2_000 }]);
    // A "klopt" on it later changes the contribution but brings nothing new onto the map.
    const reacted = { ...accepted, reactions: { klopt: 1, kloptNiet: 0 } };
    state = applyProjectionEvent(state, event(13, reacted), 3_000);
    expect(state.arrivals).toEqual([{ id: 'c1', at: 2_000 }]);
    expect(state.live.contributions.get('c1')?.reactions.klopt).toBe(1);
  });

  it('notes a contribution that arrives accepted at once (auto-accept)', () => {
    const state = applyProjectionEvent(
      projectionLiveFrom([], 0),
      event(1, contribution({ id: 'c1', status: 'accepted', actorId: A })),
      500,
    );
    expect(state.arrivals).toEqual([{ id: 'c1', at: 500 }]);
  });

  it('ignores an event it already applied and forgets arrivals that can no longer be lit', () => {
    const first = applyProjectionEvent(
      projectionLiveFrom([], 0),
      event(1, contribution({ id: 'c1', status: 'accepted', actorId: A })),
      0,
    );
    expect(applyProjectionEvent(first, event(1, contribution({ id: 'c1' })), 10)).toBe(first);
    // A slow map may still show it for the first time: kept.
    const later = applyProjectionEvent(
      first,
      { type: 'participants', id: 2, groups: [{ id: GROUP, participants: 3 }] },
      HIGHLIGHT_MS,
    );
    expect(later.arrivals).toEqual([{ id: 'c1', at: 0 }]);
    expect(later.live.participants.get(GROUP)).toBe(3);
    const muchLater = applyProjectionEvent(
      later,
      { type: 'participants', id: 3, groups: [{ id: GROUP, participants: 4 }] },
      MAP_WAIT_MS + HIGHLIGHT_MS,
    );
    expect(muchLater.arrivals).toEqual([]);
  });
});

describe('mayChangeMap', () => {
  const pending = contribution({ id: 'c1' });
  const state = projectionLiveFrom([pending], 5);

  it('is true for a contribution on the map and for a change of status', () => {
    expect(mayChangeMap(state, event(6, { ...pending, status: 'accepted', actorId: A }))).toBe(true);
    expect(mayChangeMap(state, event(6, { ...pending, status: 'rejected' }))).toBe(true);
  });

  it('is false for a new pending contribution, other events and events already applied', () => {
    expect(mayChangeMap(state, event(6, contribution({ id: 'c2' })))).toBe(false);
    expect(mayChangeMap(state, event(6, { ...pending, reactions: { klopt: 2, kloptNiet: 0 } }))).toBe(false);
    expect(
      mayChangeMap(state, { type: 'meeting', id: 6, state: 'closed', name: 'x', autoAccept: false }),
    ).toBe(false);
    expect(mayChangeMap(state, event(5, { ...pending, status: 'accepted', actorId: A }))).toBe(false);
  });
});

describe('noteShown', () => {
  it('keeps the first moment each speler and relatie was on the map', () => {
    const first = noteShown(new Map(), { actors: [{ id: A }], relations: [] }, 100);
    const second = noteShown(first, { actors: [{ id: A }, { id: B }], relations: [{ id: R }] }, 200);
    expect([...second]).toEqual([
      [A, 100],
      [B, 200],
      [R, 200],
    ]);
    // Nothing new: the same map, so the page does not render again.
    expect(noteShown(second, { actors: [{ id: B }], relations: [{ id: R }] }, 300)).toBe(second);
  });
});

describe('highlightsOf', () => {
  it('lights the speler, the relatie or the speler placed, until HIGHLIGHT_MS after each arrival', () => {
    let state = projectionLiveFrom([], 0);
    state = applyProjectionEvent(
      state,
      event(1, contribution({ id: 'c1', status: 'accepted', actorId: A })),
      0,
    );
    const tie = contribution({
      id: 'c2',
      kind: 'tie',
      content: { kind: 'tie', sourceId: A, targetId: B, type: 'werkt_samen', strength: 3 },
      status: 'accepted',
      relationId: R,
    });
    state = applyProjectionEvent(state, event(2, tie), 1_000);
    const position = contribution({
      id: 'c3',
      kind: 'position',
      content: { kind: 'position', actorId: B, invloed: 4, belang: 2, standpunt: 1 },
      status: 'merged',
    });
    state = applyProjectionEvent(state, event(3, position), 2_000);
    // The map shows each as it arrives; B, placed on the vraagstuk, was on it already.
    const shownAt = new Map([
      [A, 0],
      [R, 1_000],
      [B, -5_000],
    ]);

    const now = highlightsOf(state, shownAt, 2_000);
    expect([...now.actors].sort()).toEqual([A, B].sort());
    expect([...now.relations]).toEqual([R]);
    expect([...now.contributions].sort()).toEqual(['c1', 'c2', 'c3']);
    expect(now.until).toBe(HIGHLIGHT_MS);

    const later = highlightsOf(state, shownAt, HIGHLIGHT_MS + 1_500);
    expect([...later.actors]).toEqual([B]);
    expect([...later.relations]).toEqual([]);
    expect(later.until).toBe(2_000 + HIGHLIGHT_MS);
    expect(highlightsOf(state, shownAt, 2_000 + HIGHLIGHT_MS).until).toBeNull();
  });

  it('counts from when the map first shows it, however long after the acceptance that is', () => {
    const state = applyProjectionEvent(
      projectionLiveFrom([], 0),
      event(1, contribution({ id: 'c1', status: 'accepted', actorId: A })),
      0,
    );
    // Accepted, but the map has not fetched it yet: nothing lit, no end to wait for.
    expect(highlightsOf(state, new Map(), HIGHLIGHT_MS + 2_000)).toMatchObject({ until: null });
    expect(highlightsOf(state, new Map(), HIGHLIGHT_MS + 2_000).actors.size).toBe(0);
    // A busy server: the map shows it 8 seconds on, and from then it is lit for HIGHLIGHT_MS.
    const shownAt = new Map([[A, 8_000]]);
    const lit = highlightsOf(state, shownAt, 8_000 + HIGHLIGHT_MS - 1);
    expect([...lit.actors]).toEqual([A]);
    expect([...lit.contributions]).toEqual(['c1']);
    expect(lit.until).toBe(8_000 + HIGHLIGHT_MS);
    expect(highlightsOf(state, shownAt, 8_000 + HIGHLIGHT_MS).actors.size).toBe(0);
    // Shown only after MAP_WAIT_MS, the light would point at something long past.
    const tooLate = new Map([[A, MAP_WAIT_MS + 1]]);
    expect(highlightsOf(state, tooLate, MAP_WAIT_MS + 2).actors.size).toBe(0);
  });

  it('lights nothing for a contribution that left the map meanwhile', () => {
    let state = projectionLiveFrom([], 0);
    const accepted = contribution({ id: 'c1', status: 'accepted', actorId: A });
    state = applyProjectionEvent(state, event(1, accepted), 0);
    state = applyProjectionEvent(state, event(2, { ...accepted, status: 'withdrawn' }), 100);
    expect(highlightsOf(state, new Map([[A, 0]]), 200).actors.size).toBe(0);
  });
});

describe('elementOf', () => {
  it('is null while nothing is on the map yet', () => {
    expect(elementOf(contribution({ id: 'c1' }))).toBeNull();
    expect(
      elementOf(
        contribution({
          id: 'c2',
          kind: 'tie',
          content: { kind: 'tie', sourceId: A, targetId: B, type: 'financiert', strength: 2 },
        }),
      ),
    ).toBeNull();
  });
});
