/**
 * The diagnosis' settings in one place (conventions.md §4): each setting's type, bounds and default are
 * declared once here and used by the API's query and body, the CLI's flags and the web panel. Messages name
 * the setting and what is expected, in sigma's "invalid `x`: expecting …" style; the server turns them into
 * invalidParams.
 */
import { z } from 'zod';
import { RELATION_TYPES, valueListSchema } from '../domain/index.ts';
import { BETWEENNESS_DEFAULTS, BETWEENNESS_MODES, type BetweennessMode } from './centrality/betweenness.ts';
import { DEFAULT_SEED } from './rng.ts';
import { type GroupingKey, isGroupingKey } from './silos/grouping.ts';
import { DEFAULT_COLLABORATION_TYPES } from './snapshot.ts';

export const DEFAULT_GROUPING: GroupingKey = 'domein';
export const DEFAULT_BETWEENNESS: BetweennessMode = BETWEENNESS_DEFAULTS.mode;
export const SEED_MAX = 4_294_967_295;
export const SUGGESTIONS_MAX = 500;
export const DEFAULT_SUGGESTIONS = 25;

export const groupingSchema = z
  .string()
  // The message is an issue code (src/domain/errors.ts): the API words it in Dutch, the CLI checks first.
  .refine(isGroupingKey, { message: 'invalid_grouping' })
  .transform((value) => value as GroupingKey);

/** One schema per setting, without its default: for inputs that may leave it out. */
export const diagnosisSettings = {
  grouping: groupingSchema,
  collaborationTypes: z
    .array(z.enum(RELATION_TYPES))
    .min(1, 'invalid `collaborationTypes`: expecting at least one relation type'),
  seed: z.number().int().min(0).max(SEED_MAX),
  betweenness: z.enum(BETWEENNESS_MODES),
  suggestions: z.number().int().min(0).max(SUGGESTIONS_MAX),
};

export const diagnosisOptionsSchema = z.strictObject({
  grouping: diagnosisSettings.grouping.default(DEFAULT_GROUPING),
  collaborationTypes: diagnosisSettings.collaborationTypes.default([...DEFAULT_COLLABORATION_TYPES]),
  seed: diagnosisSettings.seed.default(DEFAULT_SEED),
  betweenness: diagnosisSettings.betweenness.default(DEFAULT_BETWEENNESS),
  suggestions: diagnosisSettings.suggestions.default(DEFAULT_SUGGESTIONS),
});

export type DiagnosisOptionsInput = z.input<typeof diagnosisOptionsSchema>;
export type DiagnosisOptions = z.output<typeof diagnosisOptionsSchema>;

export function resolveDiagnosisOptions(input: DiagnosisOptionsInput = {}): DiagnosisOptions {
  return diagnosisOptionsSchema.parse(input);
}

/** A whole number written as text (a query parameter, a command-line flag), checked by `number`. */
function wholeNumberText(number: z.ZodNumber) {
  return z.string().regex(/^\d+$/, 'expecting a whole number').transform(Number).pipe(number).or(number);
}

/**
 * The settings as text, keyed by their flag (`types` is `collaborationTypes`): what the API's query and the
 * CLI's options give. Every setting is optional; `toDiagnosisOptions` turns the result into options.
 */
export const diagnosisParametersSchema = z.object({
  grouping: diagnosisSettings.grouping.optional(),
  types: valueListSchema(diagnosisSettings.collaborationTypes).optional(),
  seed: wholeNumberText(diagnosisSettings.seed).optional(),
  betweenness: diagnosisSettings.betweenness.optional(),
  suggestions: wholeNumberText(diagnosisSettings.suggestions).optional(),
});

export type DiagnosisParameters = z.output<typeof diagnosisParametersSchema>;

/** The options the parameters name; settings left out take their default in `resolveDiagnosisOptions`. */
export function toDiagnosisOptions({ types, ...settings }: DiagnosisParameters): DiagnosisOptionsInput {
  const given = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  return { ...given, ...(types?.length ? { collaborationTypes: types } : {}) };
}
