/**
 * The DOCX report, read back as Word would: the package unzipped with jszip and its parts parsed with a
 * strict XML parser (saxes), so escaping, structure and well-formedness are checked on the real bytes. The
 * map's PNG is made as the server makes it (resvg with Noto Sans); that native module stays in this test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMapSvg } from '../map-image/index.ts';
import type { FigureBlock, ReportBlock, ReportDocument } from './document.ts';
import { writeReportDocx } from './docx.ts';
import { columnPercentages, figureSize } from './docx-blocks.ts';
import { TEXT_AREA } from './docx-styles.ts';
import { HOSTILE_NAME, LONG_WORD, SAMPLE_SCENE, sampleReport } from './test-fixture.ts';

// ---------------------------------------------------------------------------------------------------------
// A small element tree over saxes: enough to ask for paragraphs, styles, rows and attributes by name.

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside the element, unescaped by the parser. */
  text: string;
}

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
  const [document] = root.children;
  if (!document) throw new Error('empty XML');
  return document;
}

/** Every descendant with this name, in document order. */
function all(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlElement) => {
    for (const child of node.children) {
      if (child.name === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

function first(element: XmlElement, name: string): XmlElement | undefined {
  return all(element, name)[0];
}

/** The text of a paragraph (or any element) as Word shows it: its `w:t` contents in order. */
function textOf(element: XmlElement): string {
  return all(element, 'w:t')
    .map((t) => t.text)
    .join('');
}

function styleOf(paragraph: XmlElement): string | undefined {
  return first(paragraph, 'w:pStyle')?.attributes['w:val'];
}

/** The body's paragraphs outside tables and the table of contents, with their style and text. */
function bodyParagraphs(
  document: XmlElement,
): { style: string | undefined; text: string; element: XmlElement }[] {
  const body = first(document, 'w:body');
  if (!body) throw new Error('no body');
  return body.children
    .filter((child) => child.name === 'w:p')
    .map((element) => ({ style: styleOf(element), text: textOf(element), element }));
}

// ---------------------------------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

let samplePng: Uint8Array | undefined;

/** The sample map as PNG, rendered once for the whole file. */
function renderPng(): Uint8Array {
  samplePng ??= new Resvg(renderMapSvg(SAMPLE_SCENE), {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans' },
    fitTo: { mode: 'zoom', value: 2 },
    logLevel: 'off',
  })
    .render()
    .asPng();
  return samplePng;
}

/** The sample report with the map's PNG, as the caller gives it. */
function withPng(report: ReportDocument, png: Uint8Array | undefined): ReportDocument {
  return {
    ...report,
    blocks: report.blocks.map((block) => (block.kind === 'figure' ? { ...block, png } : block)),
  };
}

interface Package {
  zip: JSZip;
  text(path: string): Promise<string>;
  xml(path: string): Promise<XmlElement>;
}

async function open(bytes: Uint8Array): Promise<Package> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} is not in the package`);
    return file.async('string');
  };
  return { zip, text, xml: async (path) => parseXml(await text(path)) };
}

const FIGURE = sampleReport().blocks.find((block): block is FigureBlock => block.kind === 'figure');

describe('writeReportDocx: the sample report', () => {
  let png: Uint8Array;
  let bytes: Uint8Array;
  let docx: Package;
  let document: XmlElement;

  beforeAll(async () => {
    png = renderPng();
    bytes = await writeReportDocx(withPng(sampleReport(), png));
    docx = await open(bytes);
    document = await docx.xml('word/document.xml');
  });

  it('is a zip package with a document part', () => {
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(docx.zip.file('[Content_Types].xml')).not.toBeNull();
  });

  it('opens with a title page in Word styles: title, subtitle, author, date, then the contents', () => {
    const paragraphs = bodyParagraphs(document);
    expect(paragraphs.slice(0, 5).map(({ style, text }) => [style, text])).toEqual([
      ['Title', 'Krachtenveldanalyse Voorbeeldgemeente'],
      ['Subtitle', 'Werkruimte Voorbeeldgemeente · gemeente Rivierland'],
      [undefined, 'Adviseur Sociaal Domein'],
      [undefined, '7 december 2026'],
      ['TOCHeading', 'Inhoud'],
    ]);
  });

  it('has a table of contents field of headings 1–3 that Word updates on opening', async () => {
    const instructions = all(document, 'w:instrText').map((element) => element.text);
    expect(instructions).toContain('TOC \\h \\o "1-3"');
    // Filled in from the headings, so it is not empty where fields are not updated.
    const entries = all(first(document, 'w:sdtContent') as XmlElement, 'w:hyperlink').map(textOf);
    expect(entries).toEqual(['Samenvatting', 'Wie trekt de samenwerking?', 'De kaart', 'Bijlage: register']);
    const settings = await docx.xml('word/settings.xml');
    expect(first(settings, 'w:updateFields')).toBeDefined();
  });

  it('writes headings in the Heading 1 and 2 styles, with a bookmark named by their id', () => {
    const paragraphs = bodyParagraphs(document);
    const headings = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(headings('Heading1')).toEqual(['Samenvatting', 'De kaart', 'Bijlage: register']);
    expect(headings('Heading2')).toEqual(['Wie trekt de samenwerking?']);
    const bookmarks = all(document, 'w:bookmarkStart').map((element) => element.attributes['w:name']);
    expect(bookmarks).toEqual(expect.arrayContaining(['samenvatting', 'makelaars', 'kaart', 'register']));
  });

  it('starts the report on a new page after the contents, and a page break before "De kaart"', () => {
    const paragraphs = bodyParagraphs(document);
    const breaksBefore = paragraphs.filter((p) => first(p.element, 'w:pageBreakBefore')).map((p) => p.text);
    expect(breaksBefore).toEqual(['Samenvatting', 'De kaart']);
    // No empty paragraph is left to carry a break.
    expect(all(document, 'w:br').filter((br) => br.attributes['w:type'] === 'page')).toEqual([]);
  });

  it('writes lead and note paragraphs in their styles, and strong runs in bold', async () => {
    const paragraphs = bodyParagraphs(document);
    expect(paragraphs.find((p) => p.style === 'Lead')?.text).toBe(
      'Wat zien we, wat betekent het, wat kunt u doen.',
    );
    expect(paragraphs.find((p) => p.style === 'Note')?.text).toBe(
      'Over perspectieven is nog niets ingevuld.',
    );
    const runs = all(document, 'w:r').filter((run) => textOf(run) === '−0,42');
    expect(runs).toHaveLength(1);
    expect(first(runs[0] as XmlElement, 'w:b')).toBeDefined();
    const paragraph = paragraphs.find((p) => p.text.startsWith('De E-I-index is'));
    expect(paragraph?.text).toContain(LONG_WORD);
    const styles = await docx.text('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Lead".*?<w:sz w:val="25"\/>/);
    expect(styles).toMatch(/w:styleId="Note".*?<w:color w:val="555555"\/>.*?<w:sz w:val="20"\/>/);
  });

  it('writes lists as Word lists: the ordered one numbered from 1, the other with bullets', async () => {
    const numbering = await docx.xml('word/numbering.xml');
    const formatOfNum = (numId: string) => {
      const num = all(numbering, 'w:num').find((element) => element.attributes['w:numId'] === numId);
      const abstractId = first(num as XmlElement, 'w:abstractNumId')?.attributes['w:val'];
      const abstract = all(numbering, 'w:abstractNum').find(
        (a) => a.attributes['w:abstractNumId'] === abstractId,
      );
      return first(abstract as XmlElement, 'w:numFmt')?.attributes['w:val'];
    };
    const items = bodyParagraphs(document)
      .map((p) => ({ text: p.text, numId: first(p.element, 'w:numId')?.attributes['w:val'] }))
      .filter((item) => item.numId !== undefined);
    expect(items.map((item) => [item.text, formatOfNum(item.numId as string)])).toEqual([
      ['Breng de GGD en het wijkteam samen.', 'bullet'],
      [`${HOSTILE_NAME} verbindt bewoners.`, 'bullet'],
      ['Sociaal makelaar', 'decimal'],
      ['Wijkteam Noord', 'decimal'],
      ['Gemeente – team Wmo', 'decimal'],
    ]);
  });

  it('writes the table with its caption above, a repeating header row and the cells as written', () => {
    const paragraphs = bodyParagraphs(document);
    const captionIndex = paragraphs.findIndex((p) => p.text === 'Spelers per kracht');
    expect(paragraphs[captionIndex]?.style).toBe('Caption');
    // The caption is the paragraph right before the table, kept with it.
    const body = first(document, 'w:body') as XmlElement;
    const tableIndex = body.children.findIndex((child) => child.name === 'w:tbl');
    expect(textOf(body.children[tableIndex - 1] as XmlElement)).toBe('Spelers per kracht');
    expect(first(body.children[tableIndex - 1] as XmlElement, 'w:keepNext')).toBeDefined();

    const table = body.children[tableIndex] as XmlElement;
    const rows = all(table, 'w:tr');
    expect(rows.map((row) => first(row, 'w:tblHeader') !== undefined)).toEqual([true, false, false, false]);
    const cells = rows.map((row) => all(row, 'w:tc').map(textOf));
    expect(cells).toEqual([
      ['Speler', 'Kracht', 'Relaties'],
      ['Gemeente – team Wmo', 'Gemeente', '12'],
      ['Wijkteam Noord', 'Professionals', '17'],
      [HOSTILE_NAME, 'Bewoners', '3'],
    ]);
    // Figures right-aligned, header included; row headers bold.
    const alignment = (cell: XmlElement) => first(cell, 'w:jc')?.attributes['w:val'];
    expect(rows.map((row) => alignment(all(row, 'w:tc')[2] as XmlElement))).toEqual([
      'right',
      'right',
      'right',
      'right',
    ]);
    expect(alignment(all(rows[1] as XmlElement, 'w:tc')[0] as XmlElement)).toBe('left');
    const bold = (cell: XmlElement) => first(cell, 'w:b') !== undefined;
    expect(rows.slice(1).map((row) => all(row, 'w:tc').map(bold))).toEqual([
      [true, false, false],
      [true, false, false],
      [true, false, false],
    ]);
    // The whole text width, in the columns' weights (3 : 2 : the rest).
    expect(first(table, 'w:tblW')?.attributes).toMatchObject({ 'w:type': 'pct', 'w:w': '5000' });
    const widths = all(rows[0] as XmlElement, 'w:tcW').map((width) => Number(width.attributes['w:w']));
    expect(widths).toEqual([2500, 1665, 835]);
  });

  it('keeps hostile text as text: escaped in the XML, and parsed back exactly as written', async () => {
    const xml = await docx.text('word/document.xml');
    expect(xml).toContain('&lt;b&gt;Buurthuis&lt;/b&gt; &amp; ');
    expect(xml).not.toContain('<b>Buurthuis');
    const texts = all(document, 'w:t').map((t) => t.text);
    expect(texts).toContain(HOSTILE_NAME);
    // `=SUM(A1)` is in a text run, never a field instruction.
    const instructions = all(document, 'w:instrText').map((element) => element.text);
    expect(instructions.some((instruction) => instruction.includes('SUM'))).toBe(false);
  });

  it('embeds the map as the PNG given, at the text width, with the alt text and the caption below', async () => {
    const media = Object.keys(docx.zip.files).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const stored = await docx.zip.file(media[0] as string)?.async('uint8array');
    expect(stored).toEqual(Uint8Array.from(png));

    const docPr = first(document, 'wp:docPr');
    expect(docPr?.attributes.descr).toBe(FIGURE?.alt);
    expect(docPr?.attributes.title).toBe(FIGURE?.caption);
    const extent = first(document, 'wp:extent')?.attributes ?? {};
    const emuPerPixel = 9525;
    expect(Number(extent.cx) / emuPerPixel).toBe(TEXT_AREA.width);
    expect(Number(extent.cy) / Number(extent.cx)).toBeCloseTo(SAMPLE_SCENE.height / SAMPLE_SCENE.width, 2);

    const paragraphs = bodyParagraphs(document);
    const pictureIndex = paragraphs.findIndex((p) => first(p.element, 'w:drawing'));
    expect(first(paragraphs[pictureIndex]?.element as XmlElement, 'w:keepNext')).toBeDefined();
    expect(paragraphs[pictureIndex + 1]).toMatchObject({ style: 'Caption', text: FIGURE?.caption });
    // A line height without its rule is read as exact by LibreOffice, which cuts the picture to one line.
    const styles = await docx.xml('word/styles.xml');
    const spacing = first(first(styles, 'w:pPrDefault') as XmlElement, 'w:spacing');
    expect(spacing?.attributes['w:lineRule']).toBe('auto');
    for (const style of all(styles, 'w:spacing'))
      if (style.attributes['w:line']) expect(style.attributes['w:lineRule']).toBe('auto');
  });

  it('sets title, creator, description and last editor in the document properties', async () => {
    const core = await docx.xml('docProps/core.xml');
    expect(first(core, 'dc:title')?.text).toBe('Krachtenveldanalyse Voorbeeldgemeente');
    expect(first(core, 'dc:creator')?.text).toBe('Adviseur Sociaal Domein');
    expect(first(core, 'cp:lastModifiedBy')?.text).toBe('Adviseur Sociaal Domein');
    expect(first(core, 'dc:description')?.text).toBe('Werkruimte Voorbeeldgemeente · gemeente Rivierland');
  });

  it('sets the language, Noto Sans (with a sans-serif fallback) and A4 pages', async () => {
    const styles = await docx.xml('word/styles.xml');
    const defaults = first(styles, 'w:rPrDefault') as XmlElement;
    expect(first(defaults, 'w:lang')?.attributes['w:val']).toBe('nl-NL');
    expect(first(defaults, 'w:rFonts')?.attributes['w:ascii']).toBe('Noto Sans');
    const fonts = await docx.xml('word/fontTable.xml');
    const noto = all(fonts, 'w:font').find((font) => font.attributes['w:name'] === 'Noto Sans') as XmlElement;
    expect(first(noto, 'w:altName')?.attributes['w:val']).toBe('Arial');
    expect(first(noto, 'w:family')?.attributes['w:val']).toBe('swiss');
    expect(first(document, 'w:pgSz')?.attributes).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
  });

  it('has a footer with the footer line and "Pagina X van Y" as PAGE and NUMPAGES fields', async () => {
    const footers = Object.keys(docx.zip.files).filter((path) => /^word\/footer\d*\.xml$/.test(path));
    expect(footers).toHaveLength(1);
    const footer = await docx.xml(footers[0] as string);
    expect(all(footer, 'w:instrText').map((element) => element.text.trim())).toEqual(['PAGE', 'NUMPAGES']);
    expect(textOf(footer)).toBe('Krachtenveld – VoorbeeldgemeentePagina  van ');
    expect(first(footer, 'w:tab')).toBeDefined();
  });

  it('converts to PDF with LibreOffice, when it is installed, with the text in it', (context) => {
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.error || soffice.status !== 0) return context.skip();
    const folder = mkdtempSync(join(tmpdir(), 'kv-docx-'));
    try {
      const input = join(folder, 'rapport.docx');
      writeFileSync(input, bytes);
      const converted = spawnSync(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', folder, input],
        {
          encoding: 'utf8',
          timeout: 120_000,
        },
      );
      expect(converted.status).toBe(0);
      const text = spawnSync('pdftotext', ['-layout', join(folder, 'rapport.pdf'), '-'], {
        encoding: 'utf8',
      });
      if (text.error) return context.skip();
      // Without Noto Sans installed LibreOffice sets a wider font: the title may wrap.
      const words = text.stdout.replace(/\s+/g, ' ');
      expect(words).toContain('Krachtenveldanalyse Voorbeeldgemeente');
      expect(words).toContain('Bijlage: register');
      expect(words).toContain('<b>Buurthuis</b>');
      expect(readFileSync(join(folder, 'rapport.pdf')).subarray(0, 4).toString()).toBe('%PDF');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('writeReportDocx: other documents', () => {
  it('sets British English for an English report', async () => {
    const docx = await open(await writeReportDocx({ ...withPng(sampleReport(), renderPng()), lang: 'en' }));
    const styles = await docx.xml('word/styles.xml');
    expect(first(first(styles, 'w:rPrDefault') as XmlElement, 'w:lang')?.attributes['w:val']).toBe('en-GB');
  });

  it('drops characters XML cannot hold, and writes line breaks and tabs as Word does', async () => {
    const report: ReportDocument = {
      ...sampleReport(),
      title: 'Rapport <&>\u0001 \uFFFF',
      author: 'Ad\u0007viseur',
      blocks: [
        { kind: 'heading', level: 1, text: 'Kop\u0000 één', id: 'kop' },
        { kind: 'paragraph', text: 'Eerste regel\ntweede\tregel \uD800half' },
        {
          kind: 'table',
          caption: 'Tabel\u001F',
          columns: [{ label: 'Naam\u000B' }],
          rows: [['=cmd|\u0002']],
        },
      ],
    };
    const bytes = await writeReportDocx(report);
    const docx = await open(bytes);
    for (const path of ['word/document.xml', 'docProps/core.xml']) {
      const xml = await docx.text(path);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly these characters.
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    }
    const document = await docx.xml('word/document.xml');
    const paragraphs = bodyParagraphs(document);
    expect(paragraphs.find((p) => p.style === 'Heading1')?.text).toBe('Kop één');
    const paragraph = paragraphs.find((p) => p.text.startsWith('Eerste')) as {
      element: XmlElement;
      text: string;
    };
    expect(paragraph.text).toBe('Eerste regeltweederegel half');
    expect(all(paragraph.element, 'w:cr')).toHaveLength(1);
    expect(all(paragraph.element, 'w:tab')).toHaveLength(1);
    expect(all(document, 'w:tc').map(textOf)).toEqual(['Naam', '=cmd|']);
    const core = await docx.xml('docProps/core.xml');
    expect(first(core, 'dc:title')?.text).toBe('Rapport <&> ');
    expect(first(core, 'dc:creator')?.text).toBe('Adviseur');
  });

  it('numbers each ordered list from 1 again', async () => {
    const blocks: ReportBlock[] = [
      { kind: 'list', ordered: true, items: ['een', 'twee'] },
      { kind: 'paragraph', text: 'Tussendoor.' },
      { kind: 'list', ordered: true, items: ['weer een'] },
    ];
    const docx = await open(await writeReportDocx({ ...sampleReport(), blocks }));
    const numIds = bodyParagraphs(await docx.xml('word/document.xml'))
      .map((p) => first(p.element, 'w:numId')?.attributes['w:val'])
      .filter((id) => id !== undefined);
    expect(numIds).toHaveLength(3);
    expect(numIds[0]).toBe(numIds[1]);
    expect(numIds[2]).not.toBe(numIds[0]);
    const numbering = await docx.xml('word/numbering.xml');
    const restart = (id: string | undefined) =>
      first(
        all(numbering, 'w:num').find((num) => num.attributes['w:numId'] === id) as XmlElement,
        'w:startOverride',
      )?.attributes['w:val'];
    expect([restart(numIds[0]), restart(numIds[2])]).toEqual(['1', '1']);
  });

  it('keeps the caption and says what the map shows when there is no PNG', async () => {
    const docx = await open(await writeReportDocx(withPng(sampleReport(), undefined)));
    expect(Object.keys(docx.zip.files).filter((path) => path.startsWith('word/media/'))).toEqual([]);
    const paragraphs = bodyParagraphs(await docx.xml('word/document.xml'));
    const note = paragraphs.findIndex((p) => p.text === FIGURE?.alt);
    expect(paragraphs[note]?.style).toBe('Note');
    expect(paragraphs[note + 1]).toMatchObject({ style: 'Caption', text: FIGURE?.caption });
  });

  it('writes a large document: a table of 2,000 rows and a map', async () => {
    const rows = Array.from({ length: 2_000 }, (_, index) => [
      `Speler ${index + 1} ${HOSTILE_NAME}`,
      index % 2 === 0 ? 'Professionals' : 'Bewoners',
      String(index * 3),
      `${(index / 7).toFixed(2).replace('.', ',')}`,
    ]);
    const blocks: ReportBlock[] = [
      { kind: 'heading', level: 1, text: 'Register', id: 'register' },
      { kind: 'figure', alt: 'De kaart', caption: 'Figuur 1', scene: SAMPLE_SCENE, png: renderPng() },
      {
        kind: 'table',
        caption: 'Alle spelers',
        rowHeaders: true,
        columns: [
          { label: 'Speler', width: 4 },
          { label: 'Kracht', width: 2 },
          { label: 'Relaties', numeric: true },
          { label: 'Centraliteit', numeric: true },
        ],
        rows,
      },
    ];
    const docx = await open(await writeReportDocx({ ...sampleReport(), blocks }));
    const xml = await docx.text('word/document.xml');
    expect(xml.match(/<w:tr>/g)).toHaveLength(2_001);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const document = parseXml(xml);
    expect(textOf(all(document, 'w:tr')[2_000] as XmlElement)).toBe(
      `Speler 2000 ${HOSTILE_NAME}Bewoners5997285,57`,
    );
  });
});

describe('column widths and figure sizes', () => {
  it('shares the width by weight; columns without one share what fractions leave, else count 1', () => {
    expect(columnPercentages([{ label: 'a', width: 3 }, { label: 'b', width: 2 }, { label: 'c' }])).toEqual([
      50, 33.3, 16.7,
    ]);
    expect(columnPercentages([{ label: 'a', width: 0.5 }, { label: 'b' }, { label: 'c' }])).toEqual([
      50, 25, 25,
    ]);
    expect(columnPercentages([{ label: 'a' }, { label: 'b', width: Number.NaN }])).toEqual([50, 50]);
  });

  it('fits a figure to the text width, or to three quarters of the page height when it is tall', () => {
    expect(figureSize(640, 420)).toEqual({
      width: TEXT_AREA.width,
      height: Math.round((TEXT_AREA.width * 420) / 640),
    });
    const tall = figureSize(400, 1200);
    expect(tall.height).toBeLessThanOrEqual(TEXT_AREA.height * 0.75 + 1);
    expect(tall.height / tall.width).toBeCloseTo(3, 1);
  });
});
