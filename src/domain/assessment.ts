/**
 * An assessment (beoordeling) of a relatie by one perspective: the tie exists or not (denied), how strong,
 * and optionally how much trust and value it carries on PARTNER's 1–4 scales, with a note, a source, who
 * made it and where it came from. A relatie holds at most one assessment per perspective; a perspective
 * that changes its mind updates its own (with the version, like every other record).
 */
import { z } from 'zod';
import { longTextSchema, nameSchema, SOURCE_MAX, versionSchema } from './text-rules.ts';
import { STRENGTH_MAX, STRENGTH_MIN } from './vocabulary.ts';

/** PARTNER CPRM's trust and value scales: 1 (not at all) to 4 (very much). */
export const PARTNER_SCALE_MIN = 1;
export const PARTNER_SCALE_MAX = 4;

/** How a claim came in: typed by an editor, read from a file, answered in an uitvraag, said in a meeting. */
export const CLAIM_ORIGINS = ['editor', 'import', 'survey', 'meeting'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

const partnerScale = z.number().int().min(PARTNER_SCALE_MIN).max(PARTNER_SCALE_MAX).nullable();

const assessmentFields = {
  /** False: this perspective says the tie does not exist. */
  present: z.boolean(),
  /** How strong the tie is, 1–5; null when denied. */
  strength: z.number().int().min(STRENGTH_MIN).max(STRENGTH_MAX).nullable(),
  trust: partnerScale,
  value: partnerScale,
  note: longTextSchema,
  source: nameSchema(SOURCE_MAX).nullable(),
};

/** A denied tie has no strength, trust or value: those describe a tie that exists. */
function deniedHasNoRatings(
  assessment: { present?: boolean; strength?: number | null; trust?: number | null; value?: number | null },
  ctx: z.RefinementCtx,
) {
  if (assessment.present !== false) return;
  for (const field of ['strength', 'trust', 'value'] as const) {
    if (assessment[field] != null) ctx.addIssue({ code: 'custom', path: [field], message: 'denied_rated' });
  }
}

export const assessmentCreateSchema = z
  .strictObject({
    perspectiveId: z.uuid(),
    ...assessmentFields,
    present: assessmentFields.present.default(true),
    strength: assessmentFields.strength.default(null),
    trust: partnerScale.default(null),
    value: partnerScale.default(null),
    note: longTextSchema.default(''),
    source: assessmentFields.source.default(null),
  })
  .superRefine(deniedHasNoRatings);
export type AssessmentCreate = z.infer<typeof assessmentCreateSchema>;

export const assessmentUpdateSchema = z
  .strictObject({ version: versionSchema, ...z.object(assessmentFields).partial().shape })
  .superRefine(deniedHasNoRatings);
export type AssessmentUpdate = z.infer<typeof assessmentUpdateSchema>;

export const assessmentSchema = z.object({
  id: z.uuid(),
  relationId: z.uuid(),
  perspectiveId: z.uuid(),
  ...assessmentFields,
  origin: z.enum(CLAIM_ORIGINS),
  /** The account that made it; null for claims from a file, a respondent or a participant. */
  createdBy: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Assessment = z.infer<typeof assessmentSchema>;
