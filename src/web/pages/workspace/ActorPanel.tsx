/**
 * The speler panel: the whole profile (the four dimensions plus rol and belangen), its lists and its
 * relaties; edit in place with the API's messages beside each field; add a relatie by picking the other
 * speler. A 409 keeps the user's edits on screen and offers to load the newest version; leaving the page
 * with unsaved edits asks first. A lezer sees the same panel without the buttons and forms that change
 * it. "Geschiedenis" opens this speler's own history.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { Actor, WorkspaceGraph } from '../../../domain/index.ts';
import { ApiProblem, call } from '../../api/client.ts';
import { ActorFields } from '../../components/ActorFields.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { DuplicateNameCheck } from '../../components/DuplicateNameCheck.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { workspacePath } from '../../router.ts';
import { type ActorFormValues, formValuesOf, isDirty, payloadOf } from '../../state/actor-form.ts';
import { sameName } from '../../state/actor-search.ts';
import { fieldErrors } from '../../state/problem-errors.ts';
import { ActorProfile } from './ActorProfile.tsx';
import { ActorRelations } from './ActorRelations.tsx';
import { HistoryList } from './history/HistoryList.tsx';
import { useUnsavedEdits } from './use-unsaved-edits.ts';

const NO_MEMBERS: ReadonlyMap<string, string> = new Map();

interface ActorPanelProps {
  data: WorkspaceGraph;
  actorId: string;
  /** Redacteur or eigenaar: may edit and delete the speler and its relaties. */
  canEdit: boolean;
  onChanged(): void;
  onClose(): void;
  onDeleted(name: string): void;
  /** Tells the page whether there are unsaved edits, so it can ask before switching away. */
  onDirtyChange(dirty: boolean): void;
  /** Opens one of the speler's relaties in its own panel. */
  onOpenRelation?(relationId: string): void;
}

