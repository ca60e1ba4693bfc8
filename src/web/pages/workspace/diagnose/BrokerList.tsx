/**
 * "Wie trekt de samenwerking?": the ten spelers that connect the most kokers, each with its Gould–Fernandez
 * roles in words and its ties into other kokers. A name is a button: it selects the speler on the map and
 * opens its panel.
 */
import { useTranslation } from 'react-i18next';
import { type Diagnosis, explainRole, type Locale } from '../../../../analysis/index.ts';
import { brokerRows, siloLabel } from '../../../state/analysis/index.ts';

interface BrokerListProps {
  diagnosis: Diagnosis;
  selectedId: string | null;
  onSelect(id: string): void;
}

export function BrokerList({ diagnosis, selectedId, onSelect }: BrokerListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const grouping = diagnosis.parameters.grouping;
  const rows = brokerRows(diagnosis);
  const words = {
    force: (code: string) => t(`force.${code}`),
    domain: (code: string) => t(`domain.${code}`),
  };
  return (
    <section aria-labelledby="brokers-heading">
      <h3 id="brokers-heading">{t('diagnose.brokers.title')}</h3>
      <p className="kv-muted">{t('diagnose.brokers.intro')}</p>
      {rows.length === 0 ? (
        <p>{t('diagnose.brokers.none')}</p>
      ) : (
        <ol className="kv-rank-list" data-testid="broker-list">
          {rows.map((row) => (
            <li key={row.id} className={row.id === selectedId ? 'kv-selected' : undefined}>
              <button
                type="button"
                className="kv-link-button kv-strong"
                aria-pressed={row.id === selectedId}
                onClick={() => onSelect(row.id)}
              >
                {row.name}
              </button>
              <span className="kv-muted">
                {' '}
                · {t(`force.${row.force}`)}
                {row.koker && ` · ${siloLabel(grouping, row.koker, words)}`}
              </span>
              <p className="kv-small">
                {t('diagnose.brokers.crossTies', { count: row.crossTies, kokers: row.kokersReached })}
              </p>
              <ul className="kv-roles">
                {row.roles.map(({ role, count }) => {
                  const text = explainRole(role, grouping, locale);
                  return (
                    <li key={role}>
                      <strong>{text.title}</strong> ({t('diagnose.brokers.times', { count })}): {text.meaning}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
