/**
 * Step 2, the door: which meeting this code opens (its name, description and vraagstuk), what is kept and
 * who sees it, the group the participant speaks for (large radio buttons) and an optional first name or
 * nickname. Joining is one request; what the server refuses shows beside its field.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_NICKNAME_MAX, type MeetingDoor } from '../../../domain/index.ts';
import { checkNickname } from '../../state/meeting/participant-forms.ts';
import { FieldProblemText } from './FormParts.tsx';

export interface JoinProblem {
  fields: Record<string, string>;
  form: string;
}

interface DoorStepProps {
  door: MeetingDoor;
  focusOnMount: boolean;
  /** Resolves with what to fix, or null once joined (the page moves on). */
  onJoin(groupId: string, nickname: string | null): Promise<JoinProblem | null>;
  onOtherCode(): void;
}

const GROUP = 'join-group';
const NICKNAME = 'join-nickname';

export function DoorStep({ door, focusOnMount, onJoin, onOtherCode }: DoorStepProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [groupId, setGroupId] = useState<string | null>(
    door.groups.length === 1 ? (door.groups[0]?.id ?? null) : null,
  );
  const [nickname, setNickname] = useState('');
  const [errors, setErrors] = useState<{ groupId?: string; nickname?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    document.title = `${door.name} – ${t('app.name')}`;
  }, [door.name, t]);

  function focusFirst(next: typeof errors) {
    const target = next.groupId
      ? `${GROUP}-${groupId ?? door.groups[0]?.id}`
      : next.nickname
        ? NICKNAME
        : null;
    if (target) setTimeout(() => document.getElementById(target)?.focus(), 0);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const next: typeof errors = {};
    if (!groupId) next.groupId = t('meetingJoin.door.groupRequired');
    const checked = checkNickname(nickname);
    if (!checked.ok)
      next.nickname = t(`meetingJoin.problems.${checked.problem.code}`, checked.problem.values);
    setErrors(next);
    if (!groupId || !checked.ok) return focusFirst(next);
    setBusy(true);
    const problem = await onJoin(groupId, checked.nickname);
    if (!problem) return;
    setBusy(false);
    const refused = { ...problem.fields, form: problem.form };
    setErrors(refused);
    focusFirst(refused);
  }

  const groupDescribedBy = [`${GROUP}-hint`, errors.groupId ? `${GROUP}-error` : '']
    .filter(Boolean)
    .join(' ');

  return (
    <section aria-labelledby="join-door-title" className="kv-join">
      <Heading level={1} id="join-door-title" tabIndex={-1} ref={heading}>
        {door.name}
      </Heading>
      {door.description && <Paragraph className="kv-join-text">{door.description}</Paragraph>}
      {door.topic && (
        <div className="kv-join-topic">
          <Paragraph className="kv-join-topic-name">
            {t('meetingJoin.door.topic', { name: door.topic.name })}
          </Paragraph>
          {door.topic.description && <Paragraph className="kv-join-text">{door.topic.description}</Paragraph>}
        </div>
      )}
      <Paragraph className="kv-join-privacy">{t('meetingJoin.door.privacy')}</Paragraph>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="kv-join-fieldset" aria-describedby={groupDescribedBy}>
          <legend>{t('meetingJoin.door.groupLegend')}</legend>
          <span id={`${GROUP}-hint`} className="kv-hint">
            {t('meetingJoin.door.groupHint')}
          </span>
          <div className="kv-join-choices">
            {door.groups.map((group) => (
              <label
                key={group.id}
                className={group.id === groupId ? 'kv-join-choice kv-join-choice--chosen' : 'kv-join-choice'}
              >
                <input
                  type="radio"
                  id={`${GROUP}-${group.id}`}
                  name={GROUP}
                  value={group.id}
                  checked={group.id === groupId}
                  onChange={() => {
                    setGroupId(group.id);
                    setErrors({ ...errors, groupId: undefined });
                  }}
                />
                <span>{group.name}</span>
              </label>
            ))}
          </div>
          <FieldProblemText id={GROUP} message={errors.groupId} />
        </fieldset>
        <div className="kv-field kv-join-field">
          <label htmlFor={NICKNAME}>{t('meetingJoin.door.nickname')}</label>
          <span id={`${NICKNAME}-hint`} className="kv-hint">
            {t('meetingJoin.door.nicknameHint', { max: MEETING_NICKNAME_MAX })}
          </span>
          <input
            id={NICKNAME}
            className="kv-join-input"
            autoComplete="given-name"
            value={nickname}
            aria-invalid={errors.nickname ? true : undefined}
            aria-describedby={errors.nickname ? `${NICKNAME}-hint ${NICKNAME}-error` : `${NICKNAME}-hint`}
            onChange={(event) => {
              setNickname(event.target.value);
              setErrors({ ...errors, nickname: undefined });
            }}
          />
          <FieldProblemText id={NICKNAME} message={errors.nickname} />
        </div>
        <div className="kv-join-actions">
          <Button type="submit" purpose="primary" className="kv-join-button" busy={busy}>
            {busy ? t('meetingJoin.door.joining') : t('meetingJoin.door.submit')}
          </Button>
          <Button purpose="subtle" className="kv-join-button" onClick={onOtherCode}>
            {t('meetingJoin.door.otherCode')}
          </Button>
        </div>
        {errors.form && (
          <p className="kv-alert kv-join-form-error" role="alert">
            {errors.form}
          </p>
        )}
      </form>
    </section>
  );
}
