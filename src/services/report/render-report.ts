/**
 * A report document (formats/report) as the file the user asked for: HTML text, a tagged PDF (with the
 * bundled Noto Sans embedded) or a DOCX (with the maps as PNG, rasterised here by resvg with the same
 * fonts, since Word does not take the vector scene). The writers are pure; the fonts and images come from
 * here.
 */
import { readFile } from 'node:fs/promises';
import { renderAsync } from '@resvg/resvg-js';
import type { ReportFormat } from '../../domain/index.ts';
import {
  type ReportDocument,
  renderMapSvg,
  writeReportDocx,
  writeReportHtml,
  writeReportPdf,
} from '../../formats/index.ts';
import { FONT_FILES } from '../map-image.ts';

export interface RenderedReport {
  body: Uint8Array | string;
  contentType: string;
  extension: ReportFormat;
}

/** Relaties above which a map is rasterised at a lower zoom. */
const DENSE_MAP = 2_000;

let fonts: Promise<{ regular: Buffer; bold: Buffer }> | null = null;

/** Read once per process: two font files of ~0.5 MB. */
function reportFonts() {
  fonts ??= Promise.all(FONT_FILES.map((file) => readFile(file))).then(([regular, bold]) => ({
    regular: regular as Buffer,
    bold: bold as Buffer,
  }));
  return fonts;
}

/**
 * The maps as PNG at twice their size, sharp when printed; a map of thousands of relaties, which prints as
 * a texture of lines, at one and a half times (about 190 dpi on the page, and half the work).
 */
async function withPngFigures(document: ReportDocument): Promise<ReportDocument> {
  const blocks = await Promise.all(
    document.blocks.map(async (block) => {
      if (block.kind !== 'figure') return block;
      const image = await renderAsync(renderMapSvg(block.scene), {
        font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans' },
        fitTo: { mode: 'zoom', value: block.scene.edges.length > DENSE_MAP ? 1.5 : 2 },
        shapeRendering: 2,
        logLevel: 'off',
      });
      return { ...block, png: image.asPng() };
    }),
  );
  return { ...document, blocks };
}

export async function renderReport(document: ReportDocument, format: ReportFormat): Promise<RenderedReport> {
  switch (format) {
    case 'html':
      return { body: writeReportHtml(document), contentType: 'text/html; charset=utf-8', extension: 'html' };
    case 'pdf':
      return {
        body: await writeReportPdf(document, await reportFonts()),
        contentType: 'application/pdf',
        extension: 'pdf',
      };
    case 'docx':
      return {
        body: await writeReportDocx(await withPngFigures(document)),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
  }
}
