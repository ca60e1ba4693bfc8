/**
 * "Samenvoegen…": the contribution is something the map already has. For a missing speler the facilitator
 * picks the existing speler (same-name ones first, then what they type, at most 30); for a tie the existing
 * relatie between the same two spelers. A form of plain radio buttons, so Enter merges with the chosen one
 * and Escape goes back to the queue; its keys never reach the queue's shortcuts.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contribution, GraphActor, GraphRelation } from '../../../../domain/index.ts';
import {
  actorMergeCandidates,
  isSameName,
  MERGE_SHOWN,
  relationMergeCandidates,
} from '../../../state/meeting/facilitator-merge.ts';
import { actorNameIn } from '../../../state/meeting/facilitator-words.ts';
import { relationSentence } from '../relation-words.ts';

export type MergeChoice = { actorId: string } | { relationId: string };

interface MergePickerProps {
  contribution: Contribution;
  /** What it says, for the form's name. */
  words: string;
  actors: readonly GraphActor[];
  relations: readonly GraphRelation[];
  actorName(id: string): string | undefined;
  busy: boolean;
  /** `label` names what it was merged with, for the status message. */
  onMerge(choice: MergeChoice, label: string): void;
  onCancel(): void;
}

export function MergePicker(props: MergePickerProps) {
  const { t } = useTranslation();
  const { onCancel } = props;
  // Keys typed here are the picker's: Escape closes it, nothing reaches the queue's shortcuts.
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: it only keeps keys from the queue and closes on Escape.
    <div className="kv-meeting-merge" onKeyDown={onKeyDown}>
      {props.contribution.content.kind === 'actor' ? (
        <ActorMerge {...props} proposed={props.contribution.content} />
      ) : props.contribution.content.kind === 'tie' ? (
        <RelationMerge {...props} tie={props.contribution.content} />
      ) : (
        <p>{t('meetings.merge.notPossible')}</p>
      )}
    </div>
  );
}

function ActorMerge({
  words,
  actors,
  busy,
  onMerge,
  onCancel,
  proposed,
}: MergePickerProps & { proposed: { name: string; force: string } }) {
  const { t } = useTranslation();
  const id = useId();
  const search = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState('');
  const shown = useMemo(() => actorMergeCandidates(actors, proposed, typed), [actors, proposed, typed]);
  // The choice follows the search: the best match, unless the user chose another one that still shows.
  const value = shown.some((actor) => actor.id === chosen) ? chosen : (shown[0]?.id ?? '');

  useEffect(() => {
    search.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const actor = shown.find((candidate) => candidate.id === value);
    if (actor && !busy) onMerge({ actorId: actor.id }, actor.name);
  }

  return (
    <form className="kv-subform" onSubmit={submit} aria-label={t('meetings.merge.actorTitle', { words })}>
      <p className="kv-meeting-merge-title">{t('meetings.merge.actorIntro', { name: proposed.name })}</p>
      <div className="kv-field">
        <label htmlFor={`${id}-search`}>{t('meetings.merge.search')}</label>
        <input
          ref={search}
          id={`${id}-search`}
          type="search"
          className="utrecht-textbox"
          value={typed}
          placeholder={proposed.name}
          autoComplete="off"
          aria-describedby={`${id}-count`}
          onChange={(event) => setTyped(event.target.value)}
        />
        <span id={`${id}-count`} className="kv-hint" aria-live="polite">
          {shown.length === 0
            ? t('meetings.merge.none')
            : shown.length === MERGE_SHOWN
              ? t('meetings.merge.more', { count: MERGE_SHOWN })
              : t('meetings.merge.found', { count: shown.length })}
        </span>
      </div>
      {shown.length > 0 && (
        <fieldset className="kv-fieldset kv-meeting-merge-options">
          <legend>{t('meetings.merge.actorLegend')}</legend>
          {shown.map((actor) => (
            <label key={actor.id} className="kv-checkbox">
              <input
                type="radio"
                name={`${id}-actor`}
                value={actor.id}
                checked={actor.id === value}
                onChange={() => setChosen(actor.id)}
              />{' '}
              {actor.name} ({t(`force.${actor.force}`)})
              {isSameName(actor, proposed.name) && (
                <span className="kv-meeting-same">{t('meetings.merge.sameName')}</span>
              )}
            </label>
          ))}
        </fieldset>
      )}
      <div className="kv-actions">
        <Button purpose="primary" type="submit" disabled={busy || !value}>
          {t('meetings.merge.confirm')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}

function RelationMerge({
  contribution,
  words,
  relations,
  actorName,
  busy,
  onMerge,
  onCancel,
  tie,
}: MergePickerProps & { tie: Extract<Contribution['content'], { kind: 'tie' }> }) {
  const { t } = useTranslation();
  const id = useId();
  const first = useRef<HTMLInputElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const shown = useMemo(() => relationMergeCandidates(relations, tie), [relations, tie]);
  const [chosen, setChosen] = useState(shown[0]?.id ?? '');
  const value = shown.some((relation) => relation.id === chosen) ? chosen : (shown[0]?.id ?? '');
  const nameOf = (actorId: string) => actorNameIn(contribution, actorId, { t, actorName });
  const sentence = (relation: GraphRelation) =>
    t('meetings.merge.relationOption', {
      relation: relationSentence(t, nameOf, relation),
      strength: relation.strength,
    });

  useEffect(() => {
    (first.current ?? cancel.current)?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const relation = shown.find((candidate) => candidate.id === value);
    if (relation && !busy) onMerge({ relationId: relation.id }, relationSentence(t, nameOf, relation));
  }

  const ends = { source: nameOf(tie.sourceId), target: nameOf(tie.targetId) };
  return (
    <form className="kv-subform" onSubmit={submit} aria-label={t('meetings.merge.relationTitle', { words })}>
      {shown.length === 0 ? (
        <p className="kv-meeting-merge-title">{t('meetings.merge.noRelation', ends)}</p>
      ) : (
        <fieldset className="kv-fieldset kv-meeting-merge-options">
          <legend>{t('meetings.merge.relationLegend', ends)}</legend>
          {shown.map((relation, index) => (
            <label key={relation.id} className="kv-checkbox">
              <input
                ref={index === 0 ? first : undefined}
                type="radio"
                name={`${id}-relation`}
                value={relation.id}
                checked={relation.id === value}
                onChange={() => setChosen(relation.id)}
              />{' '}
              {sentence(relation)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="kv-actions">
        {shown.length > 0 && (
          <Button purpose="primary" type="submit" disabled={busy}>
            {t('meetings.merge.confirm')}
          </Button>
        )}
        <Button ref={cancel} purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
