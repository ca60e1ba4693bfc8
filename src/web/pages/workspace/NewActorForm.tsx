/** "Speler toevoegen": name, kracht, soort and domains; the profile can be filled in the panel afterwards. */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { Actor } from '../../../domain/index.ts';
import { call } from '../../api/client.ts';
import { ActorFields } from '../../components/ActorFields.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { EMPTY_ACTOR_FORM, payloadOf } from '../../state/actor-form.ts';
import { fieldErrors } from '../../state/problem-errors.ts';

interface NewActorFormProps {
  workspaceId: string;
  onCreated(actor: Actor): void;
  onCancel(): void;
}

export function NewActorForm({ workspaceId, onCreated, onCancel }: NewActorFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY_ACTOR_FORM);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const { name, force, kind, domains } = payloadOf(values);
      onCreated(
        await call(contract.actors.createActor, {
          params: { workspaceId },
          body: { name, force, kind, domains },
        }),
      );
    } catch (error) {
      setErrors(fieldErrors(error, t('errors.generic')));
    }
  }

  return (
    <form
      className="kv-panel"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="new-actor-title"
    >
      <Heading level={2} id="new-actor-title">
        {t('actorForm.newTitle')}
      </Heading>
      <ActorFields idPrefix="new-actor" values={values} errors={errors} onChange={setValues} full={false} />
      <FieldError id="new-actor-form-error" message={errors.form} />
      <div className="kv-actions">
        <Button purpose="primary" type="submit">
          {t('actorForm.create')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
