import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DIFF_KINDS, FIELD_LABELS } from '../../domain/index.ts';
import { backupSchema } from './schema.ts';

/** The fields of one kind of record in the backup. */
function fieldsOf(schema: z.ZodType): string[] {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodDefault || current instanceof z.ZodOptional)
    current = current.unwrap() as z.ZodType;
  return Object.keys(((current as z.ZodArray).element as z.ZodObject).shape);
}

// A record's id, its timestamps (left out of the diff) and the ids naming what a claim is about (which
// never change under one id) are never shown as a changed field.
const NEVER_SHOWN = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'relationId',
  'perspectiveId',
  'topicId',
  'actorId',
  'assessedOn',
]);

describe('the words of changed fields', () => {
  it('name every field a diff can show, in Dutch and English', () => {
    const fields = new Set([
      ...Object.keys(backupSchema.shape.workspace.shape),
      ...DIFF_KINDS.flatMap((kind) => fieldsOf(backupSchema.shape[kind])),
    ]);
    expect(fields.size).toBeGreaterThan(30);
    const missing = [...fields].filter((field) => !NEVER_SHOWN.has(field) && !(field in FIELD_LABELS));
    expect(missing).toEqual([]);
  });
});
