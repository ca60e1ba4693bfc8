/**
 * Asks before a second speler gets a name the werkruimte already has: two "Buurtteam Zuid"s are hard to
 * tell apart on the map and in spreadsheets. Shows the existing ones as links, and a checkbox to say that
 * this really is another speler; the form refuses to save until it is ticked.
 */
import { useTranslation } from 'react-i18next';
import { followLink } from '../router.ts';
import { FieldError } from './FieldError.tsx';

interface DuplicateNameCheckProps {
  idPrefix: string;
  matches: readonly { id: string; name: string }[];
  hrefOf(actorId: string): string;
  confirmed: boolean;
  onConfirm(confirmed: boolean): void;
  error?: string | undefined;
}

export function DuplicateNameCheck({
  idPrefix,
  matches,
  hrefOf,
  confirmed,
  onConfirm,
  error,
}: DuplicateNameCheckProps) {
  const { t } = useTranslation();
  if (matches.length === 0) return null;
  const id = `${idPrefix}-duplicate`;
  return (
    <fieldset className="kv-warning" aria-labelledby={`${id}-text`}>
      <p id={`${id}-text`} className="kv-warning-text">
        {t('duplicateName.exists', { count: matches.length })}{' '}
        {matches.map((match, index) => (
          <span key={match.id}>
            {index > 0 && ', '}
            <a href={hrefOf(match.id)} onClick={followLink}>
              {match.name}
            </a>
          </span>
        ))}
        . {t('duplicateName.question')}
      </p>
      <label className="kv-checkbox">
        <input
          id={id}
          type="checkbox"
          checked={confirmed}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => onConfirm(event.target.checked)}
        />{' '}
        {t('duplicateName.confirm')}
      </label>
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
