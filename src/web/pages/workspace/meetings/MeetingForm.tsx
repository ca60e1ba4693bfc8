/**
 * "Nieuwe bijeenkomst": a name (today's date already filled in), optionally the vraagstuk it is about, the
 * groups people can speak for (the four usual ones filled in; add, rename, remove, each with its kracht) and
 * whether contributions are taken over at once. "Beginnen" makes it and opens it: with the defaults that is
 * one click while the room waits.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import {
  FORCES,
  type Force,
  MEETING_GROUPS_MAX,
  type Meeting,
  type Topic,
} from '../../../../domain/index.ts';
import { ApiProblem, call } from '../../../api/client.ts';
import { FieldError } from '../../../components/FieldError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../i18n/format.ts';
import {
  type MeetingFormValues,
  meetingCreateOf,
  meetingFormErrorsOf,
  meetingFormIssues,
  newMeetingForm,
  withGroupAdded,
  withGroupChanged,
  withGroupRemoved,
} from '../../../state/meeting/facilitator-form.ts';
import { problemText } from '../../../state/problem-errors.ts';
import { useUnsavedEdits } from '../use-unsaved-edits.ts';

interface MeetingFormProps {
  workspaceId: string;
  /** The werkruimte's vraagstukken (active ones first), to choose one from. */
  topics: readonly Topic[];
  onCreated(meeting: Meeting): void;
  onCancel(): void;
}

