/**
 * What a what-if change does: every index before and after, the difference, and whether that is towards
 * less or more verkokering (read from the index' direction) — or, below the index' meaningful threshold,
 * "nauwelijks verschil" in a neutral colour — plus the number of clusters and of residents' initiatives
 * whose only direct line to the gemeente is subsidy.
 */
import { useTranslation } from 'react-i18next';
import {
  EXPLANATIONS,
  formatIndexValue,
  type Locale,
  type WhatIfResult,
} from '../../../../analysis/index.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { countDirection, type Direction, deltaRows, formatDelta } from '../../../state/analysis/index.ts';

export function DeltaTable({ result }: { result: WhatIfResult }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const titles = EXPLANATIONS[locale].indices;
  const effect = (direction: Direction) => (
    <span className={`kv-effect kv-effect-${direction}`}>{t(`diagnose.whatIf.direction.${direction}`)}</span>
  );
  const change = (delta: number | null, format: Parameters<typeof formatDelta>[1]) => {
    if (delta === null) return '–';
    if (Math.abs(delta) < 1e-9) return '0';
    const { text, points } = formatDelta(delta, format, locale);
    return points ? t('diagnose.whatIf.points', { value: text }) : text;
  };
  const counts = [
    {
      key: 'clusters',
      label: t('diagnose.whatIf.clusters'),
      before: result.clusters.before,
      after: result.clusters.after,
    },
    {
      key: 'subsidyOnly',
      label: t('diagnose.whatIf.subsidyOnly'),
      before: result.residents.subsidyOnlyBefore,
      after: result.residents.subsidyOnlyAfter,
    },
  ];
  const rows = deltaRows(result);
  return (
    <div>
      <ScrollRegion label={t('diagnose.whatIf.deltaTitle')}>
        <table className="kv-table kv-compact" data-testid="delta-table">
          <caption className="kv-caption">{t('diagnose.whatIf.deltaTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('diagnose.whatIf.index')}</th>
              <th scope="col" className="kv-number">
                {t('diagnose.whatIf.before')}
              </th>
              <th scope="col" className="kv-number">
                {t('diagnose.whatIf.after')}
              </th>
              <th scope="col" className="kv-number">
                {t('diagnose.whatIf.change')}
              </th>
              <th scope="col">{t('diagnose.whatIf.effect')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-testid={`delta-${row.key}`} data-direction={row.direction}>
                <th scope="row">{titles[row.key].title}</th>
                <td className="kv-number">
                  {formatIndexValue({ value: row.before, format: row.format }, locale)}
                </td>
                <td className="kv-number">
                  {formatIndexValue({ value: row.after, format: row.format }, locale)}
                </td>
                <td className="kv-number" data-testid="delta-change">
                  {change(row.delta, row.format)}
                </td>
                <td>{effect(row.direction)}</td>
              </tr>
            ))}
            {counts.map((row) => (
              <tr key={row.key} data-testid={`delta-${row.key}`}>
                <th scope="row">{row.label}</th>
                <td className="kv-number">{row.before}</td>
                <td className="kv-number">{row.after}</td>
                <td className="kv-number">{change(row.after - row.before, 'count')}</td>
                <td>{effect(countDirection(row.before, row.after))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.some((row) => row.direction === 'slight') && (
        <p className="kv-muted kv-small" data-testid="delta-slight-note">
          {t('diagnose.whatIf.slightNote')}
        </p>
      )}
      {!result.exactPaths && <p className="kv-muted kv-small">{t('diagnose.whatIf.estimated')}</p>}
    </div>
  );
}
