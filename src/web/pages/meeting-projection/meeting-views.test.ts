import { describe, expect, it } from 'vitest';
import type { Meeting, TopicPosition } from '../../../domain/index.ts';
import {
  codeHalves,
  graphQueryOf,
  groupCounts,
  groupPerspectiveIds,
  meetingGridRows,
  projectionLabelSize,
} from './meeting-views.ts';

const P1 = '00000000-0000-4000-8000-0000000000c1';
const P2 = '00000000-0000-4000-8000-0000000000c2';
const EDITORS = '00000000-0000-4000-8000-0000000000e0';

const groups: Meeting['groups'] = [
  { id: 'g1', name: 'Bewoners', force: 'bewoner', perspectiveId: P2, participants: 4 },
  { id: 'g2', name: 'Gemeente', force: 'gemeente', perspectiveId: null, participants: 2 },
  { id: 'g3', name: 'Professionals', force: 'professional', perspectiveId: P1, participants: 0 },
];

describe('graph query', () => {
  it('reads the map as the editors and the groups that have a perspective see it, sorted', () => {
    expect(groupPerspectiveIds(groups)).toEqual([P1, P2]);
    expect(graphQueryOf(EDITORS, groups)).toEqual({ perspective: [P1, P2, EDITORS] });
  });

  it('is the editors alone before any acceptance, and the stored map without any perspective', () => {
    const fresh = groups.map((group) => ({ ...group, perspectiveId: null }));
    expect(graphQueryOf(EDITORS, fresh)).toEqual({ perspective: [EDITORS] });
    expect(graphQueryOf(null, fresh)).toEqual({});
  });
});

let serial = 0;
function position(fields: Pick<TopicPosition, 'actorId' | 'perspectiveId'> & Partial<TopicPosition>) {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    topicId: 't',
    invloed: 3,
    belang: 3,
    standpunt: 0,
    beweging: null,
    reasoning: '',
    assessedOn: '2026-03-01',
    createdBy: null,
    createdAt: `2026-03-01T19:00:${String(serial).padStart(2, '0')}.000Z`,
    ...fields,
  } satisfies TopicPosition;
}

describe('meetingGridRows', () => {
  it('averages the groups per speler and leaves out other perspectives and spelers off the map', () => {
    const rows = meetingGridRows(
      [
        position({ actorId: 'b', perspectiveId: P1, invloed: 4, belang: 2 }),
        position({ actorId: 'b', perspectiveId: P2, invloed: 2, belang: 2 }),
        position({ actorId: 'b', perspectiveId: EDITORS, invloed: 1, belang: 1 }),
        position({ actorId: 'a', perspectiveId: P2, invloed: 5, belang: 5 }),
        position({ actorId: 'gone', perspectiveId: P2 }),
      ],
      [P1, P2],
      new Map([
        ['a', 0],
        ['b', 1],
      ]),
    );
    expect(rows.map((row) => [row.actorId, row.invloed, row.belang])).toEqual([
      ['a', 5, 5],
      ['b', 3, 2],
    ]);
  });

  it('is empty while no group has a perspective', () => {
    expect(
      meetingGridRows([position({ actorId: 'a', perspectiveId: EDITORS })], [], new Map([['a', 0]])),
    ).toEqual([]);
  });
});

describe('groupCounts', () => {
  it('takes the live count where the stream gave one', () => {
    const counted = groupCounts(groups, new Map([['g2', 7]]));
    expect(counted.groups.map((group) => [group.name, group.participants])).toEqual([
      ['Bewoners', 4],
      ['Gemeente', 7],
      ['Professionals', 0],
    ]);
    expect(counted.total).toBe(11);
  });
});

describe('sizes and code', () => {
  it('sizes the names by the window, within bounds', () => {
    expect(projectionLabelSize(1920)).toBe(24);
    expect(projectionLabelSize(800)).toBe(16);
    expect(projectionLabelSize(4000)).toBe(28);
  });

  it('splits the code in two halves', () => {
    expect(codeHalves('ABC234')).toEqual(['ABC', '234']);
  });
});
