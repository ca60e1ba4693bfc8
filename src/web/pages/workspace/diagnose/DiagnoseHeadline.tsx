/** The headline: the diagnosis in three or four sentences to repeat in a meeting, and the map's size. */
import { useTranslation } from 'react-i18next';
import type { Diagnosis, Locale } from '../../../../analysis/index.ts';
import { headlineSentences } from '../../../state/analysis/index.ts';

export function DiagnoseHeadline({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const sentences = headlineSentences(diagnosis, locale);
  const { network, parameters } = diagnosis;
  return (
    <div className="kv-headline">
      <p data-testid="diagnose-headline">
        {sentences.map((sentence) => t(sentence.key, sentence.values ?? {}) as string).join(' ')}
      </p>
      <p className="kv-muted kv-small">
        {t('diagnose.networkSummary', {
          spelers: network.spelers,
          ties: network.ties,
          clusters: diagnosis.clusters.count,
        })}
        {!parameters.betweennessExact && ` ${t('diagnose.sampled')}`}
      </p>
    </div>
  );
}
