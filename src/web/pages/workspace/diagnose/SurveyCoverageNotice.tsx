/**
 * On the Diagnose panel, when the werkruimte held an uitvraag: how many of the latest round's respondents
 * answered, and which results lean on spelers that did not (the round's results, computed by the server on
 * the map of all perspectives), with a link to the round's full response. Nothing when there is no round
 * with respondents yet.
 */
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import {
  EXPLANATIONS,
  explainNonResponseNote,
  explainResponse,
  explainTieCoverage,
  type Locale,
} from '../../../../analysis/index.ts';
import * as contract from '../../../../contract/index.ts';
import type { Survey } from '../../../../domain/index.ts';
import { useFreshEndpoint } from '../../../api/queries.ts';
import { followLink, workspacePath } from '../../../router.ts';

export function SurveyCoverageNotice({ workspaceId }: { workspaceId: string }) {
  const surveys = useFreshEndpoint(contract.surveys.listSurveys, { params: { workspaceId } });
  // The newest round that has been opened and has respondents: the list comes newest first.
  const latest = surveys.data?.items.find(
    (survey) => survey.state !== 'concept' && survey.tally.respondents > 0,
  );
  return latest ? <LatestRound workspaceId={workspaceId} survey={latest} /> : null;
}

function LatestRound({ workspaceId, survey }: { workspaceId: string; survey: Survey }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'nl';
  const results = useFreshEndpoint(contract.surveyResults.getSurveyResults, {
    params: { workspaceId, surveyId: survey.id },
    query: { lang: locale },
  });
  const data = results.data;
  if (!data) return null;
  const { respondents, notes, names, ties } = data.nonResponse;
  const summary = explainTieCoverage(ties, locale);
  return (
    <aside
      className="kv-survey-coverage"
      aria-label={EXPLANATIONS[locale].nonResponse.title}
      data-testid="survey-coverage"
    >
      <Paragraph>
        {explainResponse(survey.title, respondents, locale)} {summary}
      </Paragraph>
      {notes.length > 0 && (
        <ul>
          {notes.map((note) => (
            <li key={`${note.kind}-${'actorId' in note ? note.actorId : note.koker}`}>
              {explainNonResponseNote(note, names, locale)}
            </li>
          ))}
        </ul>
      )}
      <a href={workspacePath(workspaceId, { kind: 'survey', surveyId: survey.id })} onClick={followLink}>
        {t('surveyResults.diagnoseLink')}
      </a>
    </aside>
  );
}
