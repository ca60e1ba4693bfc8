/**
 * "Speler noemen": a speler the room misses, with its kracht and in one line why it matters. A name the
 * list already has is refused on the phone, with the name it matched, so it can be chosen instead.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORCES, type Force, MEETING_WHY_MAX, type MeetingActor } from '../../../domain/index.ts';
import {
  ACTOR_FIELDS,
  type ActorDraft,
  type ActorField,
  actorInput,
  EMPTY_ACTOR,
} from '../../state/meeting/participant-forms.ts';
import { FieldProblemText, FormOutcome } from './FormParts.tsx';
import { type SendContribution, useSendForm } from './use-send-form.ts';

interface ActorSectionProps {
  id: string;
  actors: readonly MeetingActor[];
  sentNames: readonly string[];
  send: SendContribution;
}

export function ActorSection({ id, actors, sentNames, send }: ActorSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ActorDraft>(EMPTY_ACTOR);
  const form = useSendForm<ActorField>(`${id}-form`, ACTOR_FIELDS, send);
  const change = (field: ActorField, value: string) => {
    form.touched(field);
    setDraft({ ...draft, [field]: value });
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(actorInput(draft, { actors, sentNames }), () => setDraft(EMPTY_ACTOR));
  }

  return (
    <section aria-labelledby={id} className="kv-join-section">
      <Heading level={2} id={id}>
        {t('meetingJoin.actor.title')}
      </Heading>
      <Paragraph>{t('meetingJoin.actor.intro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <div className="kv-field kv-join-field">
          <label htmlFor={form.idOf('name')}>{t('meetingJoin.actor.name')}</label>
          <input
            id={form.idOf('name')}
            className="kv-join-input"
            autoComplete="off"
            value={draft.name}
            aria-invalid={form.errors.name ? true : undefined}
            aria-describedby={form.describedBy('name')}
            onChange={(event) => change('name', event.target.value)}
          />
          <FieldProblemText id={form.idOf('name')} message={form.errors.name} />
        </div>
        <div className="kv-field kv-join-field">
          <label htmlFor={form.idOf('force')}>{t('meetingJoin.actor.force')}</label>
          <select
            id={form.idOf('force')}
            className="kv-join-select"
            value={draft.force}
            aria-invalid={form.errors.force ? true : undefined}
            aria-describedby={form.describedBy('force')}
            onChange={(event) => change('force', event.target.value as Force | '')}
          >
            <option value="">{t('meetingJoin.actor.forceChoose')}</option>
            {FORCES.map((force) => (
              <option key={force} value={force}>
                {t(`force.${force}`)}
              </option>
            ))}
          </select>
          <FieldProblemText id={form.idOf('force')} message={form.errors.force} />
        </div>
        <div className="kv-field kv-join-field">
          <label htmlFor={form.idOf('why')}>{t('meetingJoin.actor.why')}</label>
          <span id={`${form.idOf('why')}-hint`} className="kv-hint">
            {t('meetingJoin.actor.whyHint', { max: MEETING_WHY_MAX })}
          </span>
          <input
            id={form.idOf('why')}
            className="kv-join-input"
            autoComplete="off"
            value={draft.why}
            aria-invalid={form.errors.why ? true : undefined}
            aria-describedby={form.describedBy('why', true)}
            onChange={(event) => change('why', event.target.value)}
          />
          <FieldProblemText id={form.idOf('why')} message={form.errors.why} />
        </div>
        <Button type="submit" purpose="primary" className="kv-join-button" busy={form.busy}>
          {t('meetingJoin.actor.submit')}
        </Button>
        <FormOutcome error={form.formError} sent={form.sent} />
      </form>
    </section>
  );
}
