/**
 * Adding respondents: spelers are put on a list one by one (searched by name) or a whole kracht at once
 * (those without a respondent yet), each with an optional contact name and e-mail address; "Deelnemers
 * toevoegen" sends the list in one go (all or nothing) and hands the new links up to be shown once.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Force, GraphActor } from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { problemText } from '../../../state/problem-errors.ts';
import {
  addDrafts,
  type DraftIssues,
  draftIssuesOf,
  draftsForForce,
  groupByForce,
  type RespondentDraft,
  respondentsPayloadOf,
  withoutRespondent,
} from '../../../state/surveys/respondent-draft.ts';
import { ActorChooser } from './ActorChooser.tsx';

type IssuedLink = contract.EndpointOutput<typeof contract.surveys.addRespondents>['links'][number];

interface AddRespondentsProps {
  workspaceId: string;
  surveyId: string;
  actors: readonly GraphActor[];
  /** The spelers that have a respondent in this round already. */
  taken: readonly string[];
  /** An eigenaar: the only role that sees contact data again later. */
  canSeeContacts: boolean;
  onAdded(links: IssuedLink[]): void;
}

const NO_ISSUES: DraftIssues = { rows: new Map(), other: [] };

export function AddRespondents({
  workspaceId,
  surveyId,
  actors,
  taken,
  canSeeContacts,
  onAdded,
}: AddRespondentsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [drafts, setDrafts] = useState<RespondentDraft[]>([]);
  const [issues, setIssues] = useState<DraftIssues>(NO_ISSUES);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const busyIds = useMemo(() => [...taken, ...drafts.map((draft) => draft.actorId)], [taken, drafts]);
  const free = useMemo(() => withoutRespondent(actors, busyIds), [actors, busyIds]);
  const groups = useMemo(() => groupByForce(free), [free]);
  const [force, setForce] = useState<Force | ''>('');
  const forceChoice = groups.some((group) => group.force === force) ? force : (groups[0]?.force ?? '');
  const names = useMemo(() => new Map(actors.map((actor) => [actor.id, actor])), [actors]);

  function add(added: RespondentDraft[]) {
    setProblem('');
    setDrafts((current) => addDrafts(current, added));
  }

  function update(actorId: string, field: 'contactName' | 'email', value: string) {
    setDrafts((current) =>
      current.map((draft) => (draft.actorId === actorId ? { ...draft, [field]: value } : draft)),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIssues(NO_ISSUES);
    setProblem('');
    if (drafts.length === 0) {
      setProblem(t('surveys.add.emptyList'));
      return;
    }
    setBusy(true);
    try {
      const answer = await call(contract.surveys.addRespondents, {
        params: { workspaceId, surveyId },
        body: respondentsPayloadOf(drafts),
      });
      setDrafts([]);
      onAdded(answer.links);
    } catch (error) {
      if (error instanceof ApiProblem && error.invalidParams.length > 0) {
        const found = draftIssuesOf(error.invalidParams, drafts);
        setIssues(found);
        setProblem(found.other.join(' ') || (error.detail ?? error.message));
      } else setProblem(problemText(error, t('errors.generic')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-subform kv-survey-add">
      <Heading level={5} id={`${id}-heading`}>
        {t('surveys.add.title')}
      </Heading>
      <Paragraph>{t('surveys.add.intro')}</Paragraph>
      <Paragraph>
        {canSeeContacts ? t('surveys.add.contactsOwner') : t('surveys.add.contactsEditor')}
      </Paragraph>
      {free.length === 0 ? (
        <Paragraph>{t('surveys.add.allTaken')}</Paragraph>
      ) : (
        <div className="kv-survey-pickers">
          <ActorChooser
            actors={free}
            searchLabel={t('surveys.add.search')}
            selectLabel={t('surveys.add.actor')}
            buttonLabel={t('surveys.add.putOnList')}
            onChoose={(actor) => add([{ actorId: actor.id, contactName: '', email: '' }])}
          />
          <div className="kv-survey-by-force">
            <div className="kv-field">
              <label htmlFor={`${id}-force`}>{t('surveys.add.byForce')}</label>
              <select
                id={`${id}-force`}
                className="kv-select"
                value={forceChoice}
                onChange={(event) => setForce(event.target.value as Force)}
              >
                {groups.map((group) => (
                  <option key={group.force} value={group.force}>
                    {t('surveys.add.forceOption', {
                      force: t(`force.${group.force}`),
                      count: group.actors.length,
                    })}
                  </option>
                ))}
              </select>
            </div>
            <Button
              purpose="secondary"
              type="button"
              onClick={() => forceChoice && add(draftsForForce(actors, forceChoice, busyIds))}
            >
              {t('surveys.add.putForceOnList')}
            </Button>
          </div>
        </div>
      )}

      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-list`}>
        <Heading level={6} id={`${id}-list`}>
          {t('surveys.add.listTitle', { count: drafts.length })}
        </Heading>
        {drafts.length === 0 ? (
          <Paragraph>{t('surveys.add.listEmpty')}</Paragraph>
        ) : (
          <ScrollRegion label={t('surveys.add.listLabel')}>
            <table className="kv-table kv-compact kv-draft-table">
              <caption className="kv-visually-hidden">{t('surveys.add.listLabel')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.respondents.actor')}</th>
                  <th scope="col">{t('surveys.respondents.contactName')}</th>
                  <th scope="col">{t('surveys.respondents.email')}</th>
                  <th scope="col">
                    <span className="kv-visually-hidden">{t('surveys.add.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {drafts.map((draft) => {
                  const actor = names.get(draft.actorId);
                  const name = actor?.name ?? '';
                  const rowIssues = issues.rows.get(draft.actorId) ?? {};
                  const fieldId = `${id}-${draft.actorId}`;
                  return (
                    <tr key={draft.actorId}>
                      <th scope="row">
                        {name}
                        {actor && <span className="kv-muted"> · {t(`force.${actor.force}`)}</span>}
                        <FieldError id={`${fieldId}-actor-error`} message={rowIssues.actorId} />
                      </th>
                      <td>
                        <label htmlFor={`${fieldId}-name`} className="kv-visually-hidden">
                          {t('surveys.add.contactNameFor', { name })}
                        </label>
                        <input
                          id={`${fieldId}-name`}
                          className="utrecht-textbox"
                          autoComplete="off"
                          value={draft.contactName}
                          aria-invalid={Boolean(rowIssues.contactName)}
                          aria-describedby={rowIssues.contactName ? `${fieldId}-name-error` : undefined}
                          onChange={(event) => update(draft.actorId, 'contactName', event.target.value)}
                        />
                        <FieldError id={`${fieldId}-name-error`} message={rowIssues.contactName} />
                      </td>
                      <td>
                        <label htmlFor={`${fieldId}-email`} className="kv-visually-hidden">
                          {t('surveys.add.emailFor', { name })}
                        </label>
                        <input
                          id={`${fieldId}-email`}
                          type="email"
                          className="utrecht-textbox"
                          autoComplete="off"
                          value={draft.email}
                          aria-invalid={Boolean(rowIssues.email)}
                          aria-describedby={rowIssues.email ? `${fieldId}-email-error` : undefined}
                          onChange={(event) => update(draft.actorId, 'email', event.target.value)}
                        />
                        <FieldError id={`${fieldId}-email-error`} message={rowIssues.email} />
                      </td>
                      <td>
                        <Button
                          purpose="subtle"
                          type="button"
                          aria-label={t('surveys.add.removeFor', { name })}
                          onClick={() =>
                            setDrafts((current) => current.filter((each) => each.actorId !== draft.actorId))
                          }
                        >
                          {t('surveys.add.remove')}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        <FieldError id={`${id}-error`} message={problem} />
        <div className="kv-actions">
          <Button purpose="primary" type="submit" disabled={busy}>
            {t('surveys.add.submit', { count: drafts.length })}
          </Button>
          {drafts.length > 0 && (
            <Button purpose="secondary" type="button" onClick={() => setDrafts([])}>
              {t('surveys.add.clear')}
            </Button>
          )}
        </div>
      </form>
    </section>
  );
}
