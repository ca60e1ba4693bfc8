/**
 * One uitvraag round: what it asks and until when, its state with the buttons that change it (open, close,
 * back to concept), changing and deleting it, and below that its respondents and the spelers they
 * proposed. A refused state change (the last day has passed, someone already answered) is said in the
 * server's words beside the buttons.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { GraphActor, Survey, SurveyState } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { queryKeyOf } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { formatDate } from '../../../i18n/format.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { nextStates } from '../../../state/surveys/survey-form.ts';
import { MailSection } from './MailSection.tsx';
import { ProfileChecksSection } from './ProfileChecksSection.tsx';
import { ProposalsSection } from './ProposalsSection.tsx';
import { RespondentsSection } from './RespondentsSection.tsx';
import { SurveyForm } from './SurveyForm.tsx';
import { SurveyResultsSection } from './SurveyResultsSection.tsx';

interface SurveyDetailProps {
  workspaceId: string;
  survey: Survey;
  actors: readonly GraphActor[];
  canEdit: boolean;
  canManage: boolean;
  /** Said once when the detail opens (after making the round). */
  notice?: string;
  onBack(): void;
  /** A change of the round itself: its new state, for the list until that is read again. */
  onSaved(survey: Survey): void;
  onDeleted(title: string): void;
  /** Any other write (respondents, links, proposals). */
  onChanged(): void;
  /** Whether the round's form holds unsaved edits. */
  onDirtyChange?(dirty: boolean): void;
}

export function SurveyDetail({
  workspaceId,
  survey,
  actors,
  canEdit,
  canManage,
  notice,
  onBack,
  onSaved,
  onDeleted,
  onChanged,
  onDirtyChange,
}: SurveyDetailProps) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [problem, setProblem] = useState('');
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus(notice ?? '');
  const date = (value: string) => formatDate(value, i18n.language);

  // Opening a round from the list moves focus to its title, so a keyboard user starts reading there.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  async function changeState(state: SurveyState) {
    setProblem('');
    try {
      const saved = await call(contract.surveys.updateSurvey, {
        params: { workspaceId, surveyId: survey.id },
        body: { version: survey.version, state },
      });
      onSaved(saved);
      announce(t(`surveys.stateChanged.${state}`, { date: date(saved.closesOn) }));
    } catch (error) {
      setProblem(problemText(error, t('errors.generic')));
    }
  }

  async function remove() {
    setRemoving(false);
    try {
      await call(contract.surveys.deleteSurvey, { params: { workspaceId, surveyId: survey.id } });
      onDeleted(survey.title);
    } catch (error) {
      setProblem(problemText(error, t('errors.generic')));
    }
  }

  /** Reads the round, its respondents and proposals again: respondents answer while the page is open. */
  function refresh() {
    const params = { workspaceId, surveyId: survey.id };
    void Promise.all(
      [
        queryKeyOf(contract.surveys.listSurveys, { params: { workspaceId } }),
        queryKeyOf(contract.surveys.listRespondents, { params }),
        queryKeyOf(contract.surveys.listProposals, { params }),
      ].map((queryKey) => client.invalidateQueries({ queryKey })),
    ).then(() => setStatus(t('surveys.refreshed')));
  }

  return (
    <div className="kv-survey-detail">
      <p>
        <button type="button" className="kv-link-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {t('surveys.back')}
        </button>
      </p>
      <Heading level={3} id="survey-title" ref={titleRef} tabIndex={-1}>
        {survey.title}
      </Heading>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      {editing ? (
        <SurveyForm
          workspaceId={workspaceId}
          actors={actors}
          onDirtyChange={onDirtyChange}
          survey={survey}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            onSaved(saved);
            announce(t('surveys.saved', { title: saved.title }));
          }}
        />
      ) : (
        <>
          <dl className="kv-facts kv-survey-facts">
            <div>
              <dt>{t('surveys.column.state')}</dt>
              <dd>
                <span className={`kv-survey-state kv-survey-state--${survey.state}`}>
                  {t(`surveys.state.${survey.state}`)}
                </span>{' '}
                {t(`surveys.stateHint.${survey.state}`)}
              </dd>
            </div>
            <div>
              <dt>{t('surveys.facts.period')}</dt>
              <dd>
                {survey.opensOn
                  ? t('surveys.facts.fromTo', { from: date(survey.opensOn), to: date(survey.closesOn) })
                  : t('surveys.facts.until', { to: date(survey.closesOn) })}
              </dd>
            </div>
            <div>
              <dt>{t('surveys.facts.relationTypes')}</dt>
              <dd>{survey.relationTypes.map((type) => t(`relationType.${type}`)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('surveys.facts.questions')}</dt>
              <dd>
                {survey.questions.length === 0
                  ? t('surveys.facts.noQuestions')
                  : survey.questions.map((question) => t(`surveys.questionShort.${question}`)).join(', ')}
              </dd>
            </div>
            <div>
              <dt>{t('surveys.facts.retention')}</dt>
              <dd>{t('surveys.facts.retentionDays', { count: survey.contactRetentionDays })}</dd>
            </div>
            <div>
              <dt>{t('surveys.facts.tally')}</dt>
              <dd>
                {t('surveys.facts.tallyText', {
                  respondents: survey.tally.respondents,
                  opened: survey.tally.opened,
                  finished: survey.tally.finished,
                })}
              </dd>
            </div>
          </dl>
          {survey.intro && <p className="kv-prewrap kv-survey-intro">{survey.intro}</p>}
          <div className="kv-actions">
            {canEdit &&
              nextStates(survey.state).map((state) => (
                <Button
                  key={state}
                  purpose={state === 'open' ? 'primary' : 'secondary'}
                  onClick={() => void changeState(state)}
                >
                  {t(`surveys.toState.${survey.state === 'closed' && state === 'open' ? 'reopen' : state}`)}
                </Button>
              ))}
            {canEdit && (
              <Button purpose="secondary" onClick={() => setEditing(true)}>
                {t('surveys.edit')}
              </Button>
            )}
            <Button purpose="subtle" onClick={refresh}>
              {t('surveys.refresh')}
            </Button>
            {canManage && (
              <Button purpose="subtle" onClick={() => setRemoving(true)}>
                {t('surveys.delete')}
              </Button>
            )}
          </div>
          {problem && (
            <p className="kv-alert" role="alert">
              {problem}
            </p>
          )}
        </>
      )}
      <RespondentsSection
        workspaceId={workspaceId}
        survey={survey}
        actors={actors}
        canEdit={canEdit}
        canManage={canManage}
        onChanged={onChanged}
      />
      <MailSection workspaceId={workspaceId} survey={survey} canManage={canManage} onChanged={onChanged} />
      <ProposalsSection
        workspaceId={workspaceId}
        surveyId={survey.id}
        actors={actors}
        canEdit={canEdit}
        onChanged={onChanged}
      />
      {survey.questions.includes('profiel') && (
        <ProfileChecksSection
          workspaceId={workspaceId}
          surveyId={survey.id}
          canEdit={canEdit}
          onChanged={onChanged}
        />
      )}
      <SurveyResultsSection workspaceId={workspaceId} survey={survey} />
      {removing && (
        <ConfirmDialog
          title={t('surveys.deleteTitle')}
          message={t('surveys.confirmDelete', { title: survey.title })}
          confirmLabel={t('surveys.deleteConfirm')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setRemoving(false)}
        />
      )}
    </div>
  );
}
