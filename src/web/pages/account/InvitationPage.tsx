/**
 * Opening an invitation link (/uitnodiging#token): what it is for, then join — signed in with one click,
 * or by logging in or making an account here. The token stays in the fragment, which browsers never send
 * to a server, and travels to the API in a request body only.
 */

import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import { ApiProblem, call } from '../../api/client.ts';
import { FieldError } from '../../components/FieldError.tsx';
import { formatDate } from '../../i18n/format.ts';
import { navigate, workspacePath } from '../../router.ts';
import { adoptSession, useSession } from '../../state/session.ts';
import { AccountFields, type AccountInput, EMPTY_ACCOUNT } from './AccountFields.tsx';
import { SignInPage } from './SignInPage.tsx';

type Preview = contract.EndpointOutput<typeof contract.members.previewInvitation>;

/** Messages per account field; the API names them `account.email` and so on. */
function accountErrors(error: unknown, fallback: string): Record<string, string> {
  if (!(error instanceof ApiProblem)) return { form: fallback };
  const errors: Record<string, string> = {};
  for (const param of error.invalidParams) errors[param.name.replace(/^account\./, '')] ??= param.reason;
  if (Object.keys(errors).length === 0) errors.form = error.message;
  return errors;
}

export function InvitationPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problem, setProblem] = useState('');
  const [account, setAccount] = useState<AccountInput>(EMPTY_ACCOUNT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [haveAccount, setHaveAccount] = useState(false);

  useEffect(() => {
    call(contract.members.previewInvitation, { body: { token } })
      .then(setPreview)
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : t('errors.generic')));
  }, [token, t]);

  async function accept(event?: FormEvent) {
    event?.preventDefault();
    setErrors({});
    try {
      const body = session.status === 'signed-in' ? { token } : { token, account };
      const accepted = await call(contract.members.acceptInvitation, { body });
      if (accepted.session) adoptSession(accepted.session);
      navigate(workspacePath(accepted.workspaceId));
    } catch (error) {
      setErrors(accountErrors(error, t('errors.generic')));
    }
  }

  if (problem) {
    return (
      <section aria-labelledby="invitation-title">
        <Heading level={1} id="invitation-title">
          {t('invitation.title')}
        </Heading>
        <p className="kv-alert" role="alert">
          {problem}
        </p>
      </section>
    );
  }
  if (!preview) return <Paragraph>{t('app.loading')}</Paragraph>;

  const offer = t('invitation.offer', {
    workspace: preview.workspaceName,
    role: t(`roles.${preview.role}`),
    date: formatDate(preview.expiresAt, i18n.language),
  });
  return (
    <section aria-labelledby="invitation-title">
      <Heading level={1} id="invitation-title">
        {t('invitation.title')}
      </Heading>
      <Paragraph>{offer}</Paragraph>
      <Paragraph>{t(`roles.${preview.role}Explained`)}</Paragraph>
      {session.status === 'signed-in' ? (
        <>
          <FieldError id="invitation-error" message={errors.form} />
          <Button purpose="primary" onClick={() => void accept()}>
            {t('invitation.join')}
          </Button>
        </>
      ) : haveAccount ? (
        <>
          <SignInPage mode="login" />
          <Button purpose="subtle" onClick={() => setHaveAccount(false)}>
            {t('invitation.noAccount')}
          </Button>
        </>
      ) : (
        <form onSubmit={(event) => void accept(event)} noValidate>
          <Heading level={2}>{t('invitation.newAccount')}</Heading>
          <AccountFields idPrefix="invitation" value={account} onChange={setAccount} errors={errors} isNew />
          <FieldError id="invitation-form-error" message={errors.form} />
          <Button purpose="primary" type="submit">
            {t('invitation.createAndJoin')}
          </Button>
          <Button purpose="subtle" type="button" onClick={() => setHaveAccount(true)}>
            {t('invitation.haveAccount')}
          </Button>
        </form>
      )}
    </section>
  );
}
