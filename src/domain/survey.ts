/**
 * De uitvraag: a survey round in which those involved draw their own ties. A coordinator sets up a round
 * (title, introduction, dates, which relation types and questions), adds respondents — each answers for
 * one speler and gets a personal link — and the respondents name the spelers they work with, how often,
 * and how much trust and value the tie holds on PARTNER CPRM's three-item scales. Their answers are kept
 * as one document per respondent (the round's dated "capture") and land on the map as assessments of the
 * respondent speler's own perspective (origin `survey`).
 */
import { z } from 'zod';
import { emailSchema } from './account.ts';
import { PROFILE_FIELDS, type ProfileField } from './actor.ts';
import { PARTNER_SCALE_MAX, PARTNER_SCALE_MIN } from './assessment.ts';
import { longTextSchema, NAME_MAX, nameSchema, versionSchema } from './text-rules.ts';
import { POWER_MAX, POWER_MIN, STANCE_MAX, STANCE_MIN } from './topic.ts';
import { FORCES, RELATION_TYPE_TRAITS, RELATION_TYPES, type RelationType } from './vocabulary.ts';

/**
 * Which spelers respondents can name: every speler of the werkruimte, only the round's other respondents
 * (a closed network, as PARTNER and Polinode's roster surveys ask it), or a chosen set.
 */
export const SURVEY_ROSTERS = ['all', 'respondents', 'chosen'] as const;
export type SurveyRoster = (typeof SURVEY_ROSTERS)[number];

/** concept: being prepared, links do not work yet; open: links work until the close date; closed: done. */
export const SURVEY_STATES = ['concept', 'open', 'closed'] as const;
export type SurveyState = (typeof SURVEY_STATES)[number];

/** How often the two work together: the answer that sets the tie's strength on the map. */
export const CONTACT_FREQUENCIES = [
  'dagelijks',
  'wekelijks',
  'maandelijks',
  'per_kwartaal',
  'jaarlijks',
] as const;
export type ContactFrequency = (typeof CONTACT_FREQUENCIES)[number];

/** Strength 1–5 on the map for each frequency: daily contact is the strongest tie. */
export const FREQUENCY_STRENGTH: Record<ContactFrequency, number> = {
  dagelijks: 5,
  wekelijks: 4,
  maandelijks: 3,
  per_kwartaal: 2,
  jaarlijks: 1,
};

/** PARTNER CPRM's items: trust is openness, reliability, shared mission; value is influence, resources, involvement. */
export const TRUST_ITEMS = ['openheid', 'betrouwbaarheid', 'gedeelde_missie'] as const;
export const VALUE_ITEMS = ['invloed', 'middelen', 'betrokkenheid'] as const;
export type TrustItem = (typeof TRUST_ITEMS)[number];
export type ValueItem = (typeof VALUE_ITEMS)[number];

/** Which parts of the questionnaire a round asks; the tie itself (who, which relation) is always asked. */
export const SURVEY_QUESTIONS = ['frequentie', 'vertrouwen', 'waarde', 'profiel'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

/** What a respondent can name in one round: more than any real organisation works with. */
export const SURVEY_TIES_MAX = 200;
/** Vraagstukken one round asks about: each adds a part to the questionnaire. */
export const SURVEY_TOPICS_MAX = 10;
/** Spelers placed on vraagstukken in one answer: every tie on every vraagstuk, and more. */
export const SURVEY_POSITIONS_MAX = 1_000;
/** Respondents per round. */
export const SURVEY_RESPONDENTS_MAX = 5_000;
/** Contact data is deleted this many days after the round closes, unless the coordinator says otherwise. */
export const CONTACT_RETENTION_DAYS_DEFAULT = 90;
export const CONTACT_RETENTION_DAYS_MAX = 3_650;

// PostgreSQL's date has no year 0, which ISO 8601 (and zod) allow.
const isoDate = z.iso
  .date({ message: 'date_format' })
  .refine((value) => value >= '0001-01-01', { message: 'date_format' });

const surveyFields = {
  title: nameSchema(),
  intro: longTextSchema,
  /** The first day the links work; null: from the moment the round is opened. */
  opensOn: isoDate.nullable(),
  /** The last day the links work (Dutch time). */
  closesOn: isoDate,
  relationTypes: z
    .array(z.enum(RELATION_TYPES))
    .min(1)
    .max(RELATION_TYPES.length)
    .refine((types) => new Set(types).size === types.length, { message: 'duplicate_items' }),
  questions: z
    .array(z.enum(SURVEY_QUESTIONS))
    .max(SURVEY_QUESTIONS.length)
    .refine((items) => new Set(items).size === items.length, { message: 'duplicate_items' }),
  contactRetentionDays: z.number().int().min(0).max(CONTACT_RETENTION_DAYS_MAX),
  roster: z.enum(SURVEY_ROSTERS),
  /** The spelers that can be named when `roster` is `chosen`. */
  rosterActorIds: z
    .array(z.uuid())
    .max(SURVEY_RESPONDENTS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_items' }),
  /** Vraagstukken on which respondents place the spelers they know (invloed, belang, standpunt). */
  topicIds: z
    .array(z.uuid())
    .max(SURVEY_TOPICS_MAX)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'duplicate_items' }),
};

