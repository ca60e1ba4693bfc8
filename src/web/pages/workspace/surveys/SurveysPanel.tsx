/**
 * "Uitvraag": the coordinator's survey rounds, in which those involved draw their own ties. The list shows
 * every round with its state, last day and how far the respondents are; editors make a new one here, and
 * a round opens its detail in the same panel (respondents, personal links, proposed spelers). Lezers see
 * the same, without the buttons; contact data is for eigenaars only (the server leaves it out for others).
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { GraphActor, Survey } from '../../../../domain/index.ts';
import { useFreshEndpoint } from '../../../api/queries.ts';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { formatDate } from '../../../i18n/format.ts';
import { SurveyDetail } from './SurveyDetail.tsx';
import { SurveyForm } from './SurveyForm.tsx';

interface SurveysPanelProps {
  workspaceId: string;
  actors: readonly GraphActor[];
  canEdit: boolean;
  /** An eigenaar: deletes rounds and sees and deletes contact data. */
  canManage: boolean;
  /** The round shown, from the address (`/uitvraag/{id}`); null: the list. */
  openId: string | null;
  /** Opens a round (its own address, so it can be shared and survives a reload), or the list. */
  onOpen(surveyId: string | null): void;
  /** After any write: the werkruimte's cached answers are read again. */
  onChanged(): void;
  /** Whether a round's form holds unsaved edits: the page asks before leaving. */
  onDirtyChange?(dirty: boolean): void;
}

export function SurveysPanel({
  workspaceId,
  actors,
  canEdit,
  canManage,
  openId,
  onOpen,
  onChanged,
  onDirtyChange,
}: SurveysPanelProps) {
  const { t, i18n } = useTranslation();
  const list = useFreshEndpoint(contract.surveys.listSurveys, { params: { workspaceId } });
  const [creating, setCreating] = useState(false);
  // The answer of the last write: newer than the list until the list is read again (its version counts).
  const [saved, setSaved] = useState<Survey | null>(null);
  // Said once when a round opens right after it was made.
  const [notice, setNotice] = useState('');
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus('');

  const surveys = list.data?.items ?? [];
  const latest = (survey: Survey): Survey =>
    saved && saved.id === survey.id && saved.version > survey.version ? saved : survey;
  const listed = openId ? surveys.find((survey) => survey.id === openId) : undefined;
  const open = listed ? latest(listed) : saved?.id === openId ? saved : undefined;

  const heading = (
    <Heading level={2} id="surveys-heading">
      {t('surveys.title')}
    </Heading>
  );

  if (openId && open) {
    return (
      <section aria-labelledby="surveys-heading" className="kv-surveys">
        {heading}
        <SurveyDetail
          key={open.id}
          workspaceId={workspaceId}
          survey={open}
          actors={actors}
          canEdit={canEdit}
          canManage={canManage}
          notice={notice}
          onBack={() => {
            setNotice('');
            onOpen(null);
          }}
          onSaved={(survey) => {
            setSaved(survey);
            onChanged();
          }}
          onDeleted={(title) => {
            onOpen(null);
            setSaved(null);
            setNotice('');
            announce(t('surveys.deleted', { title }));
            onChanged();
          }}
          onChanged={onChanged}
          onDirtyChange={onDirtyChange}
        />
      </section>
    );
  }

  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : '');
  return (
    <section aria-labelledby="surveys-heading" className="kv-surveys">
      {heading}
      <Paragraph>{t('surveys.intro')}</Paragraph>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <QueryState query={list} />
      {openId && list.data && !open && <Paragraph>{t('surveys.notFound')}</Paragraph>}
      {list.data && surveys.length === 0 && <Paragraph>{t('surveys.none')}</Paragraph>}
      {surveys.length > 0 && (
        <ScrollRegion label={t('surveys.listLabel')}>
          <table className="kv-table kv-compact">
            <caption className="kv-visually-hidden">{t('surveys.listLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('surveys.column.title')}</th>
                <th scope="col">{t('surveys.column.state')}</th>
                <th scope="col">{t('surveys.column.closesOn')}</th>
                <th scope="col" className="kv-number">
                  {t('surveys.column.respondents')}
                </th>
                <th scope="col" className="kv-number">
                  {t('surveys.column.opened')}
                </th>
                <th scope="col" className="kv-number">
                  {t('surveys.column.finished')}
                </th>
              </tr>
            </thead>
            <tbody>
              {surveys.map(latest).map((survey) => (
                <tr key={survey.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="kv-link-button"
                      onClick={() => {
                        setStatus('');
                        setNotice('');
                        onOpen(survey.id);
                      }}
                    >
                      {survey.title}
                    </button>
                  </th>
                  <td>
                    <span className={`kv-survey-state kv-survey-state--${survey.state}`}>
                      {t(`surveys.state.${survey.state}`)}
                    </span>
                  </td>
                  <td>{date(survey.closesOn)}</td>
                  <td className="kv-number">{survey.tally.respondents}</td>
                  <td className="kv-number">{survey.tally.opened}</td>
                  <td className="kv-number">{survey.tally.finished}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      {canEdit &&
        (creating ? (
          <SurveyForm
            workspaceId={workspaceId}
            actors={actors}
            onDirtyChange={onDirtyChange}
            survey={null}
            onCancel={() => setCreating(false)}
            onSaved={(survey) => {
              setCreating(false);
              setSaved(survey);
              setNotice(t('surveys.created', { title: survey.title }));
              onChanged();
              // A new round is a concept without respondents: the next steps are in its detail.
              onOpen(survey.id);
            }}
          />
        ) : (
          <Button purpose="secondary" onClick={() => setCreating(true)}>
            {t('surveys.new')}
          </Button>
        ))}
    </section>
  );
}
