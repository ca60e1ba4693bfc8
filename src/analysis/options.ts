/**
 * The diagnosis' settings in one zod schema (architecture.md §7): type, defaults and validation together, shared
 * by the API's query parameters, the CLI's flags and the web panel. Messages name the setting and what is
 * expected, in sigma's "invalid `x`: expecting …" style; the server turns them into invalidParams.
 */
import { z } from 'zod';
import { RELATION_TYPES } from '../domain/index.ts';
import { DEFAULT_SEED } from './rng.ts';
import { type GroupingKey, isGroupingKey } from './silos/grouping.ts';
import { DEFAULT_COLLABORATION_TYPES } from './snapshot.ts';

export const groupingSchema = z
  .string()
  // The message is an issue code (src/domain/errors.ts): the API words it in Dutch, the CLI checks first.
  .refine(isGroupingKey, { message: 'invalid_grouping' })
  .transform((value) => value as GroupingKey);

export const diagnosisOptionsSchema = z.strictObject({
  grouping: groupingSchema.default('domein'),
  collaborationTypes: z
    .array(z.enum(RELATION_TYPES))
    .min(1, 'invalid `collaborationTypes`: expecting at least one relation type')
    .default([...DEFAULT_COLLABORATION_TYPES]),
  seed: z.number().int().min(0).max(4_294_967_295).default(DEFAULT_SEED),
  betweenness: z.enum(['auto', 'exact', 'sampled']).default('auto'),
  suggestions: z.number().int().min(0).max(500).default(25),
});

export type DiagnosisOptionsInput = z.input<typeof diagnosisOptionsSchema>;
export type DiagnosisOptions = z.output<typeof diagnosisOptionsSchema>;

export function resolveDiagnosisOptions(input: DiagnosisOptionsInput = {}): DiagnosisOptions {
  return diagnosisOptionsSchema.parse(input);
}
