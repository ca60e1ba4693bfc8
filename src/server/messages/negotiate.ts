/**
 * Which of our languages a client asked for in `Accept-Language` (RFC 9110 §12.5.4): the supported
 * language with the highest q-value, the first listed on a tie. Only the primary subtag counts (`en-GB`,
 * `en-US` → en; `nl-BE` → nl). Dutch when the header is missing, unreadable or names nothing we have.
 */
import type { Locale } from '../../analysis/index.ts';

export const DEFAULT_LOCALE: Locale = 'nl';

const SUPPORTED: ReadonlySet<string> = new Set<Locale>(['nl', 'en']);

const Q_VALUE = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

export function localeFromAcceptLanguage(header: string | readonly string[] | undefined): Locale {
  const text = Array.isArray(header) ? header.join(',') : (header as string | undefined);
  if (!text) return DEFAULT_LOCALE;
  let best: { locale: Locale; q: number } | null = null;
  const refused = new Set<string>();
  let wildcard = 0;
  for (const entry of text.split(',')) {
    const [range = '', ...params] = entry.split(';').map((part) => part.trim());
    const q = qValue(params);
    if (q === null) continue;
    const primary = range.split('-')[0]?.toLowerCase() ?? '';
    if (primary === '*') {
      wildcard = Math.max(wildcard, q);
      continue;
    }
    if (!SUPPORTED.has(primary)) continue;
    if (q === 0) refused.add(primary);
    else if (!best || q > best.q) best = { locale: primary as Locale, q };
  }
  // `*` stands for any language not named: Dutch, unless Dutch was refused (`nl;q=0, *`).
  if (wildcard > (best?.q ?? 0)) return refused.has('nl') ? 'en' : DEFAULT_LOCALE;
  return best?.locale ?? DEFAULT_LOCALE;
}

/** The entry's weight: 1 without `q`, null when `q` is malformed (the entry is then ignored). */
function qValue(params: string[]): number | null {
  const q = params.find((param) => /^q\s*=/i.test(param));
  if (q === undefined) return 1;
  const match = Q_VALUE.exec(q.replace(/\s+/g, ''));
  return match ? Number(match[1]) : null;
}
