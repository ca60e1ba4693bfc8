/**
 * Saves a map image in the browser: the SVG as it is, or a PNG drawn from that same SVG on a canvas at two
 * pixels per screen pixel (or the device's ratio if higher: sharp on high-density screens and in print),
 * handed to the browser as a download through an object URL. The file name comes from the werkruimte's
 * name: `<werkruimte>-kaart.png`. The PNG uses the browser's fonts: an SVG drawn as an image cannot load
 * the page's web fonts, so names fall back along the SVG's font list (Noto Sans where installed, else
 * Arial or the system sans-serif).
 */
import { downloadFileName } from '../../domain/index.ts';

/** The werkruimte's name in letters, digits and dashes, as the server names its downloads. */
export function imageFileName(workspaceName: string, extension: 'png' | 'svg', suffix: string): string {
  return downloadFileName(`${workspaceName} ${suffix}`, extension, 'kaart');
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; a later revoke keeps slow browsers safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function svgBlob(svg: string): Blob {
  return new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
}

/** Canvas sides above this are refused by some browsers (and cost a lot of memory). */
const MAX_CANVAS_SIDE = 8000;

export async function pngBlob(svg: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(
    Math.max(2, window.devicePixelRatio || 1),
    MAX_CANVAS_SIDE / Math.max(width, height),
  );
  // A data: URL, not a blob: one: the page's Content-Security-Policy allows images from 'self' and data:.
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d unavailable');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}
