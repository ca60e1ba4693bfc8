/**
 * "Kaart volgens": draw the map (and run the diagnosis) as one perspective sees it, or as all perspectives
 * together, instead of as the editors typed it in. The registers and panels keep showing everything that is
 * stored; only the map and the diagnosis read the claims (src/analysis/claims/effective-map.ts).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import * as contract from '../../../../contract/index.ts';
import { useEndpoint } from '../../../api/queries.ts';

/** '' is the map as stored, 'all' every perspective together, otherwise one perspective's id. */
export type MapPerspective = string;

interface PerspectiveSwitcherProps {
  workspaceId: string;
  value: MapPerspective;
  onChange(value: MapPerspective): void;
}

export function PerspectiveSwitcher({ workspaceId, value, onChange }: PerspectiveSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  const list = useEndpoint(contract.perspectives.listPerspectives, {
    params: { workspaceId },
    query: { pageSize: 100 },
  });
  return (
    <div className="kv-perspective-switcher">
      <label htmlFor={id}>{t('shell.perspective.label')}</label>
      <select id={id} className="kv-select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('shell.perspective.stored')}</option>
        <option value="all">{t('shell.perspective.all')}</option>
        {(list.data?.items ?? []).map((perspective) => (
          <option key={perspective.id} value={perspective.id}>
            {perspective.name}
          </option>
        ))}
      </select>
    </div>
  );
}
