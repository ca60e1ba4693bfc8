/**
 * What respondents say about their own speler's profile: per speler each correction beside the text the
 * map has now, with a button to take it over (an ordinary change of the speler, in its history), and
 * their other remarks. A correction taken over, or made meanwhile by hand, drops off the list.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { ProfileCheck } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { useFreshEndpoint } from '../../../api/queries.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { problemText } from '../../../state/problem-errors.ts';

interface ProfileChecksSectionProps {
  workspaceId: string;
  surveyId: string;
  canEdit: boolean;
  onChanged(): void;
}

export function ProfileChecksSection({
  workspaceId,
  surveyId,
  canEdit,
  onChanged,
}: ProfileChecksSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const list = useFreshEndpoint(contract.surveys.listProfileChecks, { params: { workspaceId, surveyId } });
  const { status, announce, ref: statusRef } = useAnnouncedStatus('');

  async function takeOver(check: ProfileCheck, correction: ProfileCheck['corrections'][number]) {
    try {
      await call(contract.actors.updateActor, {
        params: { workspaceId, actorId: check.actorId },
        body: { version: check.actorVersion, [correction.field]: correction.proposed },
      });
      announce(
        t('surveyProfileChecks.taken', {
          name: check.actorName,
          field: t(`actorForm.${correction.field}`),
        }),
      );
      onChanged();
      await list.refetch();
    } catch (error) {
      announce(problemText(error, t('errors.generic')));
      await list.refetch();
    }
  }

  const checks = list.data?.items ?? [];
  return (
    <section aria-labelledby={`${id}-heading`} className="kv-survey-profile-checks">
      <Heading level={4} id={`${id}-heading`}>
        {t('surveyProfileChecks.title')}
      </Heading>
      <Paragraph>{t('surveyProfileChecks.intro')}</Paragraph>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <QueryState query={list} />
      {list.data && checks.length === 0 && <Paragraph>{t('surveyProfileChecks.none')}</Paragraph>}
      {checks.map((check) => (
        <article
          key={check.respondentId}
          className="kv-profile-check"
          aria-labelledby={`${id}-${check.actorId}`}
        >
          <Heading level={5} id={`${id}-${check.actorId}`}>
            {check.actorName}
          </Heading>
          <dl>
            {check.corrections.map((correction) => (
              <div key={correction.field} className="kv-profile-correction">
                <dt>{t(`actorForm.${correction.field}`)}</dt>
                <dd>
                  <span className="kv-hint">{t('surveyProfileChecks.now')}</span>{' '}
                  {correction.current || t('surveyProfileChecks.empty')}
                </dd>
                <dd>
                  <span className="kv-hint">{t('surveyProfileChecks.proposed')}</span>{' '}
                  {correction.proposed || t('surveyProfileChecks.empty')}
                </dd>
                {canEdit && (
                  <dd>
                    <Button
                      purpose="secondary"
                      aria-label={t('surveyProfileChecks.takeOverNamed', {
                        name: check.actorName,
                        field: t(`actorForm.${correction.field}`),
                      })}
                      onClick={() => void takeOver(check, correction)}
                    >
                      {t('surveyProfileChecks.takeOver')}
                    </Button>
                  </dd>
                )}
              </div>
            ))}
            {check.remarks && (
              <div className="kv-profile-correction">
                <dt>{t('surveyProfileChecks.remarks')}</dt>
                <dd className="kv-respondent-intro">{check.remarks}</dd>
              </div>
            )}
          </dl>
        </article>
      ))}
    </section>
  );
}
