/**
 * The respondents of one round: who answers for which speler, how far they are, how many ties they named
 * and, for an eigenaar, who they are. Editors add respondents (each with a personal link, shown once),
 * make new links for chosen respondents (to copy, or as a CSV or XLSX file for a mail merge) and revoke a
 * link; an eigenaar deletes contact data, of one respondent or of all.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { GraphActor, Respondent, Survey } from '../../../../domain/index.ts';
import { call, callForFile } from '../../../api/client.ts';
import { useFreshEndpoint } from '../../../api/queries.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { useAnnouncedStatus } from '../../../components/use-announced-status.ts';
import { downloadBlob } from '../../../map/save-image.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { linkFileName } from '../../../state/surveys/survey-links.ts';
import { AddRespondents } from './AddRespondents.tsx';
import { IssuedLinks, type LinkList } from './IssuedLinks.tsx';

type LinkFormat = (typeof contract.surveys.LINK_LIST_FORMATS)[number];

interface RespondentsSectionProps {
  workspaceId: string;
  survey: Survey;
  actors: readonly GraphActor[];
  canEdit: boolean;
  canManage: boolean;
  onChanged(): void;
}

/** What the confirmation dialog asks about. */
type Question =
  | { kind: 'revoke'; respondent: Respondent }
  | { kind: 'forget'; respondent: Respondent }
  | { kind: 'forgetAll' };

