/**
 * A bijeenkomst as a page holds it while it is live: the contributions it may see, keyed by id, the
 * meeting's state and the number of participants per group. The first state comes from a list or a view
 * (with its `lastEventId`); every live event is applied by `applyMeetingEvent`, which is idempotent (an event
 * at or before the last one applied changes nothing) and keeps contributions in the order they were sent.
 * Shared by the participant's phone, the facilitator's queue and the projection.
 */
import type { Contribution, MeetingEvent, MeetingState } from '../../../domain/index.ts';

export interface LiveMeeting {
  lastEventId: number;
  contributions: ReadonlyMap<string, Contribution>;
  state: MeetingState | null;
  name: string | null;
  autoAccept: boolean | null;
  /** Participants per group id, when the stream told us (facilitator and projection only). */
  participants: ReadonlyMap<string, number>;
  /** Contributions that became visible or changed by a live event, newest last: for highlighting. */
  changed: readonly { id: string; at: number }[];
}

export function liveMeetingFrom(contributions: readonly Contribution[], lastEventId: number): LiveMeeting {
  return {
    lastEventId,
    contributions: new Map(contributions.map((contribution) => [contribution.id, contribution])),
    state: null,
    name: null,
    autoAccept: null,
    participants: new Map(),
    changed: [],
  };
}

/** How long a changed contribution counts as new (the projection highlights it meanwhile). */
export const HIGHLIGHT_MS = 6_000;

export function applyMeetingEvent(live: LiveMeeting, event: MeetingEvent, now = Date.now()): LiveMeeting {
  if (event.id <= live.lastEventId) return live;
  const changed = live.changed.filter((entry) => now - entry.at < HIGHLIGHT_MS);
  switch (event.type) {
    case 'contribution': {
      const contributions = new Map(live.contributions);
      contributions.set(event.contribution.id, event.contribution);
      return {
        ...live,
        lastEventId: event.id,
        contributions,
        changed: [
          ...changed.filter((entry) => entry.id !== event.contribution.id),
          { id: event.contribution.id, at: now },
        ],
      };
    }
    case 'meeting':
      return {
        ...live,
        lastEventId: event.id,
        state: event.state,
        name: event.name,
        autoAccept: event.autoAccept,
        changed,
      };
    case 'participants':
      return {
        ...live,
        lastEventId: event.id,
        participants: new Map(event.groups.map((group) => [group.id, group.participants])),
        changed,
      };
  }
}

/** Contributions in the order they were sent (oldest first), optionally of some statuses only. */
export function contributionsInOrder(
  live: LiveMeeting,
  statuses?: readonly Contribution['status'][],
): Contribution[] {
  const all = [...live.contributions.values()].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
  return statuses ? all.filter((contribution) => statuses.includes(contribution.status)) : all;
}

/** True while a contribution was changed by a live event in the last HIGHLIGHT_MS. */
export function isNew(live: LiveMeeting, contributionId: string, now = Date.now()): boolean {
  return live.changed.some((entry) => entry.id === contributionId && now - entry.at < HIGHLIGHT_MS);
}
