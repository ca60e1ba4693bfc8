/**
 * Adding a position by form: a speler (those not yet on the chosen perspective's grid listed first), the
 * perspective that says so, invloed, belang, standpunt, beweging, why, and the day it holds for. Choosing a
 * speler that already has a position fills in its current one, so a new standpunt is one change away. The
 * position is added; the earlier one stays as history.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import {
  type GraphActor,
  MOVEMENTS,
  type Movement,
  type Perspective,
  POWER_MAX,
  POWER_MIN,
  STANCE_MAX,
  STANCE_MIN,
} from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { fieldErrors } from '../../../state/problem-errors.ts';
import { stanceKey } from './topic-grid.ts';
import { historyOf, type PositionHistory } from './topic-positions.ts';

interface PositionFormProps {
  workspaceId: string;
  topicId: string;
  /** By name. */
  actors: readonly GraphActor[];
  perspectives: readonly Perspective[];
  histories: ReadonlyMap<string, PositionHistory>;
  /** The perspective the grid shows, chosen to start with. */
  initialPerspectiveId: string;
  onSaved(actorName: string, perspectiveName: string): Promise<void> | void;
}

interface Values {
  invloed: number;
  belang: number;
  standpunt: number;
  beweging: Movement | null;
  reasoning: string;
}

const EMPTY: Values = { invloed: 3, belang: 3, standpunt: 0, beweging: null, reasoning: '' };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export function PositionForm({
  workspaceId,
  topicId,
  actors,
  perspectives,
  histories,
  initialPerspectiveId,
  onSaved,
}: PositionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [actorId, setActorId] = useState('');
  const [perspectiveId, setPerspectiveId] = useState(initialPerspectiveId);
  const [values, setValues] = useState<Values>(EMPTY);
  const [assessedOn, setAssessedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  /** A speler and perspective with a current position start from it; others from the middle. */
  function choose(nextActor: string, nextPerspective: string) {
    setActorId(nextActor);
    setPerspectiveId(nextPerspective);
    const latest = historyOf(histories, nextActor, nextPerspective)?.latest;
    setValues(
      latest
        ? {
            invloed: latest.invloed,
            belang: latest.belang,
            standpunt: latest.standpunt,
            beweging: latest.beweging,
            reasoning: latest.reasoning,
          }
        : EMPTY,
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!actorId) {
      setErrors({ actorId: t('topics.chooseActor') });
      return;
    }
    setBusy(true);
    try {
      await call(contract.topics.createPositions, {
        params: { workspaceId, topicId },
        body: { actorId, perspectiveId, ...values, ...(assessedOn ? { assessedOn } : {}) },
      });
      setErrors({});
      setActorId('');
      setValues(EMPTY);
      setAssessedOn('');
      await onSaved(
        actors.find((actor) => actor.id === actorId)?.name ?? '',
        perspectives.find((perspective) => perspective.id === perspectiveId)?.name ?? '',
      );
    } catch (error) {
      setErrors(fieldErrors(error, t('errors.generic')));
    } finally {
      setBusy(false);
    }
  }

  const placed = actors.filter((actor) => historyOf(histories, actor.id, perspectiveId));
  const unplaced = actors.filter((actor) => !historyOf(histories, actor.id, perspectiveId));
  const scoreSelect = (field: 'invloed' | 'belang') => (
    <div className="kv-field">
      <label htmlFor={`${id}-${field}`}>{t(`topics.${field}`)}</label>
      <select
        id={`${id}-${field}`}
        className="kv-select"
        value={values[field]}
        aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
        onChange={(event) => setValues({ ...values, [field]: Number(event.target.value) })}
      >
        {range(POWER_MIN, POWER_MAX).map((score) => (
          <option key={score} value={score}>
            {score}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-${field}-error`} message={errors[field]} />
    </div>
  );

  return (
    <form
      className="kv-subform kv-position-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('topics.addPosition')}
    >
      <div className="kv-field">
        <label htmlFor={`${id}-actor`}>{t('topics.actor')}</label>
        <select
          id={`${id}-actor`}
          className="kv-select"
          value={actorId}
          aria-invalid={Boolean(errors.actorId)}
          aria-describedby={errors.actorId ? `${id}-actor-error` : undefined}
          onChange={(event) => choose(event.target.value, perspectiveId)}
        >
          <option value="">{t('topics.chooseActor')}</option>
          {unplaced.length > 0 && (
            <optgroup label={t('topics.withoutPosition')}>
              {unplaced.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </optgroup>
          )}
          {placed.length > 0 && (
            <optgroup label={t('topics.withPosition')}>
              {placed.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <FieldError id={`${id}-actor-error`} message={errors.actorId} />
      </div>
      <div className="kv-field">
        <label htmlFor={`${id}-perspective`}>{t('topics.perspective')}</label>
        <select
          id={`${id}-perspective`}
          className="kv-select"
          value={perspectiveId}
          aria-describedby={errors.perspectiveId ? `${id}-perspective-error` : undefined}
          onChange={(event) => choose(actorId, event.target.value)}
        >
          {perspectives.map((perspective) => (
            <option key={perspective.id} value={perspective.id}>
              {perspective.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-perspective-error`} message={errors.perspectiveId} />
      </div>
      <div className="kv-position-scores">
        {scoreSelect('invloed')}
        {scoreSelect('belang')}
        <div className="kv-field">
          <label htmlFor={`${id}-standpunt`}>{t('topics.standpunt')}</label>
          <select
            id={`${id}-standpunt`}
            className="kv-select"
            value={values.standpunt}
            aria-describedby={errors.standpunt ? `${id}-standpunt-error` : undefined}
            onChange={(event) => setValues({ ...values, standpunt: Number(event.target.value) })}
          >
            {range(STANCE_MIN, STANCE_MAX).map((stance) => (
              <option key={stance} value={stance}>
                {t(`topics.stance.${stanceKey(stance)}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-standpunt-error`} message={errors.standpunt} />
        </div>
        <div className="kv-field">
          <label htmlFor={`${id}-beweging`}>{t('topics.beweging')}</label>
          <select
            id={`${id}-beweging`}
            className="kv-select"
            value={values.beweging ?? ''}
            onChange={(event) =>
              setValues({ ...values, beweging: (event.target.value || null) as Movement | null })
            }
          >
            <option value="">{t('topics.movement.none')}</option>
            {MOVEMENTS.map((movement) => (
              <option key={movement} value={movement}>
                {t(`topics.movement.${movement}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-beweging-error`} message={errors.beweging} />
        </div>
      </div>
      <TextField
        id={`${id}-reasoning`}
        label={t('topics.reasoning')}
        value={values.reasoning}
        onChange={(reasoning) => setValues({ ...values, reasoning })}
        error={errors.reasoning}
        multiline
      />
      <TextField
        id={`${id}-date`}
        label={t('topics.assessedOn')}
        hint={t('topics.assessedOnHint')}
        type="date"
        value={assessedOn}
        onChange={setAssessedOn}
        error={errors.assessedOn}
      />
      <FieldError id={`${id}-form-error`} message={errors.form} />
      <div className="kv-actions">
        <Button purpose="primary" type="submit" disabled={busy}>
          {t('topics.savePosition')}
        </Button>
      </div>
    </form>
  );
}
