/**
 * The download of a round's response and coverage (GET …/results/export): per respondent the speler, kracht,
 * wijken, status, its ties with other respondents and the notes on what the map misses, as XLSX or CSV.
 * The file holds no contact data, so every role that sees the results may download it.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Survey } from '../../../../domain/index.ts';
import { callForFile } from '../../../api/client.ts';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { downloadBlob } from '../../../map/save-image.ts';
import { problemText } from '../../../state/problem-errors.ts';

type Format = (typeof contract.surveyResults.RESULTS_FILE_FORMATS)[number];

export function SurveyResultsDownload({ workspaceId, survey }: { workspaceId: string; survey: Survey }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState<Format | null>(null);
  const [problem, setProblem] = useState('');
  const { status, announce, ref: statusRef } = useAnnouncedStatus('');

  async function download(format: Format) {
    // A second click while the file is made starts nothing; the button stays focusable (not disabled).
    if (busy) return;
    setProblem('');
    setBusy(format);
    try {
      const file = await callForFile(contract.surveyResults.exportSurveyResults, {
        params: { workspaceId, surveyId: survey.id },
        query: { format, lang: i18n.language === 'en' ? 'en' : 'nl' },
      });
      const name = file.fileName ?? `uitvraag-respons.${format}`;
      downloadBlob(file.blob, name);
      announce(t('surveyResultsDownload.downloaded', { file: name }));
    } catch (error) {
      setProblem(problemText(error, t('errors.generic')));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="kv-survey-results-download">
      <Heading level={4} id={`${id}-title`}>
        {t('surveyResultsDownload.title')}
      </Heading>
      <Paragraph>{t('surveyResultsDownload.intro')}</Paragraph>
      <div className="kv-actions">
        <Button purpose="secondary" onClick={() => void download('xlsx')}>
          {t('surveyResultsDownload.xlsx')}
        </Button>
        <Button purpose="secondary" onClick={() => void download('csv')}>
          {t('surveyResultsDownload.csv')}
        </Button>
      </div>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {busy ? t('surveyResultsDownload.busy') : status}
      </p>
      {problem && (
        <p className="kv-alert" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
