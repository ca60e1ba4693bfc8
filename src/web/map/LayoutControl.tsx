/**
 * The choice of layout (vijf krachten or network), re-running the network layout, and — for editors, when
 * the network layout on screen is not the saved one — "Bewaar deze indeling", with a status line. Takes the
 * state of `useMapLayout` (use-map-layout.ts); trying a layout saves nothing.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { useTranslation } from 'react-i18next';
import { LAYOUTS, type MapLayout } from '../state/map-layout.ts';
import type { MapLayoutState } from './use-map-layout.ts';

/** The older form without saving (the page's own layout state), kept until every page passes `state`. */
interface PlainLayoutProps {
  layout: MapLayout;
  running: boolean;
  onChange(layout: MapLayout): void;
  onRerun(): void;
}

type LayoutControlProps = { state: MapLayoutState } | PlainLayoutProps;

export function LayoutControl(props: LayoutControlProps) {
  const { t } = useTranslation();
  const state = 'state' in props ? props.state : null;
  const layout = state?.layout ?? (props as PlainLayoutProps).layout;
  const running = state?.running ?? (props as PlainLayoutProps).running;
  const onChange = state?.setLayout ?? (props as PlainLayoutProps).onChange;
  const onRerun = state?.rerun ?? (props as PlainLayoutProps).onRerun;
  const offerSave = Boolean(state?.canSave && state.unsaved && !running);
  return (
    <fieldset className="kv-fieldset kv-layout-control">
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
      {offerSave && state && (
        <Button
          purpose="primary"
          onClick={() => void state.save()}
          disabled={state.saving}
          aria-describedby="layout-save-hint"
        >
          {t('layout.save')}
        </Button>
      )}
      {offerSave && (
        <span id="layout-save-hint" className="kv-visually-hidden">
          {t('layout.saveHint')}
        </span>
      )}
      {state && (
        <p className="kv-muted kv-layout-status" role="status" data-testid="layout-status">
          {state.status}
        </p>
      )}
    </fieldset>
  );
}
