/**
 * Adding or changing what one perspective says about a relatie: the perspective (when adding), whether the
 * tie exists, sterkte, vertrouwen and waarde (each a fieldset whose options say what the number means),
 * a note and a source. The heading takes the focus when the form opens. When someone else got there first —
 * the perspective already has an assessment (409 `assessment_exists`) or a newer version exists — the form
 * shows what is stored now, keeps what the user typed, and offers to save it over that one instead.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import type { Assessment, Perspective } from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { fieldErrors } from '../../../state/problem-errors.ts';
import {
  type AssessmentValues,
  isAssessmentDirty,
  NEW_ASSESSMENT,
  payloadOf,
  type Scale,
  scoresOf,
  valuesOf,
} from './assessment-values.ts';
import { ClaimText } from './ClaimText.tsx';

interface AssessmentFormProps {
  workspaceId: string;
  relationId: string;
  /** The assessment to change; null adds one. */
  assessment: Assessment | null;
  /** When adding: the perspectives without an assessment of this relatie. */
  choices: readonly Perspective[];
  perspectiveName(perspectiveId: string): string;
  memberName(userId: string): string | undefined;
  /** After a save, with what is stored now and whether it was new. */
  onSaved(saved: Assessment, created: boolean): Promise<void> | void;
  /** After a refusal that changed what is stored (someone else's write): read the list again. */
  onStale(): void;
  onCancel(): void;
  /** Whether the form holds unsaved input; false again when it closes. */
  onDirtyChange?(dirty: boolean): void;
}

/** Someone else's write got in between: what is stored now, or nothing (it was removed). */
type Conflict = { kind: 'exists' | 'version'; current: Assessment } | { kind: 'gone' };

