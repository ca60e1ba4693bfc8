/** Adding or changing one perspective: its name, the kracht it speaks for (or none) and a description. */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import { FORCES, type Force, type Perspective } from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { fieldErrors } from '../../../state/problem-errors.ts';

interface PerspectiveFormProps {
  workspaceId: string;
  /** The perspective to change; null adds a new one. */
  perspective: Perspective | null;
  onSaved(perspective: Perspective): void;
  onCancel(): void;
}

export function PerspectiveForm({ workspaceId, perspective, onSaved, onCancel }: PerspectiveFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(perspective?.name ?? '');
  const [force, setForce] = useState<Force | ''>(perspective?.force ?? '');
  const [description, setDescription] = useState(perspective?.description ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { name, force: force === '' ? null : force, description };
    try {
      const saved = perspective
        ? await call(contract.perspectives.updatePerspective, {
            params: { workspaceId, perspectiveId: perspective.id },
            body: { version: perspective.version, ...fields },
          })
        : await call(contract.perspectives.createPerspective, { params: { workspaceId }, body: fields });
      onSaved(saved);
    } catch (error) {
      // A name another perspective has, or a stale version: the server's words, beside the name.
      if (error instanceof ApiProblem && error.status === 409)
        setErrors({ name: error.detail ?? error.message });
      else setErrors(fieldErrors(error, t('errors.generic')));
    }
  }

  return (
    <form
      className="kv-subform"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={
        perspective ? t('perspectives.editTitle', { name: perspective.name }) : t('perspectives.add')
      }
    >
      <TextField
        id={`${id}-name`}
        label={t('perspectives.name')}
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <div className="kv-field">
        <label htmlFor={`${id}-force`}>{t('perspectives.force')}</label>
        <select
          id={`${id}-force`}
          className="kv-select"
          value={force}
          disabled={perspective?.editors}
          onChange={(event) => setForce(event.target.value as Force | '')}
        >
          <option value="">{t('perspectives.noForce')}</option>
          {FORCES.map((option) => (
            <option key={option} value={option}>
              {t(`force.${option}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-force-error`} message={errors.force} />
      </div>
      <TextField
        id={`${id}-description`}
        label={t('perspectives.description')}
        value={description}
        onChange={setDescription}
        error={errors.description}
        multiline
      />
      <FieldError id={`${id}-form-error`} message={errors.form} />
      <div className="kv-actions">
        <Button purpose="primary" type="submit">
          {t('perspectives.save')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
