import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { lieAboutSizes } from '../../../test/fixtures/make-zip-bomb.ts';
import { LIMITS } from '../limits.ts';
import { readXlsx } from './xlsx-read.ts';
import { writeXlsxTemplate } from './xlsx-write.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/spreadsheet');

/** A workbook made with exceljs: one sheet per entry, rows of cell values. */
async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function issues(bytes: Uint8Array) {
  const outcome = await readXlsx(bytes);
  if (outcome.ok) throw new Error('expected issues');
  return outcome.issues;
}

async function document(bytes: Uint8Array) {
  const outcome = await readXlsx(bytes);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.document;
}

const SPELERS_HEADER = ['naam', 'kracht', 'soort'];

describe('XLSX import: hostile files', () => {
  it('refuses a zip bomb by the bytes it inflates to', async () => {
    const bomb = new Uint8Array(readFileSync(join(FIXTURES, 'zip-bomb.xlsx')));
    expect(bomb.byteLength).toBeLessThan(400_000);
    expect(await issues(bomb)).toEqual([
      { path: '', code: 'uncompressed_too_large', params: { maximum: LIMITS.uncompressedBytes } },
    ]);
  });

  it('refuses a zip bomb whose directory lies about its sizes', async () => {
    const liar = lieAboutSizes(readFileSync(join(FIXTURES, 'zip-bomb.xlsx')));
    const zip = await JSZip.loadAsync(liar);
    // What the directory claims: a few kilobytes in all.
    const declared = Object.values(zip.files).map(
      (entry) => (entry as unknown as { _data: { uncompressedSize: number } })._data.uncompressedSize,
    );
    expect(declared).toEqual([460, 285, 1_000]);
    expect(await issues(liar)).toEqual([
      { path: '', code: 'uncompressed_too_large', params: { maximum: LIMITS.uncompressedBytes } },
    ]);
    // A part that inflates to another size than declared, under the cap, is a broken file.
    const small = lieAboutSizes(readFileSync(join(FIXTURES, 'zip-bomb.xlsx')), 100);
    expect(await issues(small)).toEqual([{ path: '', code: 'invalid_file', params: { expected: 'XLSX' } }]);
  });

  it.each([
    ['not a zip', new TextEncoder().encode('naam;kracht\nWijkteam;professional\n')],
    ['empty', new Uint8Array()],
  ])('refuses a file that is %s', async (_, bytes) => {
    expect(await issues(bytes)).toEqual([{ path: '', code: 'invalid_file', params: { expected: 'XLSX' } }]);
  });

  it('refuses a zip that is no XLSX', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hallo');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await issues(bytes)).toEqual([{ path: '', code: 'invalid_file', params: { expected: 'XLSX' } }]);
  });

  it('refuses a file over the size cap before unzipping it', async () => {
    const big = new Uint8Array(LIMITS.fileBytes + 1);
    expect(await issues(big)).toEqual([{ path: '', code: 'too_big', params: { maximum: LIMITS.fileBytes } }]);
  });

  it('is not slowed down by ranges that exceljs would expand cell by cell', async () => {
    const zip = await JSZip.loadAsync(await writeXlsxTemplate());
    const everything = '$A$1:$XFD$1048576';
    const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    zip.file(
      'xl/workbook.xml',
      book.replace(
        '</sheets>',
        `</sheets><definedNames><definedName name="alles">spelers!${everything}</definedName></definedNames>`,
      ),
    );
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    zip.file(
      'xl/worksheets/sheet1.xml',
      sheet.replace(
        '</sheetData>',
        '</sheetData><mergeCells count="1"><mergeCell ref="A5:XFD1048576"/></mergeCells>',
      ),
    );
    const started = performance.now();
    const outcome = await readXlsx(await zip.generateAsync({ type: 'uint8array' }));
    expect(outcome.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  /** Our template with `part` edited, re-zipped. */
  async function edited(part: string, edit: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await workbook({ spelers: [SPELERS_HEADER] }));
    zip.file(part, edit((await zip.file(part)?.async('string')) ?? ''));
    return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  }

  it('refuses a workbook with more cells than exceljs can hold', async () => {
    const row = `<row r="2">${'<c r="A2"/>'.repeat(1_000)}</row>`;
    const bytes = await edited('xl/worksheets/sheet1.xml', (sheet) =>
      sheet.replace('</sheetData>', `${row.repeat(LIMITS.cells / 1_000 + 1)}</sheetData>`),
    );
    expect(await issues(bytes)).toEqual([
      { path: '', code: 'too_many_cells', params: { maximum: LIMITS.cells } },
    ]);
  });

  it('refuses millions of tiny shared strings before exceljs reads them', async () => {
    const strings = '<si><t>x</t></si>'.repeat(LIMITS.sharedStrings + 1);
    const bytes = await edited(
      'xl/sharedStrings.xml',
      () =>
        `<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.replaceAll('<si>', '<x:si>').replaceAll('</si>', '</x:si>')}</x:sst>`,
    );
    expect(await issues(bytes)).toEqual([
      { path: '', code: 'too_many_shared_strings', params: { maximum: LIMITS.sharedStrings } },
    ]);
  });

  it('refuses a styles part with more entries than the cap', async () => {
    const bytes = await edited('xl/styles.xml', (styles) =>
      styles.replace(
        '</styleSheet>',
        `<cellXfs>${'<xf numFmtId="0"/>'.repeat(LIMITS.styleElements)}</cellXfs></styleSheet>`,
      ),
    );
    expect(await issues(bytes)).toEqual([
      { path: '', code: 'too_many_styles', params: { maximum: LIMITS.styleElements } },
    ]);
  });

  it('refuses an element with more attributes than the cap', async () => {
    const attributes = Array.from(
      { length: LIMITS.xmlAttributesPerElement + 1 },
      (_, k) => ` a${k}="1"`,
    ).join('');
    const bytes = await edited('xl/worksheets/sheet1.xml', (sheet) =>
      sheet.replace('<sheetData>', `<sheetData><row r="9"${attributes}/>`),
    );
    expect(await issues(bytes)).toEqual([
      { path: '', code: 'too_many_attributes', params: { maximum: LIMITS.xmlAttributesPerElement } },
    ]);
  });

  it('refuses a zip with more entries than the cap, from its directory alone', async () => {
    const zip = await JSZip.loadAsync(await workbook({ spelers: [SPELERS_HEADER] }));
    for (let k = 0; k < LIMITS.zipEntries; k++) zip.file(`extra/${k}.txt`, '');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await issues(bytes)).toEqual([
      { path: '', code: 'too_many_zip_entries', params: { maximum: LIMITS.zipEntries } },
    ]);
  });
});

