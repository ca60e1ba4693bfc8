/**
 * The facilitator's side of a bijeenkomst: start it (with a fresh join code), change, open and close it,
 * read the contributions, decide on each, and the summary afterwards. Every change is one transaction
 * with its audit event and its live event; decisions lock the meeting's row, so two facilitators (or an
 * auto-accept and a facilitator) never decide on one contribution twice or make a group's perspective twice.
 */
import { randomInt } from 'node:crypto';
import {
  actorCreateSchema,
  CONTRIBUTION_KINDS,
  ConflictError,
  type Contribution,
  type ContributionDecision,
  type ContributionInput,
  contributionInputSchema,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  type Meeting,
  type MeetingCreate,
  type MeetingSummary,
  type MeetingUpdate,
  meetingSource,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../domain/index.ts';
import type { ContributionCore, ContributionRow, Store, TransactionStore } from '../store/index.ts';
import { type Author, recordChange } from './author.ts';
import {
  groupPerspective,
  landGroupPosition,
  landGroupTie,
  type MeetingRef,
  meetingDay,
  publishContribution,
  publishMeeting,
} from './meeting-landing.ts';
import { staffContributions } from './meeting-view.ts';
import { snapshotAtClosing } from './snapshots.ts';

/** Who decides when the room is trusted: the meeting itself (auto-accept), recorded as such. */
export const MEETING_AUTHOR: Author = { userId: null, via: 'meeting' };

/** A fresh code: six characters of the unambiguous alphabet, from the system's cryptographic source. */
export function newJoinCode(): string {
  let code = '';
  for (let index = 0; index < JOIN_CODE_LENGTH; index += 1) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

async function meetingOf(tx: TransactionStore, workspaceId: string, meetingId: string): Promise<Meeting> {
  const meeting = await tx.meetings.get(workspaceId, meetingId);
  if (!meeting) throw new NotFoundError('meeting', meetingId);
  return meeting;
}

export function createMeeting(
  store: Store,
  author: Author,
  workspaceId: string,
  input: MeetingCreate,
): Promise<Meeting> {
  return store.transaction(async (tx) => {
    if (input.topicId && !(await tx.topics.get(workspaceId, input.topicId))) {
      throw new ValidationError([{ path: 'topicId', code: 'topic_not_in_workspace' }]);
    }
    // 887 million codes and a handful open at once: a collision is rare, and checked before the insert.
    let code = newJoinCode();
    while (await tx.meetings.codeTaken(code)) code = newJoinCode();
    const id = await tx.meetings.create(workspaceId, input, code, author.userId);
    const meeting = await meetingOf(tx, workspaceId, id);
    await recordChange(tx, author, {
      workspaceId,
      action: 'meeting.create',
      entityType: 'meeting',
      entityId: id,
      before: null,
      after: { ...meeting, code: undefined },
    });
    await publishMeeting(tx, meeting);
    return meeting;
  });
}

/** planned → open → closed; a closed meeting stays closed, and nothing goes back. */
const NEXT_STATES: Record<Meeting['state'], readonly Meeting['state'][]> = {
  planned: ['planned', 'open', 'closed'],
  open: ['open', 'closed'],
  closed: ['closed'],
};

export function updateMeeting(
  store: Store,
  author: Author,
  workspaceId: string,
  meetingId: string,
  input: MeetingUpdate,
): Promise<Meeting> {
  return store.transaction(async (tx) => {
    const before = await meetingOf(tx, workspaceId, meetingId);
    if (before.version !== input.version)
      throw new VersionConflictError('meeting', meetingId, before.version);
    if (input.state && !NEXT_STATES[before.state].includes(input.state))
      throw new ConflictError('meeting_state');
    const { version, ...fields } = input;
    if (!(await tx.meetings.update(workspaceId, meetingId, version, fields))) {
      throw new VersionConflictError('meeting', meetingId, before.version + 1);
    }
    const after = await meetingOf(tx, workspaceId, meetingId);
    const action =
      after.state !== before.state
        ? after.state === 'closed'
          ? 'meeting.close'
          : 'meeting.open'
        : 'meeting.update';
    await recordChange(tx, author, {
      workspaceId,
      action,
      entityType: 'meeting',
      entityId: meetingId,
      before: { name: before.name, state: before.state, autoAccept: before.autoAccept },
      after:
        action === 'meeting.close'
          ? { name: after.name, state: after.state, ...(await summaryCounts(tx, after)) }
          : { name: after.name, state: after.state, autoAccept: after.autoAccept },
    });
    if (action === 'meeting.close') {
      await snapshotAtClosing(tx, workspaceId, { kind: 'meeting', id: meetingId, name: after.name });
    }
    await publishMeeting(tx, after);
    return after;
  });
}

/** What the history keeps of a closed meeting: how many took part and what came of it. */
async function summaryCounts(tx: TransactionStore, meeting: Meeting) {
  return {
    participants: meeting.groups.reduce((sum, group) => sum + group.participants, 0),
    groups: meeting.groups.map((group) => ({ name: group.name, participants: group.participants })),
    accepted: meeting.counts.accepted,
    rejected: meeting.counts.rejected,
    pending: meeting.counts.pending,
    added: await tx.meetings.added(meeting.id).then((added) => ({
      actors: added.actors.length,
      relations: added.relations.length,
      positions: added.positions,
    })),
  };
}

export function listMeetings(store: Store, workspaceId: string): Promise<Meeting[]> {
  return store.meetings.list(workspaceId);
}

export async function getMeeting(store: Store, workspaceId: string, meetingId: string): Promise<Meeting> {
  const meeting = await store.meetings.get(workspaceId, meetingId);
  if (!meeting) throw new NotFoundError('meeting', meetingId);
  return meeting;
}

/** The contributions in the facilitator's form, oldest first, and the last live event they include. */
export function listContributions(
  store: Store,
  workspaceId: string,
  meetingId: string,
  status?: Contribution['status'],
): Promise<{ items: Contribution[]; lastEventId: number }> {
  return store.transaction(async (tx) => {
    await meetingOf(tx, workspaceId, meetingId);
    // The event id first: an event committed after it is sent again by the stream, and applying twice is harmless.
    const lastEventId = await tx.meetings.lastEventId(meetingId);
    const rows = await tx.meetings.contributions(meetingId, status ? { status } : {});
    return { items: staffContributions(rows), lastEventId };
  });
}

export function decideContribution(
  store: Store,
  author: Author,
  workspaceId: string,
  meetingId: string,
  contributionId: string,
  decision: ContributionDecision,
): Promise<Contribution> {
  return store.transaction(async (tx) => {
    const meeting = await tx.meetings.lock(workspaceId, meetingId);
    if (!meeting) throw new NotFoundError('meeting', meetingId);
    const row = await tx.meetings.contributionCore(meetingId, contributionId);
    if (!row) throw new NotFoundError('contribution', contributionId);
    return decideInTransaction(tx, author, meeting, row, decision);
  });
}

/**
 * Decides on a pending contribution inside the caller's transaction (the caller holds the meeting's lock):
 * the facilitator's decision, or the meeting's own when it accepts automatically.
 */
export async function decideInTransaction(
  tx: TransactionStore,
  author: Author,
  meeting: MeetingRef,
  row: ContributionCore,
  decision: ContributionDecision,
): Promise<Contribution> {
  if (row.status !== 'pending') throw new ConflictError('contribution_decided');
  const content = contributionInputSchema.parse(row.content);
  const source = meetingSource(meeting.name, meetingDay(meeting));
  let outcome: { status: 'accepted' | 'merged' | 'rejected'; actorId?: string; relationId?: string };
  const created: Record<string, unknown> = {};

  if (decision.decision === 'reject') {
    outcome = { status: 'rejected' };
  } else if (content.kind === 'actor') {
    outcome = await decideActor(tx, meeting, content, decision, source, created);
  } else if (content.kind === 'tie') {
    outcome = await decideTie(tx, meeting, content, decision, source, created);
  } else {
    if (decision.decision === 'merge')
      throw new ValidationError([{ path: 'decision', code: 'not_mergeable' }]);
    if (!meeting.topicId) throw new ValidationError([{ path: 'kind', code: 'topic_not_asked' }]);
    await requireActors(tx, meeting.workspaceId, [['actorId', content.actorId]]);
    outcome = { status: 'accepted', actorId: content.actorId };
  }

  const after = await tx.meetings.setContributionStatus(meeting.id, row.id, ['pending'], {
    status: outcome.status,
    actorId: outcome.actorId ?? null,
    relationId: outcome.relationId ?? null,
    decidedBy: author.userId,
  });
  if (!after) throw new ConflictError('contribution_decided');
  if (outcome.status !== 'rejected') {
    const group = await tx.meetings.group(meeting.id, row.groupId);
    if (!group) throw new NotFoundError('contribution', row.id);
    // The group speaks as its perspective from its first accepted contribution on, whatever its kind.
    group.perspectiveId = await groupPerspective(tx, meeting, group);
    if (content.kind === 'tie' && outcome.relationId)
      await landGroupTie(tx, meeting, group, outcome.relationId);
    if (content.kind === 'position') await landGroupPosition(tx, meeting, group, content.actorId);
  }
  await recordChange(tx, author, {
    workspaceId: meeting.workspaceId,
    action: 'contribution.decide',
    entityType: 'contribution',
    entityId: row.id,
    actorIds: [
      ...new Set(
        [
          outcome.actorId,
          content.kind === 'tie' ? content.sourceId : undefined,
          content.kind === 'tie' ? content.targetId : undefined,
        ].filter((id): id is string => typeof id === 'string'),
      ),
    ],
    before: {
      meetingId: meeting.id,
      meetingName: meeting.name,
      kind: row.kind,
      content,
      status: 'pending',
      group: row.groupName,
    },
    after: {
      meetingId: meeting.id,
      meetingName: meeting.name,
      kind: row.kind,
      status: outcome.status,
      group: row.groupName,
      actorId: outcome.actorId ?? null,
      relationId: outcome.relationId ?? null,
      ...created,
    },
  });
  return publishContribution(tx, meeting, after);
}

async function requireActors(
  tx: TransactionStore,
  workspaceId: string,
  ends: readonly [string, string][],
): Promise<void> {
  const found = new Set(
    (
      await tx.meetings.actorsAmong(
        workspaceId,
        ends.map(([, id]) => id),
      )
    ).map((a) => a.id),
  );
  const issues = ends
    .filter(([, id]) => !found.has(id))
    .map(([path]) => ({ path: `content.${path}`, code: 'actor_not_in_workspace' as const }));
  if (issues.length > 0) throw new ValidationError(issues);
}

async function decideActor(
  tx: TransactionStore,
  meeting: MeetingRef,
  content: Extract<ContributionInput, { kind: 'actor' }>,
  decision: Exclude<ContributionDecision, { decision: 'reject' }>,
  source: string,
  created: Record<string, unknown>,
): Promise<{ status: 'accepted' | 'merged'; actorId: string }> {
  if (decision.decision === 'merge') {
    if (!decision.actorId) throw new ValidationError([{ path: 'actorId', code: 'merge_target_required' }]);
    await requireActors(tx, meeting.workspaceId, [['actorId', decision.actorId]]);
    return { status: 'merged', actorId: decision.actorId };
  }
  const actor = await tx.actors.create(
    meeting.workspaceId,
    actorCreateSchema.parse({
      name: content.name,
      force: content.force,
      kind: 'organisatie',
      rol: content.why ?? '',
      sources: [source],
    }),
  );
  created.actorCreated = actor;
  return { status: 'accepted', actorId: actor.id };
}

async function decideTie(
  tx: TransactionStore,
  meeting: MeetingRef,
  content: Extract<ContributionInput, { kind: 'tie' }>,
  decision: Exclude<ContributionDecision, { decision: 'reject' }>,
  source: string,
  created: Record<string, unknown>,
): Promise<{ status: 'accepted' | 'merged'; relationId: string }> {
  await requireActors(tx, meeting.workspaceId, [
    ['sourceId', content.sourceId],
    ['targetId', content.targetId],
  ]);
  if (decision.decision === 'merge') {
    if (!decision.relationId)
      throw new ValidationError([{ path: 'relationId', code: 'merge_target_required' }]);
    const relation = await tx.meetings.relationEnds(meeting.workspaceId, decision.relationId);
    if (!relation) throw new ValidationError([{ path: 'relationId', code: 'relation_not_in_workspace' }]);
    const ends = new Set([relation.sourceId, relation.targetId]);
    if (!ends.has(content.sourceId) || !ends.has(content.targetId)) {
      throw new ValidationError([{ path: 'relationId', code: 'relation_other_actors' }]);
    }
    return { status: 'merged', relationId: relation.id };
  }
  // The same tie named before (in this meeting or on the map): the group's claim lands on it.
  const existing = await tx.meetings.relationBetween(
    meeting.workspaceId,
    content.sourceId,
    content.targetId,
    content.type,
  );
  if (existing) return { status: 'merged', relationId: existing.id };
  const relationId = await tx.meetings.createRelation(meeting.workspaceId, {
    sourceId: content.sourceId,
    targetId: content.targetId,
    type: content.type,
    strength: content.strength,
    source,
  });
  created.relationCreated = { id: relationId, ...content, kind: undefined };
  return { status: 'accepted', relationId };
}

export async function meetingSummary(
  store: Store,
  workspaceId: string,
  meetingId: string,
): Promise<MeetingSummary> {
  return store.transaction(async (tx) => {
    const meeting = await meetingOf(tx, workspaceId, meetingId);
    const rows = await tx.meetings.contributions(meetingId);
    const added = await tx.meetings.added(meetingId);
    const isAccepted = (row: ContributionRow) => row.status === 'accepted' || row.status === 'merged';
    const contested = rows
      .filter((row) => isAccepted(row) && row.kloptNiet > 0)
      .sort((a, b) => b.kloptNiet - a.kloptNiet || a.createdAt.localeCompare(b.createdAt));
    return {
      meetingId,
      name: meeting.name,
      state: meeting.state,
      openedAt: meeting.openedAt,
      closedAt: meeting.closedAt,
      groups: meeting.groups.map((group) => {
        const own = rows.filter((row) => row.groupId === group.id);
        return {
          id: group.id,
          name: group.name,
          force: group.force,
          participants: group.participants,
          contributions: own.length,
          accepted: own.filter(isAccepted).length,
        };
      }),
      participants: meeting.groups.reduce((sum, group) => sum + group.participants, 0),
      byKind: CONTRIBUTION_KINDS.map((kind) => {
        const own = rows.filter((row) => row.kind === kind);
        const count = (status: ContributionRow['status']) =>
          own.filter((row) => row.status === status).length;
        return {
          kind,
          sent: own.length,
          accepted: own.filter(isAccepted).length,
          rejected: count('rejected'),
          withdrawn: count('withdrawn'),
          pending: count('pending'),
        };
      }),
      added: {
        actors: added.actors,
        relations: added.relations as MeetingSummary['added']['relations'],
        positions: added.positions,
      },
      contested: staffContributions(contested),
    };
  });
}
