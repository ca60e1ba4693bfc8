/**
 * The agreement figure: how alike two perspectives see the relaties, as a percentage with what it means
 * in B1 words and, behind a disclosure, its definition (weighted Jaccard of the two tie sets), and how
 * many relaties fall in each group of the list below.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as contract from '../../../../contract/index.ts';
import { agreementPercent } from './summary.ts';
import type { SideNames } from './ties.ts';

interface AgreementSectionProps {
  divergence: contract.divergence.Divergence;
  names: SideNames;
}

export function AgreementSection({ divergence, names }: AgreementSectionProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const counts: [string, number][] = [
    [t('divergence.agreement.shared'), divergence.shared],
    [t('divergence.agreement.contested'), divergence.contested.length],
    [t('divergence.agreement.only', { name: names.a }), divergence.onlyA.length],
    [t('divergence.agreement.only', { name: names.b }), divergence.onlyB.length],
    [t('divergence.agreement.strength'), divergence.strengthDifferences.length],
  ];
  return (
    <section aria-labelledby={`${id}-agreement`} className="kv-divergence-section">
      <h3 id={`${id}-agreement`}>{t('divergence.agreement.title')}</h3>
      {divergence.agreement === null ? (
        <p>{t('divergence.agreement.none')}</p>
      ) : (
        <p className="kv-divergence-figure" data-testid="divergence-agreement">
          <strong className="kv-card-value">{agreementPercent(divergence.agreement, i18n.language)}</strong>{' '}
          {t('divergence.agreement.label')}
        </p>
      )}
      <p>{t('divergence.agreement.explain')}</p>
      <details className="kv-disclosure">
        <summary className="kv-divergence-more">{t('divergence.agreement.definitionTitle')}</summary>
        <p data-testid="divergence-definition">{t('divergence.agreement.definition')}</p>
      </details>
      <h4>{t('divergence.agreement.counts')}</h4>
      <dl className="kv-divergence-counts">
        {counts.map(([label, count]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{count}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
