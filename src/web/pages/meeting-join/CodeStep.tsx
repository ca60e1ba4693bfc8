/**
 * Step 1: the join code, in one large field that takes lower case, spaces and dashes (a phone keyboard
 * offers capitals, autocorrect stays off). A code of the wrong shape is refused here; one the server does
 * not know comes back as `problem`, and the keyboard returns to the field.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkCode } from '../../state/meeting/participant-forms.ts';
import { FieldProblemText } from './FormParts.tsx';

interface CodeStepProps {
  initialCode: string;
  /** What the server said of the last code tried (in words); `seq` tells one try from the next. */
  problem: { text: string; seq: number } | null;
  busy: boolean;
  focusOnMount: boolean;
  onSubmit(code: string): void;
}

const FIELD = 'join-code';

export function CodeStep({ initialCode, problem, busy, focusOnMount, onSubmit }: CodeStepProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(initialCode);
  const [localProblem, setLocalProblem] = useState('');
  // The server's problem stays until the code is changed.
  const [edited, setEdited] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const error = localProblem || (edited ? '' : (problem?.text ?? ''));

  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  // A new problem from the server: back to the field, which is read with it.
  useEffect(() => {
    if (!problem) return;
    setEdited(false);
    input.current?.focus();
  }, [problem]);
  useEffect(() => {
    document.title = `${t('meetingJoin.title')} – ${t('app.name')}`;
  }, [t]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = checkCode(typed);
    if (!checked.ok) {
      setLocalProblem(t(`meetingJoin.code.${checked.problem.code}`, checked.problem.values));
      input.current?.focus();
      return;
    }
    setLocalProblem('');
    onSubmit(checked.code);
  }

  return (
    <section aria-labelledby="join-code-title" className="kv-join">
      <Heading level={1} id="join-code-title" tabIndex={-1} ref={heading}>
        {t('meetingJoin.title')}
      </Heading>
      <Paragraph>{t('meetingJoin.code.intro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <div className="kv-field kv-join-field">
          <label htmlFor={FIELD}>{t('meetingJoin.code.label')}</label>
          <span id={`${FIELD}-hint`} className="kv-hint">
            {t('meetingJoin.code.hint')}
          </span>
          <input
            id={FIELD}
            ref={input}
            className="kv-join-input kv-join-code"
            type="text"
            inputMode="text"
            autoComplete="off"
            autoCapitalize="characters"
            autoCorrect="off"
            spellCheck={false}
            maxLength={40}
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${FIELD}-hint ${FIELD}-error` : `${FIELD}-hint`}
            onChange={(event) => {
              setTyped(event.target.value);
              setLocalProblem('');
              setEdited(true);
            }}
          />
          <FieldProblemText id={FIELD} message={error} />
        </div>
        <Button type="submit" purpose="primary" className="kv-join-button" busy={busy}>
          {busy ? t('meetingJoin.code.checking') : t('meetingJoin.code.submit')}
        </Button>
      </form>
    </section>
  );
}
