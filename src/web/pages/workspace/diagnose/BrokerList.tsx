/**
 * "Wie trekt de samenwerking?": the ten spelers that connect the most kokers, each with its Gould–Fernandez
 * roles and, for each role, a sentence that says what its count means ("verbindt 55 keer twee spelers uit
 * verschillende kokers die niet direct met elkaar samenwerken") — a bare "Verbinder (55 keer)" explains
 * nothing. A disclosure says once how the roles are counted. A name is a button: it selects the speler on
 * the map and opens its panel.
 */
import { useTranslation } from 'react-i18next';
import {
  BROKERAGE_ROLES,
  type Diagnosis,
  explainRole,
  groupingWord,
  type Locale,
} from '../../../../analysis/index.ts';
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
  const koker = groupingWord(grouping, locale);
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
        <>
          <details className="kv-disclosure" data-testid="broker-roles-help">
            <summary>{t('diagnose.brokers.howCounted')}</summary>
            <p>{t('diagnose.brokers.howCountedText')}</p>
            <dl className="kv-roles">
              {BROKERAGE_ROLES.map((role) => {
                const text = explainRole(role, grouping, locale);
                return (
                  <div key={role}>
                    <dt>
                      <strong>{text.title}</strong>
                    </dt>
                    <dd>{text.meaning}</dd>
                  </div>
                );
              })}
            </dl>
          </details>
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
                  {t('diagnose.brokers.crossTies', {
                    count: row.crossTies,
                    kokers: t('diagnose.brokers.kokers', { count: row.kokersReached }),
                  })}
                </p>
                <ul className="kv-roles" data-testid="broker-roles">
                  {row.roles.map(({ role, count }) => (
                    <li key={role}>
                      <strong>{explainRole(role, grouping, locale).title}</strong>:{' '}
                      {t(`diagnose.brokers.role.${role}`, { count, koker })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
