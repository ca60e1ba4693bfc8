/**
 * The door: on a new installation, make the first administrator (who then owns the demo werkruimte);
 * otherwise log in. After an expired session the user lands here and returns to the page they were on.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { call, hrefOf } from '../../api/client.ts';
import { FieldError } from '../../components/FieldError.tsx';
import { fieldErrors } from '../../state/problem-errors.ts';
import { logIn, setUp } from '../../state/session.ts';
import { AccountFields, type AccountInput, EMPTY_ACCOUNT } from './AccountFields.tsx';

interface SignInPageProps {
  mode: 'setup' | 'login';
  /** The session ran out: say so, so the user knows why they see this page. */
  expired?: boolean;
}

/** Why a login through the gemeente's identity provider came back here (`/inloggen?fout=…`). */
function providerFailure(): 'oidc' | 'oidc_email' | null {
  const reason = new URLSearchParams(window.location.search).get('fout');
  return reason === 'oidc' || reason === 'oidc_email' ? reason : null;
}

export function SignInPage({ mode, expired = false }: SignInPageProps) {
  const { t } = useTranslation();
  const [account, setAccount] = useState<AccountInput>(EMPTY_ACCOUNT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [provider, setProvider] = useState<string | null>(null);
  const [failure] = useState(providerFailure);

  useEffect(() => {
    if (mode !== 'login') return;
    call(contract.oidc.loginMethods)
      .then((methods) => setProvider(methods.oidc?.name ?? null))
      .catch(() => setProvider(null));
  }, [mode]);

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
      {failure && (
        <p className="kv-alert" role="alert">
          {t(failure === 'oidc' ? 'account.providerFailed' : 'account.providerEmail')}
        </p>
      )}
      {provider && (
        <p>
          {/* A real navigation: the identity provider's pages take over, then bring the user back. */}
          <a className="kv-button-link" href={hrefOf(contract.oidc.startOidcLogin)}>
            {provider}
          </a>
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
