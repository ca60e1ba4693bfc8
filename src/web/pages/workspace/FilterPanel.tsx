/** Filter checkboxes for the map, and a "find on the map" box that selects and centres a speler. */

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS, FORCES, RELATION_TYPES, type WorkspaceGraph } from '../../../domain/index.ts';
import { TextField } from '../../components/TextField.tsx';
import { dutchCollator } from '../../state/collator.ts';
import { hasFilters, type MapFilters, NO_FILTERS, toggle } from '../../state/map-filters.ts';
import { nameSuggestions } from '../../state/name-suggestions.ts';

interface FilterPanelProps {
  data: WorkspaceGraph;
  filters: MapFilters;
  visibleCount: number;
  onChange(filters: MapFilters): void;
  onFind(actorId: string): void;
}

export function FilterPanel({ data, filters, visibleCount, onChange, onFind }: FilterPanelProps) {
  const { t } = useTranslation();
  const [find, setFind] = useState('');
  const byName = useMemo(() => new Map(data.actors.map((a) => [a.name.toLowerCase(), a.id])), [data]);
  const names = useMemo(
    () => data.actors.map((a) => a.name).sort((a, b) => dutchCollator.compare(a, b)),
    [data],
  );
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
    <div className="kv-filters">
      <TextField
        id="find-on-map"
        label={t('filters.findOnMap')}
        hint={t('filters.findHint')}
        value={find}
        onChange={(value) => {
          setFind(value);
          const id = byName.get(value.trim().toLowerCase());
          if (id) onFind(id);
        }}
        list="find-on-map-options"
      >
        <datalist id="find-on-map-options">
          {nameSuggestions(names, find).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </TextField>
      <details open>
        <summary>{t('filters.title')}</summary>
        <p className="kv-muted" role="status">
          {hasFilters(filters)
            ? t('filters.active', { visible: visibleCount, total: data.actors.length })
            : ''}
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
      </details>
    </div>
  );
}
