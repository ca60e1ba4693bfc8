/**
 * Making or changing one uitvraag round: its title and introduction for the respondents, the days its
 * links work, which relation types and questions it asks, and how long contact data is kept. What the form
 * can check itself it says at once; the server's refusals appear beside their field.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import {
  CONTACT_RETENTION_DAYS_MAX,
  type GraphActor,
  RELATION_TYPES,
  SURVEY_QUESTIONS,
  type Survey,
} from '../../../../domain/index.ts';
import { call } from '../../../api/client.ts';
import { useEndpoint } from '../../../api/queries.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { saveErrors } from '../../../state/problem-errors.ts';
import {
  newSurveyForm,
  type SurveyFormValues,
  surveyFormIssues,
  surveyFormValuesOf,
  surveyPayloadOf,
  toggled,
  toggledTopic,
} from '../../../state/surveys/survey-form.ts';
import { useUnsavedEdits } from '../use-unsaved-edits.ts';
import { RosterFieldset } from './RosterFieldset.tsx';

interface SurveyFormProps {
  workspaceId: string;
  /** The werkruimte's spelers, to choose a roster from. */
  actors: readonly GraphActor[];
  /** The round to change; null makes a new one. */
  survey: Survey | null;
  onSaved(survey: Survey): void;
  onCancel(): void;
  /** Whether the form holds unsaved edits: the page asks before leaving. */
  onDirtyChange?(dirty: boolean): void;
}

