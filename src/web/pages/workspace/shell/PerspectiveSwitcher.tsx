/**
 * "Kaart volgens": draw the map (and run the diagnosis) as one perspective sees it, or as all perspectives
 * together, instead of as the editors typed it in; and "Tweede kaart ernaast": a second perspective's map
 * beside the first, to compare. The registers and panels keep showing everything that is stored; only the
 * map and the diagnosis read the claims (src/analysis/claims/effective-map.ts). The choice lives in the
 * address (state/map-view.ts), so it survives a reload and a change of panel, and can be shared.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Perspective } from '../../../../domain/index.ts';
import { changeMapView, type MapView } from '../../../state/map-view.ts';
import { perspectivesByForce } from '../../../state/perspective-groups.ts';

export type { MapPerspective } from '../../../state/map-view.ts';

interface PerspectiveSwitcherProps {
  perspectives: readonly Perspective[];
  value: MapView;
  onChange(value: MapView): void;
}

export function PerspectiveSwitcher({ perspectives, value, onChange }: PerspectiveSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  // Grouped by kracht: an uitvraag makes a perspective per respondent speler.
  const options = (shown: readonly Perspective[]) =>
    perspectivesByForce(shown).map((group) => (
      <optgroup
        key={group.force ?? 'none'}
        label={group.force ? t(`force.${group.force}`) : t('shell.perspective.noForce')}
      >
        {group.perspectives.map((perspective) => (
          <option key={perspective.id} value={perspective.id}>
            {perspective.name}
          </option>
        ))}
      </optgroup>
    ));
  return (
    <div className="kv-perspective-switcher">
      <div>
        <label htmlFor={`${id}-map`}>{t('shell.perspective.label')}</label>
        <select
          id={`${id}-map`}
          className="kv-select"
          value={value.perspective}
          onChange={(event) => onChange(changeMapView(value, { perspective: event.target.value }))}
        >
          <option value="">{t('shell.perspective.stored')}</option>
          <option value="all">{t('shell.perspective.all')}</option>
          {options(perspectives)}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-beside`}>{t('mapView.beside')}</label>
        <select
          id={`${id}-beside`}
          className="kv-select"
          value={value.beside}
          onChange={(event) => onChange(changeMapView(value, { beside: event.target.value }))}
        >
          <option value="">{t('mapView.besideNone')}</option>
          {options(perspectives.filter((perspective) => perspective.id !== value.perspective))}
        </select>
      </div>
    </div>
  );
}
