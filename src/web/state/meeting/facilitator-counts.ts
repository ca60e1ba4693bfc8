/**
 * Who is in the room and what they sent, per group: the rows of the facilitator's counts table. The number of
 * participants comes from the live stream when it told us, else from the meeting as loaded; the
 * contributions are counted from what the page holds (withdrawn ones not at all).
 */
import type { Contribution, MeetingGroup } from '../../../domain/index.ts';

export interface GroupCountRow {
  id: string;
  name: string;
  force: MeetingGroup['force'];
  participants: number;
  /** Sent and not withdrawn. */
  sent: number;
  pending: number;
  /** Taken over or merged. */
  accepted: number;
  rejected: number;
}

export interface GroupCounts {
  rows: GroupCountRow[];
  total: Omit<GroupCountRow, 'id' | 'name' | 'force'>;
}

export function groupCounts(
  groups: readonly Pick<MeetingGroup, 'id' | 'name' | 'force' | 'participants'>[],
  liveParticipants: ReadonlyMap<string, number>,
  contributions: Iterable<Pick<Contribution, 'groupId' | 'status'>>,
): GroupCounts {
  const rows = groups.map(
    (group): GroupCountRow => ({
      id: group.id,
      name: group.name,
      force: group.force,
      participants: liveParticipants.get(group.id) ?? group.participants,
      sent: 0,
      pending: 0,
      accepted: 0,
      rejected: 0,
    }),
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const contribution of contributions) {
    const row = byId.get(contribution.groupId);
    if (!row || contribution.status === 'withdrawn') continue;
    row.sent += 1;
    if (contribution.status === 'pending') row.pending += 1;
    else if (contribution.status === 'rejected') row.rejected += 1;
    else row.accepted += 1;
  }
  const total = { participants: 0, sent: 0, pending: 0, accepted: 0, rejected: 0 };
  for (const row of rows) {
    total.participants += row.participants;
    total.sent += row.sent;
    total.pending += row.pending;
    total.accepted += row.accepted;
    total.rejected += row.rejected;
  }
  return { rows, total };
}

/** What the room added (taken over or merged), the latest decision first. */
export function acceptedNewestFirst<T extends Pick<Contribution, 'status' | 'decidedAt' | 'createdAt'>>(
  contributions: Iterable<T>,
): T[] {
  return [...contributions]
    .filter((contribution) => contribution.status === 'accepted' || contribution.status === 'merged')
    .sort(
      (a, b) =>
        (b.decidedAt ?? b.createdAt).localeCompare(a.decidedAt ?? a.createdAt) ||
        b.createdAt.localeCompare(a.createdAt),
    );
}

/** Disputed in the room: someone said "klopt niet", and no more people said "klopt". */
export function isDisputed(reactions: Contribution['reactions']): boolean {
  return reactions.kloptNiet > 0 && reactions.kloptNiet >= reactions.klopt;
}
