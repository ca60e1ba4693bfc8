/**
 * The five krachten in both werkruimtes: per kracht how many spelers it has and how many relaties one of its
 * spelers takes part in, each with its share ("12 (18%)").
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/ScrollRegion.tsx';
import { localeOf } from '../../i18n/format.ts';
import { type Comparison, forceRows, percent } from '../../state/compare/compare-view.ts';

export function ForceTable({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const locale = localeOf(i18n.language);
  const names = { a: comparison.a.workspace.label, b: comparison.b.workspace.label };
  const cell = (count: number, share: number | null) => {
    const shown = percent(share, locale);
    return shown === null ? t('compare.forces.none') : t('compare.forces.cell', { count, share: shown });
  };
  const columns = [
    { key: 'actors-a', label: t('compare.forces.actors', { name: names.a }) },
    { key: 'actors-b', label: t('compare.forces.actors', { name: names.b }) },
    { key: 'relations-a', label: t('compare.forces.relations', { name: names.a }) },
    { key: 'relations-b', label: t('compare.forces.relations', { name: names.b }) },
  ];
  return (
    <section aria-labelledby={`${id}-heading`}>
      <Heading level={3} id={`${id}-heading`}>
        {t('compare.forces.heading')}
      </Heading>
      <Paragraph>{t('compare.forces.intro')}</Paragraph>
      <ScrollRegion label={t('compare.forces.caption')}>
        <table className="kv-table kv-compact" data-testid="compare-forces">
          <caption className="kv-caption">{t('compare.forces.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.forces.force')}</th>
              {columns.map((column) => (
                <th key={column.key} scope="col" className="kv-number">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {forceRows(comparison).map((row) => (
              <tr key={row.force}>
                <th scope="row">{t(`force.${row.force}`)}</th>
                <td className="kv-number">{cell(row.a.actors, row.a.actorShare)}</td>
                <td className="kv-number">{cell(row.b.actors, row.b.actorShare)}</td>
                <td className="kv-number">{cell(row.a.relations, row.a.relationShare)}</td>
                <td className="kv-number">{cell(row.b.relations, row.b.relationShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
