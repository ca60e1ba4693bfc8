/**
 * The response of one round and what it means for the map: per kracht and per wijk how many were invited,
 * opened their link, answered and are done; who is not done yet; and which results of the diagnosis lean on
 * spelers that did not answer (one-sided ties, silent brokers, isolates and kokers). The server computes it
 * (GET …/results, with the diagnosis of the map of all perspectives); this section words it.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPLANATIONS,
  explainNonResponseNote,
  explainTieCoverage,
  type Locale,
} from '../../../../analysis/index.ts';
import * as contract from '../../../../contract/index.ts';
import type { Survey } from '../../../../domain/index.ts';
import { useFreshEndpoint } from '../../../api/queries.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { answeredPercent, type SurveyResults } from '../../../state/surveys/coverage.ts';
import { SurveyResultsDownload } from './SurveyResultsDownload.tsx';

type Row = SurveyResults['byForce'][number] | SurveyResults['byWijk'][number];

function ResponseTable({
  caption,
  rows,
  label,
}: {
  caption: string;
  rows: Row[];
  label: (row: Row) => string;
}) {
  const { t } = useTranslation();
  const rate = (row: Row) => {
    const percent = answeredPercent(row);
    return percent === null ? t('surveyResults.none') : t('surveyResults.percent', { value: percent });
  };
  return (
    <ScrollRegion label={caption}>
      <table className="kv-table kv-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('surveyResults.column.group')}</th>
            <th scope="col">{t('surveyResults.column.invited')}</th>
            <th scope="col">{t('surveyResults.column.opened')}</th>
            <th scope="col">{t('surveyResults.column.answered')}</th>
            <th scope="col">{t('surveyResults.column.finished')}</th>
            <th scope="col">{t('surveyResults.column.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={label(row)}>
              <th scope="row">{label(row)}</th>
              <td>{row.invited}</td>
              <td>{row.opened}</td>
              <td>{row.answered}</td>
              <td>{row.finished}</td>
              <td>{rate(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function SurveyResultsSection({ workspaceId, survey }: { workspaceId: string; survey: Survey }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const results = useFreshEndpoint(contract.surveyResults.getSurveyResults, {
    params: { workspaceId, surveyId: survey.id },
    query: { lang: locale },
  });
  if (survey.tally.respondents === 0) return null;
  const data = results.data;
  const words = EXPLANATIONS[locale].nonResponse;
  const tieSummary = data ? explainTieCoverage(data.nonResponse.ties, locale) : null;
  return (
    <section aria-labelledby={`${id}-title`} className="kv-survey-results">
      <Heading level={3} id={`${id}-title`}>
        {t('surveyResults.title')}
      </Heading>
      <Paragraph>{t('surveyResults.intro')}</Paragraph>
      <QueryState query={results} />
      {data && (
        <>
          <ResponseTable
            caption={t('surveyResults.byForce')}
            rows={data.byForce}
            label={(row) => t(`force.${(row as SurveyResults['byForce'][number]).force}`)}
          />
          <ResponseTable
            caption={t('surveyResults.byWijk')}
            rows={data.byWijk}
            label={(row) => (row as SurveyResults['byWijk'][number]).wijk ?? t('surveyResults.noWijk')}
          />
          <Heading level={4}>{t('surveyResults.reminders', { count: data.reminders.length })}</Heading>
          {data.reminders.length === 0 ? (
            <Paragraph>{t('surveyResults.remindersNone')}</Paragraph>
          ) : (
            <>
              <Paragraph>{t('surveyResults.remindersIntro')}</Paragraph>
              <ul className="kv-survey-reminders">
                {data.reminders.map((respondent) => (
                  <li key={respondent.id}>
                    {respondent.actorName} — {t(`surveys.respondentStatus.${respondent.status}`)}
                    {respondent.contact?.email ? ` (${respondent.contact.email})` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
          <Heading level={4}>{words.title}</Heading>
          {tieSummary && <Paragraph>{tieSummary}</Paragraph>}
          {data.nonResponse.notes.length === 0 ? (
            <Paragraph>{words.none}</Paragraph>
          ) : (
            <>
              <Paragraph>{words.intro}</Paragraph>
              <ul className="kv-survey-notes">
                {data.nonResponse.notes.map((note) => (
                  <li key={`${note.kind}-${'actorId' in note ? note.actorId : note.koker}`}>
                    {explainNonResponseNote(note, data.nonResponse.names, locale)}
                  </li>
                ))}
              </ul>
            </>
          )}
          <SurveyResultsDownload workspaceId={workspaceId} survey={survey} />
        </>
      )}
    </section>
  );
}
