/**
 * The JSON backup format `krachtenveld-backup/2`: one werkruimte whole — its description, every speler with
 * its full profile, every relatie, the saved map positions per layout, and the claims model: its
 * perspectives, the assessments each made of relaties, its vraagstukken and the dated positions on them.
 * Ids are kept, so records point at each other inside the file and a restore can map them to new ids
 * consistently. Versions are bookkeeping of one database and are not part of the backup; a claim's
 * timestamps are (when it was made is part of what it says). The JSON Schema in docs/backup.schema.json
 * is generated from this zod schema (a test keeps them equal).
 *
 * Version 1 (`krachtenveld-backup/1`) had no claims; a relatie could carry a free-text `perspective`. It is
 * still read: that text becomes the named perspective's assessment of the relatie (read.ts).
 */
import { z } from 'zod';
import {
  actorCreateSchema,
  CLAIM_ORIGINS,
  layoutSchema,
  longTextSchema,
  MOVEMENTS,
  nameSchema,
  PARTNER_SCALE_MAX,
  PARTNER_SCALE_MIN,
  perspectiveCreateSchema,
  positionsSchema,
  relationCreateFieldsSchema,
  SOURCE_MAX,
  STRENGTH_MAX,
  STRENGTH_MIN,
  topicCreateSchema,
  topicPositionCreateSchema,
  workspaceCreateSchema,
} from '../../domain/index.ts';
import { LIMITS } from '../limits.ts';

export const BACKUP_FORMAT = 'krachtenveld-backup/2';
export const BACKUP_FORMAT_V1 = 'krachtenveld-backup/1';

const timestamp = z.iso.datetime({ offset: true });
const rating = z.number().int().min(PARTNER_SCALE_MIN).max(PARTNER_SCALE_MAX).nullable().default(null);

/** One perspective's assessment of one relatie (src/domain/assessment.ts) with when and how it came in. */
export const backupAssessmentSchema = z.strictObject({
  id: z.uuid(),
  relationId: z.uuid(),
  perspectiveId: z.uuid(),
  present: z.boolean().default(true),
  strength: z.number().int().min(STRENGTH_MIN).max(STRENGTH_MAX).nullable().default(null),
  trust: rating,
  value: rating,
  note: longTextSchema.default(''),
  source: nameSchema(SOURCE_MAX).nullable().default(null),
  origin: z.enum(CLAIM_ORIGINS).default('import'),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
});

export const backupPositionSchema = topicPositionCreateSchema.extend({
  id: z.uuid(),
  topicId: z.uuid(),
  beweging: z.enum(MOVEMENTS).nullable().default(null),
  createdAt: timestamp.optional(),
});

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: timestamp,
  workspace: workspaceCreateSchema,
  actors: z.array(actorCreateSchema.extend({ id: z.uuid() })).max(LIMITS.actors),
  relations: z
    .array(
      relationCreateFieldsSchema.extend({
        id: z.uuid(),
        /** False: named by an uitvraag's respondent, not the editors' own claim. Absent means true. */
        claimedByEditors: z.boolean().optional(),
      }),
    )
    .max(LIMITS.relations),
  layouts: z.partialRecord(layoutSchema, positionsSchema).default({}),
  perspectives: z
    .array(perspectiveCreateSchema.extend({ id: z.uuid(), editors: z.boolean().default(false) }))
    .max(LIMITS.perspectives)
    .default([]),
  assessments: z.array(backupAssessmentSchema).max(LIMITS.assessments).default([]),
  topics: z
    .array(topicCreateSchema.extend({ id: z.uuid() }))
    .max(LIMITS.topics)
    .default([]),
  positions: z.array(backupPositionSchema).max(LIMITS.positions).default([]),
});

/** Version 1: no claims; a relatie's perspective was free text. */
export const backupV1Schema = z.strictObject({
  format: z.literal(BACKUP_FORMAT_V1),
  exportedAt: timestamp,
  workspace: workspaceCreateSchema,
  actors: backupSchema.shape.actors,
  relations: z
    .array(
      relationCreateFieldsSchema.extend({ id: z.uuid(), perspective: nameSchema().nullable().default(null) }),
    )
    .max(LIMITS.relations),
  layouts: backupSchema.shape.layouts,
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupInput = z.input<typeof backupSchema>;

/** The JSON Schema (draft 2020-12) of the format, for docs/backup.schema.json. */
export function backupJsonSchema(): unknown {
  return z.toJSONSchema(backupSchema, { io: 'input', target: 'draft-2020-12' });
}
