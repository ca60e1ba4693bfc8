/**
 * Bijeenkomsten (meetings): a live stadsgesprek in which the people in the room add to the map from their
 * phones. A facilitator (redacteur or eigenaar) starts one on a werkruimte, optionally on one vraagstuk;
 * participants join without an account by a short code, say which group they speak for, and send
 * contributions: a missing speler, a tie between two spelers, a place for a speler on the vraagstuk, and
 * "klopt" / "klopt niet" on what others added. The facilitator accepts, merges or rejects each; an accepted
 * one becomes an ordinary claim of its group's perspective (domain/assessment.ts, domain/topic.ts).
 */
import { z } from 'zod';
import { longTextSchema, nameSchema, versionSchema } from './text-rules.ts';
import { POWER_MAX, POWER_MIN, STANCE_MAX, STANCE_MIN } from './topic.ts';
import { FORCES, RELATION_TYPES, STRENGTH_MAX, STRENGTH_MIN } from './vocabulary.ts';

/** Planned (prepared, code not yet working), open (joining and sending work), closed (final). */
export const MEETING_STATES = ['planned', 'open', 'closed'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

/**
 * Join codes: six characters from an alphabet without look-alikes (no 0/O, 1/I/L), typed on a phone
 * without doubt. 31^6 ≈ 887 million codes; guessing is also rate-limited per address.
 */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

/** What a person types: case, spaces and dashes do not matter ("abc-123" is "ABC123"). */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '');
}

/** True for a well-formed code (after normalising); a malformed one is refused like a wrong one. */
export function isJoinCode(code: string): boolean {
  if (code.length !== JOIN_CODE_LENGTH) return false;
  return [...code].every((character) => JOIN_CODE_ALPHABET.includes(character));
}

/** Caps on what one meeting holds and what one participant may send. */
export const MEETING_GROUPS_MAX = 12;
export const MEETING_NAME_MAX = 120;
export const MEETING_GROUP_NAME_MAX = 60;
export const MEETING_NICKNAME_MAX = 40;
export const MEETING_WHY_MAX = 200;
export const MEETING_PARTICIPANTS_MAX = 2_000;

/** The groups a new meeting offers unless the facilitator names others: four of the five krachten. */
export const DEFAULT_MEETING_GROUPS: ReadonlyArray<{ name: string; force: (typeof FORCES)[number] }> = [
  { name: 'Bewoners', force: 'bewoner' },
  { name: 'Professionals', force: 'professional' },
  { name: 'Gemeente', force: 'gemeente' },
  { name: 'Instellingen', force: 'instelling' },
];

export const meetingGroupInputSchema = z.strictObject({
  name: nameSchema(MEETING_GROUP_NAME_MAX),
  force: z.enum(FORCES),
});
export type MeetingGroupInput = z.infer<typeof meetingGroupInputSchema>;

const groupsSchema = z
  .array(meetingGroupInputSchema)
  .min(1)
  .max(MEETING_GROUPS_MAX)
  .refine((groups) => new Set(groups.map((group) => group.name.toLowerCase())).size === groups.length, {
    message: 'duplicate_items',
  });

export const meetingCreateSchema = z.strictObject({
  name: nameSchema(MEETING_NAME_MAX),
  description: longTextSchema.default(''),
  topicId: z.uuid().nullable().default(null),
  groups: groupsSchema.default(() => DEFAULT_MEETING_GROUPS.map((group) => ({ ...group }))),
  autoAccept: z.boolean().default(false),
  /** Open at once (the usual case: the room is waiting) or keep it planned. */
  open: z.boolean().default(true),
});
export type MeetingCreate = z.infer<typeof meetingCreateSchema>;

export const meetingUpdateSchema = z.strictObject({
  version: versionSchema,
  name: nameSchema(MEETING_NAME_MAX).optional(),
  description: longTextSchema.optional(),
  autoAccept: z.boolean().optional(),
  /** planned → open → closed; a closed meeting stays closed. */
  state: z.enum(MEETING_STATES).optional(),
});
export type MeetingUpdate = z.infer<typeof meetingUpdateSchema>;

export const meetingGroupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  force: z.enum(FORCES),
  /** The perspective its accepted contributions are claims of; made at the first acceptance. */
  perspectiveId: z.uuid().nullable(),
  participants: z.number().int(),
});
export type MeetingGroup = z.infer<typeof meetingGroupSchema>;

