/** The choice of layout (vijf krachten or network), and re-running the network layout. */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { useTranslation } from 'react-i18next';
import { LAYOUTS, type MapLayout } from '../state/map-layout.ts';

interface LayoutControlProps {
  layout: MapLayout;
  running: boolean;
  onChange(layout: MapLayout): void;
  onRerun(): void;
}

export function LayoutControl({ layout, running, onChange, onRerun }: LayoutControlProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="kv-fieldset">
      <legend>{t('layout.title')}</legend>
      {LAYOUTS.map((option) => (
        <label key={option} className="kv-checkbox">
          <input
            type="radio"
            name="map-layout"
            checked={layout === option}
            onChange={() => onChange(option)}
          />{' '}
          {t(`layout.${option}`)}
        </label>
      ))}
      {layout === 'force' && (
        <Button purpose="subtle" onClick={onRerun} disabled={running}>
          {t('layout.rerun')}
        </Button>
      )}
    </fieldset>
  );
}
