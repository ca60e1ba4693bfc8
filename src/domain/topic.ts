/**
 * Vraagstukken (topics) and positions on them. A vraagstuk is a question the werkruimte works on ("lokaal
 * armoedebeleid", "toegang tot het wijkteam"). A position says, for one vraagstuk, how one perspective
 * sees one speler: its invloed (power, 1–5), belang (interest, 1–5), standpunt (stance, −2 against to
 * +2 for), its beweging (top-down, a counter-movement from below, or neither) and why. Positions are never
 * overwritten: a new view is a new, dated position, so the history shows how a speler moved.
 */
import { z } from 'zod';
import { longTextSchema, nameSchema, versionSchema } from './text-rules.ts';

export const TOPIC_STATUSES = ['actief', 'afgerond'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** Top-down (from the Rijk and the gemeente) or a counter-movement from below (residents, initiatives). */
export const MOVEMENTS = ['van_boven', 'van_onderop'] as const;
export type Movement = (typeof MOVEMENTS)[number];

export const POWER_MIN = 1;
export const POWER_MAX = 5;
export const STANCE_MIN = -2;
export const STANCE_MAX = 2;

const topicFields = {
  name: nameSchema(),
  description: longTextSchema,
  status: z.enum(TOPIC_STATUSES),
};

export const topicCreateSchema = z.strictObject({
  ...topicFields,
  description: longTextSchema.default(''),
  status: topicFields.status.default('actief'),
});
export type TopicCreate = z.infer<typeof topicCreateSchema>;

export const topicUpdateSchema = z.strictObject({
  version: versionSchema,
  ...z.object(topicFields).partial().shape,
});
export type TopicUpdate = z.infer<typeof topicUpdateSchema>;

export const topicSchema = z.object({
  id: z.uuid(),
  ...topicFields,
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Topic = z.infer<typeof topicSchema>;

const scale = z.number().int().min(POWER_MIN).max(POWER_MAX);

// PostgreSQL's date has no year 0, which ISO 8601 (and zod) allow.
const assessedOn = z.iso.date({ message: 'date_format' }).refine((value) => value >= '0001-01-01', {
  message: 'date_format',
});

export const topicPositionCreateSchema = z.strictObject({
  actorId: z.uuid(),
  perspectiveId: z.uuid(),
  invloed: scale,
  belang: scale,
  standpunt: z.number().int().min(STANCE_MIN).max(STANCE_MAX),
  beweging: z.enum(MOVEMENTS).nullable().default(null),
  reasoning: longTextSchema.default(''),
  /** The day the view holds for; today when not given. */
  assessedOn: assessedOn.optional(),
});
export type TopicPositionCreate = z.infer<typeof topicPositionCreateSchema>;

export const topicPositionSchema = z.object({
  id: z.uuid(),
  topicId: z.uuid(),
  actorId: z.uuid(),
  perspectiveId: z.uuid(),
  invloed: scale,
  belang: scale,
  standpunt: z.number().int(),
  beweging: z.enum(MOVEMENTS).nullable(),
  reasoning: z.string(),
  assessedOn: z.iso.date(),
  createdBy: z.uuid().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type TopicPosition = z.infer<typeof topicPositionSchema>;