export const meetingSchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  name: z.string(),
  description: z.string(),
  topicId: z.uuid().nullable(),
  code: z.string(),
  state: z.enum(MEETING_STATES),
  autoAccept: z.boolean(),
  groups: z.array(meetingGroupSchema),
  counts: z.object({ pending: z.number().int(), accepted: z.number().int(), rejected: z.number().int() }),
  openedAt: z.iso.datetime({ offset: true }).nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Meeting = z.infer<typeof meetingSchema>;

// ─── contributions ────────────────────────────────────────────────────────────────────────────────────────

export const CONTRIBUTION_KINDS = ['actor', 'tie', 'position'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/**
 * pending → accepted (a new element, or a claim on an existing one), merged (it was an existing speler or
 * relatie), rejected; withdrawn by its sender at any time while the meeting is open.
 */
export const CONTRIBUTION_STATUSES = ['pending', 'accepted', 'merged', 'rejected', 'withdrawn'] as const;
export type ContributionStatus = (typeof CONTRIBUTION_STATUSES)[number];

export const REACTION_VERDICTS = ['klopt', 'klopt_niet'] as const;
export type ReactionVerdict = (typeof REACTION_VERDICTS)[number];

const strength = z.number().int().min(STRENGTH_MIN).max(STRENGTH_MAX);
const power = z.number().int().min(POWER_MIN).max(POWER_MAX);

/** A speler the room misses: its name, kracht and in one line why it matters here. */
export const actorContributionSchema = z.strictObject({
  kind: z.literal('actor'),
  name: nameSchema(),
  force: z.enum(FORCES),
  why: nameSchema(MEETING_WHY_MAX).nullable().default(null),
});

/** Two spelers that work together (or fund, advise …): the relatie type and how strong. */
export const tieContributionSchema = z
  .strictObject({
    kind: z.literal('tie'),
    sourceId: z.uuid(),
    targetId: z.uuid(),
    type: z.enum(RELATION_TYPES),
    strength: strength.default(3),
  })
  .refine((tie) => tie.sourceId !== tie.targetId, { path: ['targetId'], message: 'self_relation' });

/** Where a speler stands on the meeting's vraagstuk. */
export const positionContributionSchema = z.strictObject({
  kind: z.literal('position'),
  actorId: z.uuid(),
  invloed: power,
  belang: power,
  standpunt: z.number().int().min(STANCE_MIN).max(STANCE_MAX),
});

export const contributionInputSchema = z.discriminatedUnion('kind', [
  actorContributionSchema,
  tieContributionSchema,
  positionContributionSchema,
]);
export type ContributionInput = z.infer<typeof contributionInputSchema>;

/** A speler as the meeting shows it: a name and a kracht, nothing of its profile. */
export const meetingActorSchema = z.object({ id: z.uuid(), name: z.string(), force: z.enum(FORCES) });
export type MeetingActor = z.infer<typeof meetingActorSchema>;

/**
 * A contribution as the meeting shows it. `participantName` (the nickname) is shown to the facilitator
 * and to its sender only; to other participants it is null. `actors` names every speler it refers to,
 * so a phone can show it without the werkruimte.
 */
export const contributionSchema = z.object({
  id: z.uuid(),
  kind: z.enum(CONTRIBUTION_KINDS),
  content: contributionInputSchema,
  status: z.enum(CONTRIBUTION_STATUSES),
  groupId: z.uuid(),
  groupName: z.string(),
  participantName: z.string().nullable(),
  /** True on the sender's own phone. */
  mine: z.boolean(),
  actors: z.array(meetingActorSchema),
  /** What it became on the map: the speler (actor), the relatie (tie) or the speler placed (position). */
  actorId: z.uuid().nullable(),
  relationId: z.uuid().nullable(),
  reactions: z.object({ klopt: z.number().int(), kloptNiet: z.number().int() }),
  /** The caller's own reaction, on a participant's phone. */
  myReaction: z.enum(REACTION_VERDICTS).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Contribution = z.infer<typeof contributionSchema>;

export const CONTRIBUTION_DECISIONS = ['accept', 'merge', 'reject'] as const;

export const contributionDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept') }),
  /** It is an existing speler (actor contribution) or relatie (tie contribution). */
  z.strictObject({
    decision: z.literal('merge'),
    actorId: z.uuid().optional(),
    relationId: z.uuid().optional(),
  }),
  z.strictObject({ decision: z.literal('reject') }),
]);
export type ContributionDecision = z.infer<typeof contributionDecisionSchema>;

// ─── live events ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * What the live stream carries. Each event has the meeting's sequence number as its id, so a client that
 * reconnects asks for what came after the last one it saw and applies each at most once: `contribution`
 * replaces the contribution with that id, `meeting` replaces the meeting's state.
 */
export const meetingEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('contribution'), id: z.number().int(), contribution: contributionSchema }),
  z.object({
    type: z.literal('meeting'),
    id: z.number().int(),
    state: z.enum(MEETING_STATES),
    name: z.string(),
    autoAccept: z.boolean(),
  }),
  z.object({
    type: z.literal('participants'),
    id: z.number().int(),
    groups: z.array(z.object({ id: z.uuid(), participants: z.number().int() })),
  }),
]);
export type MeetingEvent = z.infer<typeof meetingEventSchema>;

