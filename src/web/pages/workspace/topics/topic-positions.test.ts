import { describe, expect, it } from 'vitest';
import type { TopicPosition } from '../../../../domain/index.ts';
import { formatScore, historiesOf, historyOf, rowsOf } from './topic-positions.ts';

let serial = 0;
function position(
  fields: Partial<TopicPosition> & Pick<TopicPosition, 'actorId' | 'perspectiveId'>,
): TopicPosition {
  serial += 1;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    topicId: 't',
    invloed: 3,
    belang: 3,
    standpunt: 0,
    beweging: null,
    reasoning: '',
    assessedOn: '2026-01-01',
    createdBy: null,
    createdAt: `2026-01-01T00:00:${String(serial % 60).padStart(2, '0')}.000Z`,
    ...fields,
  };
}

const order = new Map([
  ['a', 0],
  ['b', 1],
]);

describe('historiesOf', () => {
  it('keeps every position per speler and perspective, with the first and the latest by date', () => {
    const late = position({ actorId: 'a', perspectiveId: 'p', invloed: 5, assessedOn: '2026-03-01' });
    const early = position({ actorId: 'a', perspectiveId: 'p', invloed: 1, assessedOn: '2025-06-01' });
    const other = position({ actorId: 'a', perspectiveId: 'q', invloed: 2 });
    const histories = historiesOf([late, early, other]);
    const history = historyOf(histories, 'a', 'p');
    expect(history?.first).toBe(early);
    expect(history?.latest).toBe(late);
    expect(history?.all).toEqual([early, late]);
    expect(historyOf(histories, 'a', 'q')?.all).toEqual([other]);
  });

  it('takes the later entry as current when two positions share a day', () => {
    const morning = position({
      actorId: 'a',
      perspectiveId: 'p',
      belang: 2,
      createdAt: '2026-02-02T08:00:00.000Z',
    });
    const evening = position({
      actorId: 'a',
      perspectiveId: 'p',
      belang: 4,
      createdAt: '2026-02-02T18:00:00.000Z',
    });
    const history = historyOf(historiesOf([evening, morning]), 'a', 'p');
    expect(history?.latest).toBe(evening);
    expect(history?.first).toBe(morning);
  });
});

describe('rowsOf', () => {
  const positions = [
    position({
      actorId: 'b',
      perspectiveId: 'p',
      invloed: 1,
      belang: 1,
      standpunt: -2,
      assessedOn: '2025-01-01',
    }),
    position({
      actorId: 'b',
      perspectiveId: 'p',
      invloed: 4,
      belang: 2,
      standpunt: 1,
      beweging: 'van_boven',
      reasoning: 'Nieuw beleid',
      assessedOn: '2026-01-10',
    }),
    position({
      actorId: 'b',
      perspectiveId: 'q',
      invloed: 2,
      belang: 5,
      standpunt: -1,
      beweging: 'van_onderop',
    }),
    position({
      actorId: 'a',
      perspectiveId: 'q',
      invloed: 5,
      belang: 5,
      standpunt: 2,
      beweging: 'van_onderop',
    }),
    position({ actorId: 'gone', perspectiveId: 'q', invloed: 5, belang: 5 }),
  ];
  const histories = historiesOf(positions);

  it('shows one perspective as its current position per speler, in name order', () => {
    const rows = rowsOf(histories, { kind: 'one', perspectiveId: 'p' }, order);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: 'p:b',
      actorId: 'b',
      perspectiveId: 'p',
      invloed: 4,
      belang: 2,
      standpunt: 1,
      beweging: 'van_boven',
      reasoning: 'Nieuw beleid',
      assessedOn: '2026-01-10',
    });
    expect(rows[0]?.histories[0]?.all).toHaveLength(2);
  });

  it('merges all perspectives into the mean of their current positions, each perspective once', () => {
    const rows = rowsOf(histories, { kind: 'all' }, order);
    expect(rows.map((row) => row.actorId)).toEqual(['a', 'b']); // "gone" is no longer on the map
    const b = rows[1];
    expect(b).toMatchObject({ key: 'all:b', perspectiveId: null, invloed: 3, belang: 3.5, standpunt: 0 });
    expect(b?.beweging).toBe('mixed');
    expect(b?.reasoning).toBe(''); // two perspectives' reasons do not merge into one
    expect(b?.assessedOn).toBe('2026-01-10');
    expect(b?.histories).toHaveLength(2);
    expect(rows[0]).toMatchObject({ invloed: 5, beweging: 'van_onderop' });
  });
});

describe('formatScore', () => {
  it('writes whole scores plainly and means with one decimal in the language', () => {
    expect(formatScore(4, 'nl')).toBe('4');
    expect(formatScore(3.5, 'nl')).toBe('3,5');
    expect(formatScore(3.25, 'en')).toBe('3.3');
  });
});
