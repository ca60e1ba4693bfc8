/**
 * The report's PDF writer, checked with real readers: poppler's pdfinfo, pdftotext, pdftoppm and pdftohtml
 * read what it writes (text, structure tree, bookmarks, pages); the raw file shows the catalog's language
 * and the structure's dictionaries, which pdfkit writes uncompressed. Without poppler those tests are
 * skipped with a loud notice (CI installs it, and fails without it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MapScene } from '../map-image/index.ts';
import type { ReportDocument } from './document.ts';
import { writeReportPdf } from './pdf.ts';
import { pdfColor } from './pdf-map.ts';
import { HOSTILE_NAME, LONG_WORD, sampleReport } from './test-fixture.ts';

const POPPLER = ['pdfinfo', 'pdftotext', 'pdftoppm', 'pdftohtml'].map((tool) => `/usr/bin/${tool}`);
const HAS_POPPLER = POPPLER.every((path) => existsSync(path));
if (!HAS_POPPLER) {
  const message =
    'poppler-utils not found (/usr/bin/pdftotext …): the PDF reading tests are SKIPPED. Install it with `apt-get install poppler-utils`.';
  if (process.env.CI) throw new Error(`${message} CI must run them.`);
  console.warn(`\n${'!'.repeat(100)}\n!! ${message}\n${'!'.repeat(100)}\n`);
}

const require = createRequire(import.meta.url);
const FONTS = {
  regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')),
  bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')),
};
const CREATED = new Date('2026-12-07T09:30:00Z');
// Kept after the run: the rendered pages are there to look at.
const DIR = mkdtempSync(join(tmpdir(), 'kv-report-pdf-'));

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const run = (tool: string, ...args: string[]) =>
  execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

async function writeTo(name: string, document: ReportDocument): Promise<{ path: string; bytes: Uint8Array }> {
  const bytes = await writeReportPdf(document, FONTS, { creationDate: CREATED });
  const path = join(DIR, name);
  writeFileSync(path, bytes);
  return { path, bytes };
}

/** A deterministic map and register of a werkruimte with `actors` spelers and `relations` relaties. */
function bigReport(actors: number, relations: number): ReportDocument {
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const colors = ['#d95f02', '#1b9e77', '#e6ab02', '#7570b3', 'hsl(200, 60%, 45%)'];
  const nodes = Array.from({ length: actors }, (_, index) => ({
    x: 20 + next() * 760,
    y: 60 + next() * 480,
    radius: 3 + next() * 6,
    color: colors[index % colors.length] ?? '#808080',
    label: index % 20 === 0 ? `Speler ${index}` : undefined,
    faded: index % 17 === 0,
  }));
  const edges = Array.from({ length: relations }, (_, index) => {
    const from = nodes[Math.floor(next() * actors)] ?? { x: 0, y: 0 };
    const to = nodes[Math.floor(next() * actors)] ?? { x: 0, y: 0 };
    return {
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      color: colors[index % colors.length] ?? '#808080',
      width: 1 + (index % 3),
      arrow: index % 2 === 0,
      faded: index % 11 === 0,
      dashed: index % 13 === 0,
    };
  });
  const scene: MapScene = {
    width: 800,
    height: 560,
    background: '#ffffff',
    title: 'Grote werkruimte',
    nodes,
    edges,
    legend: { title: 'Krachten', items: colors.map((color, index) => ({ color, label: `Kracht ${index}` })) },
  };
  const base = sampleReport();
  return {
    ...base,
    blocks: [
      ...base.blocks,
      { kind: 'heading', level: 1, text: 'Het hele register', id: 'groot' },
      { kind: 'figure', alt: 'De kaart van alle spelers.', caption: 'Figuur 2. Alle spelers.', scene },
      {
        kind: 'table',
        caption: 'Alle spelers',
        rowHeaders: true,
        columns: [
          { label: 'Speler', width: 3 },
          { label: 'Kracht', width: 2 },
          { label: 'Relaties', numeric: true },
          { label: 'Rol', width: 2 },
        ],
        rows: Array.from({ length: actors }, (_, index) => [
          index % 97 === 0 ? `Speler ${index}, met een naam die over meer regels loopt` : `Speler ${index}`,
          `Kracht ${index % 5}`,
          String((index * 7) % 41),
          index % 3 === 0 ? 'makelaar' : '',
        ]),
      },
    ],
  };
}

let big: Promise<{ path: string; bytes: Uint8Array }> | undefined;
const bigPdf = () => {
  big ??= writeTo('big.pdf', bigReport(2000, 10_000));
  return big;
};

