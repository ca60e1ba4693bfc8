/**
 * A participant's side of a bijeenkomst, without an account. The join code opens the door; joining gives a
 * random token of which only the hash is stored. Every call looks the participant up by that hash together
 * with their meeting (one statement) and refuses unless the meeting is open, inside the call's own
 * transaction: closing the meeting ends every participant's rights at once. Any failure is the same
 * MeetingAccessError (404), so nothing tells which codes or tokens exist.
 */
import {
  ConflictError,
  type Contribution,
  type ContributionInput,
  ContributionRateError,
  isJoinCode,
  MeetingAccessError,
  type MeetingActor,
  type MeetingDoor,
  normaliseJoinCode,
  type ParticipantView,
  RELATION_TYPES,
  type ReactionVerdict,
  ValidationError,
} from '../domain/index.ts';
import type {
  MeetingDoorRecord,
  OpenMeetingRecord,
  ParticipantRecord,
  Store,
  TransactionStore,
} from '../store/index.ts';
import { type Author, recordChange } from './author.ts';
import {
  landGroupPosition,
  landGroupTie,
  publishContribution,
  publishParticipants,
} from './meeting-landing.ts';
import { contributionFor, staffContribution, staffContributions } from './meeting-view.ts';
import { decideInTransaction, MEETING_AUTHOR } from './meetings.ts';
import { hashToken, looksLikeToken, newToken } from './tokens.ts';

/** How many contributions one participant may send per minute (counted in the database, per participant). */
export const CONTRIBUTIONS_PER_MINUTE = 20;

const PARTICIPANT_AUTHOR: Author = { userId: null, via: 'meeting' };

function door(meeting: Pick<OpenMeetingRecord, 'name'> & MeetingDoorRecord): MeetingDoor {
  return {
    name: meeting.name,
    description: meeting.description,
    topic: meeting.topic,
    groups: meeting.groups,
  };
}

async function openMeeting(
  tx: Pick<TransactionStore, 'meetings'>,
  typed: unknown,
): Promise<OpenMeetingRecord> {
  const code = typeof typed === 'string' ? normaliseJoinCode(typed) : '';
  const meeting = isJoinCode(code) ? await tx.meetings.openByCode(code) : null;
  if (!meeting) throw new MeetingAccessError();
  return meeting;
}

/** The meeting behind a code: its name, topic and groups to choose from. */
export function meetingDoor(store: Store, code: unknown): Promise<MeetingDoor> {
  return openMeeting(store, code).then(door);
}

/** The participant a token belongs to, while their meeting is open. */
export async function usableParticipant(
  tx: Pick<TransactionStore, 'meetings'>,
  token: unknown,
): Promise<ParticipantRecord> {
  const participant = looksLikeToken(token) ? await tx.meetings.participantByToken(hashToken(token)) : null;
  if (participant?.meeting.state !== 'open') throw new MeetingAccessError();
  return participant;
}

export function joinMeeting(
  store: Store,
  input: { code: string; groupId: string; nickname: string | null },
): Promise<{ token: string; view: ParticipantView }> {
  return store.transaction(async (tx) => {
    const meeting = await openMeeting(tx, input.code);
    const token = newToken();
    const participantId = await tx.meetings.addParticipant(
      meeting.id,
      input.groupId,
      input.nickname,
      hashToken(token),
    );
    // A group of another meeting, or a meeting that is full: refused like a wrong code.
    if (!participantId) throw new MeetingAccessError();
    await publishParticipants(tx, meeting.id);
    return { token, view: await viewOf(tx, await usableParticipant(tx, token)) };
  });
}

async function viewOf(tx: TransactionStore, participant: ParticipantRecord): Promise<ParticipantView> {
  const { meeting } = participant;
  const doorRecord = await tx.meetings.doorOf(meeting.id);
  if (!doorRecord) throw new MeetingAccessError();
  const lastEventId = await tx.meetings.lastEventId(meeting.id);
  const rows = await tx.meetings.contributions(meeting.id, { visibleTo: participant.id });
  const reactions = await tx.meetings.reactionsOf(meeting.id, participant.id);
  const viewer = { kind: 'participant', participantId: participant.id, reactions } as const;
  const contributions = staffContributions(rows);
  return {
    meeting: {
      ...door({ ...doorRecord, name: meeting.name }),
      state: meeting.state,
      hasTopic: meeting.topicId !== null,
    },
    participant: {
      nickname: participant.nickname,
      groupId: participant.groupId,
      groupName: participant.groupName,
    },
    actors: await tx.meetings.actorsOf(meeting.workspaceId),
    relationTypes: [...RELATION_TYPES],
    contributions: contributions.map((contribution, index) =>
      contributionFor(viewer, contribution, rows[index]?.participantId ?? null),
    ),
    lastEventId,
    perMinute: CONTRIBUTIONS_PER_MINUTE,
  };
}

export function participantView(store: Store, token: unknown): Promise<ParticipantView> {
  return store.transaction(async (tx) => viewOf(tx, await usableParticipant(tx, token)));
}

/**
 * Checks that the spelers a contribution names are the werkruimte's, from the names its stored row found
 * (the caller's transaction is undone when they are not: the row was written to save a statement per send).
 */
function checkNamedActors(input: ContributionInput, found: readonly MeetingActor[]): void {
  const ends: [string, string][] =
    input.kind === 'tie'
      ? [
          ['sourceId', input.sourceId],
          ['targetId', input.targetId],
        ]
      : input.kind === 'position'
        ? [['actorId', input.actorId]]
        : [];
  const known = new Set(found.map((actor) => actor.id));
  const issues = ends
    .filter(([, id]) => !known.has(id))
    .map(([path]) => ({ path, code: 'actor_not_in_workspace' as const }));
  if (issues.length > 0) throw new ValidationError(issues);
}

