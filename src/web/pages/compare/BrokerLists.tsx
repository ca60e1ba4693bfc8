/**
 * The brokers of each werkruimte side by side, best first, as the Diagnose panel ranks them: name, kracht,
 * koker, and how often the speler joins two spelers of different kokers that have no tie themselves.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupingKey } from '../../../analysis/index.ts';
import { siloLabel } from '../../state/analysis/index.ts';
import type { Comparison } from '../../state/compare/compare-view.ts';

export function BrokerLists({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const id = useId();
  const words = {
    force: (code: string) => t(`force.${code}`),
    domain: (code: string) => t(`domain.${code}`),
  };
  const koker = (label: string) => siloLabel(comparison.grouping as GroupingKey, label, words);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {t('compare.brokers.heading')}
      </Heading>
      <Paragraph>{t('compare.brokers.intro')}</Paragraph>
      <div className="kv-compare-columns">
        {(['a', 'b'] as const).map((side) => {
          const { workspace, brokers } = comparison[side];
          return (
            <section key={side} aria-labelledby={`${id}-${side}`} data-testid={`compare-brokers-${side}`}>
              <Heading level={4} id={`${id}-${side}`}>
                {t('compare.brokers.of', { name: workspace.label })}
              </Heading>
              {brokers.length === 0 ? (
                <Paragraph>{t('compare.brokers.none')}</Paragraph>
              ) : (
                <ol className="kv-rank-list">
                  {brokers.map((broker) => (
                    <li key={broker.id}>
                      <span className="kv-strong">{broker.name}</span>
                      <span className="kv-muted">
                        {' '}
                        · {t(`force.${broker.force}`)}
                        {broker.koker && ` · ${koker(broker.koker)}`}
                      </span>
                      <p className="kv-small">{t('compare.brokers.score', { count: broker.score })}</p>
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