export function SurveyForm({
  workspaceId,
  actors,
  survey,
  onSaved,
  onCancel,
  onDirtyChange,
}: SurveyFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<SurveyFormValues>(() =>
    survey ? surveyFormValuesOf(survey) : newSurveyForm(),
  );
  const [initial] = useState(values);
  const [done, setDone] = useState(false);
  useUnsavedEdits(!done && JSON.stringify(values) !== JSON.stringify(initial), onDirtyChange);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const topics = useEndpoint(contract.topics.listTopics, {
    params: { workspaceId },
    query: { pageSize: 500 },
  });
  const set = <K extends keyof SurveyFormValues>(key: K, value: SurveyFormValues[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // A field the user changed no longer shows what was wrong with its old value.
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _fixed, ...rest } = current;
      return rest;
    });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const issues = surveyFormIssues(values);
    if (Object.keys(issues).length > 0) {
      setErrors(
        Object.fromEntries(
          Object.entries(issues).map(([field, issue]) => [
            field,
            t(`surveys.form.${issue}`, { max: CONTACT_RETENTION_DAYS_MAX }),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const fields = surveyPayloadOf(values);
      const saved = survey
        ? await call(contract.surveys.updateSurvey, {
            params: { workspaceId, surveyId: survey.id },
            body: { version: survey.version, ...fields },
          })
        : await call(contract.surveys.createSurvey, { params: { workspaceId }, body: fields });
      // Saved: nothing to lose any more, before the panel moves on.
      setDone(true);
      onDirtyChange?.(false);
      onSaved(saved);
    } catch (error) {
      // A colleague changed it meanwhile, or the name is taken: the server's words, at the top of the form.
      setErrors(saveErrors(error, t('errors.generic')));
    } finally {
      setBusy(false);
    }
  }

  const groupError = (field: 'relationTypes' | 'questions') =>
    errors[field] ? `${id}-${field}-error` : undefined;

  return (
    <form
      className="kv-subform kv-survey-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={survey ? t('surveys.form.editTitle', { title: survey.title }) : t('surveys.form.newTitle')}
    >
      <TextField
        id={`${id}-title`}
        label={t('surveys.form.title')}
        hint={t('surveys.form.titleHint')}
        value={values.title}
        onChange={(value) => set('title', value)}
        error={errors.title}
      />
      <TextField
        id={`${id}-intro`}
        label={t('surveys.form.intro')}
        hint={t('surveys.form.introHint')}
        value={values.intro}
        onChange={(value) => set('intro', value)}
        error={errors.intro}
        multiline
      />
      <div className="kv-survey-dates">
        <TextField
          id={`${id}-opens`}
          type="date"
          label={t('surveys.form.opensOn')}
          hint={t('surveys.form.opensOnHint')}
          value={values.opensOn}
          onChange={(value) => set('opensOn', value)}
          error={errors.opensOn}
        />
        <TextField
          id={`${id}-closes`}
          type="date"
          label={t('surveys.form.closesOn')}
          hint={t('surveys.form.closesOnHint')}
          value={values.closesOn}
          onChange={(value) => set('closesOn', value)}
          error={errors.closesOn}
        />
      </div>
      <fieldset className="kv-fieldset" aria-describedby={groupError('relationTypes')}>
        <legend>{t('surveys.form.relationTypes')}</legend>
        <div className="kv-checkboxes">
          {RELATION_TYPES.map((type) => (
            <label key={type} className="kv-checkbox">
              <input
                type="checkbox"
                checked={values.relationTypes.includes(type)}
                onChange={(event) =>
                  set(
                    'relationTypes',
                    toggled(values.relationTypes, type, event.target.checked, RELATION_TYPES),
                  )
                }
              />{' '}
              {t(`relationType.${type}`)}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-relationTypes-error`} message={errors.relationTypes} />
      </fieldset>
      <fieldset
        className="kv-fieldset"
        aria-describedby={[`${id}-questions-hint`, groupError('questions')].filter(Boolean).join(' ')}
      >
        <legend>{t('surveys.form.questions')}</legend>
        <p id={`${id}-questions-hint`} className="kv-hint">
          {t('surveys.form.questionsHint')}
        </p>
        {SURVEY_QUESTIONS.map((question) => (
          <label key={question} className="kv-checkbox">
            <input
              type="checkbox"
              checked={values.questions.includes(question)}
              onChange={(event) =>
                set('questions', toggled(values.questions, question, event.target.checked, SURVEY_QUESTIONS))
              }
            />{' '}
            {t(`surveys.question.${question}`)}
          </label>
        ))}
        <FieldError id={`${id}-questions-error`} message={errors.questions} />
      </fieldset>
      <fieldset className="kv-fieldset" aria-describedby={`${id}-topics-hint`}>
        <legend>{t('surveys.form.topics')}</legend>
        <p id={`${id}-topics-hint`} className="kv-hint">
          {topics.data && topics.data.items.length === 0
            ? t('surveys.form.topicsNone')
            : t('surveys.form.topicsHint')}
        </p>
        {topics.data?.items.map((topic) => (
          <label key={topic.id} className="kv-checkbox">
            <input
              type="checkbox"
              checked={values.topicIds.includes(topic.id)}
              onChange={(event) =>
                set('topicIds', toggledTopic(values.topicIds, topic.id, event.target.checked))
              }
            />{' '}
            {topic.name}
          </label>
        ))}
        <FieldError
          id={`${id}-topics-error`}
          message={
            errors.topicIds ?? Object.entries(errors).find(([field]) => field.startsWith('topicIds.'))?.[1]
          }
        />
      </fieldset>
      <RosterFieldset
        actors={actors}
        roster={values.roster}
        rosterActorIds={values.rosterActorIds}
        error={
          errors.rosterActorIds ??
          Object.entries(errors).find(([field]) => field.startsWith('rosterActorIds.'))?.[1]
        }
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
      />
      <div className="kv-field">
        <label htmlFor={`${id}-retention`}>{t('surveys.form.retention')}</label>
        <span id={`${id}-retention-hint`} className="kv-hint">
          {t('surveys.form.retentionHint')}
        </span>
        <input
          id={`${id}-retention`}
          type="number"
          min={0}
          max={CONTACT_RETENTION_DAYS_MAX}
          step={1}
          className="utrecht-textbox kv-number-field"
          value={values.contactRetentionDays}
          aria-invalid={Boolean(errors.contactRetentionDays)}
          aria-describedby={
            errors.contactRetentionDays
              ? `${id}-retention-hint ${id}-retention-error`
              : `${id}-retention-hint`
          }
          onChange={(event) => set('contactRetentionDays', event.target.value)}
        />
        <FieldError id={`${id}-retention-error`} message={errors.contactRetentionDays} />
      </div>
      <FieldError id={`${id}-form-error`} message={errors.form ?? errors.state ?? errors.version} />
      <div className="kv-actions">
        <Button purpose="primary" type="submit" disabled={busy}>
          {survey ? t('surveys.form.save') : t('surveys.form.create')}
        </Button>
        <Button
          purpose="secondary"
          type="button"
          onClick={() => {
            // Cancelling is choosing to drop the edits.
            onDirtyChange?.(false);
            onCancel();
          }}
        >
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
