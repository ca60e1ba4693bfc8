/**
 * The two werkruimtes to compare: two lists of the werkruimtes the user is a member of (so may read) and a
 * button. Comparing puts the choice in the address, which the result follows.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError.tsx';
import { comparePath, navigate } from '../../router.ts';

interface CompareFormProps {
  workspaces: ReadonlyArray<{ id: string; name: string }>;
  selection: { a: string; b: string };
}

export function CompareForm({ workspaces, selection }: CompareFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState(selection);
  const [error, setError] = useState<{ a?: string; b?: string }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = {
      ...(choice.a ? {} : { a: t('compare.form.chooseBoth') }),
      ...(choice.b ? {} : { b: t('compare.form.chooseBoth') }),
    };
    setError(missing);
    if (missing.a || missing.b) return;
    navigate(comparePath(choice.a, choice.b));
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`} className="kv-compare-form" noValidate>
      <Heading level={2} id={`${id}-heading`}>
        {t('compare.form.heading')}
      </Heading>
      <p id={`${id}-hint`} className="kv-hint">
        {t('compare.form.hint')}
      </p>
      {(['a', 'b'] as const).map((side) => (
        <div className="kv-field" key={side}>
          <label htmlFor={`${id}-${side}`}>{t(`compare.form.${side}`)}</label>
          <select
            id={`${id}-${side}`}
            className="kv-select"
            value={choice[side]}
            aria-describedby={[`${id}-hint`, error[side] ? `${id}-${side}-error` : ''].join(' ').trim()}
            aria-invalid={Boolean(error[side])}
            onChange={(event) => setChoice((current) => ({ ...current, [side]: event.target.value }))}
          >
            <option value="">{t('compare.form.choose')}</option>
            {workspaces.map((workspace) => (
              <option key={workspace.id} value={workspace.id}>
                {workspace.name}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-${side}-error`} message={error[side]} />
        </div>
      ))}
      <Button type="submit" purpose="primary">
        {t('compare.form.submit')}
      </Button>
    </form>
  );
}
