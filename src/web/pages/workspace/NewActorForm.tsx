/** "Speler toevoegen": name, kracht, soort and domains; the profile can be filled in the panel afterwards. */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { Actor } from '../../../domain/index.ts';
import { call } from '../../api/client.ts';
import { ActorFields } from '../../components/ActorFields.tsx';
import { DuplicateNameCheck } from '../../components/DuplicateNameCheck.tsx';
import { FieldError } from '../../components/FieldError.tsx';
import { workspacePath } from '../../router.ts';
import { EMPTY_ACTOR_FORM, payloadOf } from '../../state/actor-form.ts';
import { sameName } from '../../state/actor-search.ts';
import { fieldErrors } from '../../state/problem-errors.ts';

interface NewActorFormProps {
  workspaceId: string;
  /** The werkruimte's spelers, to ask before a name is used twice. */
  actors: readonly { id: string; name: string }[];
  onCreated(actor: Actor): void;
  onCancel(): void;
}

export function NewActorForm({ workspaceId, actors, onCreated, onCancel }: NewActorFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY_ACTOR_FORM);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicateConfirmed, setDuplicateConfirmed] = useState(false);
  const duplicates = sameName(actors, values.name);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const { name, force, kind, domains } = payloadOf(values);
    const local: Record<string, string> = {};
    if (!force) local.force = t('actorForm.forceRequired');
    if (duplicates.length > 0 && !duplicateConfirmed) local.duplicate = t('duplicateName.required');
    if (!force || local.duplicate) {
      setErrors(local);
      return;
    }
    try {
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
      <DuplicateNameCheck
        idPrefix="new-actor"
        matches={duplicates}
        hrefOf={(actorId) => workspacePath(workspaceId, { kind: 'actor', actorId })}
        confirmed={duplicateConfirmed}
        onConfirm={setDuplicateConfirmed}
        error={errors.duplicate}
      />
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
