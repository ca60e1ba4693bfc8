/**
 * The facilitator's queue: what the room sent and nobody decided yet, oldest first, each in words with its
 * group and sender, and three buttons: Overnemen, Samenvoegen… (not for a place on the vraagstuk) and
 * Afwijzen. While a button in the queue has the focus the keys j/k (or the arrows) move to the next or
 * previous contribution and a, s and r (or x) decide on it; after a decision the next one gets the focus. A
 * refused decision (a colleague was first, a speler was deleted meanwhile) is said above the list.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type {
  Contribution,
  ContributionDecision,
  GraphActor,
  GraphRelation,
} from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import {
  decisionProblem,
  isTypingTarget,
  keptSelection,
  moveSelection,
  nextAfterDecision,
  QUEUE_SHORTCUTS,
  shortcutOf,
} from '../../../state/meeting/facilitator-queue.ts';
import { contributionWords, senderWords } from '../../../state/meeting/facilitator-words.ts';
import { type MergeChoice, MergePicker } from './MergePicker.tsx';

interface ModerationQueueProps {
  workspaceId: string;
  meetingId: string;
  /** Pending contributions, oldest first. */
  pending: readonly Contribution[];
  actors: readonly GraphActor[];
  relations: readonly GraphRelation[];
  actorName(id: string): string | undefined;
  canEdit: boolean;
  /** A decision's answer: shown at once. */
  onDecided(contribution: Contribution): void;
  /** After a refused decision: the list is read again. */
  onStale(): void;
  /** After a decision that changed the map. */
  onChanged(): void;
}

type Kind = 'accept' | 'merge' | 'reject';

