/** Per formal koker: how many spelers, how many ties stay inside and go out, and its own E-I index. */
import { useTranslation } from 'react-i18next';
import { type Diagnosis, formatIndexValue, groupingWord, type Locale } from '../../../../analysis/index.ts';
import { ScrollRegion } from '../../../components/ScrollRegion.tsx';
import { siloLabel } from '../../../state/analysis/index.ts';

export function SiloTable({ diagnosis }: { diagnosis: Diagnosis }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { kokers, parameters } = diagnosis;
  const koker = groupingWord(parameters.grouping, locale);
  const words = {
    force: (code: string) => t(`force.${code}`),
    domain: (code: string) => t(`domain.${code}`),
  };
  const rows = [...kokers.rows].filter((row) => row.size > 0).sort((a, b) => b.size - a.size);
  return (
    <section aria-labelledby="kokers-heading">
      <h3 id="kokers-heading">{t('diagnose.kokers.title', { koker })}</h3>
      <p className="kv-muted">{t('diagnose.kokers.intro')}</p>
      <ScrollRegion label={t('diagnose.kokers.title', { koker })}>
        <table className="kv-table kv-compact" data-testid="koker-table">
          <thead>
            <tr>
              <th scope="col">{t('diagnose.kokers.koker')}</th>
              <th scope="col" className="kv-number">
                {t('diagnose.kokers.size')}
              </th>
              <th scope="col" className="kv-number">
                {t('diagnose.kokers.internal')}
              </th>
              <th scope="col" className="kv-number">
                {t('diagnose.kokers.external')}
              </th>
              <th scope="col" className="kv-number">
                {t('diagnose.kokers.ei')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{siloLabel(parameters.grouping, row.label, words)}</th>
                <td className="kv-number">{row.size}</td>
                <td className="kv-number">{row.internal}</td>
                <td className="kv-number">{row.external}</td>
                <td className="kv-number">
                  {formatIndexValue({ value: row.eiIndex, format: 'index' }, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {kokers.ungrouped > 0 && (
        <p className="kv-muted">{t('diagnose.kokers.ungrouped', { count: kokers.ungrouped, koker })}</p>
      )}
    </section>
  );
}
