/**
 * A respondent's page (/uitvraag#token), built for a phone first and used without an account: what is
 * stored and why, then "who do you work with" (search the roster, or propose a missing name), then per
 * tie the questions the round asks. Every change is saved a moment later (the whole answer document, as
 * the API keeps it); a refused save keeps the page as it is and lists what to fix, each linked to its
 * field. The token stays in the fragment, which browsers never send, and goes to the API in request bodies.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { NO_ANSWERS, type RespondentView } from '../../../domain/index.ts';
import { ApiProblem, call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { formatDate } from '../../i18n/format.ts';
import {
  type AnswersDraft,
  addPosition,
  addTie,
  answersOf,
  draftOf,
  type PlacedProblem,
  placeProblems,
  removePosition,
  removeTie,
  type TieDraft,
  updatePosition,
  updateTie,
} from '../../state/survey-response/answers-form.ts';
import { PositionsStep } from './PositionsStep.tsx';
import { PrivacyNotice } from './PrivacyNotice.tsx';
import { ProfileStep } from './ProfileStep.tsx';
import { RosterPicker } from './RosterPicker.tsx';
import { TieEditor } from './TieEditor.tsx';

/**
 * How long the page waits after a change before it saves: a burst of clicks is one save. Hiding or leaving
 * the page saves at once.
 */
const SAVE_DELAY_MS = 800;

/**
 * The answers sent once more as the page goes away (closed, or left for another page): with `keepalive`,
 * the browser finishes the request after the page has gone; nobody is left to see its answer. A save
 * replaces the whole document, so a second one of the same answers changes nothing.
 */
function saveOnLeaving(token: string, draft: AnswersDraft): void {
  const endpoint = contract.surveyResponse.saveSurveyResponse;
  fetch(`${contract.API_PREFIX}${contract.pathOf(endpoint)}`, {
    method: endpoint.method,
    keepalive: true,
    headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang || 'nl' },
    body: JSON.stringify({ token, answers: answersOf(draft) }),
  }).catch(() => {
    // Past the browser's limit for such requests (64 kB), or no connection: nothing more can be done.
  });
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed' }
  | { kind: 'refused'; problems: PlacedProblem[] };

