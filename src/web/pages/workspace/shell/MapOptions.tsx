/**
 * The map's own controls (layout, saving an image) folded into one "Kaartopties" disclosure. Open on a wide
 * screen, where there is room beside the search; closed on a phone, where they would push the map below
 * the fold. Either way one click away, never hidden.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function MapOptions({ open, children }: { open: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <details className="kv-map-options" open={open}>
      <summary className="kv-map-options-summary">{t('shell.mapOptions')}</summary>
      <div className="kv-map-options-body">{children}</div>
    </details>
  );
}
