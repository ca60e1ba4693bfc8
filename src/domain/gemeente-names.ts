/**
 * Which gemeente someone means by what they typed, the same on the werkruimte form and in an import: its
 * CBS code in any case (`gm0344`), the label the form's list shows ("Utrecht (GM0344)"), or its official
 * name (case, accents and spacing ignored, `wordKey`). A name that no gemeente or more than one has is
 * refused with the gemeenten the person may have meant. Whether a code exists is left to the caller's
 * check against the reference list, as for a code typed into the API.
 */

import { wordKey } from './typed-words.ts';
import { GEMEENTE_CODE, type Gemeente } from './workspace.ts';

export type GemeenteMatch =
  | { code: string }
  | {
      issue: 'unknown_gemeente' | 'ambiguous_gemeente';
      /** `suggestions`: labels such as "Bergen (NH.) (GM0373)", at most MAX_SUGGESTIONS. */
      params: { name: string; suggestions: string[] };
    };

const MAX_SUGGESTIONS = 5;
const LABEL_CODE = /\((gm\d{4})\)$/i;

/** How the werkruimte form's list shows a gemeente, and how suggestions name one. */
export const gemeenteLabel = (gemeente: Gemeente) => `${gemeente.name} (${gemeente.code})`;

/** Gemeenten whose name holds what was typed, those that start with it first ("Zoom" → "Bergen op Zoom"). */
function resembling(gemeenten: readonly Gemeente[], key: string): Gemeente[] {
  if (key === '') return [];
  const holding = gemeenten.filter((gemeente) => wordKey(gemeente.name).includes(key));
  const starts = (gemeente: Gemeente) => wordKey(gemeente.name).startsWith(key);
  return [...holding.filter(starts), ...holding.filter((gemeente) => !starts(gemeente))];
}

export function findGemeente(gemeenten: readonly Gemeente[], typed: string): GemeenteMatch {
  const text = typed.trim();
  const code = GEMEENTE_CODE.test(text.toUpperCase()) ? text : LABEL_CODE.exec(text)?.[1];
  if (code) return { code: code.toUpperCase() };
  const key = wordKey(text);
  const same = gemeenten.filter((gemeente) => wordKey(gemeente.name) === key);
  if (same.length === 1) return { code: (same[0] as Gemeente).code };
  const suggestions = (same.length > 1 ? same : resembling(gemeenten, key))
    .slice(0, MAX_SUGGESTIONS)
    .map(gemeenteLabel);
  return {
    issue: same.length > 1 ? 'ambiguous_gemeente' : 'unknown_gemeente',
    params: { name: text, suggestions },
  };
}
