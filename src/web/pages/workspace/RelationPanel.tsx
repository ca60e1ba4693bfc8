/**
 * The relatie panel: one relatie whole — from → to by name, kind, strength, period, description and
 * sources, whether both spelers or only one named it in an uitvraag, then what each perspective says about it — and, for a redacteur or eigenaar, the form that edits all of it and the delete
 * that asks first. Like the speler panel: the API's messages show beside each field, a 409 keeps the edits
 * and offers the newest version, and leaving with unsaved edits asks first. After a delete the shell shows
 * its status with "Ongedaan maken" (`undoRelationDelete`).
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { Relation, WorkspaceGraph } from '../../../domain/index.ts';
import { ApiProblem, call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { RelationTypeSelect } from '../../components/RelationTypeSelect.tsx';
import { TextField } from '../../components/TextField.tsx';
import { dutchCollator } from '../../state/collator.ts';
import { nameSuggestions } from '../../state/name-suggestions.ts';
import { fieldErrors, problemText } from '../../state/problem-errors.ts';
import {
  isRelationFormDirty,
  type RelationFormValues,
  relationFormValuesOf,
  relationPayloadOf,
  resolveEnd,
} from '../../state/relation-form.ts';
import { RelationAssessments } from './assessments/RelationAssessments.tsx';
import { reportedSentence } from './relation-reported.ts';
import { periodText, relationSentence } from './relation-words.ts';
import { useUnsavedEdits } from './use-unsaved-edits.ts';

export { undoRelationDelete } from './relation-undo.ts';

export interface RelationPanelProps {
  workspaceId: string;
  data: WorkspaceGraph;
  relationId: string;
  /** Redacteur or eigenaar: may edit and delete the relatie. */
  canEdit: boolean;
  /** After a save: the shell reloads the map. */
  onChanged(): void;
  onClose(): void;
  /** After a confirmed delete, with the relatie as it was (for the undo and the status message). */
  onDeleted(relation: Relation): void;
  onOpenActor(actorId: string): void;
  /** Tells the shell whether there are unsaved edits, so it can ask before switching away. */
  onDirtyChange?(dirty: boolean): void;
}

/** Where a server problem about an end shows: beside the name the user typed. */
const FIELD_OF_PARAM: Record<string, string> = { sourceId: 'sourceName', targetId: 'targetName' };

