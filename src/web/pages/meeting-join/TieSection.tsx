/**
 * "Wie werkt met wie": two spelers, what the first does to the second (the meeting's relatie types, read as
 * a verb), and how strong, 1 to 5, as five large radio buttons. The form reads the tie back as a sentence,
 * since for most types the order matters ("financiert"); one button swaps the two. After sending, the
 * first speler stays: people often name several ties of one.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingActor, type RelationType, STRENGTH_MAX, STRENGTH_MIN } from '../../../domain/index.ts';
import {
  emptyTie,
  nextTie,
  TIE_FIELDS,
  type TieDraft,
  type TieField,
  tieInput,
} from '../../state/meeting/participant-forms.ts';
import type { ActorIndexEntry } from '../../state/meeting/participant-view.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { FieldProblemText, FormOutcome } from './FormParts.tsx';
import { type SendContribution, useSendForm } from './use-send-form.ts';

const STRENGTHS = Array.from({ length: STRENGTH_MAX - STRENGTH_MIN + 1 }, (_, k) => STRENGTH_MIN + k);

interface TieSectionProps {
  id: string;
  index: readonly ActorIndexEntry[];
  byId: ReadonlyMap<string, MeetingActor>;
  relationTypes: readonly RelationType[];
  send: SendContribution;
}

export function TieSection({ id, index, byId, relationTypes, send }: TieSectionProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TieDraft>(() => emptyTie(relationTypes));
  const form = useSendForm<TieField>(`${id}-form`, TIE_FIELDS, send);
  const change = (fields: Partial<TieDraft>) => {
    for (const field of Object.keys(fields) as TieField[]) form.touched(field);
    setDraft({ ...draft, ...fields });
  };
  const source = draft.sourceId ? byId.get(draft.sourceId) : undefined;
  const target = draft.targetId ? byId.get(draft.targetId) : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    void form.submit(tieInput(draft, relationTypes), () => setDraft(nextTie(draft)));
  }

  return (
    <section aria-labelledby={id} className="kv-join-section">
      <Heading level={2} id={id}>
        {t('meetingJoin.tie.title')}
      </Heading>
      <Paragraph>{t('meetingJoin.tie.intro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <ActorPicker
          id={form.idOf('sourceId')}
          label={t('meetingJoin.tie.source')}
          index={index}
          byId={byId}
          value={draft.sourceId}
          exclude={draft.targetId}
          error={form.errors.sourceId}
          onChange={(sourceId) => change({ sourceId })}
        />
        <div className="kv-field kv-join-field">
          <label htmlFor={form.idOf('type')}>{t('meetingJoin.tie.type')}</label>
          <select
            id={form.idOf('type')}
            className="kv-join-select"
            value={draft.type}
            aria-invalid={form.errors.type ? true : undefined}
            aria-describedby={form.describedBy('type')}
            onChange={(event) => change({ type: event.target.value as RelationType | '' })}
          >
            {relationTypes.map((type) => (
              <option key={type} value={type}>
                {t(`relationType.${type}`)}
              </option>
            ))}
          </select>
          <FieldProblemText id={form.idOf('type')} message={form.errors.type} />
        </div>
        <ActorPicker
          id={form.idOf('targetId')}
          label={t('meetingJoin.tie.target')}
          index={index}
          byId={byId}
          value={draft.targetId}
          exclude={draft.sourceId}
          error={form.errors.targetId}
          onChange={(targetId) => change({ targetId })}
        />
        {source && target && draft.type !== '' && (
          <div className="kv-join-preview">
            <p>
              {t('meetingJoin.tie.preview', {
                source: source.name,
                type: t(`relationType.${draft.type}`),
                target: target.name,
              })}
            </p>
            <Button
              purpose="subtle"
              className="kv-join-button"
              aria-describedby={`${id}-swap-hint`}
              onClick={() => change({ sourceId: draft.targetId, targetId: draft.sourceId })}
            >
              {t('meetingJoin.tie.swap')}
            </Button>
            <span id={`${id}-swap-hint`} className="kv-visually-hidden">
              {t('meetingJoin.tie.swapHint')}
            </span>
          </div>
        )}
        <fieldset
          className="kv-join-fieldset"
          aria-describedby={[
            `${form.idOf('strength')}-hint`,
            form.errors.strength ? `${form.idOf('strength')}-error` : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <legend>{t('meetingJoin.tie.strength')}</legend>
          <span id={`${form.idOf('strength')}-hint`} className="kv-hint">
            {t('meetingJoin.tie.strengthHint')}
          </span>
          <div className="kv-join-scale">
            {STRENGTHS.map((strength) => (
              <label
                key={strength}
                className={
                  draft.strength === strength
                    ? 'kv-join-scale-option kv-join-choice--chosen'
                    : 'kv-join-scale-option'
                }
              >
                <input
                  type="radio"
                  // The first option carries the id a problem sends the keyboard to.
                  id={strength === STRENGTH_MIN ? form.idOf('strength') : undefined}
                  name={`${id}-strength`}
                  value={strength}
                  checked={draft.strength === strength}
                  onChange={() => change({ strength })}
                />
                <span aria-hidden="true">{strength}</span>
                <span className="kv-visually-hidden">
                  {strength}: {t(`meetingJoin.tie.strengthValue.${strength}`)}
                </span>
              </label>
            ))}
          </div>
          <FieldProblemText id={form.idOf('strength')} message={form.errors.strength} />
        </fieldset>
        <Button type="submit" purpose="primary" className="kv-join-button" busy={form.busy}>
          {t('meetingJoin.tie.submit')}
        </Button>
        <FormOutcome error={form.formError} sent={form.sent} />
      </form>
    </section>
  );
}