export function SurveyResponsePage() {
  const { t, i18n } = useTranslation();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [view, setView] = useState<RespondentView | null>(null);
  const [broken, setBroken] = useState('');
  const [draft, setDraft] = useState<AnswersDraft | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [notice, setNotice] = useState('');
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);
  // Saves run one at a time; a change during a save is saved right after it.
  const pending = useRef<AnswersDraft | null>(null);
  const running = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The newest answers the server has not taken yet (waiting, on their way, or failed).
  const unsaved = useRef<AnswersDraft | null>(null);

  useEffect(() => {
    call(contract.surveyResponse.openSurveyResponse, { body: { token } })
      .then((opened) => {
        setView(opened);
        setDraft(draftOf(opened.answers));
      })
      .catch((error: unknown) =>
        setBroken(error instanceof ApiProblem && error.detail ? error.detail : t('errors.generic')),
      );
  }, [token, t]);

  const flush = useCallback(async () => {
    if (running.current || !pending.current) return;
    running.current = true;
    const sending = pending.current;
    pending.current = null;
    setSave({ kind: 'saving' });
    try {
      const result = await call(contract.surveyResponse.saveSurveyResponse, {
        body: { token, answers: answersOf(sending) },
      });
      if (unsaved.current === sending) unsaved.current = null;
      setSave({ kind: 'saved', at: result.savedAt });
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400) {
        // Refused: sending these answers again would not store them either.
        if (unsaved.current === sending) unsaved.current = null;
        setSave({ kind: 'refused', problems: placeProblems(sending, error.invalidParams) });
      } else if (error instanceof ApiProblem && error.status === 404) {
        unsaved.current = null;
        setBroken(error.detail ?? t('errors.generic'));
      } else {
        setSave({ kind: 'failed' });
      }
    } finally {
      running.current = false;
      if (pending.current) void flush();
    }
  }, [token, t]);

  /** Applies a change to the answers and saves it shortly after. */
  const change = useCallback(
    (next: AnswersDraft, now = false) => {
      setDraft(next);
      pending.current = next;
      unsaved.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), now ? 0 : SAVE_DELAY_MS);
    },
    [flush],
  );
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  // Hidden (another tab or app; on a phone often the last the page hears): what waits is saved now. Going
  // away: what the server has not taken yet goes once more, in a request that outlives the page.
  useEffect(() => {
    const hidden = () => {
      if (document.visibilityState !== 'hidden' || !timer.current) return;
      clearTimeout(timer.current);
      timer.current = null;
      void flush();
    };
    const leaving = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      pending.current = null;
      if (unsaved.current) saveOnLeaving(token, unsaved.current);
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leaving);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leaving);
    };
  }, [flush, token]);
  // Another link opened in the same tab changes only the fragment: start afresh as that respondent.
  useEffect(() => {
    const reopen = () => window.location.reload();
    window.addEventListener('hashchange', reopen);
    return () => window.removeEventListener('hashchange', reopen);
  }, []);
  // A refused save: focus goes to the list of what to fix (GOV.UK's error summary pattern).
  useEffect(() => {
    if (save.kind === 'refused') errorSummary.current?.focus();
  }, [save]);

  async function withdraw() {
    setConfirmWithdraw(false);
    try {
      await call(contract.surveyResponse.withdrawSurveyResponse, { body: { token } });
      const empty = draftOf(NO_ANSWERS);
      pending.current = null;
      unsaved.current = null;
      setDraft(empty);
      setSave({ kind: 'idle' });
      setNotice(t('respondent.withdraw.done'));
    } catch (error) {
      setNotice(error instanceof ApiProblem && error.detail ? error.detail : t('errors.generic'));
    }
  }

  if (broken) {
    return (
      <section aria-labelledby="respondent-title" className="kv-respondent">
        <Heading level={1} id="respondent-title">
          {t('respondent.brokenTitle')}
        </Heading>
        <p className="kv-alert" role="alert">
          {broken}
        </p>
      </section>
    );
  }
  if (!view || !draft) return <Paragraph>{t('respondent.loading')}</Paragraph>;

  const { survey, respondent } = view;
  const closes = formatDate(survey.closesOn, i18n.language);
  const names = new Map(view.roster.map((actor) => [actor.id, actor]));
  // The spelers that can be placed on a vraagstuk: the roster and the respondent's own.
  const placeable = [
    { id: respondent.actorId, name: respondent.actorName, force: respondent.force },
    ...view.roster,
  ];
  // A refused save's problems stay until the next save, except those of a tie or position removed since.
  const problems =
    save.kind === 'refused'
      ? save.problems.filter(
          (problem) =>
            problem.tieKey === null ||
            draft.ties.some((tie) => tie.key === problem.tieKey) ||
            draft.positions.some((position) => position.key === problem.tieKey),
        )
      : [];
  const problemPrefix = (problem: PlacedProblem) => {
    const tie = draft.ties.find((candidate) => candidate.key === problem.tieKey);
    if (tie) return `${tieName(tie)}: `;
    const position = draft.positions.find((candidate) => candidate.key === problem.tieKey);
    const topic = survey.topics.find((candidate) => candidate.id === position?.topicId);
    return position && topic
      ? `${topic.name}, ${placeable.find((actor) => actor.id === position.actorId)?.name ?? ''}: `
      : '';
  };
  const tieName = (tie: TieDraft) =>
    tie.actorId ? (names.get(tie.actorId)?.name ?? '') : (tie.proposed?.name ?? '');

  return (
    <article aria-labelledby="respondent-title" className="kv-respondent">
      <header>
        <Heading level={1} id="respondent-title">
          {survey.title}
        </Heading>
        <Paragraph className="kv-respondent-for">
          {t('respondent.forActor', { name: respondent.actorName })}
        </Paragraph>
        {respondent.contactName && (
          <Paragraph>{t('respondent.hello', { name: respondent.contactName })}</Paragraph>
        )}
        {survey.intro && <Paragraph className="kv-respondent-intro">{survey.intro}</Paragraph>}
        <Paragraph>{t('respondent.closesOn', { date: closes })}</Paragraph>
      </header>

      <PrivacyNotice view={view} />

      {problems.length > 0 && (
        <div className="kv-alert kv-error-summary" role="alert" tabIndex={-1} ref={errorSummary}>
          <Heading level={2}>{t('respondent.errorsTitle')}</Heading>
          <Paragraph>{t('respondent.errorsIntro')}</Paragraph>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.fieldId}-${problem.reason}`}>
                <a href={`#${problem.fieldId}`}>
                  {problemPrefix(problem)}
                  {problem.reason}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <section aria-labelledby="respondent-who" className="kv-respondent-step">
        <Heading level={2} id="respondent-who">
          {t('respondent.steps.who')}
        </Heading>
        <Paragraph>{t('respondent.steps.whoHint', { name: respondent.actorName })}</Paragraph>
        <RosterPicker
          roster={view.roster}
          draft={draft}
          onPick={(target) => change(addTie(draft, target, survey.relationTypes), true)}
        />
      </section>

      <section aria-labelledby="respondent-ties" className="kv-respondent-step" id="respondent-answers">
        <Heading level={2} id="respondent-ties">
          {t('respondent.steps.ties', { count: draft.ties.length })}
        </Heading>
        {draft.ties.length === 0 && <Paragraph>{t('respondent.steps.tiesEmpty')}</Paragraph>}
        {draft.ties.map((tie, index) => (
          <TieEditor
            key={tie.key}
            tie={tie}
            name={tieName(tie)}
            proposed={tie.proposed !== null}
            survey={survey}
            // The newest tie opens to be filled in; earlier ones fold to their summary.
            openAtStart={index === draft.ties.length - 1 || tie.types.length + tie.reverseTypes.length === 0}
            problems={problems.filter((problem) => problem.tieKey === tie.key)}
            onChange={(fields) => change(updateTie(draft, tie.key, fields))}
            onRemove={() => {
              change(removeTie(draft, tie.key), true);
              setNotice(t('respondent.tie.removed', { name: tieName(tie) }));
            }}
          />
        ))}
      </section>

      {survey.topics.map((topic) => (
        <PositionsStep
          key={topic.id}
          topic={topic}
          draft={draft}
          actors={placeable}
          ownActorId={respondent.actorId}
          problems={problems}
          onAdd={(actorId) => change(addPosition(draft, topic.id, actorId), true)}
          onChange={(key, scores) => change(updatePosition(draft, key, scores))}
          onRemove={(position) => {
            change(removePosition(draft, position.key), true);
            setNotice(
              t('respondent.positions.removed', {
                name: placeable.find((actor) => actor.id === position.actorId)?.name ?? '',
                topic: topic.name,
              }),
            );
          }}
        />
      ))}

      {survey.questions.includes('profiel') && respondent.profile && (
        <ProfileStep
          actorName={respondent.actorName}
          current={respondent.profile}
          draft={draft}
          problems={problems}
          onChange={(next) => change(next)}
        />
      )}

      <section aria-labelledby="respondent-done" className="kv-respondent-step">
        <Heading level={2} id="respondent-done">
          {t('respondent.steps.done')}
        </Heading>
        <Paragraph>{t('respondent.finishHint')}</Paragraph>
        <div className="kv-actions">
          <Button purpose="primary" onClick={() => change({ ...draft, finished: true }, true)}>
            {t('respondent.finish')}
          </Button>
        </div>
        <p className="kv-respondent-status" role="status">
          {save.kind === 'saving' && t('respondent.saving')}
          {save.kind === 'saved' &&
            (draft.finished
              ? t('respondent.thanks', { date: closes })
              : t('respondent.saved', {
                  time: new Date(save.at).toLocaleTimeString(i18n.language, {
                    hour: '2-digit',
                    minute: '2-digit',
                  }),
                }))}
          {save.kind === 'failed' && t('respondent.saveFailed')}
        </p>
        <p className="kv-respondent-notice" role="status">
          {notice}
        </p>
      </section>

      <section aria-labelledby="respondent-withdraw" className="kv-respondent-step kv-respondent-withdraw">
        <Heading level={2} id="respondent-withdraw">
          {t('respondent.withdraw.title')}
        </Heading>
        <Paragraph>{t('respondent.withdraw.intro')}</Paragraph>
        <Button purpose="secondary" hint="negative" onClick={() => setConfirmWithdraw(true)}>
          {t('respondent.withdraw.button')}
        </Button>
      </section>

      {confirmWithdraw && (
        <ConfirmDialog
          title={t('respondent.withdraw.confirmTitle')}
          message={t('respondent.withdraw.confirmText')}
          confirmLabel={t('respondent.withdraw.confirm')}
          cancelLabel={t('respondent.withdraw.cancel')}
          onConfirm={() => void withdraw()}
          onCancel={() => setConfirmWithdraw(false)}
        />
      )}
    </article>
  );
}