const pageCount = (bytes: Uint8Array) => latin1(bytes).match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('writeReportPdf', () => {
  it('gives the same bytes for the same document and creation date', async () => {
    const first = await writeReportPdf(sampleReport(), FONTS, { creationDate: CREATED });
    const second = await writeReportPdf(sampleReport(), FONTS, { creationDate: CREATED });
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(latin1(first).startsWith('%PDF-1.7')).toBe(true);
  });

  it('declares what PDF/UA asks: language, marked and structured content, title, bookmarks', async () => {
    const text = latin1((await writeTo('sample-raw.pdf', sampleReport())).bytes);
    expect(text).toMatch(/\/Lang \(nl-NL\)/);
    expect(text).toMatch(/\/Marked true/);
    expect(text).toMatch(/\/DisplayDocTitle true/);
    expect(text).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
    expect(text).toContain('/StructTreeRoot');
    for (const type of [
      'Document',
      'H1',
      'H2',
      'H3',
      'P',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'Table',
      'TR',
      'TH',
      'TD',
    ])
      expect(text).toContain(`/S /${type}\n`);
    expect(text).toContain('/S /Figure');
    expect(text).toContain(
      '/Alt (Kaart met 4 spelers in vijf vakken; het wijkteam Noord heeft de meeste relaties.)',
    );
    expect(text).toMatch(/\/Scope \/Column/);
    expect(text).toMatch(/\/Scope \/Row/);
    expect(text).toContain('/Outlines');
    expect(text).toContain('/Title (Samenvatting)');
    expect(text).toContain('/Title (Wie trekt de samenwerking?)');
    // Creator as asked, no ambient randomness: the creation date is the one given.
    expect(text).toContain('<xmp:CreatorTool>Krachtenveld</xmp:CreatorTool>');
    expect(text).toContain('<xmp:CreateDate>2026-12-07T09:30:00Z</xmp:CreateDate>');
  });

  it('writes hostile names into the metadata as text: the XMP stays well-formed', async () => {
    const document = { ...sampleReport(), title: `Analyse ${HOSTILE_NAME}`, author: '<i>A & B</i>' };
    const text = Buffer.from((await writeTo('hostile-title.pdf', document)).bytes).toString('utf8');
    const xmp = /<\?xpacket begin[\s\S]*?<\?xpacket end="w"\?>/.exec(text)?.[0];
    expect(xmp).toBeDefined();
    const problems: string[] = [];
    const report = (message: string) => problems.push(message);
    const parsed = new DOMParser({
      errorHandler: { warning: report, error: report, fatalError: report },
    }).parseFromString(xmp ?? '', 'text/xml');
    expect(problems).toEqual([]);
    const titles = Array.from(parsed.getElementsByTagName('dc:title'));
    expect(titles.map((title) => title.textContent?.trim())).toEqual([`Analyse ${HOSTILE_NAME}`]);
    const creators = Array.from(parsed.getElementsByTagName('dc:creator'));
    expect(creators.map((creator) => creator.textContent?.trim())).toEqual(['<i>A & B</i>']);
  });

  it('writes an English report with its language tag', async () => {
    const document: ReportDocument = {
      ...sampleReport(),
      lang: 'en',
      words: { contents: 'Contents', pageOf: 'Page {page} of {pages}' },
    };
    expect(latin1((await writeTo('english.pdf', document)).bytes)).toMatch(/\/Lang \(en-GB\)/);
  });

  it('writes a document without headings, footer or subtitle (no contents page)', async () => {
    const document: ReportDocument = {
      lang: 'nl',
      title: 'Kort',
      date: '1 januari 2027',
      words: { contents: 'Inhoud', pageOf: 'Pagina {page} van {pages}' },
      blocks: [
        { kind: 'paragraph', text: 'Alleen tekst.' },
        { kind: 'paragraph', text: [{ text: '' }] },
        { kind: 'list', items: ['', 'Tweede'] },
        { kind: 'table', caption: '', columns: [], rows: [] },
      ],
    };
    const { bytes } = await writeTo('short.pdf', document);
    expect(pageCount(bytes)).toBe(2);
    expect(latin1(bytes)).not.toContain('/S /TOC');
  });

  it('writes the report of a 2,000-speler werkruimte: register and a map of 10,000 relaties', async () => {
    const { bytes } = await bigPdf();
    // 2,000 rows at 25 to 45 a page, plus the title, contents and sample pages.
    const pages = pageCount(bytes);
    expect(pages).toBeGreaterThan(2000 / 45);
    expect(pages).toBeLessThan(2000 / 25 + 10);
  }, 120_000);
});

