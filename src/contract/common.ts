/**
 * The parts every endpoint shares: the prefix and version, path parameters, paging and list envelopes with
 * HAL-style links (NL API Design Rules), multi-value filters and the problem body (RFC 9457).
 */
import { z } from 'zod';
import { MAX_LISTED_ISSUES, valueListSchema } from '../domain/index.ts';

export const API_PREFIX = '/api/v1';
export const API_VERSION = '1.0.0';

export const workspaceParams = z.object({ workspaceId: z.uuid() });

export const pageQuery = {
  page: z.coerce.number().int().min(1).default(1).describe('Paginanummer, vanaf 1.'),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .describe('Aantal per pagina (hoogstens 500).'),
};

/** `force=rijk,gemeente` or `force=rijk&force=gemeente`, both give ['rijk', 'gemeente']. */
export function multiValue<T extends z.ZodType<string, string>>(item: T, description: string) {
  return valueListSchema(z.array(item))
    .optional()
    .describe(`${description} Meerdere waarden: komma-gescheiden of herhaald.`);
}

/** `?flag=true` or `?flag=false` (nothing else: `?flag=nee` is a 400, not silently true). */
export function booleanQuery(defaultValue: boolean, description: string) {
  return z
    .enum(['true', 'false'])
    .default(defaultValue ? 'true' : 'false')
    .transform((value) => value === 'true')
    .describe(description);
}

const link = z.object({ href: z.string() });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    totalItems: z.number().int(),
    totalPages: z.number().int(),
    _links: z.object({
      self: link,
      first: link,
      last: link,
      prev: link.optional(),
      next: link.optional(),
    }),
  });
}

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string(),
    code: z.string(),
    invalidParams: z
      .array(
        z.object({
          name: z.string(),
          code: z.string(),
          reason: z.string(),
          maximum: z.number().optional().describe('De grens die is overschreden, als die er is.'),
        }),
      )
      .max(MAX_LISTED_ISSUES)
      .optional()
      .describe(`Elk probleem met zijn plek; hoogstens ${MAX_LISTED_ISSUES}.`),
    invalidParamsTotal: z
      .number()
      .int()
      .optional()
      .describe('Hoeveel problemen er in totaal zijn, als dat meer is dan er in `invalidParams` staan.'),
    currentVersion: z.number().int().optional(),
    reason: z.string().optional(),
    claims: z
      .object({ assessments: z.number().int(), positions: z.number().int() })
      .optional()
      .describe('Bij `perspective_has_claims`: hoeveel beoordelingen en posities het perspectief heeft.'),
    assessmentId: z
      .uuid()
      .optional()
      .describe(
        'Bij `assessment_exists`: de beoordeling die dit perspectief al heeft; wijzig die met `currentVersion`.',
      ),
  })
  .describe('Foutmelding volgens RFC 9457 (application/problem+json).');

/** The error responses every route may give, for the OpenAPI document. */
export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  500: problemSchema,
};

/** The extra answers of an import or export, which run as file jobs (server/file-jobs). */
export const fileJobProblemResponses = {
  ...problemResponses,
  413: problemSchema.describe('Het bestand is groter dan toegestaan.'),
  422: problemSchema.describe(
    'Het bestand is te zwaar: de verwerking stopte bij de grens aan geheugen of tijd.',
  ),
  429: problemSchema.describe(
    'U hebt al genoeg imports of exports lopen; `Retry-After` zegt wanneer opnieuw.',
  ),
  503: problemSchema.describe('De server verwerkt al veel bestanden; `Retry-After` zegt wanneer opnieuw.'),
};
