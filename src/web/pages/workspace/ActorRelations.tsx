/**
 * A speler's relaties, readable as sentences ("Gemeente financiert Buurtkamer") that open the relatie, and —
 * for a redacteur or eigenaar — the buttons to delete one and the form to add one. A delete asks first and
 * can be undone from the message that follows, since a relatie carries a description and sources that are
 * work to type again.
 */

import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { Actor, GraphRelation, RelationType, WorkspaceGraph } from '../../../domain/index.ts';
import { call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { RelationTypeSelect } from '../../components/RelationTypeSelect.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useAnnouncedStatus } from '../../components/use-announced-status.ts';
import { dutchCollator } from '../../state/collator.ts';
import { nameSuggestions } from '../../state/name-suggestions.ts';
import { fieldErrors, problemText } from '../../state/problem-errors.ts';
import { undoRelationDelete } from './relation-undo.ts';
import { relationSentence } from './relation-words.ts';

interface ActorRelationsProps {
  data: WorkspaceGraph;
  actor: Pick<Actor, 'id'>;
  canEdit: boolean;
  onChanged(): void;
  /** Opens a relatie (its own panel); without it the sentences are plain text. */
  onOpenRelation?(relationId: string): void;
}

/** What the message under the list says, and the relatie an "Ongedaan maken" would bring back. */
interface DeleteStatus {
  message: string;
  undo?: { relationId: string; sentence: string };
}

export function ActorRelations({ data, actor, canEdit, onChanged, onOpenRelation }: ActorRelationsProps) {
  const { t } = useTranslation();
  const names = useMemo(() => new Map(data.actors.map((a) => [a.id, a.name])), [data]);
  const mine = data.relations.filter((r) => r.source === actor.id || r.target === actor.id);
  const sentenceOf = (relation: GraphRelation) => relationSentence(t, (id) => names.get(id), relation);
  const [confirming, setConfirming] = useState<GraphRelation | null>(null);
  const { status, setStatus, announce, ref: statusRef } = useAnnouncedStatus<DeleteStatus | null>(null);

  async function remove(relation: GraphRelation) {
    setConfirming(null);
    const sentence = sentenceOf(relation);
    try {
      await call(contract.relations.deleteRelation, {
        params: { workspaceId: data.workspace.id, relationId: relation.id },
      });
      announce({
        message: t('relationPanel.deleted', { relation: sentence }),
        undo: { relationId: relation.id, sentence },
      });
      onChanged();
    } catch (error) {
      setStatus({ message: problemText(error, t('errors.generic')) });
    }
  }

  async function undo({ relationId, sentence }: NonNullable<DeleteStatus['undo']>) {
    try {
      await undoRelationDelete(data.workspace.id, relationId);
      announce({ message: t('relationPanel.undone', { relation: sentence }) });
      onChanged();
    } catch (error) {
      announce({ message: problemText(error, t('errors.generic')) });
    }
  }

  return (
    <div className="kv-relations">
      <Heading level={3}>{t('panel.relations')}</Heading>
      {mine.length === 0 ? (
        <Paragraph>{t('panel.noRelations')}</Paragraph>
      ) : (
        <ul>
          {mine.map((relation) => (
            <li key={relation.id}>
              {onOpenRelation ? (
                <button
                  type="button"
                  className="kv-link-button"
                  aria-label={t('relationPanel.open', { relation: sentenceOf(relation) })}
                  onClick={() => onOpenRelation(relation.id)}
                >
                  {sentenceOf(relation)}
                </button>
              ) : (
                <>
                  {names.get(relation.source)} <strong>{t(`relationType.${relation.type}`)}</strong>{' '}
                  {names.get(relation.target)}
                </>
              )}{' '}
              <span className="kv-muted">({relation.strength}/5)</span>
              {canEdit && ' '}
              {canEdit && (
                <button
                  type="button"
                  className="kv-link-button"
                  aria-label={`${t('panel.deleteRelation')}: ${sentenceOf(relation)}`}
                  onClick={() => setConfirming(relation)}
                >
                  {t('panel.deleteRelation')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="kv-undo-status">
        <p className="kv-status" role="status" tabIndex={-1} ref={statusRef}>
          {status?.message}
        </p>
        {status?.undo && canEdit && (
          <Button purpose="secondary" onClick={() => status.undo && void undo(status.undo)}>
            {t('relationPanel.undo')}
          </Button>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title={t('relationPanel.delete')}
          message={t('relationPanel.confirmDelete', { relation: sentenceOf(confirming) })}
          confirmLabel={t('relationPanel.delete')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void remove(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {canEdit && <AddRelationForm data={data} actor={actor} onAdded={onChanged} />}
    </div>
  );
}

function AddRelationForm({
  data,
  actor,
  onAdded,
}: {
  data: WorkspaceGraph;
  actor: Pick<Actor, 'id'>;
  onAdded(): void;
}) {
  const { t } = useTranslation();
  const [other, setOther] = useState('');
  const [outgoing, setOutgoing] = useState(true);
  const [type, setType] = useState<RelationType>('werkt_samen');
  const [strength, setStrength] = useState(3);
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const byName = useMemo(() => new Map(data.actors.map((a) => [a.name.toLowerCase(), a.id])), [data]);
  const names = useMemo(
    () =>
      data.actors
        .filter((a) => a.id !== actor.id)
        .map((a) => a.name)
        .sort((a, b) => dutchCollator.compare(a, b)),
    [data, actor.id],
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const otherId = byName.get(other.trim().toLowerCase());
    if (!otherId) {
      setErrors({ other: t('panel.otherActorUnknown') });
      return;
    }
    const [sourceId, targetId] = outgoing ? [actor.id, otherId] : [otherId, actor.id];
    try {
      await call(contract.relations.createRelation, {
        params: { workspaceId: data.workspace.id },
        body: { sourceId, targetId, type, strength, description },
      });
      setOther('');
      setDescription('');
      setErrors({});
      setStatus(t('panel.relationAdded'));
      onAdded();
    } catch (error) {
      const next = fieldErrors(error, t('errors.generic'));
      // Both ends are "the other speler" from the user's point of view.
      if (next.sourceId || next.targetId) next.other = next.targetId ?? next.sourceId ?? '';
      setErrors(next);
    }
  }

  return (
    <form
      className="kv-subform"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="add-relation-title"
    >
      <Heading level={3} id="add-relation-title">
        {t('panel.addRelation')}
      </Heading>
      <p className="kv-status" role="status">
        {status}
      </p>
      <TextField
        id="relation-other"
        label={t('panel.otherActor')}
        hint={t('panel.otherActorHint')}
        value={other}
        onChange={setOther}
        error={errors.other}
        list="relation-other-options"
      >
        <datalist id="relation-other-options">
          {nameSuggestions(names, other).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </TextField>
      <fieldset className="kv-fieldset">
        <legend>{t('panel.direction')}</legend>
        <label className="kv-checkbox">
          <input type="radio" name="direction" checked={outgoing} onChange={() => setOutgoing(true)} />{' '}
          {t('panel.outgoing')}
        </label>
        <label className="kv-checkbox">
          <input type="radio" name="direction" checked={!outgoing} onChange={() => setOutgoing(false)} />{' '}
          {t('panel.incoming')}
        </label>
      </fieldset>
      <RelationTypeSelect id="relation-type" label={t('panel.type')} value={type} onChange={setType} />
      <div className="kv-field">
        <label htmlFor="relation-strength">{t('panel.strength')}</label>
        <input
          id="relation-strength"
          type="number"
          min={1}
          max={5}
          className="utrecht-textbox"
          value={strength}
          aria-invalid={Boolean(errors.strength)}
          aria-describedby={errors.strength ? 'relation-strength-error' : undefined}
          onChange={(e) => setStrength(Number(e.target.value))}
        />
        <FieldError id="relation-strength-error" message={errors.strength} />
      </div>
      <TextField
        id="relation-description"
        label={t('panel.description')}
        value={description}
        onChange={setDescription}
        error={errors.description}
        multiline
      />
      <FieldError id="relation-form-error" message={errors.form} />
      <Button purpose="primary" type="submit">
        {t('panel.addRelation')}
      </Button>
    </form>
  );
}
