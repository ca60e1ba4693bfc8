/**
 * How what a meeting's groups say becomes claims on the map, and how each change reaches the live stream.
 *
 * Each group speaks as its own perspective (made at its first accepted contribution, named after the group
 * and the meeting). A group's claim about a relatie is recomputed from everything its members said about
 * it (`groupAssessment`: accepted ties for, "klopt" for, "klopt niet" against), and its place for a speler on
 * the vraagstuk is the rounded mean of its accepted places; so a withdrawal or a new reaction simply
 * recomputes, and the claims always match the contributions. Every claim carries the source
 * "bijeenkomst <name>, <date>" and origin `meeting`.
 */
import { type Contribution, dutchToday, groupAssessment, meetingSource, NAME_MAX } from '../domain/index.ts';
import type { ContributionRow, GroupRecord, TransactionStore } from '../store/index.ts';
import { staffContribution } from './meeting-view.ts';

export interface MeetingRef {
  id: string;
  workspaceId: string;
  name: string;
  topicId: string | null;
  openedAt?: string | null;
}

/** The day a meeting's claims are dated: the day it opened (Dutch time), or today. */
export function meetingDay(meeting: MeetingRef): string {
  return dutchToday(meeting.openedAt ? new Date(meeting.openedAt) : new Date());
}

/** The group's perspective, made now when it has none (or it was deleted since). */
export async function groupPerspective(
  tx: TransactionStore,
  meeting: MeetingRef,
  group: GroupRecord,
): Promise<string> {
  if (group.perspectiveId) return group.perspectiveId;
  const taken = new Set(
    (await tx.perspectives.listAll(meeting.workspaceId)).map((perspective) => perspective.name.toLowerCase()),
  );
  const base = `${group.name} · ${meeting.name}`.slice(0, NAME_MAX - 5).trim();
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base} (${n})`;
  const perspective = await tx.perspectives.create(meeting.workspaceId, {
    name,
    force: group.force,
    description: `Wat de groep ${group.name} zei in de bijeenkomst ${meeting.name} (${meetingDay(meeting)}).`,
  });
  await tx.meetings.setGroupPerspective(group.id, perspective.id);
  return perspective.id;
}

/** Recomputes one group's assessment of one relatie from what its members said about it. */
export async function landGroupTie(
  tx: TransactionStore,
  meeting: MeetingRef,
  group: GroupRecord,
  relationId: string,
): Promise<void> {
  const claims = await tx.meetings.groupTieClaims(meeting.id, group.id, relationId);
  const verdict = groupAssessment(claims.strengths, claims.klopt, claims.kloptNiet);
  if (!verdict && !group.perspectiveId) return;
  const perspectiveId = await groupPerspective(tx, meeting, group);
  const note = verdict
    ? `In de bijeenkomst: ${claims.strengths.length} keer genoemd, ${claims.klopt} keer "klopt", ${claims.kloptNiet} keer "klopt niet".`
    : '';
  await tx.meetings.replaceGroupAssessment(
    meeting.workspaceId,
    relationId,
    perspectiveId,
    verdict && { ...verdict, note, source: meetingSource(meeting.name, meetingDay(meeting)) },
  );
}

/** Recomputes one group's place for one speler on the meeting's vraagstuk. */
export async function landGroupPosition(
  tx: TransactionStore,
  meeting: MeetingRef,
  group: GroupRecord,
  actorId: string,
): Promise<void> {
  if (!meeting.topicId) return;
  const places = await tx.meetings.groupPositionClaims(meeting.id, group.id, actorId);
  if (places.length === 0 && !group.perspectiveId) return;
  const perspectiveId = await groupPerspective(tx, meeting, group);
  const mean = (key: 'invloed' | 'belang' | 'standpunt') =>
    Math.round(places.reduce((sum, place) => sum + place[key], 0) / places.length);
  await tx.meetings.replaceGroupPosition(
    meeting.workspaceId,
    meeting.topicId,
    actorId,
    perspectiveId,
    places.length === 0
      ? null
      : {
          invloed: mean('invloed'),
          belang: mean('belang'),
          standpunt: mean('standpunt'),
          reasoning: `${meetingSource(meeting.name, meetingDay(meeting))}: gemiddelde van ${places.length} ${places.length === 1 ? 'plaatsing' : 'plaatsingen'}.`,
          day: meetingDay(meeting),
        },
  );
}

/**
 * Publishes a contribution's current form on the live stream: to everyone once it is on the map (or was,
 * and is withdrawn), otherwise to the facilitator and its sender only.
 */
export async function publishContribution(
  tx: TransactionStore,
  meeting: MeetingRef,
  row: ContributionRow,
  wasPublic = false,
): Promise<Contribution> {
  const contribution = staffContribution(row);
  const isPublic = wasPublic || row.status === 'accepted' || row.status === 'merged';
  await tx.meetings.appendEvent(meeting.id, {
    type: 'contribution',
    audience: isPublic ? 'all' : 'staff',
    participantId: row.participantId,
    payload: contribution,
  });
  return contribution;
}

/** Publishes the number of participants per group (facilitator and projection). */
export async function publishParticipants(tx: TransactionStore, meetingId: string): Promise<void> {
  await tx.meetings.appendEvent(meetingId, {
    type: 'participants',
    audience: 'staff',
    participantId: null,
    payload: { groups: await tx.meetings.participantCounts(meetingId) },
  });
}

/** Publishes the meeting's state to everyone: opened, renamed, auto-accept switched, closed. */
export async function publishMeeting(
  tx: TransactionStore,
  meeting: { id: string; name: string; state: string; autoAccept: boolean },
): Promise<void> {
  await tx.meetings.appendEvent(meeting.id, {
    type: 'meeting',
    audience: 'all',
    participantId: null,
    payload: { state: meeting.state, name: meeting.name, autoAccept: meeting.autoAccept },
  });
}
