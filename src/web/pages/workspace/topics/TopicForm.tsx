/** Adding or changing one vraagstuk: its name, description and status. */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import { TOPIC_STATUSES, type Topic, type TopicStatus } from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { saveErrors } from '../../../state/problem-errors.ts';

interface TopicFormProps {
  workspaceId: string;
  /** The vraagstuk to change; null adds a new one. */
  topic: Topic | null;
  onSaved(topic: Topic): void;
  onCancel(): void;
}

export function TopicForm({ workspaceId, topic, onSaved, onCancel }: TopicFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(topic?.name ?? '');
  const [description, setDescription] = useState(topic?.description ?? '');
  const [status, setStatus] = useState<TopicStatus>(topic?.status ?? 'actief');
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const fields = { name, description, status };
    try {
      const saved = topic
        ? await call(contract.topics.updateTopic, {
            params: { workspaceId, topicId: topic.id },
            body: { version: topic.version, ...fields },
          })
        : await call(contract.topics.createTopic, { params: { workspaceId }, body: fields });
      onSaved(saved);
    } catch (error) {
      // A colleague changed it meanwhile, or the name is taken: the server's words, at the top of the form.
      setErrors(saveErrors(error, t('errors.generic')));
    }
  }

  return (
    <form
      className="kv-subform"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={topic ? t('topics.editTitle', { name: topic.name }) : t('topics.add')}
    >
      <TextField
        id={`${id}-name`}
        label={t('topics.name')}
        value={name}
        onChange={setName}
        error={errors.name}
      />
      <TextField
        id={`${id}-description`}
        label={t('topics.description')}
        value={description}
        onChange={setDescription}
        error={errors.description}
        multiline
      />
      <div className="kv-field">
        <label htmlFor={`${id}-status`}>{t('topics.statusLabel')}</label>
        <select
          id={`${id}-status`}
          className="kv-select"
          value={status}
          onChange={(event) => setStatus(event.target.value as TopicStatus)}
        >
          {TOPIC_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`topics.status.${option}`)}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-status-error`} message={errors.status} />
      </div>
      <FieldError id={`${id}-form-error`} message={errors.form} />
      <div className="kv-actions">
        <Button purpose="primary" type="submit">
          {topic ? t('topics.save') : t('topics.add')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
