/** E-mail, name and password fields shared by setup, login and making an account from an invitation. */
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField.tsx';

export interface AccountInput {
  email: string;
  displayName: string;
  password: string;
}

export const EMPTY_ACCOUNT: AccountInput = { email: '', displayName: '', password: '' };

interface AccountFieldsProps {
  idPrefix: string;
  value: AccountInput;
  onChange(value: AccountInput): void;
  errors: Record<string, string>;
  /** New account: asks for a name and a new password (with the length rule); login: neither. */
  isNew: boolean;
}

export function AccountFields({ idPrefix, value, onChange, errors, isNew }: AccountFieldsProps) {
  const { t } = useTranslation();
  const field = (name: keyof AccountInput) => (text: string) => onChange({ ...value, [name]: text });
  return (
    <>
      <TextField
        id={`${idPrefix}-email`}
        label={t('account.email')}
        type="email"
        autoComplete="email"
        value={value.email}
        onChange={field('email')}
        error={errors.email}
      />
      {isNew && (
        <TextField
          id={`${idPrefix}-name`}
          label={t('account.displayName')}
          hint={t('account.displayNameHint')}
          autoComplete="name"
          value={value.displayName}
          onChange={field('displayName')}
          error={errors.displayName}
        />
      )}
      <TextField
        id={`${idPrefix}-password`}
        label={t('account.password')}
        hint={isNew ? t('account.passwordHint') : undefined}
        type="password"
        autoComplete={isNew ? 'new-password' : 'current-password'}
        value={value.password}
        onChange={field('password')}
        error={errors.password}
      />
    </>
  );
}