export function RelationPanel({
  workspaceId,
  data,
  relationId,
  canEdit,
  onChanged,
  onClose,
  onDeleted,
  onOpenActor,
  onDirtyChange,
}: RelationPanelProps) {
  const { t, i18n } = useTranslation();
  const [relation, setRelation] = useState<Relation | null>(null);
  const [values, setValues] = useState<RelationFormValues | null>(null);
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const names = useMemo(() => new Map(data.actors.map((a) => [a.id, a.name])), [data]);
  const nameOf = useCallback((id: string) => names.get(id), [names]);

  const load = useCallback(async () => {
    const fresh = await call(contract.relations.getRelation, { params: { workspaceId, relationId } });
    setRelation(fresh);
    setValues(relationFormValuesOf(fresh, nameOf));
    setErrors({});
    setConflict(false);
  }, [workspaceId, relationId, nameOf]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per relatie, not when a name on the map changes under an open form.
  useEffect(() => {
    setEditing(false);
    setStatus('');
    void load().catch((error: Error) => setErrors({ form: error.message }));
  }, [workspaceId, relationId]);

  const dirty = Boolean(
    editing && relation && values && isRelationFormDirty(values, relationFormValuesOf(relation, nameOf)),
  );
  // An assessment being written counts as unsaved edits of the panel too.
  const [assessmentDirty, setAssessmentDirty] = useState(false);
  useUnsavedEdits(dirty || assessmentDirty, onDirtyChange);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!relation || !values) return;
    const ends = {
      sourceName: resolveEnd(
        values.sourceName,
        { id: relation.sourceId, name: nameOf(relation.sourceId) ?? '' },
        data.actors,
      ),
      targetName: resolveEnd(
        values.targetName,
        { id: relation.targetId, name: nameOf(relation.targetId) ?? '' },
        data.actors,
      ),
    };
    const endErrors: Record<string, string> = {};
    for (const [field, end] of Object.entries(ends)) {
      if ('problem' in end)
        endErrors[field] =
          end.problem === 'unknown'
            ? t('relationPanel.endUnknown')
            : t('relationPanel.endAmbiguous', { count: end.count });
    }
    if (Object.keys(endErrors).length > 0 || !('id' in ends.sourceName) || !('id' in ends.targetName)) {
      setErrors(endErrors);
      return;
    }
    const sourceId = ends.sourceName.id;
    const targetId = ends.targetName.id;
    try {
      const saved = await call(contract.relations.updateRelation, {
        params: { workspaceId, relationId: relation.id },
        body: {
          version: relation.version,
          ...relationPayloadOf(values),
          // Only a changed end is sent, so an unchanged one is not checked again.
          ...(sourceId !== relation.sourceId ? { sourceId } : {}),
          ...(targetId !== relation.targetId ? { targetId } : {}),
        },
      });
      setRelation(saved);
      setValues(relationFormValuesOf(saved, nameOf));
      setErrors({});
      setEditing(false);
      setStatus(t('relationPanel.saved'));
      onChanged();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        setConflict(true);
        return;
      }
      const next = fieldErrors(error, t('errors.generic'));
      setErrors(
        Object.fromEntries(
          Object.entries(next).map(([key, message]) => [FIELD_OF_PARAM[key] ?? key, message]),
        ),
      );
    }
  }

  async function remove() {
    if (!relation) return;
    try {
      await call(contract.relations.deleteRelation, { params: { workspaceId, relationId: relation.id } });
      setConfirmDelete(false);
      onDirtyChange?.(false);
      onDeleted(relation);
    } catch (error) {
      setConfirmDelete(false);
      setStatus(problemText(error, t('errors.generic')));
    }
  }

  if (!relation || !values) {
    return (
      <section className="kv-panel" aria-label={t('relationPanel.title')}>
        <Paragraph>{errors.form ?? t('app.loading')}</Paragraph>
      </section>
    );
  }
  const ends = { source: relation.sourceId, target: relation.targetId, type: relation.type };
  const sentence = relationSentence(t, nameOf, ends);
  // Who named it in an uitvraag comes with the map (`reportedBy`), not with the relatie itself.
  const onMap = data.relations.find((r) => r.id === relation.id);
  const reported = onMap ? reportedSentence(t, onMap, nameOf) : null;

  return (
    <section className="kv-panel kv-relation-panel" aria-labelledby="relation-panel-title">
      <div className="kv-panel-header">
        <Heading level={2} id="relation-panel-title">
          <span className="kv-muted kv-overline">{t('relationPanel.title')}</span> {sentence}
        </Heading>
        <Button purpose="subtle" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
      <p className="kv-status" role="status">
        {status}
      </p>
      {editing && canEdit ? (
        <RelationForm
          values={values}
          errors={errors}
          conflict={conflict}
          dirty={dirty}
          actorNames={data.actors}
          onChange={setValues}
          onSubmit={(event) => void save(event)}
          onReload={() => void load()}
          onCancel={() => {
            setValues(relationFormValuesOf(relation, nameOf));
            setErrors({});
            setConflict(false);
            setEditing(false);
          }}
        />
      ) : (
        <>
          <dl className="kv-profile">
            <div>
              <dt>{t('relationPanel.from')}</dt>
              <dd>
                <EndButton name={nameOf(relation.sourceId)} onOpen={() => onOpenActor(relation.sourceId)} />
              </dd>
            </div>
            <div>
              <dt>{t('relationPanel.type')}</dt>
              <dd>{t(`relationType.${relation.type}`)}</dd>
            </div>
            <div>
              <dt>{t('relationPanel.to')}</dt>
              <dd>
                <EndButton name={nameOf(relation.targetId)} onOpen={() => onOpenActor(relation.targetId)} />
              </dd>
            </div>
            <div>
              <dt>{t('relationPanel.strength')}</dt>
              <dd>{relation.strength}</dd>
            </div>
            <div>
              <dt>{t('relationPanel.period')}</dt>
              <dd>
                {periodText(t, i18n.language, relation.validFrom, relation.validTo) ??
                  t('relationPanel.always')}
              </dd>
            </div>
            <Detail
              label={t('relationPanel.description')}
              text={relation.description}
              empty={t('relationPanel.notFilled')}
            />
            <Detail
              label={t('relationPanel.sources')}
              text={relation.sources.join('\n')}
              empty={t('relationPanel.notFilled')}
            />
          </dl>
          {reported && (
            <Paragraph className="kv-hint" data-testid="relation-reported">
              {reported}
            </Paragraph>
          )}
          {canEdit && (
            <div className="kv-actions">
              <Button purpose="primary" onClick={() => setEditing(true)}>
                {t('relationPanel.edit')}
              </Button>
              <Button purpose="subtle" hint="negative" onClick={() => setConfirmDelete(true)}>
                {t('relationPanel.delete')}
              </Button>
            </div>
          )}
          <RelationAssessments
            workspaceId={workspaceId}
            relation={relation}
            canEdit={canEdit}
            onDirtyChange={setAssessmentDirty}
          />
        </>
      )}
      {confirmDelete && (
        <ConfirmDialog
          title={t('relationPanel.delete')}
          message={t('relationPanel.confirmDelete', { relation: sentence })}
          confirmLabel={t('relationPanel.delete')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
    </section>
  );
}

function EndButton({ name, onOpen }: { name: string | undefined; onOpen(): void }) {
  const { t } = useTranslation();
  if (name === undefined) return <span className="kv-muted">{t('history.unknownActor')}</span>;
  return (
    <button type="button" className="kv-link-button" onClick={onOpen}>
      {name}
    </button>
  );
}

function Detail({ label, text, empty }: { label: string; text: string; empty: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className={text ? 'kv-prewrap' : 'kv-muted'}>{text || empty}</dd>
    </div>
  );
}

interface RelationFormProps {
  values: RelationFormValues;
  errors: Record<string, string>;
  conflict: boolean;
  dirty: boolean;
  actorNames: readonly { name: string }[];
  onChange(values: RelationFormValues): void;
  onSubmit(event: FormEvent): void;
  onReload(): void;
  onCancel(): void;
}

function RelationForm({
  values,
  errors,
  conflict,
  dirty,
  actorNames,
  onChange,
  onSubmit,
  onReload,
  onCancel,
}: RelationFormProps) {
  const { t } = useTranslation();
  const sorted = useMemo(
    () => actorNames.map((a) => a.name).sort((a, b) => dutchCollator.compare(a, b)),
    [actorNames],
  );
  const set =
    <K extends keyof RelationFormValues>(key: K) =>
    (value: RelationFormValues[K]) =>
      onChange({ ...values, [key]: value });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="relation-panel-title">
      {conflict && (
        <div className="kv-alert" role="alert">
          <Paragraph>{t('relationPanel.conflict')}</Paragraph>
          <Button purpose="secondary" type="button" onClick={onReload}>
            {t('panel.reload')}
          </Button>
        </div>
      )}
      {(['sourceName', 'targetName'] as const).map((field) => (
        <TextField
          key={field}
          id={`edit-relation-${field}`}
          label={t(field === 'sourceName' ? 'relationPanel.from' : 'relationPanel.to')}
          hint={t('relationPanel.endHint')}
          value={values[field]}
          onChange={set(field)}
          error={errors[field]}
          list={`edit-relation-${field}-options`}
        >
          <datalist id={`edit-relation-${field}-options`}>
            {nameSuggestions(sorted, values[field]).map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </TextField>
      ))}
      <RelationTypeSelect
        id="edit-relation-type"
        label={t('relationPanel.type')}
        value={values.type}
        onChange={set('type')}
      />
      <div className="kv-field">
        <label htmlFor="edit-relation-strength">{t('relationPanel.strength')}</label>
        <input
          id="edit-relation-strength"
          type="number"
          min={1}
          max={5}
          className="utrecht-textbox"
          value={values.strength}
          aria-invalid={Boolean(errors.strength)}
          aria-describedby={errors.strength ? 'edit-relation-strength-error' : undefined}
          onChange={(event) => set('strength')(event.target.value)}
        />
        <FieldError id="edit-relation-strength-error" message={errors.strength} />
      </div>
      <fieldset className="kv-fieldset">
        <legend>{t('relationPanel.period')}</legend>
        <TextField
          id="edit-relation-validFrom"
          type="date"
          label={t('relationPanel.validFrom')}
          hint={t('relationPanel.dateHint')}
          value={values.validFrom}
          onChange={set('validFrom')}
          error={errors.validFrom}
        />
        <TextField
          id="edit-relation-validTo"
          type="date"
          label={t('relationPanel.validTo')}
          value={values.validTo}
          onChange={set('validTo')}
          error={errors.validTo}
        />
      </fieldset>
      <TextField
        id="edit-relation-description"
        label={t('relationPanel.description')}
        value={values.description}
        onChange={set('description')}
        error={errors.description}
        multiline
      />
      <TextField
        id="edit-relation-sources"
        label={t('relationPanel.sources')}
        hint={t('relationPanel.sourcesHint')}
        value={values.sources}
        onChange={set('sources')}
        error={errors.sources}
        multiline
      />
      <FieldError id="edit-relation-form-error" message={errors.form} />
      {dirty && <p className="kv-hint">{t('panel.unsaved')}</p>}
      <div className="kv-actions">
        <Button purpose="primary" type="submit">
          {t('panel.save')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