describe('pdfColor', () => {
  it('passes the colours the SVG writer accepts on as #rrggbb, and greys out the rest', () => {
    expect(pdfColor('#ABC')).toBe('#aabbcc');
    expect(pdfColor('#1b9e77')).toBe('#1b9e77');
    expect(pdfColor('#1b9e7780')).toBe('#1b9e77');
    expect(pdfColor('rgb(255, 0, 16)')).toBe('#ff0010');
    expect(pdfColor('hsl(120, 100%, 25%)')).toBe('#008000');
    expect(pdfColor('white')).toBe('#ffffff');
    expect(pdfColor('url(#x)')).toBe('#808080');
    expect(pdfColor('rebeccapurple')).toBe('#808080');
  });
});

describe.skipIf(!HAS_POPPLER)('the report PDF as poppler reads it', () => {
  let path = '';
  let pages = 0;

  beforeAll(async () => {
    ({ path } = await writeTo('sample.pdf', sampleReport()));
    pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', path))?.[1]);
  });

  it('is a tagged PDF 1.7 of several pages with its title', () => {
    const info = run('pdfinfo', path);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^Title:\s+Krachtenveldanalyse Voorbeeldgemeente$/m);
    expect(info).toMatch(/^Author:\s+Adviseur Sociaal Domein$/m);
    expect(info).toMatch(/^Creator:\s+Krachtenveld$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(pages).toBeGreaterThan(1);
  });

  it('has the text as written: headings, hostile names, the long word, table rows, footers', () => {
    const text = run('pdftotext', '-layout', path, '-');
    for (const heading of [
      'Inhoud',
      'Samenvatting',
      'Wie trekt de samenwerking?',
      'De kaart',
      'Bijlage: register',
    ])
      expect(text).toContain(heading);
    expect(text).toContain(`${HOSTILE_NAME} verbindt bewoners.`);
    expect(text).toMatch(/<b>Buurthuis<\/b> & "De Kern" =SUM\(A1\)\s+Bewoners\s+3/);
    expect(text).toMatch(/Wijkteam Noord\s+Professionals\s+17/);
    expect(text).toMatch(/Speler\s+Kracht\s+Relaties/);
    expect(text).toContain('De E-I-index is −0,42');
    // The long word is broken over lines, never cut.
    expect(text.replace(/\s+/g, '')).toContain(`${LONG_WORD}staatlos.`);
    expect(text).toContain('Figuur 1. De kaart in vijf krachten.');
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Pagina ${page} van ${pages}`);
    expect(text.split('Krachtenveld – Voorbeeldgemeente').length - 1).toBe(pages);
  });

  it('lists the sections with their page numbers in the contents', () => {
    const contents = run('pdftotext', '-layout', '-f', '2', '-l', '2', path, '-');
    expect(contents).toMatch(/Inhoud/);
    expect(contents).toMatch(/Samenvatting\s+3/);
    expect(contents).toMatch(/Wie trekt de samenwerking\?\s+3/);
    expect(contents).toMatch(/De kaart\s+4/);
  });

  it('has bookmarks: the sections, their parts nested', () => {
    const xml = run('pdftohtml', '-xml', '-stdout', '-i', '-q', path);
    const outline = /<outline>[\s\S]*<\/outline>/.exec(xml)?.[0] ?? '';
    expect(outline.replace(/\s+/g, '')).toBe(
      [
        '<outline>',
        '<itempage="3">Samenvatting</item>',
        '<outline><itempage="3">Wietrektdesamenwerking?</item></outline>',
        '<itempage="4">Dekaart</item>',
        '<itempage="4">Bijlage:register</item>',
        '</outline>',
      ].join(''),
    );
  });

  it('has the content in the structure tree, in reading order, and footers out of it', () => {
    const tree = run('pdfinfo', '-struct-text', path);
    const order = [
      /^ {2}H1\b/m,
      /^ {2}H2[^\n]*\n\s+"Inhoud"/m,
      /^ {2}TOC/m,
      /^ {2}H2[^\n]*\n\s+"Samenvatting"/m,
      /^ {2}L\b/m,
      /^ {2}H3[^\n]*\n\s+"Wie trekt de samenwerking\?"/m,
      /^ {2}Figure/m,
      /^ {2}Table/m,
    ].map((pattern) => tree.search(pattern));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(tree).toContain(`"${HOSTILE_NAME} verbindt bewoners."`);
    expect(tree).toMatch(/TH:\s+\/Scope \/Column\s+"Speler"/);
    expect(tree).toMatch(/TH:\s+\/Scope \/Row\s+"Wijkteam Noord"/);
    expect(tree).toMatch(/Lbl[^\n]*\n\s+"1\."/);
    expect(tree).not.toContain('Pagina 1 van');
    expect(tree).not.toContain('Krachtenveld – Voorbeeldgemeente');
  });

  it('words the footer in the language of the report', async () => {
    const document: ReportDocument = {
      ...sampleReport(),
      lang: 'en',
      footer: undefined,
      words: { contents: 'Contents', pageOf: 'Page {page} of {pages}' },
    };
    const { path: english } = await writeTo('english-footer.pdf', document);
    const text = run('pdftotext', '-layout', english, '-');
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain('Contents');
    expect(text).not.toContain('Pagina');
  });

  it('renders its pages', () => {
    run('pdftoppm', '-png', '-r', '50', '-f', '1', '-l', '2', path, join(DIR, 'sample'));
    const images = readdirSync(DIR).filter((name) => /^sample-\d+\.png$/.test(name));
    expect(images).toHaveLength(2);
    for (const image of images)
      expect(readFileSync(join(DIR, image)).subarray(0, 8)).toEqual(
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      );
  });

  it('keeps words whole in table columns, a heading with its table, and list items on one page', async () => {
    const filler = 'Een zin die de pagina vult, zodat wat volgt onderaan de pagina begint. '.repeat(38);
    const item =
      'Een punt van een lijst dat over twee regels loopt, omdat het wat langer is dan één regel tekst.';
    const document: ReportDocument = {
      ...sampleReport(),
      blocks: [
        { kind: 'heading', level: 1, text: 'Krachten', id: 'krachten' },
        { kind: 'paragraph', text: filler },
        { kind: 'heading', level: 2, text: 'Rijk', id: 'rijk' },
        { kind: 'paragraph', text: '2 spelers.' },
        {
          kind: 'table',
          caption: 'Rijk: rol en motieven',
          rowHeaders: true,
          columns: [
            { label: 'Speler', width: 2 },
            { label: 'Soort', width: 2 },
            { label: 'Rol', width: 3, prose: true },
            { label: 'Motieven', width: 3, prose: true },
            { label: 'Belangen', width: 3, prose: true },
          ],
          rows: [
            [
              'Belastingdienst/Toeslagen',
              'Organisatie',
              'Geen formele rol.',
              'Juiste bedragen.',
              'Rechtmatig.',
            ],
            ['Huisartsencoöperatie Voorbeeldgemeente', 'Organisatie', 'Verwijst.', 'Zorg.', 'Rust.'],
          ],
        },
        { kind: 'list', items: Array.from({ length: 70 }, (_, index) => `${index + 1}. ${item}`) },
      ],
    };
    const { path: laidOut, bytes } = await writeTo('layout.pdf', document);
    const pages = Array.from({ length: pageCount(bytes) }, (_, index) =>
      run('pdftotext', '-layout', '-f', String(index + 1), '-l', String(index + 1), laidOut, '-'),
    );
    const text = pages.join('\n');
    for (const word of ['Belastingdienst/', 'Huisartsencoöperatie', 'Voorbeeldgemeente', 'Organisatie'])
      expect(text).toMatch(new RegExp(`(^|\\s)${word}`, 'm'));
    // The heading and its line moved on with the table rather than end a page alone.
    expect(pages.find((page) => page.includes('Rijk: rol en motieven'))).toMatch(
      /Rijk\s+2 spelers\.\s+Rijk: rol en motieven/,
    );
    // Every item of the list is whole on one page, and no page holds only a stray line.
    const flat = pages.map((page) => page.replace(/\s+/g, ' '));
    for (let n = 1; n <= 70; n += 1) expect(flat.some((page) => page.includes(`${n}. ${item}`))).toBe(true);
    for (const page of pages.slice(2, -1))
      expect(page.split('\n').filter((line) => line.trim()).length).toBeGreaterThan(10);
  }, 60_000);

  it('repeats the header row of a long table on every page, outside the structure', async () => {
    const { path: bigPath, bytes } = await bigPdf();
    const total = pageCount(bytes);
    const last = run('pdftotext', '-layout', '-f', String(total), '-l', String(total), bigPath, '-');
    expect(last.trimStart()).toMatch(/^Speler\s+Kracht\s+Relaties\s+Rol/);
    expect(last).toContain('Speler 1999');
    // In the structure once: the sample's table has 3 column headers, the register 4, whatever its pages.
    expect(latin1(bytes).match(/\/Scope \/Column/g)).toHaveLength(3 + 4);
  }, 120_000);
});