export function MeetingForm({ workspaceId, topics, onCreated, onCancel }: MeetingFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<MeetingFormValues>(() =>
    newMeetingForm(t('meetings.form.defaultName', { date: formatDate(new Date(), i18n.language) })),
  );
  const [initial] = useState(values);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  useUnsavedEdits(!done && JSON.stringify(values) !== JSON.stringify(initial));
  // Which row's name field gets the focus after the next render (a row was added or removed); -1: "Groep toevoegen".
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const nameFields = useRef(new Map<number, HTMLInputElement>());
  const addButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRow === null) return;
    (nameFields.current.get(focusRow) ?? addButton.current)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const update = (next: MeetingFormValues, fields: string[]) => {
    setValues(next);
    // A field the user changed no longer shows what was wrong with its old value.
    setErrors((current) => {
      const rest = { ...current };
      for (const field of [...fields, 'form', 'groups']) delete rest[field];
      return rest;
    });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const issues = meetingFormIssues(values);
    if (Object.keys(issues).length > 0) {
      setErrors(
        Object.fromEntries(
          Object.entries(issues).map(([field, issue]) => [
            field,
            t(`meetings.form.issue.${issue}`, { max: MEETING_GROUPS_MAX }),
          ]),
        ),
      );
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const meeting = await call(contract.meetings.createMeeting, {
        params: { workspaceId },
        body: meetingCreateOf(values),
      });
      setDone(true);
      onCreated(meeting);
    } catch (error) {
      setErrors(
        error instanceof ApiProblem && error.invalidParams.length > 0
          ? meetingFormErrorsOf(error.invalidParams)
          : { form: problemText(error, t('errors.generic')) },
      );
    } finally {
      setBusy(false);
    }
  }

  const groupsError = errors.groups;
  return (
    <form
      className="kv-subform kv-meeting-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('meetings.form.title')}
    >
      <TextField
        id={`${id}-name`}
        label={t('meetings.form.name')}
        hint={t('meetings.form.nameHint')}
        value={values.name}
        onChange={(name) => update({ ...values, name }, ['name'])}
        error={errors.name}
      />
      <div className="kv-field">
        <label htmlFor={`${id}-topic`}>{t('meetings.form.topic')}</label>
        <span id={`${id}-topic-hint`} className="kv-hint">
          {topics.length === 0 ? t('meetings.form.topicNone') : t('meetings.form.topicHint')}
        </span>
        <select
          id={`${id}-topic`}
          className="kv-select"
          value={values.topicId}
          aria-describedby={errors.topicId ? `${id}-topic-hint ${id}-topic-error` : `${id}-topic-hint`}
          aria-invalid={Boolean(errors.topicId)}
          onChange={(event) => update({ ...values, topicId: event.target.value }, ['topicId'])}
        >
          <option value="">{t('meetings.form.noTopic')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-topic-error`} message={errors.topicId} />
      </div>

      <fieldset
        className="kv-fieldset kv-meeting-groups"
        aria-describedby={groupsError ? `${id}-groups-hint ${id}-groups-error` : `${id}-groups-hint`}
      >
        <legend>{t('meetings.form.groups')}</legend>
        <p id={`${id}-groups-hint`} className="kv-hint">
          {t('meetings.form.groupsHint')}
        </p>
        <ol className="kv-meeting-group-rows">
          {values.groups.map((group, index) => {
            const field = `groups.${index}.name`;
            const rowId = `${id}-group-${group.key}`;
            const error = errors[field];
            return (
              <li key={group.key} className="kv-meeting-group-row">
                <div className="kv-field">
                  <label htmlFor={`${rowId}-name`}>
                    {t('meetings.form.groupName', { number: index + 1 })}
                  </label>
                  <input
                    ref={(element) => {
                      if (element) nameFields.current.set(group.key, element);
                      else nameFields.current.delete(group.key);
                    }}
                    id={`${rowId}-name`}
                    className="utrecht-textbox"
                    value={group.name}
                    aria-invalid={Boolean(error)}
                    aria-describedby={error ? `${rowId}-error` : undefined}
                    onChange={(event) =>
                      update(withGroupChanged(values, group.key, { name: event.target.value }), [field])
                    }
                  />
                  <FieldError id={`${rowId}-error`} message={error} />
                </div>
                <div className="kv-field">
                  <label htmlFor={`${rowId}-force`}>{t('meetings.form.groupForce')}</label>
                  <select
                    id={`${rowId}-force`}
                    className="kv-select"
                    value={group.force}
                    onChange={(event) =>
                      update(withGroupChanged(values, group.key, { force: event.target.value as Force }), [])
                    }
                  >
                    {FORCES.map((force) => (
                      <option key={force} value={force}>
                        {t(`force.${force}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <Button
                  purpose="subtle"
                  type="button"
                  aria-label={t('meetings.form.removeGroupFor', {
                    name: group.name.trim() || t('meetings.form.groupName', { number: index + 1 }),
                  })}
                  onClick={() => {
                    const next = values.groups[index + 1] ?? values.groups[index - 1];
                    // The errors of rows below moved up one place: they are checked again on "Beginnen".
                    setErrors({});
                    setValues(withGroupRemoved(values, group.key));
                    setFocusRow(next ? next.key : -1);
                  }}
                >
                  {t('meetings.form.removeGroup')}
                </Button>
              </li>
            );
          })}
        </ol>
        {values.groups.length < MEETING_GROUPS_MAX && (
          <Button
            ref={addButton}
            purpose="secondary"
            type="button"
            onClick={() => {
              const next = withGroupAdded(values);
              update(next, []);
              setFocusRow(next.nextKey - 1);
            }}
          >
            {t('meetings.form.addGroup')}
          </Button>
        )}
        <FieldError id={`${id}-groups-error`} message={groupsError} />
      </fieldset>

      <div className="kv-field">
        <label className="kv-checkbox">
          <input
            type="checkbox"
            checked={values.autoAccept}
            aria-describedby={`${id}-auto-hint`}
            onChange={(event) => update({ ...values, autoAccept: event.target.checked }, [])}
          />{' '}
          {t('meetings.detail.autoAccept')}
        </label>
        <span id={`${id}-auto-hint`} className="kv-hint">
          {t('meetings.detail.autoAcceptHint')}
        </span>
      </div>

      <FieldError id={`${id}-form-error`} message={errors.form} />
      <div className="kv-actions">
        <Button purpose="primary" type="submit" busy={busy} disabled={busy}>
          {t('meetings.form.start')}
        </Button>
        <Button purpose="secondary" type="button" onClick={onCancel}>
          {t('panel.cancel')}
        </Button>
      </div>
    </form>
  );
}
