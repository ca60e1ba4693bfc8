import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { demoBackup } from '../../test/helpers/map-backups.ts';
import { renderWorkspaceImage } from './map-image.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which follows the signature. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Decodes a PNG back into RGBA pixels, by letting resvg draw it as an embedded image. */
function pixelsOf(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="${href}" width="${width}" height="${height}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

describe('renderWorkspaceImage', () => {
  it('writes the map as SVG with Dutch or English legend words', async () => {
    const nl = await renderWorkspaceImage(demoBackup(), { format: 'svg', lang: 'nl' });
    expect(nl.contentType).toBe('image/svg+xml; charset=utf-8');
    const svg = nl.body as string;
    expect(svg.startsWith('<?xml')).toBe(true);
    for (const word of ['Krachten', 'Rijk', 'Instellingen', 'Gemeente', 'Professionals', 'Bewoners'])
      expect(svg).toContain(`>${word}</text>`);
    expect(svg).toContain('Kaart van 12 maart 2026 · 67 spelers, 210 relaties');
    const en = (await renderWorkspaceImage(demoBackup(), { format: 'svg', lang: 'en' })).body as string;
    expect(en).toContain('>Residents</text>');
    expect(en).toContain('Map of 12 March 2026 · 67 actors, 210 relations');
  });

  it('rasterises it to a PNG with text drawn in the shipped font, whatever fonts the machine has', async () => {
    const { body, contentType } = await renderWorkspaceImage(demoBackup(), { format: 'png', lang: 'nl' });
    expect(contentType).toBe('image/png');
    const png = body as Uint8Array;
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1600, height: 1000 });

    const pixels = pixelsOf(png, 1600, 1000);
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 97)
      colours.add(((pixels[i] ?? 0) << 16) | ((pixels[i + 1] ?? 0) << 8) | (pixels[i + 2] ?? 0));
    expect(colours.size).toBeGreaterThan(20);
    // The title sits in the top left: dark text pixels there prove the font was found (system fonts are off).
    let dark = 0;
    for (let y = 10; y < 40; y++)
      for (let x = 10; x < 250; x++) {
        const i = (y * 1600 + x) * 4;
        if ((pixels[i] ?? 255) < 100 && (pixels[i + 1] ?? 255) < 100 && (pixels[i + 2] ?? 255) < 100) dark++;
      }
    expect(dark).toBeGreaterThan(300);
  });

  it('caps the size of the image', async () => {
    const { body } = await renderWorkspaceImage(demoBackup(), { format: 'png', lang: 'nl', width: 100_000 });
    expect(pngSize(body as Uint8Array)).toEqual({ width: 4000, height: 2500 });
  });
});
