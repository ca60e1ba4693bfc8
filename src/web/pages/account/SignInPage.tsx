/**
 * The door: on a new installation, make the first administrator (who then owns the demo werkruimte);
 * otherwise log in. After an expired session the user lands here and returns to the page they were on.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError.tsx';
import { fieldErrors } from '../../state/problem-errors.ts';
import { logIn, setUp } from '../../state/session.ts';
import { AccountFields, type AccountInput, EMPTY_ACCOUNT } from './AccountFields.tsx';

interface SignInPageProps {
  mode: 'setup' | 'login';
  /** The session ran out: say so, so the user knows why they see this page. */
  expired?: boolean;
}

export function SignInPage({ mode, expired = false }: SignInPageProps) {
  const { t } = useTranslation();
  const [account, setAccount] = useState<AccountInput>(EMPTY_ACCOUNT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({});
    try {
      if (mode === 'setup') await setUp(account);
      else await logIn(account.email, account.password);
    } catch (error) {
      setErrors(fieldErrors(error, t('errors.generic')));
      setBusy(false);
    }
  }

  return (
    <section className="kv-signin" aria-labelledby="signin-title">
      <Heading level={1} id="signin-title">
        {mode === 'setup' ? t('account.setupTitle') : t('account.loginTitle')}
      </Heading>
      {mode === 'setup' && <Paragraph>{t('account.setupIntro')}</Paragraph>}
      {expired && (
        <p className="kv-alert" role="alert">
          {t('account.expired')}
        </p>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <AccountFields
          idPrefix={mode}
          value={account}
          onChange={setAccount}
          errors={errors}
          isNew={mode === 'setup'}
        />
        <FieldError id={`${mode}-form-error`} message={errors.form} />
        <Button purpose="primary" type="submit" disabled={busy}>
          {mode === 'setup' ? t('account.setupSubmit') : t('account.loginSubmit')}
        </Button>
      </form>
    </section>
  );
}
