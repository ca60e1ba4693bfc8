/**
 * `perspective=` and `rule=` on the map and the diagnosis: read the map as chosen perspectives see it
 * (src/analysis/claims/effective-map.ts). Without either, the map as stored, exactly as before.
 */
import { z } from 'zod';
import { CLAIM_RULES, DEFAULT_CLAIM_RULE, type PerspectiveView } from '../analysis/index.ts';
import { multiValue } from './common.ts';

/** The query parameters, to spread into an endpoint's querystring. */
export const perspectiveQuery = {
  perspective: multiValue(
    z.union([z.literal('all'), z.uuid()]),
    'Toon de kaart zoals deze perspectieven (id’s) haar zien; `all` voor alle perspectieven samen. Zonder deze parameter: de kaart zoals opgeslagen.',
  ),
  rule: z
    .enum(CLAIM_RULES)
    .optional()
    .describe(
      'Wanneer een relatie meetelt: `default` (een gekozen perspectief noemt haar en geen enkel ontkent haar), `majority` (meer noemen dan ontkennen) of `any` (één noemt haar, ontkenningen tellen niet). Zonder `perspective` geldt de regel voor alle perspectieven.',
    ),
};

/** The view a request asks for, or null for the map as stored (neither parameter given). */
export function perspectiveViewOf(query: {
  perspective?: readonly string[] | undefined;
  rule?: PerspectiveView['rule'] | undefined;
}): PerspectiveView | null {
  if (!query.perspective?.length && !query.rule) return null;
  const ids = query.perspective ?? [];
  const selection = ids.length === 0 || ids.includes('all') ? 'all' : [...new Set(ids)].sort();
  return { selection, rule: query.rule ?? DEFAULT_CLAIM_RULE };
}
