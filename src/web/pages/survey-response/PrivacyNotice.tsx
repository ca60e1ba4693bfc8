/**
 * What an uitvraag stores and why, shown before the first question (AVG: the respondent knows before
 * answering). Open on the first visit, folded once they have answered something.
 */
import { useTranslation } from 'react-i18next';
import type { RespondentView } from '../../../domain/index.ts';

export function PrivacyNotice({ view }: { view: RespondentView }) {
  const { t } = useTranslation();
  const name = view.respondent.actorName;
  return (
    <details className="kv-respondent-privacy" open={view.savedAt === null}>
      <summary className="kv-respondent-summary">{t('respondent.privacy.title')}</summary>
      <p>{t('respondent.privacy.what', { name })}</p>
      {view.survey.topics.length > 0 && <p>{t('respondent.privacy.positions', { name })}</p>}
      {view.survey.questions.includes('profiel') && <p>{t('respondent.privacy.profile', { name })}</p>}
      <p>
        {t('respondent.privacy.why', {
          workspace: view.survey.workspaceName,
          gemeente: view.survey.gemeente,
        })}
      </p>
      <p>{t('respondent.privacy.who')}</p>
      <p>{t('respondent.privacy.contact', { days: view.survey.contactRetentionDays })}</p>
      <p>{t('respondent.privacy.rights')}</p>
    </details>
  );
}
