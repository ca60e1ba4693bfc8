import { describe, expect, it } from 'vitest';
import { acceptedNewestFirst, groupCounts, isDisputed } from './facilitator-counts.ts';

const GROUPS = [
  { id: 'g1', name: 'Bewoners', force: 'bewoner' as const, participants: 3 },
  { id: 'g2', name: 'Gemeente', force: 'gemeente' as const, participants: 1 },
];

describe('counts per group', () => {
  it('counts what each group sent by status, without withdrawn ones, and adds them up', () => {
    const { rows, total } = groupCounts(GROUPS, new Map(), [
      { groupId: 'g1', status: 'pending' },
      { groupId: 'g1', status: 'accepted' },
      { groupId: 'g1', status: 'merged' },
      { groupId: 'g1', status: 'withdrawn' },
      { groupId: 'g2', status: 'rejected' },
      { groupId: 'other', status: 'pending' },
    ]);
    expect(rows).toEqual([
      {
        id: 'g1',
        name: 'Bewoners',
        force: 'bewoner',
        participants: 3,
        sent: 3,
        pending: 1,
        accepted: 2,
        rejected: 0,
      },
      {
        id: 'g2',
        name: 'Gemeente',
        force: 'gemeente',
        participants: 1,
        sent: 1,
        pending: 0,
        accepted: 0,
        rejected: 1,
      },
    ]);
    expect(total).toEqual({ participants: 4, sent: 4, pending: 1, accepted: 2, rejected: 1 });
  });

  it('takes the participants from the live stream when it told them', () => {
    const { rows, total } = groupCounts(GROUPS, new Map([['g2', 7]]), []);
    expect(rows.map((row) => row.participants)).toEqual([3, 7]);
    expect(total.participants).toBe(10);
  });
});

describe('what was taken over', () => {
  it('lists accepted and merged ones, the latest decision first', () => {
    const at = (minute: number) => `2026-03-02T19:${String(minute).padStart(2, '0')}:00.000Z`;
    const shown = acceptedNewestFirst([
      { id: 'a', status: 'accepted' as const, createdAt: at(1), decidedAt: at(5) },
      { id: 'b', status: 'merged' as const, createdAt: at(2), decidedAt: at(9) },
      { id: 'c', status: 'pending' as const, createdAt: at(3), decidedAt: null },
      { id: 'd', status: 'rejected' as const, createdAt: at(4), decidedAt: at(6) },
      { id: 'e', status: 'accepted' as const, createdAt: at(7), decidedAt: null },
    ]);
    expect(shown.map((contribution) => contribution.id)).toEqual(['b', 'e', 'a']);
  });

  it('calls disputed what at least as many doubt as support, with one doubter at least', () => {
    expect(isDisputed({ klopt: 0, kloptNiet: 0 })).toBe(false);
    expect(isDisputed({ klopt: 3, kloptNiet: 2 })).toBe(false);
    expect(isDisputed({ klopt: 2, kloptNiet: 2 })).toBe(true);
    expect(isDisputed({ klopt: 0, kloptNiet: 1 })).toBe(true);
  });
});