/**
 * Rules over two fields, checked on the merged result of a PATCH too: the close date not before the open
 * date, and a chosen roster that holds someone.
 */
export function surveyFieldIssues(survey: {
  opensOn: string | null;
  closesOn: string;
  roster: SurveyRoster;
  rosterActorIds: readonly string[];
}) {
  return [
    ...(survey.opensOn !== null && survey.opensOn > survey.closesOn
      ? [{ path: 'closesOn', code: 'date_order' as const }]
      : []),
    ...(survey.roster === 'chosen' && survey.rosterActorIds.length === 0
      ? [{ path: 'rosterActorIds', code: 'roster_empty' as const }]
      : []),
  ];
}

export const surveyCreateSchema = z.strictObject({
  ...surveyFields,
  intro: longTextSchema.default(''),
  opensOn: surveyFields.opensOn.default(null),
  relationTypes: surveyFields.relationTypes.default(['werkt_samen', 'verwijst', 'informeert']),
  questions: surveyFields.questions.default(['frequentie', 'vertrouwen', 'waarde']),
  contactRetentionDays: surveyFields.contactRetentionDays.default(CONTACT_RETENTION_DAYS_DEFAULT),
  topicIds: surveyFields.topicIds.default([]),
  roster: surveyFields.roster.default('all'),
  rosterActorIds: surveyFields.rosterActorIds.default([]),
});
export type SurveyCreate = z.infer<typeof surveyCreateSchema>;

export const surveyUpdateSchema = z.strictObject({
  version: versionSchema,
  ...z.object(surveyFields).partial().shape,
  state: z.enum(SURVEY_STATES).optional(),
});
export type SurveyUpdate = z.infer<typeof surveyUpdateSchema>;

export const surveyTallySchema = z.object({
  respondents: z.number().int(),
  opened: z.number().int(),
  finished: z.number().int(),
});