export function ActorPanel({
  data,
  actorId,
  canEdit,
  onChanged,
  onClose,
  onDeleted,
  onDirtyChange,
  onOpenRelation,
}: ActorPanelProps) {
  const { t } = useTranslation();
  const workspaceId = data.workspace.id;
  const [actor, setActor] = useState<Actor | null>(null);
  const [values, setValues] = useState<ActorFormValues | null>(null);
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [duplicateConfirmed, setDuplicateConfirmed] = useState(false);
  const actorNames = useMemo(() => new Map(data.actors.map((a) => [a.id, a.name])), [data]);

  const load = useCallback(async () => {
    const fresh = await call(contract.actors.getActor, { params: { workspaceId, actorId } });
    setActor(fresh);
    setValues(formValuesOf(fresh));
    setErrors({});
    setConflict(false);
  }, [workspaceId, actorId]);

  useEffect(() => {
    setEditing(false);
    setStatus('');
    void load().catch((error: Error) => setErrors({ form: error.message }));
  }, [load]);

  const dirty = Boolean(editing && actor && values && isDirty(values, formValuesOf(actor)));
  useUnsavedEdits(dirty, onDirtyChange);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!actor || !values) return;
    // Asked only when the name changes into one another speler has: a shared name that was already there
    // (an import, a colleague) is not this edit's doing.
    const renamedToDuplicate =
      values.name !== actor.name && sameName(data.actors, values.name, actor.id).length > 0;
    if (renamedToDuplicate && !duplicateConfirmed) {
      setErrors({ duplicate: t('duplicateName.required') });
      return;
    }
    try {
      const saved = await call(contract.actors.updateActor, {
        params: { workspaceId, actorId: actor.id },
        body: { version: actor.version, ...payloadOf(values) },
      });
      setActor(saved);
      setValues(formValuesOf(saved));
      setErrors({});
      setEditing(false);
      setStatus(t('panel.saved'));
      onChanged();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) setConflict(true);
      else setErrors(fieldErrors(error, t('errors.generic')));
    }
  }

  async function remove() {
    if (!actor) return;
    await call(contract.actors.deleteActor, { params: { workspaceId, actorId: actor.id } });
    setConfirmDelete(false);
    onDeleted(actor.name);
  }

  if (!actor || !values) {
    return (
      <section className="kv-panel" aria-label={t('panel.profile')}>
        <Paragraph>{errors.form ?? t('app.loading')}</Paragraph>
      </section>
    );
  }
  const duplicates = sameName(data.actors, values.name, actor.id);
  const relationCount = data.relations.filter((r) => r.source === actor.id || r.target === actor.id).length;

  return (
    <section className="kv-panel" aria-labelledby="actor-panel-title">
      <div className="kv-panel-header">
        <Heading level={2} id="actor-panel-title">
          {actor.name}
        </Heading>
        <Button purpose="subtle" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
      <p className="kv-muted">
        {t(`force.${actor.force}`)} · {t(`kind.${actor.kind}`)}
        {actor.scale ? ` · ${t(`scale.${actor.scale}`)}` : ''}
      </p>
      <p className="kv-status" role="status">
        {status}
      </p>
      {editing && canEdit ? (
        <form onSubmit={(event) => void save(event)} noValidate>
          {conflict && (
            <div className="kv-alert" role="alert">
              <Paragraph>{t('panel.conflict')}</Paragraph>
              <Button purpose="secondary" type="button" onClick={() => void load()}>
                {t('panel.reload')}
              </Button>
            </div>
          )}
          <ActorFields idPrefix="edit-actor" values={values} errors={errors} onChange={setValues} full />
          {values.name !== actor.name && (
            <DuplicateNameCheck
              idPrefix="edit-actor"
              matches={duplicates}
              hrefOf={(id) => workspacePath(workspaceId, { kind: 'actor', actorId: id })}
              confirmed={duplicateConfirmed}
              onConfirm={setDuplicateConfirmed}
              error={errors.duplicate}
            />
          )}
          <FieldError id="edit-actor-form-error" message={errors.form} />
          {dirty && <p className="kv-hint">{t('panel.unsaved')}</p>}
          <div className="kv-actions">
            <Button purpose="primary" type="submit">
              {t('panel.save')}
            </Button>
            <Button
              purpose="secondary"
              type="button"
              onClick={() => {
                setValues(formValuesOf(actor));
                setErrors({});
                setConflict(false);
                setEditing(false);
              }}
            >
              {t('panel.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <ActorProfile actor={actor} />
          {canEdit && (
            <div className="kv-actions">
              <Button purpose="primary" onClick={() => setEditing(true)}>
                {t('panel.edit')}
              </Button>
              <Button purpose="subtle" hint="negative" onClick={() => setConfirmDelete(true)}>
                {t('panel.delete')}
              </Button>
            </div>
          )}
        </>
      )}
      <ActorRelations
        data={data}
        actor={actor}
        canEdit={canEdit}
        onChanged={onChanged}
        onOpenRelation={onOpenRelation}
      />
      <div className="kv-actor-history">
        <Button
          purpose="subtle"
          aria-expanded={showHistory}
          aria-controls="actor-history"
          onClick={() => setShowHistory((shown) => !shown)}
        >
          {t('history.actorToggle')}
        </Button>
        <div id="actor-history" hidden={!showHistory}>
          {showHistory && (
            <>
              <Heading level={3}>{t('history.actorTitle')}</Heading>
              <HistoryList
                workspaceId={workspaceId}
                actorId={actor.id}
                actorNames={actorNames}
                memberNames={NO_MEMBERS}
                canRestore={false}
                emptyText={t('history.actorEmpty')}
                pagerLabel={t('history.actorPages')}
              />
            </>
          )}
        </div>
      </div>
      {confirmDelete && (
        <ConfirmDialog
          title={t('panel.delete')}
          message={t('panel.confirmDelete', { name: actor.name, count: relationCount })}
          confirmLabel={t('panel.delete')}
          cancelLabel={t('panel.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
    </section>
  );
}
