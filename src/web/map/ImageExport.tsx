/**
 * "Afbeelding opslaan": saves the map as the user sees it — this part of it, these colours — as PNG or SVG,
 * with a legend of what the colours mean (krachten, or clusters when the diagnosis colours by cluster) and
 * the werkruimte's name on top, with the date, the layout and the filter's count (from the map's handle). The scene comes from the map itself (MapView's handle), the SVG
 * from the same writer as the server's map images; the whole-map image is a download of the server's.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LegendItem, renderMapSvg } from '../../formats/map-image/index.ts';
import { FILTERED_COLOR, type MapViewHandle } from './MapView.tsx';
import { FORCE_COLORS, FORCE_ORDER } from './map-style.ts';
import { downloadBlob, imageFileName, pngBlob, svgBlob } from './save-image.ts';

/** A legend longer than this lists the first ones and says how many more there are. */
const LEGEND_MAX_ITEMS = 12;

interface ImageExportProps {
  map: RefObject<MapViewHandle | null>;
  workspaceName: string;
  /** The legend of the colours the map shows instead of the krachten (e.g. clusters), if any. */
  colorLegend?: { title: string; items: readonly LegendItem[] } | undefined;
  /** Some spelers are greyed out by the filters. */
  filtered: boolean;
  /** Whose map it is, when not the stored one ("Volgens Bewoners"): said in the image's subtitle. */
  viewLine?: string | undefined;
  onStatus(message: string): void;
}

export function ImageExport({
  map,
  workspaceName,
  colorLegend,
  filtered,
  viewLine,
  onStatus,
}: ImageExportProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);

  const legend = () => {
    const items: LegendItem[] = colorLegend
      ? colorLegend.items.slice(0, LEGEND_MAX_ITEMS)
      : FORCE_ORDER.map((force) => ({ color: FORCE_COLORS[force], label: t(`force.${force}`) }));
    const more = (colorLegend?.items.length ?? 0) - LEGEND_MAX_ITEMS;
    if (more > 0) items.push({ label: t('mapImage.moreClusters', { count: more }) });
    if (filtered) items.push({ color: FILTERED_COLOR, label: t('mapImage.filtered') });
    return { title: colorLegend?.title ?? t('mapImage.legendForces'), items };
  };

  // The image says what it shows: the date, the layout, and how many spelers the filters leave.
  const subtitle = () => {
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date());
    const parts = [t('mapImage.subtitle', { date })];
    if (viewLine) parts.push(viewLine);
    const shown = map.current?.describe();
    if (shown?.layout) {
      const name =
        shown.layout === 'vijf_krachten' ? t('mapImage.layoutFiveForces') : t('mapImage.layoutNetwork');
      parts.push(t('mapImage.layoutLine', { layout: name }));
    }
    if (shown && shown.visible < shown.total) {
      const number = new Intl.NumberFormat(i18n.language);
      parts.push(
        t('mapImage.filterLine', {
          visible: number.format(shown.visible),
          total: number.format(shown.total),
        }),
      );
    }
    return parts.join(' · ');
  };

  const save = async (format: 'png' | 'svg') => {
    const scene = map.current?.capture({
      title: workspaceName,
      subtitle: subtitle(),
      legend: legend(),
    });
    if (!scene) return;
    // Dashed ties in the view: the legend says what the dashes mean, as the map's own legend does.
    if (scene.legend && scene.edges.some((edge) => edge.dashed))
      scene.legend = {
        ...scene.legend,
        items: [...scene.legend.items, { label: t('relationReported.legend') }],
      };
    const file = imageFileName(workspaceName, format, t('mapImage.fileSuffix'));
    setBusy(true);
    onStatus(t('mapImage.busy'));
    try {
      const svg = renderMapSvg(scene);
      downloadBlob(format === 'svg' ? svgBlob(svg) : await pngBlob(svg, scene.width, scene.height), file);
      onStatus(t('mapImage.saved', { file }));
    } catch (problem) {
      onStatus(t('mapImage.failed', { message: (problem as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="kv-image-export" aria-describedby="image-export-hint">
      <legend>{t('mapImage.title')}</legend>
      <span id="image-export-hint" className="kv-visually-hidden">
        {t('mapImage.hint')}
      </span>
      <Button
        purpose="secondary"
        aria-label={t('mapImage.png')}
        disabled={busy}
        onClick={() => void save('png')}
      >
        PNG
      </Button>
      <Button
        purpose="secondary"
        aria-label={t('mapImage.svg')}
        disabled={busy}
        onClick={() => void save('svg')}
      >
        SVG
      </Button>
    </fieldset>
  );
}
