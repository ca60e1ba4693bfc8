/**
 * The clusters the collaboration itself forms: the switch that colours the map by cluster, and the legend
 * that says in words what the colours say — size, the kracht and domein most members share, and (folded
 * away) who the members are, so the list carries what the map shows.
 */
import { useTranslation } from 'react-i18next';
import { formatIndexValue, type Locale } from '../../../../analysis/index.ts';
import type { ClusterLegendRow } from '../../../state/analysis/index.ts';
import { dutchCollator } from '../../../state/collator.ts';

interface ClusterLegendProps {
  legend: readonly ClusterLegendRow[];
  names: ReadonlyMap<string, string>;
  coloured: boolean;
  onColoured(coloured: boolean): void;
}

export function ClusterLegend({ legend, names, coloured, onColoured }: ClusterLegendProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const share = (value: number) => formatIndexValue({ value, format: 'share' }, locale);
  return (
    <section aria-labelledby="clusters-heading">
      <h3 id="clusters-heading">{t('diagnose.clusters.title')}</h3>
      <p className="kv-muted">{t('diagnose.clusters.intro', { count: legend.length })}</p>
      <label className="kv-checkbox kv-toggle">
        <input type="checkbox" checked={coloured} onChange={(event) => onColoured(event.target.checked)} />{' '}
        {t('diagnose.clusters.colour')}
      </label>
      <ul className="kv-cluster-legend" aria-label={t('diagnose.clusters.legend')}>
        {legend.map((row) => (
          <li key={row.cluster} data-testid="cluster-row">
            <span className="kv-swatch" style={{ backgroundColor: row.color }} aria-hidden="true" />
            <div>
              <strong>{t('diagnose.clusters.name', { number: row.number })}</strong>:{' '}
              {t('diagnose.clusters.size', { count: row.size })}
              {row.size === 1 ? (
                ` (${row.memberIds.map((id) => names.get(id) ?? id).join('')})`
              ) : (
                <>
                  {'; '}
                  {row.dominantDomain
                    ? t('diagnose.clusters.profile', {
                        force: t(`force.${row.dominantForce}`),
                        forceShare: share(row.forceShare),
                        domain: t(`domain.${row.dominantDomain}`).toLocaleLowerCase(locale),
                        domainShare: share(row.domainShare),
                      })
                    : t('diagnose.clusters.profileForce', {
                        force: t(`force.${row.dominantForce}`),
                        forceShare: share(row.forceShare),
                      })}
                  <details className="kv-disclosure">
                    <summary>{t('diagnose.clusters.members', { number: row.number })}</summary>
                    <p>
                      {row.memberIds
                        .map((id) => names.get(id) ?? id)
                        .sort((a, b) => dutchCollator.compare(a, b))
                        .join(', ')}
                    </p>
                  </details>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
