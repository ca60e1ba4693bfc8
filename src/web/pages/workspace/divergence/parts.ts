/**
 * A sentence whose speler names are links. The words come whole from the i18n texts (word order differs
 * per language and per relation type), with a marker where a name goes; `partsOf` cuts the sentence at
 * the markers, so the component can put a link in each slot without assembling sentences itself.
 */

/** Plain text, or the place of a named slot (`source`, `target`, `actor`). */
export type Part = { text: string } | { slot: string };

// Private-use characters: they cannot come from a keyboard, so a name can never be taken for a marker.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}(\\w+)${CLOSE}`, 'g');

/** The marker to pass as an i18n value where slot `name` goes. */
export function slot(name: string): string {
  return `${OPEN}${name}${CLOSE}`;
}

/**
 * The sentence as text and slots, its first letter a capital ("volgens …" starts many clauses and may
 * start the sentence); a slot at the start is left as it is (a name keeps its own spelling).
 */
export function partsOf(sentence: string, locale: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of sentence.matchAll(MARKER)) {
    if (match.index > last) parts.push({ text: sentence.slice(last, match.index) });
    parts.push({ slot: match[1] as string });
    last = match.index + match[0].length;
  }
  if (last < sentence.length) parts.push({ text: sentence.slice(last) });
  const first = parts[0];
  if (first && 'text' in first)
    parts[0] = { text: first.text.charAt(0).toLocaleUpperCase(locale) + first.text.slice(1) };
  return parts;
}

/** The sentence as plain text, each slot filled by `fill` (for tests and accessible names). */
export function plainText(parts: readonly Part[], fill: (slot: string) => string): string {
  return parts.map((part) => ('text' in part ? part.text : fill(part.slot))).join('');
}
