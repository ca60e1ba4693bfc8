/**
 * "Vraagstuk": place one speler on the meeting's vraagstuk: invloed and belang (1–5) and standpunt (−2 …
 * +2), as three labelled selects (a phone's own picker, small on the page). Shown only when the meeting
 * has a vraagstuk.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type MeetingActor,
  POWER_MAX,
  POWER_MIN,
  STANCE_MAX,
  STANCE_MIN,
  STANCE_NAMES,
} from '../../../domain/index.ts';
import {
  EMPTY_POSITION,
  POSITION_FIELDS,
  type PositionDraft,
  type PositionField,
  positionInput,
} from '../../state/meeting/participant-forms.ts';
import type { ActorIndexEntry } from '../../state/meeting/participant-view.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { FieldProblemText, FormOutcome } from './FormParts.tsx';
import { type SendContribution, useSendForm } from './use-send-form.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);
const SCALE = range(POWER_MIN, POWER_MAX);
// Strongly for first: the list reads from agreeing to disagreeing, as people say it.
const STANCES = range(STANCE_MIN, STANCE_MAX).reverse();

interface PositionSectionProps {
  id: string;
  topic: { name: string; description: string } | null;
  index: readonly ActorIndexEntry[];
  byId: ReadonlyMap<string, MeetingActor>;
  send: SendContribution;
}

export function PositionSection({ id, topic, index, byId, send }: PositionSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PositionDraft>(EMPTY_POSITION);
  const form = useSendForm<PositionField>(`${id}-form`, POSITION_FIELDS, send);
  const change = (fields: Partial<PositionDraft>) => {
    for (const field of Object.keys(fields) as PositionField[]) form.touched(field);
    setDraft({ ...draft, ...fields });
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(positionInput(draft), () => setDraft(EMPTY_POSITION));
  }

  const select = (field: 'invloed' | 'belang' | 'standpunt', values: number[]) => (
    <div className="kv-field kv-join-field">
      <label htmlFor={form.idOf(field)}>{t(`meetingJoin.position.${field}`)}</label>
      <select
        id={form.idOf(field)}
        className="kv-join-select"
        value={draft[field] === null ? '' : String(draft[field])}
        aria-invalid={form.errors[field] ? true : undefined}
        aria-describedby={form.describedBy(field)}
        onChange={(event) =>
          change({ [field]: event.target.value === '' ? null : Number(event.target.value) })
        }
      >
        <option value="">{t('meetingJoin.position.choose')}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {field === 'standpunt'
              ? t(`topics.stance.${STANCE_NAMES[String(value) as keyof typeof STANCE_NAMES]}`)
              : t(`meetingJoin.position.${field}Value.${value}`)}
          </option>
        ))}
      </select>
      <FieldProblemText id={form.idOf(field)} message={form.errors[field]} />
    </div>
  );

  return (
    <section aria-labelledby={id} className="kv-join-section">
      <Heading level={2} id={id}>
        {t('meetingJoin.position.title', { topic: topic?.name ?? '' })}
      </Heading>
      {topic?.description && <Paragraph className="kv-join-text">{topic.description}</Paragraph>}
      <Paragraph>{t('meetingJoin.position.intro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <ActorPicker
          id={form.idOf('actorId')}
          label={t('meetingJoin.position.actor')}
          index={index}
          byId={byId}
          value={draft.actorId}
          error={form.errors.actorId}
          onChange={(actorId) => change({ actorId })}
        />
        {select('invloed', SCALE)}
        {select('belang', SCALE)}
        {select('standpunt', STANCES)}
        <Button type="submit" purpose="primary" className="kv-join-button" busy={form.busy}>
          {t('meetingJoin.position.submit')}
        </Button>
        <FormOutcome error={form.formError} sent={form.sent} />
      </form>
    </section>
  );
}
