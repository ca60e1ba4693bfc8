import { describe, expect, it } from 'vitest';
import { withContribution, withListed } from './facilitator-live.ts';
import { contribution } from './facilitator-test-data.ts';
import { applyMeetingEvent, contributionsInOrder, liveMeetingFrom } from './live-meeting.ts';

describe('the facilitator’s live state', () => {
  it('shows a decision’s answer at once and keeps the event counter for the stream’s own event', () => {
    const pending = contribution();
    const live = liveMeetingFrom([pending], 5);
    const decided = { ...pending, status: 'accepted' as const };
    const shown = withContribution(live, decided);
    expect(shown.lastEventId).toBe(5);
    expect(contributionsInOrder(shown, ['pending'])).toEqual([]);
    const echoed = applyMeetingEvent(shown, { type: 'contribution', id: 6, contribution: decided });
    expect(contributionsInOrder(echoed)).toEqual([decided]);
  });

  it('takes a list read again only when it is newer, keeping what the stream said of the room', () => {
    const first = contribution();
    const second = contribution();
    let live = liveMeetingFrom([first], 3);
    live = applyMeetingEvent(live, {
      type: 'participants',
      id: 4,
      groups: [{ id: first.groupId, participants: 9 }],
    });
    expect(withListed(live, [], 4)).toBe(live);
    const newer = withListed(live, [first, second], 7);
    expect(newer.lastEventId).toBe(7);
    expect(contributionsInOrder(newer).map((item) => item.id)).toEqual([first.id, second.id]);
    expect(newer.participants.get(first.groupId)).toBe(9);
    // The stream's events up to the list's last one change nothing any more.
    expect(
      applyMeetingEvent(newer, {
        type: 'contribution',
        id: 6,
        contribution: { ...second, status: 'withdrawn' },
      }),
    ).toBe(newer);
  });
});