// ─── the participant's side ───────────────────────────────────────────────────────────────────────────────

/** What a code shows before joining: the meeting's name and the groups to choose from. */
export const meetingDoorSchema = z.object({
  name: z.string(),
  description: z.string(),
  topic: z.object({ name: z.string(), description: z.string() }).nullable(),
  groups: z.array(z.object({ id: z.uuid(), name: z.string(), force: z.enum(FORCES) })),
});
export type MeetingDoor = z.infer<typeof meetingDoorSchema>;

export const meetingJoinSchema = z.strictObject({
  code: z.string().max(40),
  groupId: z.uuid(),
  nickname: nameSchema(MEETING_NICKNAME_MAX).nullable().default(null),
});

/** Everything a participant's phone shows: the meeting, its spelers, and the contributions it may see. */
export const participantViewSchema = z.object({
  meeting: meetingDoorSchema.extend({ state: z.enum(MEETING_STATES), hasTopic: z.boolean() }),
  participant: z.object({
    nickname: z.string().nullable(),
    groupId: z.uuid(),
    groupName: z.string(),
  }),
  actors: z.array(meetingActorSchema),
  relationTypes: z.array(z.enum(RELATION_TYPES)),
  contributions: z.array(contributionSchema),
  /** The last event included; the live stream continues after it. */
  lastEventId: z.number().int(),
  /** How many contributions one participant may send per minute. */
  perMinute: z.number().int(),
});
export type ParticipantView = z.infer<typeof participantViewSchema>;

// ─── afterwards ───────────────────────────────────────────────────────────────────────────────────────────

export const meetingSummarySchema = z.object({
  meetingId: z.uuid(),
  name: z.string(),
  state: z.enum(MEETING_STATES),
  openedAt: z.iso.datetime({ offset: true }).nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  groups: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      force: z.enum(FORCES),
      participants: z.number().int(),
      contributions: z.number().int(),
      accepted: z.number().int(),
    }),
  ),
  participants: z.number().int(),
  /** Per kind: sent, accepted (or merged), rejected, withdrawn, still pending. */
  byKind: z.array(
    z.object({
      kind: z.enum(CONTRIBUTION_KINDS),
      sent: z.number().int(),
      accepted: z.number().int(),
      rejected: z.number().int(),
      withdrawn: z.number().int(),
      pending: z.number().int(),
    }),
  ),
  /** New spelers and relaties on the map because of the meeting. */
  added: z.object({
    actors: z.array(meetingActorSchema),
    relations: z.array(
      z.object({
        id: z.uuid(),
        sourceName: z.string(),
        targetName: z.string(),
        type: z.enum(RELATION_TYPES),
      }),
    ),
    positions: z.number().int(),
  }),
  /** Accepted contributions that at least one participant said do not hold, most disputed first. */
  contested: z.array(contributionSchema),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/** The source every claim of a meeting carries: "bijeenkomst <name>, <date>". */
export function meetingSource(name: string, day: string): string {
  const [year, month, date] = day.split('-');
  return `bijeenkomst ${name}, ${date}-${month}-${year}`;
}

/**
 * A group's assessment of one relatie, from what its members said in the meeting: each accepted tie
 * counts for it (with its strength), each "klopt" for it (without one), each "klopt niet" against it. The
 * tie stands when at least as many say it holds as say it does not; its strength is the mean of the
 * strengths given, rounded. Nothing said: no assessment.
 */
export function groupAssessment(
  strengths: readonly number[],
  klopt: number,
  kloptNiet: number,
): { present: boolean; strength: number | null } | null {
  const support = strengths.length + klopt;
  if (support + kloptNiet === 0) return null;
  if (support < kloptNiet) return { present: false, strength: null };
  if (strengths.length === 0) return { present: true, strength: null };
  const mean = strengths.reduce((sum, value) => sum + value, 0) / strengths.length;
  return { present: true, strength: Math.round(mean) };
}