export function AssessmentForm({
  workspaceId,
  relationId,
  assessment,
  choices,
  perspectiveName,
  memberName,
  onSaved,
  onStale,
  onCancel,
  onDirtyChange,
}: AssessmentFormProps) {
  const { t } = useTranslation();
  const id = useId();
  // What a save changes: the assessment the form started from, or the one a conflict showed instead.
  const [target, setTarget] = useState<Assessment | null>(assessment);
  const [perspectiveId, setPerspectiveId] = useState(assessment?.perspectiveId ?? '');
  const [values, setValues] = useState<AssessmentValues>(assessment ? valuesOf(assessment) : NEW_ASSESSMENT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);

  const dirty =
    perspectiveId !== (assessment?.perspectiveId ?? '') ||
    isAssessmentDirty(values, assessment ? valuesOf(assessment) : NEW_ASSESSMENT);
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);

  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (conflict) alert.current?.focus();
  }, [conflict]);

  const name = perspectiveId ? perspectiveName(perspectiveId) : '';
  const title = target ? t('assessments.editTitle', { name }) : t('assessments.addTitle');

  /** What the perspective's assessment is now, read again after a refusal. */
  async function currentOf(chosen: string): Promise<Assessment | undefined> {
    const fresh = await call(contract.assessments.listAssessments, { params: { workspaceId, relationId } });
    return fresh.items.find((item) => item.perspectiveId === chosen);
  }

  async function save(over: Assessment | null) {
    if (!over && !perspectiveId) {
      setErrors({ perspectiveId: t('assessments.choosePerspective') });
      return;
    }
    setBusy(true);
    try {
      const body = payloadOf(values);
      const saved = over
        ? await call(contract.assessments.updateAssessment, {
            params: { workspaceId, relationId, assessmentId: over.id },
            body: { version: over.version, ...body },
          })
        : await call(contract.assessments.createAssessment, {
            params: { workspaceId, relationId },
            body: { perspectiveId, ...body },
          });
      setErrors({});
      await onSaved(saved, !over);
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 409 || error.status === 404)) {
        const refused = await refusal(error, over).catch(() => null);
        if (refused) {
          setErrors({});
          setConflict(refused);
          setTarget(refused.kind === 'gone' ? null : refused.current);
          // Not when it was removed: the list would drop its line, and this form with it.
          if (refused.kind !== 'gone') onStale();
          return;
        }
      }
      setErrors(fieldErrors(error, t('errors.generic')));
    } finally {
      setBusy(false);
    }
  }

  /** A 409 or 404 that someone else's write explains, as what the form offers next; null for other refusals. */
  async function refusal(error: ApiProblem, over: Assessment | null): Promise<Conflict | null> {
    const exists = error.reason === 'assessment_exists';
    const stale = over !== null && (error.status === 404 || !error.reason);
    if (!exists && !stale) return null;
    const current = await currentOf(perspectiveId);
    if (current) return { kind: exists ? 'exists' : 'version', current };
    return over ? { kind: 'gone' } : null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(target);
  }

  function takeCurrent(current: Assessment) {
    setValues(valuesOf(current));
    setConflict(null);
    heading.current?.focus();
  }

  const scale = (field: Scale) => (
    <fieldset
      key={field}
      className="kv-fieldset kv-assessment-scale"
      aria-describedby={errors[field] ? `${id}-${field}-error` : `${id}-scale-hint`}
    >
      <legend>{t(`assessments.scaleLegend.${field}`)}</legend>
      {scoresOf(field).map((score) => (
        <label key={score} className="kv-checkbox">
          <input
            type="radio"
            name={`${id}-${field}`}
            checked={values[field] === score}
            onChange={() => setValues({ ...values, [field]: score })}
          />{' '}
          {t('assessments.scoreOption', { score, meaning: t(`assessments.meaning.${field}.${score}`) })}
        </label>
      ))}
      <label className="kv-checkbox">
        <input
          type="radio"
          name={`${id}-${field}`}
          checked={values[field] === null}
          onChange={() => setValues({ ...values, [field]: null })}
        />{' '}
        {t('assessments.notSaid')}
      </label>
      <FieldError id={`${id}-${field}-error`} message={errors[field]} />
    </fieldset>
  );

  return (
    <form
      className="kv-subform kv-assessment-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
    >
      <Heading level={4} id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {conflict && (
        <div className="kv-alert" role="alert" tabIndex={-1} ref={alert}>
          {conflict.kind === 'gone' ? (
            <Paragraph>{t('assessments.gone', { name })}</Paragraph>
          ) : (
            <>
              <Paragraph>
                {t(conflict.kind === 'exists' ? 'assessments.exists' : 'assessments.changedMeanwhile', {
                  name,
                })}
              </Paragraph>
              <ClaimText assessment={conflict.current} memberName={memberName} />
              <Paragraph>{t('assessments.keptInput')}</Paragraph>
              <div className="kv-actions">
                <Button
                  purpose="primary"
                  type="button"
                  disabled={busy}
                  onClick={() => void save(conflict.current)}
                >
                  {t('assessments.useMine')}
                </Button>
                <Button purpose="secondary" type="button" onClick={() => takeCurrent(conflict.current)}>
                  {t('assessments.takeCurrent')}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
      {!target && conflict?.kind !== 'gone' && (
        <div className="kv-field">
          <label htmlFor={`${id}-perspective`}>{t('assessments.perspective')}</label>
          <span id={`${id}-perspective-hint`} className="kv-hint">
            {t('assessments.perspectiveHint')}
          </span>
          <select
            id={`${id}-perspective`}
            className="kv-select"
            value={perspectiveId}
            aria-invalid={Boolean(errors.perspectiveId)}
            aria-describedby={[
              `${id}-perspective-hint`,
              errors.perspectiveId ? `${id}-perspective-error` : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onChange={(event) => setPerspectiveId(event.target.value)}
          >
            <option value="">{t('assessments.choosePerspective')}</option>
            {choices.map((perspective) => (
              <option key={perspective.id} value={perspective.id}>
                {perspective.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-perspective-error`} message={errors.perspectiveId} />
        </div>
      )}
      <fieldset className="kv-fieldset" aria-describedby={errors.present ? `${id}-present-error` : undefined}>
        <legend>{t('assessments.present')}</legend>
        <label className="kv-checkbox">
          <input
            type="radio"
            name={`${id}-present`}
            checked={values.present}
            onChange={() => setValues({ ...values, present: true })}
          />{' '}
          {t('assessments.presentYes')}
        </label>
        <label className="kv-checkbox">
          <input
            type="radio"
            name={`${id}-present`}
            checked={!values.present}
            onChange={() => setValues({ ...values, present: false })}
          />{' '}
          {t('assessments.presentNo')}
        </label>
        <FieldError id={`${id}-present-error`} message={errors.present} />
      </fieldset>
      {values.present ? (
        <>
          <p id={`${id}-scale-hint`} className="kv-hint">
            {t('assessments.scaleHint')}
          </p>
          {(['strength', 'trust', 'value'] as const).map(scale)}
        </>
      ) : (
        <p className="kv-hint">{t('assessments.deniedHint')}</p>
      )}
      <TextField
        id={`${id}-note`}
        label={t('assessments.note')}
        hint={t('assessments.noteHint')}
        value={values.note}
        onChange={(note) => setValues({ ...values, note })}
        error={errors.note}
        multiline
      />
      <TextField
        id={`${id}-source`}
        label={t('assessments.sourceLabel')}
        hint={t('assessments.sourceHint')}
        value={values.source}
        onChange={(source) => setValues({ ...values, source })}
        error={errors.source}
      />
      <FieldError id={`${id}-form-error`} message={errors.form} />
      <div className="kv-actions">
        <Button purpose="primary" type="submit" disabled={busy}>
          {t('assessments.save')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