export function sendContribution(
  store: Store,
  token: unknown,
  input: ContributionInput,
): Promise<Contribution> {
  return store.transaction(async (tx) => {
    const participant = await usableParticipant(tx, token);
    const { meeting } = participant;
    if (input.kind === 'position' && !meeting.topicId) {
      throw new ValidationError([{ path: 'kind', code: 'topic_not_asked' }]);
    }
    const row = await tx.meetings.insertContribution(
      {
        workspaceId: meeting.workspaceId,
        meetingId: meeting.id,
        participantId: participant.id,
        groupId: participant.groupId,
        kind: input.kind,
        content: input,
      },
      CONTRIBUTIONS_PER_MINUTE,
    );
    if (!row) throw new ContributionRateError(CONTRIBUTIONS_PER_MINUTE);
    checkNamedActors(input, row.actors);
    let contribution: Contribution;
    if (meeting.autoAccept) {
      // A trusted room: the meeting accepts at once (a named speler that exists already is merged with it).
      const locked = await tx.meetings.lock(meeting.workspaceId, meeting.id);
      if (!locked) throw new MeetingAccessError();
      const sameName =
        input.kind === 'actor'
          ? (await tx.meetings.actorsOf(meeting.workspaceId)).find(
              (actor) => actor.name.toLowerCase() === input.name.toLowerCase(),
            )
          : undefined;
      contribution = await decideInTransaction(
        tx,
        MEETING_AUTHOR,
        locked,
        row,
        sameName ? { decision: 'merge', actorId: sameName.id } : { decision: 'accept' },
      );
    } else {
      contribution = await publishContribution(tx, meeting, row);
    }
    return contributionFor(
      { kind: 'participant', participantId: participant.id },
      contribution,
      participant.id,
    );
  });
}

export function withdrawContribution(store: Store, token: unknown, contributionId: string): Promise<void> {
  return store.transaction(async (tx) => {
    const participant = await usableParticipant(tx, token);
    const { meeting } = participant;
    const row = await tx.meetings.contributionCore(meeting.id, contributionId);
    if (!row || row.participantId !== participant.id) throw new ConflictError('contribution_not_yours');
    if (row.status === 'withdrawn' || row.status === 'rejected') return;
    const wasPublic = row.status === 'accepted' || row.status === 'merged';
    const withdrawn = await tx.meetings.setContributionStatus(meeting.id, row.id, [row.status], {
      status: 'withdrawn',
    });
    if (!withdrawn) throw new ConflictError('contribution_decided');
    if (wasPublic) {
      // What the groups claimed because of it is recomputed without it (other groups' reactions to it go
      // too); an accepted speler stays on the map.
      if (row.kind === 'tie' && row.relationId) {
        for (const group of await tx.meetings.groups(meeting.id)) {
          await landGroupTie(tx, meeting, group, row.relationId);
        }
      }
      const group = await tx.meetings.group(meeting.id, participant.groupId);
      if (group && row.kind === 'position' && row.actorId)
        await landGroupPosition(tx, meeting, group, row.actorId);
      await recordChange(tx, PARTICIPANT_AUTHOR, {
        workspaceId: meeting.workspaceId,
        action: 'contribution.land',
        entityType: 'contribution',
        entityId: row.id,
        actorIds: row.actorId ? [row.actorId] : [],
        before: { meetingId: meeting.id, meetingName: meeting.name, kind: row.kind, status: row.status },
        after: {
          meetingId: meeting.id,
          meetingName: meeting.name,
          kind: row.kind,
          status: 'withdrawn',
          group: participant.groupName,
          relationId: row.relationId,
        },
      });
    }
    await publishContribution(tx, meeting, withdrawn, wasPublic);
  });
}

export function reactToContribution(
  store: Store,
  token: unknown,
  contributionId: string,
  verdict: ReactionVerdict | null,
): Promise<Contribution> {
  return store.transaction(async (tx) => {
    const participant = await usableParticipant(tx, token);
    const { meeting } = participant;
    const row = await tx.meetings.contributionCore(meeting.id, contributionId);
    if (!row || (row.status !== 'accepted' && row.status !== 'merged')) {
      throw new ConflictError('contribution_not_accepted');
    }
    if (row.participantId === participant.id) throw new ConflictError('reaction_own');
    const before = await tx.meetings.reactionOf(row.id, participant.id);
    if (before !== verdict) {
      await tx.meetings.setReaction(row.id, participant.id, verdict);
      if (row.kind === 'tie' && row.relationId) {
        const group = await tx.meetings.group(meeting.id, participant.groupId);
        if (group) await landGroupTie(tx, meeting, group, row.relationId);
        await recordChange(tx, PARTICIPANT_AUTHOR, {
          workspaceId: meeting.workspaceId,
          action: 'contribution.land',
          entityType: 'contribution',
          entityId: row.id,
          actorIds: [],
          before: { meetingId: meeting.id, meetingName: meeting.name, reaction: before },
          after: {
            meetingId: meeting.id,
            meetingName: meeting.name,
            kind: row.kind,
            reaction: verdict,
            group: participant.groupName,
            relationId: row.relationId,
          },
        });
      }
    }
    const after = await tx.meetings.contribution(meeting.id, row.id);
    if (!after) throw new MeetingAccessError();
    const contribution =
      before !== verdict ? await publishContribution(tx, meeting, after) : staffContribution(after);
    if (!contribution) throw new MeetingAccessError();
    return contributionFor(
      {
        kind: 'participant',
        participantId: participant.id,
        reactions: new Map(verdict ? [[row.id, verdict]] : []),
      },
      contribution,
      row.participantId,
    );
  });
}