export const surveySchema = z.object({
  id: z.uuid(),
  ...surveyFields,
  state: z.enum(SURVEY_STATES),
  tally: surveyTallySchema,
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Survey = z.infer<typeof surveySchema>;

// ─── respondents ──────────────────────────────────────────────────────────────────────────────────────────

export const respondentCreateSchema = z.strictObject({
  /** The speler this respondent answers for. */
  actorId: z.uuid(),
  /** Who answers, for the coordinator's reminder list; kept apart from the map and deletable. */
  contactName: nameSchema(NAME_MAX).nullable().default(null),
  email: emailSchema.nullable().default(null),
});
export type RespondentCreate = z.infer<typeof respondentCreateSchema>;

export const RESPONDENT_STATUSES = [
  'niet_geopend',
  'geopend',
  'klaar',
  'ingetrokken',
  'teruggetrokken',
] as const;
export type RespondentStatus = (typeof RESPONDENT_STATUSES)[number];

export const respondentSchema = z.object({
  id: z.uuid(),
  actorId: z.uuid(),
  actorName: z.string(),
  force: z.enum(FORCES),
  wijken: z.array(z.string()),
  /** The perspective its answers are claims of. */
  perspectiveId: z.uuid(),
  /** Null once the contact data is deleted (by the coordinator or after the retention period). */
  contact: z.object({ name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  status: z.enum(RESPONDENT_STATUSES),
  openedAt: z.iso.datetime({ offset: true }).nullable(),
  savedAt: z.iso.datetime({ offset: true }).nullable(),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
  ties: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Respondent = z.infer<typeof respondentSchema>;

/** A proposed speler waits (open) until the coordinator accepts it, merges it with a speler, or rejects it. */
export const PROPOSAL_STATUSES = ['open', 'accepted', 'merged', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

// ─── answers ──────────────────────────────────────────────────────────────────────────────────────────────

const itemScore = z.number().int().min(PARTNER_SCALE_MIN).max(PARTNER_SCALE_MAX).nullable();

/** A spelers the respondent misses in the roster: proposed, and on the map only once the coordinator accepts. */
export const proposedActorSchema = z.strictObject({
  name: nameSchema(),
  force: z.enum(FORCES),
});
export type ProposedActor = z.infer<typeof proposedActorSchema>;

const directedTypes = RELATION_TYPES.filter((type) => RELATION_TYPE_TRAITS[type].directed);

export const surveyTieSchema = z
  .strictObject({
    /** A speler of the roster … */
    actorId: z.uuid().nullable().default(null),
    /** … or one the respondent proposes. */
    proposed: proposedActorSchema.nullable().default(null),
    /**
     * What the respondent's organisation does toward the other (or does together, for mutual types). A tie
     * without any type yet is kept (the respondent is still filling it in) but makes no claim.
     */
    types: z.array(z.enum(RELATION_TYPES)).max(RELATION_TYPES.length).default([]),
    /** What the other does toward the respondent's organisation (directed types only: "financiert ons"). */
    reverseTypes: z
      .array(z.enum(directedTypes as [RelationType, ...RelationType[]]))
      .max(RELATION_TYPES.length)
      .default([]),
    frequency: z.enum(CONTACT_FREQUENCIES).nullable().default(null),
    trust: z
      .strictObject(
        Object.fromEntries(TRUST_ITEMS.map((item) => [item, itemScore])) as Record<
          TrustItem,
          typeof itemScore
        >,
      )
      .nullable()
      .default(null),
    value: z
      .strictObject(
        Object.fromEntries(VALUE_ITEMS.map((item) => [item, itemScore])) as Record<
          ValueItem,
          typeof itemScore
        >,
      )
      .nullable()
      .default(null),
    note: longTextSchema.default(''),
  })
  .superRefine((tie, ctx) => {
    if ((tie.actorId === null) === (tie.proposed === null)) {
      ctx.addIssue({ code: 'custom', path: ['actorId'], message: 'tie_target' });
    }
    for (const key of ['types', 'reverseTypes'] as const) {
      if (new Set(tie[key]).size !== tie[key].length) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'duplicate_items' });
      }
    }
  });
export type SurveyTie = z.infer<typeof surveyTieSchema>;

const positionScore = z.number().int().min(POWER_MIN).max(POWER_MAX).nullable().default(null);

/**
 * Where the respondent places one speler on one vraagstuk of the round. Any of the three may be left open
 * while they fill it in; only a complete answer lands on the map as a position.
 */
export const surveyPositionSchema = z.strictObject({
  topicId: z.uuid(),
  actorId: z.uuid(),
  invloed: positionScore,
  belang: positionScore,
  standpunt: z.number().int().min(STANCE_MIN).max(STANCE_MAX).nullable().default(null),
});
export type SurveyPosition = z.infer<typeof surveyPositionSchema>;

/** A position with all three answers: the only kind that lands. */
export function isCompletePosition(
  position: SurveyPosition,
): position is SurveyPosition & { invloed: number; belang: number; standpunt: number } {
  return position.invloed !== null && position.belang !== null && position.standpunt !== null;
}

/** The respondent's own organisation's profile texts as they say they should read: only the ones they changed. */
export const profileCorrectionsSchema = z.strictObject(
  Object.fromEntries(PROFILE_FIELDS.map((field) => [field, longTextSchema.optional()])) as Record<
    ProfileField,
    z.ZodOptional<typeof longTextSchema>
  >,
);
export type ProfileCorrections = z.infer<typeof profileCorrectionsSchema>;

/** What a respondent says of their own speler's profile, as the coordinator sees it: only real changes. */
export const profileCheckSchema = z.object({
  respondentId: z.uuid(),
  actorId: z.uuid(),
  actorName: z.string(),
  /** The speler's version now: taking a correction over is an ordinary change of the speler. */
  actorVersion: z.number().int(),
  corrections: z.array(
    z.object({ field: z.enum(PROFILE_FIELDS), current: z.string(), proposed: z.string() }),
  ),
  remarks: z.string(),
});
export type ProfileCheck = z.infer<typeof profileCheckSchema>;

/** The corrections that still differ from the speler's profile, in the profile's order. */
export function openCorrections(
  current: Readonly<Record<ProfileField, string>>,
  proposed: ProfileCorrections,
): ProfileCheck['corrections'] {
  return PROFILE_FIELDS.flatMap((field) => {
    const text = proposed[field];
    return text === undefined || text.trim() === current[field].trim()
      ? []
      : [{ field, current: current[field], proposed: text }];
  });
}

export const surveyAnswersSchema = z.strictObject({
  ties: z.array(surveyTieSchema).max(SURVEY_TIES_MAX),
  /** Per vraagstuk of the round: where the respondent places the spelers they know. */
  positions: z.array(surveyPositionSchema).max(SURVEY_POSITIONS_MAX).default([]),
  /** How the respondent says their own organisation's profile should read, for the coordinator to take over. */
  profile: profileCorrectionsSchema.default({}),
  /** Anything else the respondent says about their own organisation's profile. */
  profileRemarks: longTextSchema.default(''),
  /** True when the respondent says they are done; they may still change their answers until the close date. */
  finished: z.boolean().default(false),
});
export type SurveyAnswers = z.infer<typeof surveyAnswersSchema>;

/** The empty document a respondent starts with. */
export const NO_ANSWERS: SurveyAnswers = {
  ties: [],
  positions: [],
  profile: {},
  profileRemarks: '',
  finished: false,
};

/** The mean of the answered items of a PARTNER scale, rounded half up to the 1–4 score the map keeps. */
export function partnerScore(items: Record<string, number | null> | null): number | null {
  if (!items) return null;
  const scores = Object.values(items).filter((score): score is number => score !== null);
  if (scores.length === 0) return null;
  return Math.floor(scores.reduce((sum, score) => sum + score, 0) / scores.length + 0.5);
}

// Made once: building a formatter costs about a millisecond, and a live meeting asks for the day on every
// decision.
const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today's date in the Netherlands (the close date is a Dutch day), as YYYY-MM-DD. */
export function dutchToday(now: Date = new Date()): string {
  return DUTCH_DAY.format(now);
}

/**
 * Whether a link of this round works today: the round is open, the first day has come and the last day
 * has not passed. The one rule the respondent's routes and the coordinator's overview share.
 */
export function surveyAcceptsAnswers(
  survey: { state: SurveyState; opensOn: string | null; closesOn: string },
  today: string,
): boolean {
  return (
    survey.state === 'open' &&
    (survey.opensOn === null || survey.opensOn <= today) &&
    today <= survey.closesOn
  );
}

/** What the respondent's page needs: the round, the roster and their own answers; nothing of others. */
export const respondentViewSchema = z.object({
  survey: z.object({
    title: z.string(),
    intro: z.string(),
    closesOn: z.string(),
    /** Days after the close date that contact data is kept: the privacy notice says so. */
    contactRetentionDays: z.number().int(),
    relationTypes: z.array(z.enum(RELATION_TYPES)),
    questions: z.array(z.enum(SURVEY_QUESTIONS)),
    /** The vraagstukken to place spelers on, in the round's order. */
    topics: z.array(z.object({ id: z.uuid(), name: z.string(), description: z.string() })),
    workspaceName: z.string(),
    gemeente: z.string(),
  }),
  respondent: z.object({
    actorId: z.uuid(),
    actorName: z.string(),
    force: z.enum(FORCES),
    contactName: z.string().nullable(),
    /** The speler's profile texts as the map has them, when the round asks to check them; else null. */
    profile: z.record(z.enum(PROFILE_FIELDS), z.string()).nullable(),
  }),
  /** The spelers that can be named: id, name, kracht. */
  roster: z.array(z.object({ id: z.uuid(), name: z.string(), force: z.enum(FORCES) })),
  answers: surveyAnswersSchema,
  savedAt: z.iso.datetime({ offset: true }).nullable(),
  finishedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type RespondentView = z.infer<typeof respondentViewSchema>;
