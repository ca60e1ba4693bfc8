/**
 * The map of a werkruimte as an image (API `export?format=svg|png`, CLI): the whole map fitted into
 * 1600 × 1000 pixels with title, date and legend (src/formats/map-image); PNG by rasterising that same SVG
 * with resvg off the event loop (libuv thread pool).
 *
 * Fonts: resvg reads TTF/OTF only (not the WOFF2 the web app ships) and a server often has no fonts at all,
 * which would leave every name out of the PNG. So the PNG always uses Noto Sans Regular and Bold from
 * `@expo-google-fonts/noto-sans` (SIL Open Font License 1.1), with system fonts off: the same picture on
 * every machine. The SVG names the same family first and falls back to the viewer's sans-serif.
 */
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import { FORCE_LABELS, type Force, labelsIn } from '../domain/index.ts';
import {
  type Backup,
  MAX_IMAGE_SIZE,
  MIN_IMAGE_SIZE,
  renderMapSvg,
  sceneFromWorkspace,
} from '../formats/index.ts';

export const IMAGE_FORMATS = ['svg', 'png'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type ImageLanguage = 'nl' | 'en';

export interface ImageOptions {
  format: ImageFormat;
  lang: ImageLanguage;
  /** Pixels; clamped to 200…4000. The height follows the width (16 : 10) unless given. */
  width?: number | undefined;
  height?: number | undefined;
}

export interface RenderedImage {
  body: Uint8Array | string;
  contentType: string;
}

export const DEFAULT_IMAGE_WIDTH = 1600;

const require = createRequire(import.meta.url);
/** Noto Sans regular and bold: the map images' font, and the report's (services/report/render-report.ts). */
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

interface ImageWords {
  legendTitle: string;
  forces: Record<Force, string>;
  subtitle(date: string, actors: string, relations: string): string;
  locale: string;
}

/** The image's words; the forces' labels are the web app's too (src/domain/vocabulary-labels.ts). */
const WORDS: Record<ImageLanguage, ImageWords> = {
  nl: {
    legendTitle: 'Krachten',
    forces: labelsIn(FORCE_LABELS, 'nl'),
    subtitle: (date, actors, relations) => `Kaart van ${date} · ${actors} spelers, ${relations} relaties`,
    locale: 'nl-NL',
  },
  en: {
    legendTitle: 'Forces',
    forces: labelsIn(FORCE_LABELS, 'en'),
    subtitle: (date, actors, relations) => `Map of ${date} · ${actors} actors, ${relations} relations`,
    locale: 'en-GB',
  },
};

/** The werkruimte's map as SVG text or PNG bytes. */
export async function renderWorkspaceImage(backup: Backup, options: ImageOptions): Promise<RenderedImage> {
  const words = WORDS[options.lang];
  const width = clamp(options.width ?? DEFAULT_IMAGE_WIDTH);
  const height = clamp(options.height ?? Math.round((width * 10) / 16));
  const count = new Intl.NumberFormat(words.locale);
  const date = new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });
  const scene = sceneFromWorkspace(backup, {
    labels: { legendTitle: words.legendTitle, forces: words.forces },
    width,
    height,
    subtitle: words.subtitle(
      date.format(new Date(backup.exportedAt)),
      count.format(backup.actors.length),
      count.format(backup.relations.length),
    ),
  });
  const svg = renderMapSvg(scene);
  if (options.format === 'svg') return { body: svg, contentType: 'image/svg+xml; charset=utf-8' };
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans' },
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    logLevel: 'off',
  });
  return { body: image.asPng(), contentType: 'image/png' };
}

function clamp(value: number): number {
  if (!Number.isFinite(value)) return DEFAULT_IMAGE_WIDTH;
  return Math.round(Math.min(MAX_IMAGE_SIZE, Math.max(MIN_IMAGE_SIZE, value)));
}
