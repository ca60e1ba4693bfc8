/**
 * The headline: the diagnosis in three or four sentences to repeat in a meeting, and the map's size. On a
 * map too small to judge, a notice above it says so and why, before anyone repeats a sentence.
 */
import { useTranslation } from 'react-i18next';
import type { Diagnosis, Locale } from '../../../../analysis/index.ts';
import { headlineSentences, indicativeNotice } from '../../../state/analysis/index.ts';

export function DiagnoseHeadline({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const sentences = headlineSentences(diagnosis, locale);
  const notice = indicativeNotice(diagnosis);
  const { network, parameters } = diagnosis;
  const spelers = t('diagnose.count.spelers', { count: network.spelers });
  const ties = t('diagnose.count.ties', { count: network.ties });
  const summary =
    network.ties === 0
      ? t('diagnose.networkSummaryNoTies', { spelers, ties })
      : t('diagnose.networkSummary', {
          spelers,
          ties,
          clusters: t('diagnose.count.clusters', { count: diagnosis.clusters.count }),
        });
  return (
    <div className="kv-headline">
      {notice && (
        <div
          className="kv-notice"
          role="note"
          aria-labelledby="diagnose-indicative-title"
          data-testid="diagnose-indicative"
        >
          <p>
            <strong id="diagnose-indicative-title">{t('diagnose.indicative.title')}</strong>
          </p>
          <p>
            {t('diagnose.indicative.size', { spelers, ties })}{' '}
            {t(`diagnose.indicative.${notice.reason}`, {
              minActors: notice.minActors,
              minTies: notice.minTies,
            })}
          </p>
          <p>{t('diagnose.indicative.advice')}</p>
        </div>
      )}
      <p data-testid="diagnose-headline">
        {sentences.map((sentence) => t(sentence.key, sentence.values ?? {}) as string).join(' ')}
      </p>
      <p className="kv-muted kv-small">
        {/* "geen spelers, …" starts a sentence: capital first letter. */}
        {summary.charAt(0).toLocaleUpperCase(locale) + summary.slice(1)}
        {!parameters.betweennessExact && ` ${t('diagnose.sampled')}`}
      </p>
    </div>
  );
}
