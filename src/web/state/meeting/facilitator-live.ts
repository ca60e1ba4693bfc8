/**
 * Two ways the facilitator's screen learns of contributions besides the live stream (state/meeting/
 * live-meeting.ts applies that): the answer to its own decision, which it shows at once rather than waiting
 * for the stream's echo, and the list read again after a change to the werkruimte, which is taken when it is
 * newer than what the stream brought (a stream that cannot get through still leaves a working queue).
 */
import type { Contribution } from '../../../domain/index.ts';
import type { LiveMeeting } from './live-meeting.ts';

/**
 * The contribution as a decision answered it. The event counter stays: the stream's own event for this
 * decision still comes, and replaces it with the same.
 */
export function withContribution(live: LiveMeeting, contribution: Contribution): LiveMeeting {
  const contributions = new Map(live.contributions);
  contributions.set(contribution.id, contribution);
  return { ...live, contributions };
}

/**
 * The list as read again: taken whole when it includes events the page has not seen, else left alone. What
 * the stream said about the room (participants, state) stays.
 */
export function withListed(
  live: LiveMeeting,
  items: readonly Contribution[],
  lastEventId: number,
): LiveMeeting {
  if (lastEventId <= live.lastEventId) return live;
  return {
    ...live,
    lastEventId,
    contributions: new Map(items.map((contribution) => [contribution.id, contribution])),
  };
}