export function ModerationQueue({
  workspaceId,
  meetingId,
  pending,
  actors,
  relations,
  actorName,
  canEdit,
  onDecided,
  onStale,
  onChanged,
}: ModerationQueueProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ids = pending.map((contribution) => contribution.id);
  const [selected, setSelected] = useState<string | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  // Where the focus goes after the next render: a contribution's first button, or the queue's heading.
  const [focusTarget, setFocusTarget] = useState<{ id: string | null; button: Kind } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const deciding = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = keptSelection(ids, selected);
  const words = (contribution: Contribution) => contributionWords(contribution, { t, actorName });

  useEffect(() => {
    if (!focusTarget) return;
    const target =
      focusTarget.id === null ? null : buttons.current.get(`${focusTarget.id}:${focusTarget.button}`);
    (target ?? heading.current)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  async function decide(contribution: Contribution, decision: ContributionDecision, label?: string) {
    // One decision at a time: a key held down or pressed twice does not send a second one.
    if (deciding.current) return;
    deciding.current = true;
    const next = nextAfterDecision(ids, contribution.id);
    setBusy(contribution.id);
    setProblem('');
    try {
      const answer = await call(contract.meetings.decideContribution, {
        params: { workspaceId, meetingId, contributionId: contribution.id },
        body: decision,
      });
      setMerging(null);
      onDecided(answer);
      setDone(t(`meetings.queue.done.${decision.decision}`, { words: words(contribution), target: label }));
      setSelected(next);
      setFocusTarget({ id: next, button: 'accept' });
      if (answer.status === 'accepted' || answer.status === 'merged') onChanged();
    } catch (error) {
      setProblem(decisionProblem(error, t));
      // Someone else decided first, or it is gone: the queue as it is now, and on to the next one.
      if (error instanceof ApiProblem && (error.status === 409 || error.status === 404)) {
        setMerging(null);
        setSelected(next);
        setFocusTarget({ id: next, button: 'accept' });
        onStale();
      }
    } finally {
      deciding.current = false;
      setBusy(null);
    }
  }

  function openMerge(contribution: Contribution) {
    if (contribution.content.kind === 'position') return;
    setSelected(contribution.id);
    setMerging(merging === contribution.id ? null : contribution.id);
  }

  function closeMerge(contribution: Contribution) {
    setMerging(null);
    setFocusTarget({ id: contribution.id, button: 'merge' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (!canEdit) return;
    const action = shortcutOf(event, isTypingTarget(event.target as HTMLElement));
    if (!action) return;
    const contribution = pending.find((candidate) => candidate.id === current);
    event.preventDefault();
    if (action === 'next' || action === 'previous') {
      const moved = moveSelection(ids, current, action === 'next' ? 1 : -1);
      setSelected(moved);
      setFocusTarget({ id: moved, button: 'accept' });
      return;
    }
    if (!contribution) return;
    if (action === 'accept') void decide(contribution, { decision: 'accept' });
    else if (action === 'reject') void decide(contribution, { decision: 'reject' });
    else openMerge(contribution);
  }

  const buttonRef = (contributionId: string, kind: Kind) => (element: HTMLButtonElement | null) => {
    const key = `${contributionId}:${kind}`;
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="kv-meeting-queue" onKeyDown={onKeyDown}>
      <Heading level={4} id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('meetings.queue.title', { count: pending.length })}
      </Heading>
      {canEdit && (
        <div className="kv-meeting-shortcuts">
          <p id={`${id}-shortcuts`} className="kv-meeting-shortcuts-title">
            {t('meetings.queue.shortcuts')}
          </p>
          <ul aria-labelledby={`${id}-shortcuts`}>
            {QUEUE_SHORTCUTS.map(({ keys, action }) => (
              <li key={action}>
                {keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ` ${t('meetings.queue.or')} `}
                    <kbd>{key}</kbd>
                  </span>
                ))}{' '}
                {t(`meetings.queue.shortcut.${action}`)}
              </li>
            ))}
          </ul>
          <p className="kv-hint">{t('meetings.queue.shortcutsHint')}</p>
        </div>
      )}
      <p className="kv-status" role="status">
        {done}
      </p>
      {problem && (
        <p className="kv-alert" role="alert">
          {problem}
        </p>
      )}
      {pending.length === 0 ? (
        <Paragraph>{t('meetings.queue.empty')}</Paragraph>
      ) : (
        <ol className="kv-meeting-list" aria-labelledby={`${id}-heading`}>
          {pending.map((contribution) => {
            const said = words(contribution);
            const isBusy = busy === contribution.id;
            const canMerge = contribution.content.kind !== 'position';
            return (
              <li
                key={contribution.id}
                className={
                  contribution.id === current
                    ? 'kv-meeting-item kv-meeting-item--selected'
                    : 'kv-meeting-item'
                }
                onFocus={() => {
                  if (selected !== contribution.id) setSelected(contribution.id);
                }}
              >
                <p className="kv-meeting-words">{said}</p>
                <p className="kv-hint">
                  {senderWords(contribution, t)} · {formatDateTime(contribution.createdAt, i18n.language)}
                </p>
                {canEdit && (
                  <div className="kv-actions">
                    <Button
                      ref={buttonRef(contribution.id, 'accept')}
                      purpose="primary"
                      busy={isBusy}
                      disabled={isBusy}
                      aria-label={t('meetings.queue.acceptFor', { words: said })}
                      onClick={() => void decide(contribution, { decision: 'accept' })}
                    >
                      {t('meetings.queue.accept')}
                    </Button>
                    {canMerge && (
                      <Button
                        ref={buttonRef(contribution.id, 'merge')}
                        purpose="secondary"
                        disabled={isBusy}
                        aria-expanded={merging === contribution.id}
                        aria-label={t('meetings.queue.mergeFor', { words: said })}
                        onClick={() => openMerge(contribution)}
                      >
                        {t('meetings.queue.merge')}
                      </Button>
                    )}
                    <Button
                      ref={buttonRef(contribution.id, 'reject')}
                      purpose="subtle"
                      disabled={isBusy}
                      aria-label={t('meetings.queue.rejectFor', { words: said })}
                      onClick={() => void decide(contribution, { decision: 'reject' })}
                    >
                      {t('meetings.queue.reject')}
                    </Button>
                  </div>
                )}
                {canEdit && merging === contribution.id && (
                  <MergePicker
                    contribution={contribution}
                    words={said}
                    actors={actors}
                    relations={relations}
                    actorName={actorName}
                    busy={isBusy}
                    onMerge={(choice: MergeChoice, label) =>
                      void decide(contribution, { decision: 'merge', ...choice }, label)
                    }
                    onCancel={() => closeMerge(contribution)}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
