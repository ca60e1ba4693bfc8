/**
 * A relatie (relation): a typed, directed tie between two spelers of the same werkruimte, with a strength
 * and an optional period. Who says the tie exists is not a field of the relatie: the relatie itself is the
 * editors' claim, and other perspectives assess it (assessment.ts). Rules that span fields (no
 * self-relation, validFrom ≤ validTo) live in `relationRuleIssues` so a PATCH can be checked against the
 * merged result, not only against the fields it happens to send.
 */
import { z } from 'zod';
import type { IssueCode } from './errors.ts';
import { longTextSchema, sourceListSchema, versionSchema } from './text-rules.ts';
import { RELATION_TYPES, STRENGTH_MAX, STRENGTH_MIN } from './vocabulary.ts';

// PostgreSQL's date has no year 0, which ISO 8601 (and zod) allow.
const isoDate = z.iso
  .date({ message: 'date_format' })
  .refine((value) => value >= '0001-01-01', { message: 'date_format' })
  .nullable();

const relationFields = {
  sourceId: z.uuid(),
  targetId: z.uuid(),
  type: z.enum(RELATION_TYPES),
  strength: z.number().int().min(STRENGTH_MIN).max(STRENGTH_MAX),
  description: longTextSchema,
  validFrom: isoDate,
  validTo: isoDate,
  sources: sourceListSchema,
};

export interface RelationRuleInput {
  sourceId: string;
  targetId: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface RuleIssue {
  path: string;
  code: IssueCode;
}

/** Cross-field rules of a relation, on its complete (merged) state. */
export function relationRuleIssues(relation: RelationRuleInput): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (relation.sourceId === relation.targetId) issues.push({ path: 'targetId', code: 'self_relation' });
  if (relation.validFrom && relation.validTo && relation.validFrom > relation.validTo) {
    issues.push({ path: 'validTo', code: 'date_order' });
  }
  return issues;
}

function withRelationRules<T extends z.ZodType<RelationRuleInput>>(schema: T) {
  return schema.superRefine((relation, ctx) => {
    for (const issue of relationRuleIssues(relation)) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.code });
    }
  });
}

/** The create fields without the cross-field rules, for schemas that derive from them (e.g. by omitting ends). */
export const relationCreateFieldsSchema = z.strictObject({
  ...relationFields,
  strength: relationFields.strength.default(3),
  description: longTextSchema.default(''),
  validFrom: isoDate.default(null),
  validTo: isoDate.default(null),
  sources: sourceListSchema.default([]),
});

/** How a list of relaties can be sorted; a leading minus reverses. */
export const RELATION_SORTS = ['createdAt', '-createdAt', 'type', '-type', 'strength', '-strength'] as const;
export type RelationSort = (typeof RELATION_SORTS)[number];

export const relationCreateSchema = withRelationRules(relationCreateFieldsSchema);
export type RelationCreate = z.infer<typeof relationCreateSchema>;

export const relationUpdateSchema = z.strictObject({
  version: versionSchema,
  ...z.object(relationFields).partial().shape,
});
export type RelationUpdate = z.infer<typeof relationUpdateSchema>;

export const relationSchema = z.object({
  id: z.uuid(),
  workspaceId: z.uuid(),
  ...relationFields,
  /**
   * False for a relatie first named by an uitvraag's respondent: it is not the editors' own claim until
   * they assess it (see analysis/claims/effective-map.ts).
   */
  claimedByEditors: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Relation = z.infer<typeof relationSchema>;
