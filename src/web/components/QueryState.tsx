/** What a panel shows while its list loads, or when loading failed: "Bezig met laden…" or the reason. */
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';

export function QueryState({ query }: { query: { data?: unknown; error: Error | null } }) {
  const { t } = useTranslation();
  if (query.error)
    return (
      <p className="kv-alert" role="alert">
        {query.error.message}
      </p>
    );
  return query.data ? null : <Paragraph>{t('app.loading')}</Paragraph>;
}
