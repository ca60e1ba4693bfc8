/**
 * The JSON backup format `krachtenveld-backup/1`: one werkruimte whole — its description, every speler with
 * its full profile, every relatie, and the saved map positions per layout. Ids are kept, so relaties point
 * at spelers inside the file and a restore can map them to new ids consistently. Versions and timestamps
 * are bookkeeping of one database and are not part of the backup. The JSON Schema in
 * docs/backup.schema.json is generated from this zod schema (a test keeps them equal).
 */
import { z } from 'zod';
import {
  actorCreateSchema,
  layoutSchema,
  positionsSchema,
  relationCreateFieldsSchema,
  workspaceCreateSchema,
} from '../../domain/index.ts';
import { LIMITS } from '../limits.ts';

export const BACKUP_FORMAT = 'krachtenveld-backup/1';

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.iso.datetime({ offset: true }),
  workspace: workspaceCreateSchema,
  actors: z.array(actorCreateSchema.extend({ id: z.uuid() })).max(LIMITS.actors),
  relations: z.array(relationCreateFieldsSchema.extend({ id: z.uuid() })).max(LIMITS.relations),
  layouts: z.partialRecord(layoutSchema, positionsSchema).default({}),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupInput = z.input<typeof backupSchema>;

/** The JSON Schema (draft 2020-12) of the format, for docs/backup.schema.json. */
export function backupJsonSchema(): unknown {
  return z.toJSONSchema(backupSchema, { io: 'input', target: 'draft-2020-12' });
}
