/**
 * The map filling the screen beside the panel: a toolbar (search, filters, add a speler, layout, image), the
 * map with its legend over it, and one status line for what just happened (with an undo when there is one).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ShellStatus {
  message: string;
  /** A way back from what just happened ("Ongedaan maken"). */
  action?: { label: string; run(): void } | undefined;
}

interface MapStageProps {
  toolbar: ReactNode;
  map: ReactNode;
  legend: ReactNode;
  status: ShellStatus | null;
  onDismissStatus(): void;
  /** Two maps stacked (a phone, beside a wide panel): the frame gets the height of two. */
  tall?: boolean | undefined;
}

export function MapStage({ toolbar, map, legend, status, onDismissStatus, tall = false }: MapStageProps) {
  const { t } = useTranslation();
  return (
    <section className="kv-map-stage" aria-labelledby="map-heading">
      <h2 id="map-heading" className="kv-visually-hidden">
        {t('workspace.map')}
      </h2>
      <div className="kv-map-toolbar">{toolbar}</div>
      <div className={tall ? 'kv-map-frame kv-map-frame--tall' : 'kv-map-frame'}>
        {map}
        <div className="kv-map-legend">{legend}</div>
        {/* The message alone is the live region, so it is read (and tested) without the buttons' text. */}
        {/* Always in the page (a live region must exist before it speaks); out of sight while empty. */}
        <div className={status ? 'kv-shell-status' : 'kv-visually-hidden'}>
          <p role="status" data-testid="shell-status" className="kv-shell-status-text">
            {status?.message}
          </p>
          {status?.action && (
            <button type="button" className="kv-link-button" onClick={status.action.run}>
              {status.action.label}
            </button>
          )}
          {status && (
            <button
              type="button"
              className="kv-link-button"
              aria-label={t('shell.dismissStatus')}
              onClick={onDismissStatus}
            >
              ×
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
