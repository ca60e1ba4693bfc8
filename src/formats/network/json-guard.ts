/**
 * JSON texts inside a network file (the claims model's attributes, claim-attributes.ts; our GEXF's
 * keywords) parsed without trusting them. JSON.parse itself has no limits: a text of eight million `[`
 * takes seconds and half a gigabyte, eight million `0,` become an array of eight million. So one linear
 * scan first counts the nesting and the values (commas and containers outside strings) and refuses a text
 * deeper than ours ever are (three levels: keywords → perspectieven → one perspective) or with more values
 * than LIMITS.claimsJsonValues; only then is it parsed.
 */
import type { Issue } from '../../domain/index.ts';
import { LIMITS } from '../limits.ts';

export const CLAIMS_JSON_DEPTH = 3;

const QUOTE = 34;
const BACKSLASH = 92;
const OPENERS = new Set([91, 123]);
const CLOSERS = new Set([93, 125]);
const COMMA = 44;

export type JsonOutcome = { ok: true; value: unknown } | { ok: false; issue: Issue };

export function parseGuardedJson(text: string, path: string): JsonOutcome {
  let depth = 0;
  let values = 0;
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (quoted) {
      if (char === BACKSLASH) index++;
      else if (char === QUOTE) quoted = false;
      continue;
    }
    if (char === QUOTE) quoted = true;
    else if (OPENERS.has(char)) {
      depth++;
      values++;
      if (depth > CLAIMS_JSON_DEPTH)
        return { ok: false, issue: { path, code: 'too_deep', params: { maximum: CLAIMS_JSON_DEPTH } } };
    } else if (CLOSERS.has(char)) depth--;
    else if (char === COMMA) values++;
    if (values > LIMITS.claimsJsonValues)
      return {
        ok: false,
        issue: { path, code: 'too_many_rows', params: { maximum: LIMITS.claimsJsonValues } },
      };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      issue: { path, code: 'invalid_json', params: { message: (error as Error).message } },
    };
  }
}