export function RespondentsSection({
  workspaceId,
  survey,
  actors,
  canEdit,
  canManage,
  onChanged,
}: RespondentsSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const params = { workspaceId, surveyId: survey.id };
  const list = useFreshEndpoint(contract.surveys.listRespondents, { params });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [format, setFormat] = useState<LinkFormat>('json');
  const [links, setLinks] = useState<LinkList | null>(null);
  // Each list of links shown is a new one (for its focus and copy status), even for the same respondents.
  const [linksShown, setLinksShown] = useState(0);
  const showLinks = (next: LinkList) => {
    setLinks(next);
    setLinksShown((count) => count + 1);
  };
  const [question, setQuestion] = useState<Question | null>(null);
  const [problem, setProblem] = useState('');
  const { status, announce, ref: statusRef } = useAnnouncedStatus('');

  const respondents = list.data?.items ?? [];
  // Respondents that are gone (a list read again) are no longer chosen.
  const chosen = respondents.filter((respondent) => selected.has(respondent.id));
  const allChosen = respondents.length > 0 && chosen.length === respondents.length;
  const withContact = respondents.some((respondent) => respondent.contact !== null);

  function choose(respondentId: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(respondentId);
      else next.delete(respondentId);
      return next;
    });
  }

  async function issueLinks() {
    setProblem('');
    if (chosen.length === 0) {
      setProblem(t('surveys.links.chooseFirst'));
      return;
    }
    const body = { respondentIds: chosen.map((respondent) => respondent.id), format };
    try {
      if (format === 'json') {
        const answer = await call(contract.surveys.issueLinks, { params, body });
        if (typeof answer === 'string') throw new Error('unexpected file');
        showLinks({ kind: 'renewed', links: answer.links });
      } else {
        const file = await callForFile(contract.surveys.issueLinks, { params, body });
        const name = linkFileName(format, file.fileName);
        downloadBlob(file.blob, name);
        setLinks(null);
        announce(t('surveys.links.downloaded', { count: chosen.length, file: name }));
      }
      setSelected(new Set());
      onChanged();
    } catch (error) {
      setProblem(problemText(error, t('errors.generic')));
    }
  }

  async function answer(asked: Question) {
    setQuestion(null);
    setProblem('');
    try {
      if (asked.kind === 'revoke') {
        await call(contract.surveys.revokeRespondent, {
          params: { ...params, respondentId: asked.respondent.id },
        });
        announce(t('surveys.respondents.revoked', { name: asked.respondent.actorName }));
      } else if (asked.kind === 'forget') {
        await call(contract.surveys.forgetContact, {
          params: { ...params, respondentId: asked.respondent.id },
        });
        announce(t('surveys.respondents.forgotten', { name: asked.respondent.actorName }));
      } else {
        await call(contract.surveys.forgetContacts, { params });
        announce(t('surveys.respondents.allForgotten'));
      }
      onChanged();
    } catch (error) {
      announce(problemText(error, t('errors.generic')));
    }
  }

  const dialog = question && dialogTexts(question);
  function dialogTexts(asked: Question) {
    switch (asked.kind) {
      case 'revoke':
        return {
          title: t('surveys.respondents.revokeTitle'),
          message: t('surveys.respondents.confirmRevoke', { name: asked.respondent.actorName }),
          confirm: t('surveys.respondents.revokeConfirm'),
        };
      case 'forget':
        return {
          title: t('surveys.respondents.forgetTitle'),
          message: t('surveys.respondents.confirmForget', { name: asked.respondent.actorName }),
          confirm: t('surveys.respondents.forgetConfirm'),
        };
      case 'forgetAll':
        return {
          title: t('surveys.respondents.forgetAllTitle'),
          message: t('surveys.respondents.confirmForgetAll'),
          confirm: t('surveys.respondents.forgetConfirm'),
        };
    }
  }
  return (
    <section aria-labelledby={`${id}-heading`} className="kv-survey-respondents">
      <Heading level={4} id={`${id}-heading`}>
        {t('surveys.respondents.title')}
      </Heading>
      <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <QueryState query={list} />
      {list.data && respondents.length === 0 && <Paragraph>{t('surveys.respondents.none')}</Paragraph>}
      {respondents.length > 0 && (
        <ScrollRegion label={t('surveys.respondents.tableLabel')}>
          <table className="kv-table kv-compact kv-respondent-table">
            <caption className="kv-visually-hidden">
              {t('surveys.respondents.caption', { title: survey.title })}
            </caption>
            <thead>
              <tr>
                {canEdit && (
                  <th scope="col">
                    <label className="kv-checkbox">
                      <input
                        type="checkbox"
                        checked={allChosen}
                        onChange={(event) =>
                          setSelected(
                            event.target.checked
                              ? new Set(respondents.map((respondent) => respondent.id))
                              : new Set(),
                          )
                        }
                      />
                      <span className="kv-visually-hidden">{t('surveys.respondents.chooseAll')}</span>
                    </label>
                  </th>
                )}
                <th scope="col">{t('surveys.respondents.actor')}</th>
                <th scope="col">{t('surveys.respondents.force')}</th>
                <th scope="col">{t('surveys.respondents.status')}</th>
                <th scope="col" className="kv-number">
                  {t('surveys.respondents.ties')}
                </th>
                {canManage && <th scope="col">{t('surveys.respondents.contactName')}</th>}
                {canManage && <th scope="col">{t('surveys.respondents.email')}</th>}
                {(canEdit || canManage) && (
                  <th scope="col">
                    <span className="kv-visually-hidden">{t('surveys.respondents.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {respondents.map((respondent) => (
                <tr key={respondent.id}>
                  {canEdit && (
                    <td>
                      <label className="kv-checkbox">
                        <input
                          type="checkbox"
                          checked={selected.has(respondent.id)}
                          onChange={(event) => choose(respondent.id, event.target.checked)}
                        />
                        <span className="kv-visually-hidden">
                          {t('surveys.respondents.choose', { name: respondent.actorName })}
                        </span>
                      </label>
                    </td>
                  )}
                  <th scope="row">{respondent.actorName}</th>
                  <td>{t(`force.${respondent.force}`)}</td>
                  <td>{t(`surveys.respondentStatus.${respondent.status}`)}</td>
                  <td className="kv-number">{respondent.ties}</td>
                  {canManage && <td>{respondent.contact?.name ?? ''}</td>}
                  {canManage && <td className="kv-cell-text">{respondent.contact?.email ?? ''}</td>}
                  {(canEdit || canManage) && (
                    <td>
                      <div className="kv-row-actions">
                        {canEdit && respondent.status !== 'ingetrokken' && (
                          <button
                            type="button"
                            className="kv-link-button"
                            aria-label={t('surveys.respondents.revokeFor', { name: respondent.actorName })}
                            onClick={() => setQuestion({ kind: 'revoke', respondent })}
                          >
                            {t('surveys.respondents.revoke')}
                          </button>
                        )}
                        {canManage && respondent.contact !== null && (
                          <button
                            type="button"
                            className="kv-link-button"
                            aria-label={t('surveys.respondents.forgetFor', { name: respondent.actorName })}
                            onClick={() => setQuestion({ kind: 'forget', respondent })}
                          >
                            {t('surveys.respondents.forget')}
                          </button>
                        )}
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}

      {canEdit && respondents.length > 0 && (
        <div className="kv-subform kv-survey-renew">
          <Heading level={5} id={`${id}-renew`}>
            {t('surveys.links.renewTitle')}
          </Heading>
          <Paragraph>{t('surveys.links.renewIntro')}</Paragraph>
          <fieldset className="kv-fieldset">
            <legend>{t('surveys.links.formatLegend')}</legend>
            {contract.surveys.LINK_LIST_FORMATS.map((option) => (
              <label key={option} className="kv-checkbox">
                <input
                  type="radio"
                  name={`${id}-format`}
                  value={option}
                  checked={format === option}
                  onChange={() => setFormat(option)}
                />{' '}
                {t(`surveys.links.format.${option}`)}
              </label>
            ))}
          </fieldset>
          <p id={`${id}-renew-warning`} className="kv-warning">
            {t('surveys.links.renewWarning')}
          </p>
          <Button
            purpose="secondary"
            aria-describedby={`${id}-renew-warning`}
            onClick={() => void issueLinks()}
          >
            {t('surveys.links.renew', { count: chosen.length })}
          </Button>
        </div>
      )}
      {problem && (
        <p className="kv-alert" role="alert">
          {problem}
        </p>
      )}
      {links && (
        <IssuedLinks
          key={linksShown}
          list={links}
          actors={actors}
          surveyState={survey.state}
          onHide={() => setLinks(null)}
        />
      )}
      {canEdit &&
        (survey.state === 'closed' ? (
          <Paragraph>{t('surveys.add.closed')}</Paragraph>
        ) : (
          <AddRespondents
            workspaceId={workspaceId}
            surveyId={survey.id}
            actors={actors}
            taken={respondents.map((respondent) => respondent.actorId)}
            canSeeContacts={canManage}
            onAdded={(added) => {
              showLinks({ kind: 'added', links: added });
              onChanged();
            }}
          />
        ))}
      {canManage && withContact && (
        <div className="kv-subform">
          <Paragraph>
            {t('surveys.respondents.forgetAllIntro', { days: survey.contactRetentionDays })}
          </Paragraph>
          <Button purpose="secondary" onClick={() => setQuestion({ kind: 'forgetAll' })}>
            {t('surveys.respondents.forgetAll')}
          </Button>
        </div>
      )}
      {question && dialog && (
        <ConfirmDialog
          title={dialog.title}
          message={dialog.message}
          confirmLabel={dialog.confirm}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void answer(question)}
          onCancel={() => setQuestion(null)}
        />
      )}
    </section>
  );
}
