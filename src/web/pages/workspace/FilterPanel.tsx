/** Filter checkboxes for the map: spelers outside them fade, so the rest stands out. */

import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS, FORCES, RELATION_TYPES, type WorkspaceGraph } from '../../../domain/index.ts';
import { hasFilters, type MapFilters, NO_FILTERS, toggle } from '../../state/map-filters.ts';

interface FilterPanelProps {
  data: WorkspaceGraph;
  filters: MapFilters;
  visibleCount: number;
  onChange(filters: MapFilters): void;
}

export function FilterPanel({ data, filters, visibleCount, onChange }: FilterPanelProps) {
  const { t } = useTranslation();
  const wijken = useMemo(
    () => [...new Set([...data.workspace.wijken, ...data.actors.flatMap((a) => a.wijken)])].sort(),
    [data],
  );

  const group = (
    key: keyof MapFilters,
    legend: string,
    options: readonly string[],
    label: (o: string) => string,
  ) =>
    options.length > 0 && (
      <fieldset className="kv-fieldset kv-filter-group">
        <legend>{legend}</legend>
        {options.map((option) => (
          <label key={option} className="kv-checkbox">
            <input
              type="checkbox"
              checked={filters[key].includes(option)}
              onChange={() => onChange({ ...filters, [key]: toggle(filters[key], option) })}
            />{' '}
            {label(option)}
          </label>
        ))}
      </fieldset>
    );

  return (
    <section className="kv-filters" aria-labelledby="filters-heading">
      <Heading level={2} id="filters-heading">
        {t('filters.title')}
      </Heading>
      <p className="kv-muted">{t('filters.intro')}</p>
      <p className="kv-muted" role="status">
        {hasFilters(filters) ? t('filters.active', { visible: visibleCount, total: data.actors.length }) : ''}
      </p>
      {group('forces', t('filters.force'), FORCES, (f) => t(`force.${f}`))}
      {group('domains', t('filters.domain'), DOMAINS, (d) => t(`domain.${d}`))}
      {group('relationTypes', t('filters.relationType'), RELATION_TYPES, (r) => t(`relationType.${r}`))}
      {group('wijken', t('filters.wijk'), wijken, (w) => w)}
      {hasFilters(filters) && (
        <button type="button" className="kv-link-button" onClick={() => onChange(NO_FILTERS)}>
          {t('filters.clear')}
        </button>
      )}
    </section>
  );
}
