/**
 * The map's own controls (layout, saving an image) behind one "Kaartopties" button. Open by default where
 * there is room beside the search; folded on a phone and beside a wide panel, where they would push the
 * map down. Either way one click away, never hidden.
 */
import { type ReactNode, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function MapOptions({ defaultOpen, children }: { defaultOpen: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  // The room changes (a wide panel opens, the phone turns): follow it; the user's own choice holds until then.
  useEffect(() => setOpen(defaultOpen), [defaultOpen]);
  return (
    <div className="kv-map-options">
      <button
        type="button"
        className="kv-link-button kv-map-options-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('shell.mapOptions')}
      </button>
      <div id={id} className="kv-map-options-body" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
