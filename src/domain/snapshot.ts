/**
 * Momentopnames (snapshots) and what changed between two moments. A snapshot is a named, dated, immutable
 * copy of a whole werkruimte: its backup document (src/formats/json-backup), stored compressed. Records
 * keep their ids across snapshots of one werkruimte, so two moments are compared record by record: what
 * was added, what was removed, and field by field what changed (src/formats/json-backup/diff.ts).
 */
import { z } from 'zod';
import { nameSchema } from './text-rules.ts';

export const SNAPSHOT_NAME_MAX = 200;

/** Why a snapshot was taken: by hand, when an uitvraag or a bijeenkomst closed, or on the schedule. */
export const SNAPSHOT_REASONS = ['manual', 'survey', 'meeting', 'schedule'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export const snapshotCreateSchema = z.strictObject({
  name: nameSchema(SNAPSHOT_NAME_MAX),
});
export type SnapshotCreate = z.infer<typeof snapshotCreateSchema>;

/** How much a snapshot holds, kept beside it so a list never opens the contents. */
export interface SnapshotCounts {
  actors: number;
  relations: number;
  perspectives: number;
  assessments: number;
  topics: number;
  positions: number;
}

export interface Snapshot {
  id: string;
  workspaceId: string;
  name: string;
  reason: SnapshotReason;
  takenAt: string;
  createdBy: string | null;
  /** Compressed size in the database. */
  bytes: number;
  counts: SnapshotCounts;
}

const count = z.number().int().min(0);

/** A snapshot as the API lists it: never its contents. */
export const snapshotSchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  name: z.string(),
  reason: z.enum(SNAPSHOT_REASONS),
  takenAt: z.iso.datetime({ offset: true }),
  createdBy: z.uuid().nullable(),
  bytes: count,
  counts: z.object({
    actors: count,
    relations: count,
    perspectives: count,
    assessments: count,
    topics: count,
    positions: count,
  }),
}) satisfies z.ZodType<Snapshot>;

// ─── what changed ─────────────────────────────────────────────────────────────────────────────────────────

/** One field of one record, before and after (values as the backup document holds them). */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** A record as the diff names it: its id and a label a person reads (a speler's name, "A → B"). */
export interface DiffRecord {
  id: string;
  label: string;
}

export interface ChangedRecord extends DiffRecord {
  changes: FieldChange[];
}

export interface RecordChanges {
  added: DiffRecord[];
  removed: DiffRecord[];
  changed: ChangedRecord[];
}

/** The kinds of records a diff compares, in the order it lists them. */
export const DIFF_KINDS = [
  'actors',
  'relations',
  'perspectives',
  'topics',
  'assessments',
  'positions',
] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

/**
 * What changed from one backup document to another. Positions are dated and never overwritten, so they are
 * compared as each perspective's latest position of a speler on a vraagstuk (id: `topic:actor:perspective`).
 */
export interface BackupDiff extends Record<DiffKind, RecordChanges> {
  /** The werkruimte's own fields (name, gemeente, wijken, description). */
  workspace: FieldChange[];
}

const fieldChangeSchema = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
const diffRecordSchema = z.object({ id: z.string(), label: z.string() });
const recordChangesSchema = z.object({
  added: z.array(diffRecordSchema),
  removed: z.array(diffRecordSchema),
  changed: z.array(diffRecordSchema.extend({ changes: z.array(fieldChangeSchema) })),
});

export const backupDiffSchema = z.object({
  workspace: z.array(fieldChangeSchema),
  actors: recordChangesSchema,
  relations: recordChangesSchema,
  perspectives: recordChangesSchema,
  topics: recordChangesSchema,
  assessments: recordChangesSchema,
  positions: recordChangesSchema,
});
