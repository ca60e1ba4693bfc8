/**
 * The index cards: every figure with its title, value, what the value means here and what one could do —
 * never a number without its explanation. "What it measures" sits behind a disclosure. The texts come from
 * the analysis' explanations, the same the API and the CLI give.
 */
import { useTranslation } from 'react-i18next';
import { type Diagnosis, explainIndex, type Locale, mapReliability } from '../../../../analysis/index.ts';

export function IndexCards({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <section aria-labelledby="indices-heading">
      <h3 id="indices-heading">{t('diagnose.indices.title')}</h3>
      <p className="kv-muted">{t('diagnose.indices.intro')}</p>
      {/* The card texts are shared with the API and the CLI and speak plainly; on a small map this
          sentence makes them a first impression. */}
      {mapReliability(diagnosis.network).indicative && (
        <p className="kv-notice" data-testid="indices-indicative">
          {t('diagnose.indices.introIndicative')}
        </p>
      )}
      <ul className="kv-cards">
        {diagnosis.indices.map((card) => {
          const text = explainIndex(card, diagnosis.parameters.grouping, locale);
          return (
            <li
              key={card.key}
              className={`kv-card kv-band-${card.band}`}
              data-testid="index-card"
              data-key={card.key}
            >
              <h4 className="kv-card-title" id={`index-${card.key}-title`}>
                {text.title}
              </h4>
              <p className="kv-card-value" data-testid="index-value">
                {text.value}
              </p>
              <p data-testid="index-reading">{text.reading}</p>
              <p data-testid="index-action">
                <strong>{t('diagnose.indices.action')}</strong> {text.action}
              </p>
              <details className="kv-disclosure">
                <summary>{t('diagnose.indices.measures')}</summary>
                <p data-testid="index-measures">{text.measures}</p>
              </details>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
