/**
 * How a contribution looks to whoever sees it. The facilitator sees every field; a participant sees the
 * nickname only on their own contributions, and their own reaction. Live events store the facilitator's
 * form, and each subscriber's copy is cut down here, so one rule serves the HTTP answers and the stream.
 */
import {
  type Contribution,
  type ContributionInput,
  contributionInputSchema,
  type MeetingActor,
  type ReactionVerdict,
} from '../domain/index.ts';
import type { ContributionRow } from '../store/index.ts';

export type Viewer =
  | { kind: 'staff' }
  | { kind: 'participant'; participantId: string; reactions?: ReadonlyMap<string, ReactionVerdict> };

export const STAFF: Viewer = { kind: 'staff' };

/** The spelers a contribution names: its ends, the speler it places, the speler it became. */
export function actorIdsOf(row: Pick<ContributionRow, 'content' | 'actorId'>): string[] {
  const content = row.content as Partial<Record<'sourceId' | 'targetId' | 'actorId', string>>;
  return [content.sourceId, content.targetId, content.actorId, row.actorId ?? undefined].filter(
    (id): id is string => typeof id === 'string',
  );
}

/** The facilitator's form of a contribution, with the spelers it names in the order it names them. */
export function staffContribution(row: ContributionRow): Contribution {
  // Stored only after validation; parsing again gives the typed form (and drops anything unexpected).
  const content = contributionInputSchema.parse(row.content) as ContributionInput;
  const names = new Map(row.actors.map((actor) => [actor.id, actor]));
  const actors = [...new Set(actorIdsOf(row))]
    .map((id) => names.get(id))
    .filter((actor): actor is MeetingActor => actor !== undefined);
  return {
    id: row.id,
    kind: row.kind,
    content,
    status: row.status,
    groupId: row.groupId,
    groupName: row.groupName,
    participantName: row.participantName,
    mine: false,
    actors,
    actorId: row.actorId,
    relationId: row.relationId,
    reactions: { klopt: row.klopt, kloptNiet: row.kloptNiet },
    myReaction: null,
    createdAt: new Date(row.createdAt).toISOString(),
    decidedAt: row.decidedAt ? new Date(row.decidedAt).toISOString() : null,
  };
}

/** A contribution as `viewer` may see it; `authorId` is the participant who sent it. */
export function contributionFor(
  viewer: Viewer,
  contribution: Contribution,
  authorId: string | null,
): Contribution {
  if (viewer.kind === 'staff') return contribution;
  const mine = authorId === viewer.participantId;
  return {
    ...contribution,
    mine,
    participantName: mine ? contribution.participantName : null,
    myReaction: viewer.reactions?.get(contribution.id) ?? null,
  };
}

/** Contributions in the facilitator's form. */
export function staffContributions(rows: readonly ContributionRow[]): Contribution[] {
  return rows.map(staffContribution);
}