describe('XLSX import: cells', () => {
  it('takes the cached result of a formula and never evaluates it', async () => {
    const bytes = await workbook({
      spelers: [
        SPELERS_HEADER,
        [{ formula: 'CONCATENATE("Wijk","team")', result: 'Wijkteam' }, 'professional', 'team'],
        [{ formula: 'HYPERLINK("http://evil.example")' }, 'bewoner', 'initiatief'],
        ['Buurtkamer', { error: '#N/A' }, 'initiatief'],
      ],
    });
    expect(await issues(bytes)).toEqual([
      { path: 'spelers.3.naam', code: 'formula_without_value' },
      { path: 'spelers.4.kracht', code: 'invalid_value' },
    ]);
    const fixed = await workbook({
      spelers: [
        SPELERS_HEADER,
        [{ formula: 'CONCATENATE("Wijk","team")', result: 'Wijkteam' }, 'professional', 'team'],
      ],
    });
    expect((await document(fixed)).actors[0]?.fields.name).toBe('Wijkteam');
  });

  it('reads rich text, links, numbers and dates', async () => {
    const bytes = await workbook({
      relaties: [
        ['van', 'naar', 'relatietype', 'sterkte', 'geldig_vanaf', 'geldig_tot', 'omschrijving'],
        [
          { richText: [{ text: 'Wijk', font: { bold: true } }, { text: 'team' }] },
          { text: 'Buurtkamer', hyperlink: 'https://example.org' },
          'werkt_samen',
          4,
          new Date(Date.UTC(2024, 0, 31)),
          { formula: 'DATE(2025,12,31)', result: new Date(Date.UTC(2025, 11, 31)) },
          12.5,
        ],
      ],
    });
    const { relations } = await document(bytes);
    expect(relations[0]).toMatchObject({
      source: { name: 'Wijkteam' },
      target: { name: 'Buurtkamer' },
      fields: {
        type: 'werkt_samen',
        strength: 4,
        validFrom: '2024-01-31',
        validTo: '2025-12-31',
        description: '12.5',
      },
    });
  });
});

describe('XLSX import: sheets', () => {
  it('finds sheets by name, case ignored, and reads the werkruimte sheet', async () => {
    const bytes = await workbook({
      Notities: [['iets anders']],
      Relaties: [
        ['van', 'naar', 'relatietype'],
        ['A', 'B', 'verwijst'],
      ],
      SPELERS: [SPELERS_HEADER, ['A', 'bewoner', 'initiatief'], ['B', 'gemeente', 'organisatie']],
      Werkruimte: [
        ['veld', 'waarde'],
        ['naam', 'Proef'],
        ['wijken', 'Noord | Zuid'],
        ['gemeente', ''],
      ],
    });
    const doc = await document(bytes);
    expect(doc.actors.map((actor) => actor.fields.name)).toEqual(['A', 'B']);
    expect(doc.relations).toHaveLength(1);
    expect(doc.workspace).toEqual({ name: 'Proef', wijken: ['Noord', 'Zuid'] });
    expect(doc.report.ignored).toEqual(['Notities']);
  });

  it('reads Kumu-named sheets', async () => {
    const bytes = await workbook({
      Elements: [
        ['Label', 'Type'],
        ['A', 'bewoner'],
      ],
      Connections: [
        ['From', 'To', 'Type', 'Direction'],
        ['A', 'A', 'spanning', 'mutual'],
      ],
    });
    const doc = await document(bytes);
    expect(doc.actors[0]?.fields).toEqual({ name: 'A', force: 'bewoner' });
    expect(doc.relations[0]?.fields).toEqual({ type: 'spanning' });
    expect(doc.report.ignored).toEqual(['relaties: Direction']);
  });

  it('tells the tables apart by their headers when no sheet has our names', async () => {
    const doc = await document(
      await workbook({
        Blad1: [SPELERS_HEADER, ['A', 'bewoner', 'team']],
        Blad2: [
          ['from', 'to', 'type'],
          ['A', 'A', 'verwijst'],
        ],
      }),
    );
    expect([doc.actors.length, doc.relations.length]).toEqual([1, 1]);
    expect(doc.report.ignored).toEqual([]);
  });

  it('reports a workbook without a speler or relatie table', async () => {
    expect(await issues(await workbook({ Blad1: [], Blad2: [] }))).toEqual([
      { path: '', code: 'missing_sheet', params: { expected: ['spelers', 'relaties'] } },
    ]);
    expect(await issues(await workbook({ Blad1: [['a']], Blad2: [['b']] }))).toEqual([
      { path: '', code: 'missing_sheet', params: { expected: ['spelers', 'relaties'] } },
    ]);
  });
});
