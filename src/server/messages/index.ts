/**
 * The server's one message catalogue, in Dutch (the default) and English: problem titles and details, and
 * one reason per issue code. The API picks the language from `Accept-Language` (plugins/locale.ts); the
 * CLI speaks Dutch. Texts are for people; clients that want their own words use the codes beside them.
 */
import type { Locale } from '../../analysis/index.ts';
import type { IssueCode } from '../../domain/index.ts';
import type { Catalogue } from './catalogue.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

export type { Locale } from '../../analysis/index.ts';
export {
  type Catalogue,
  PROBLEM_KINDS,
  type ProblemKind,
  REQUEST_ERROR_CODES,
  type RequestErrorCode,
} from './catalogue.ts';
export { DEFAULT_LOCALE, localeFromAcceptLanguage } from './negotiate.ts';

export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { nl, en };

export function messages(locale: Locale): Catalogue {
  return CATALOGUES[locale];
}

/** The reason for one issue, with its params (`maximum`, `values` …) in the text. */
export function reason(
  code: IssueCode,
  params: Readonly<Record<string, unknown>> | undefined,
  locale: Locale,
): string {
  return CATALOGUES[locale].reasons[code](params ?? {});
}
