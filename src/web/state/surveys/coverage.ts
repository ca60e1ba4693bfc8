/**
 * The results of an uitvraag in figures for the screens: the response rate of a row. The sentences about
 * what the map misses through silence are the analysis' own (src/analysis/explanations.ts), which the
 * command line and the response download say in the same words.
 */
import type * as contract from '../../../contract/index.ts';
import type { EndpointOutput } from '../../../contract/index.ts';

export type SurveyResults = EndpointOutput<typeof contract.surveyResults.getSurveyResults>;

/** The share that answered, as a whole percentage; null when nobody was invited. */
export function answeredPercent(row: { invited: number; answered: number }): number | null {
  return row.invited === 0 ? null : Math.round((row.answered / row.invited) * 100);
}
