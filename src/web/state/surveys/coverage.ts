/**
 * The results of an uitvraag in words and figures for the screens: the response rate of a row, and each
 * non-response note as a B1 sentence with the speler's name. Pure: the words come in through `t`.
 */
import type { TFunction } from 'i18next';
import type * as contract from '../../../contract/index.ts';
import type { EndpointOutput } from '../../../contract/index.ts';

export type SurveyResults = EndpointOutput<typeof contract.surveyResults.getSurveyResults>;
export type NonResponseNote = SurveyResults['nonResponse']['notes'][number];

/** The share that answered, as a whole percentage; null when nobody was invited. */
export function answeredPercent(row: { invited: number; answered: number }): number | null {
  return row.invited === 0 ? null : Math.round((row.answered / row.invited) * 100);
}

/** One note as a sentence; a speler no longer on the map is "een speler". */
export function noteSentence(
  note: NonResponseNote,
  names: Readonly<Record<string, string>>,
  t: TFunction,
): string {
  const name = (id: string) => names[id] ?? t('surveyResults.unknownActor');
  switch (note.kind) {
    case 'silent_broker':
      return t('surveyResults.notes.silentBroker', { name: name(note.actorId), rank: note.rank });
    case 'hearsay_broker':
      return t('surveyResults.notes.hearsayBroker', {
        name: name(note.actorId),
        rank: note.rank,
        count: note.ties,
        others: note.onlyByOthers,
      });
    case 'silent_isolate':
      return t('surveyResults.notes.silentIsolate', { name: name(note.actorId) });
    case 'silent_koker':
      return t('surveyResults.notes.silentKoker', {
        koker: note.koker,
        silent: note.silent,
        count: note.invited,
      });
  }
}

/** The one-line summary of the ties between invited spelers, or null when there are none. */
export function tiesSummary(coverage: SurveyResults['nonResponse'], t: TFunction): string | null {
  const { total, confirmed, oneSided, unreported } = coverage.ties;
  if (total === 0) return null;
  return t('surveyResults.ties', {
    count: total,
    confirmed,
    oneSided,
    unreported,
    percent: Math.round((oneSided / total) * 100),
  });
}
