/**
 * Suggested contacts: pairs that share a domein, a wijk or several contacts but have no tie, each with its
 * one-line reason. Showing one points out both spelers on the map (the rest fades) and moves the camera to
 * them; "try it" puts the contact into the what-if mode.
 */
import { useTranslation } from 'react-i18next';
import { type Diagnosis, explainReason, type Locale } from '../../../../analysis/index.ts';
import { type SuggestionRow, suggestionRows } from '../../../state/analysis/index.ts';

interface SuggestionListProps {
  diagnosis: Diagnosis;
  activeKey: string | null;
  onShow(row: SuggestionRow | null): void;
  onTry(row: SuggestionRow): void;
}

export function SuggestionList({ diagnosis, activeKey, onShow, onTry }: SuggestionListProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const rows = suggestionRows(diagnosis);
  const domain = (code: string) => t(`domain.${code}`).toLocaleLowerCase(locale);
  return (
    <section aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">{t('diagnose.suggestions.title')}</h3>
      <p className="kv-muted">{t('diagnose.suggestions.intro')}</p>
      {activeKey && (
        <button type="button" className="kv-link-button" onClick={() => onShow(null)}>
          {t('diagnose.suggestions.clear')}
        </button>
      )}
      {rows.length === 0 ? (
        <p>{t('diagnose.suggestions.none')}</p>
      ) : (
        <ol className="kv-rank-list" data-testid="suggestion-list">
          {rows.map((row) => {
            const active = row.key === activeKey;
            return (
              <li key={row.key} className={active ? 'kv-selected' : undefined}>
                <p className="kv-strong">
                  {row.sourceName} — {row.targetName}
                </p>
                <p className="kv-small">{explainReason(row.reason, locale, domain)}</p>
                <div className="kv-actions">
                  <button
                    type="button"
                    className="kv-link-button"
                    aria-pressed={active}
                    onClick={() => onShow(active ? null : row)}
                  >
                    {t('diagnose.suggestions.show')}
                    <span className="kv-visually-hidden">
                      : {row.sourceName} — {row.targetName}
                    </span>
                  </button>
                  <button type="button" className="kv-link-button" onClick={() => onTry(row)}>
                    {t('diagnose.suggestions.try')}
                    <span className="kv-visually-hidden">
                      : {row.sourceName} — {row.targetName}
                    </span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
