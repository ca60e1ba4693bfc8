/** The signed-in user's own page: who they are, and changing the password (other sessions end). */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../contract/index.ts';
import type { User } from '../../../domain/index.ts';
import { call } from '../../api/client.ts';
import { FieldError } from '../../components/FieldError.tsx';
import { TextField } from '../../components/TextField.tsx';
import { fieldErrors } from '../../state/problem-errors.ts';

export function AccountPage({ user }: { user: User }) {
  const { t } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors({});
    setStatus('');
    try {
      await call(contract.session.changePassword, { body: { currentPassword, newPassword } });
      setCurrentPassword('');
      setNewPassword('');
      setStatus(t('account.passwordChanged'));
    } catch (error) {
      setErrors(fieldErrors(error, t('errors.generic')));
    }
  }

  return (
    <section aria-labelledby="account-title">
      <Heading level={1} id="account-title">
        {t('account.title')}
      </Heading>
      <Paragraph>{t('account.signedInAs', { name: user.displayName, email: user.email })}</Paragraph>
      {user.hasPassword && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Heading level={2}>{t('account.changePassword')}</Heading>
          <TextField
            id="current-password"
            label={t('account.currentPassword')}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={errors.currentPassword}
          />
          <TextField
            id="new-password"
            label={t('account.newPassword')}
            hint={t('account.passwordHint')}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={setNewPassword}
            error={errors.newPassword}
          />
          <FieldError id="password-form-error" message={errors.form} />
          <Button purpose="primary" type="submit">
            {t('account.changePasswordSubmit')}
          </Button>
          <p className="kv-status" role="status">
            {status}
          </p>
        </form>
      )}
    </section>
  );
}
