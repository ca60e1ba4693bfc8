/**
 * The clusters the collaboration itself forms: the switch that colours the map by cluster, and the legend
 * that says in words what the colours say — size, the kracht and domein most members share, and (folded
 * away) who the members are, so the list carries what the map shows. On the five-forces layout, where
 * spelers sit by kracht, cluster colours look random: a notice offers the network layout, where clusters
 * show as groups.
 */
import { useTranslation } from 'react-i18next';
import { formatIndexValue, type Locale } from '../../../../analysis/index.ts';
import { type ClusterLegendRow, profileLevel } from '../../../state/analysis/index.ts';
import { dutchCollator } from '../../../state/collator.ts';
import type { MapLayout } from '../../../state/map-layout.ts';

interface ClusterLegendProps {
  legend: readonly ClusterLegendRow[];
  names: ReadonlyMap<string, string>;
  coloured: boolean;
  onColoured(coloured: boolean): void;
  /** No collaboration ties: every speler is its own "cluster", which is no finding. */
  noTies: boolean;
  /** The map is too small for stable clusters (`mapReliability`). */
  indicative: boolean;
  layout?: MapLayout | undefined;
  onUseNetworkLayout?: (() => void) | undefined;
}

export function ClusterLegend({
  legend,
  names,
  coloured,
  onColoured,
  noTies,
  indicative,
  layout,
  onUseNetworkLayout,
}: ClusterLegendProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const share = (value: number) => formatIndexValue({ value, format: 'share' }, locale);
  const part = (label: string, value: number) =>
    t(`diagnose.clusters.share.${profileLevel(value)}`, { label, share: share(value) });
  if (noTies)
    return (
      <section aria-labelledby="clusters-heading">
        <h3 id="clusters-heading">{t('diagnose.clusters.title')}</h3>
        <p data-testid="clusters-none">{t('diagnose.clusters.noTies')}</p>
      </section>
    );
  return (
    <section aria-labelledby="clusters-heading">
      <h3 id="clusters-heading">{t('diagnose.clusters.title')}</h3>
      <p className="kv-muted">
        {t('diagnose.clusters.intro', { count: legend.length })}
        {indicative && ` ${t('diagnose.clusters.unstable')}`}
      </p>
      <label className="kv-checkbox kv-toggle">
        <input type="checkbox" checked={coloured} onChange={(event) => onColoured(event.target.checked)} />{' '}
        {t('diagnose.clusters.colour')}
      </label>
      {coloured && layout === 'vijf_krachten' && onUseNetworkLayout && (
        <div className="kv-notice" role="note" data-testid="cluster-layout-notice">
          <p>{t('diagnose.clusters.layoutNotice')}</p>
          <button type="button" className="kv-link-button" onClick={onUseNetworkLayout}>
            {t('diagnose.clusters.useNetworkLayout')}
          </button>
        </div>
      )}
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
                        force: part(t(`force.${row.dominantForce}`), row.forceShare),
                        domain: part(
                          t(`domain.${row.dominantDomain}`).toLocaleLowerCase(locale),
                          row.domainShare,
                        ),
                      })
                    : t('diagnose.clusters.profileForce', {
                        force: part(t(`force.${row.dominantForce}`), row.forceShare),
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
