/**
 * The diagnosis of both werkruimtes in one table: per index its value and band in words in each (colour
 * only repeats the word), which one reads better, and the sentence that says why. The texts come from the
 * server, made by the same analysis as the Diagnose panel's cards.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { type Comparison, type IndexRow, indexRows } from '../../state/compare/compare-view.ts';

export function IndexTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const id = useId();
  const names = { a: comparison.a.workspace.label, b: comparison.b.workspace.label };
  const verdict = (row: IndexRow) =>
    row.better === 'a' || row.better === 'b' ? names[row.better] : t(`compare.indices.verdict.${row.better}`);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {t('compare.indices.heading')}
      </Heading>
      <Paragraph>{t('compare.indices.intro')}</Paragraph>
      <ScrollRegion label={t('compare.indices.caption')}>
        <table className="kv-table kv-compare-table" data-testid="compare-indices">
          <caption className="kv-caption">{t('compare.indices.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.indices.index')}</th>
              <th scope="col">{names.a}</th>
              <th scope="col">{names.b}</th>
              <th scope="col">{t('compare.indices.better')}</th>
              <th scope="col">{t('compare.indices.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {indexRows(comparison).map((row) => (
              <tr key={row.key} data-key={row.key}>
                <th scope="row">{row.title}</th>
                {(['a', 'b'] as const).map((side) => (
                  <td key={side} className={`kv-compare-band kv-band-${row[side].band}`}>
                    <span className="kv-strong">{row[side].value}</span>{' '}
                    <span>({t(`compare.indices.bands.${row[side].band}`)})</span>
                  </td>
                ))}
                <td>{verdict(row)}</td>
                <td className="kv-compare-sentence">{row.sentence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
