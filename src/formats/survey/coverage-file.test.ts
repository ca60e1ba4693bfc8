import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type CoverageFileInput, writeCoverageCsv, writeCoverageXlsx } from './coverage-file.ts';

const input: CoverageFileInput = {
  survey: { title: '=Ronde 1', closesOn: '2099-12-31' },
  nonResponse: {
    respondents: { invited: 3, answered: 1, silent: 2 },
    ties: { total: 2, confirmed: 0, oneSided: 1, unreported: 1 },
    notes: [
      { kind: 'silent_broker', actorId: 'b', rank: 1 },
      { kind: 'silent_koker', koker: 'gemeente', silent: 2, invited: 2 },
    ],
    names: { a: 'Wijkteam', b: '@Brug' },
  },
  respondents: [
    {
      name: '@Brug',
      force: 'gemeente',
      wijken: ['Noord', 'Zuid'],
      status: 'niet_geopend',
      answered: false,
      ties: { ties: 2, reportedBySelf: 0, onlyByOthers: 1 },
      notes: [{ kind: 'silent_broker', actorId: 'b', rank: 1 }],
    },
    {
      name: 'Wijkteam',
      force: 'professional',
      wijken: [],
      status: 'klaar',
      answered: true,
      ties: { ties: 1, reportedBySelf: 1, onlyByOthers: 0 },
      notes: [],
    },
    {
      name: 'Ingetrokken club',
      force: 'bewoner',
      wijken: [],
      status: 'ingetrokken',
      answered: false,
      ties: null,
      notes: [],
    },
  ],
};

describe('the response file of an uitvraag', () => {
  it('writes CSV: a row per respondent, an empty line, then the figures and the notes in words', () => {
    const text = writeCoverageCsv(input, 'nl');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true, delimiter: ';', relax_column_count: true }) as string[][];
    expect(rows[0]).toEqual([
      'speler',
      'kracht',
      'wijken',
      'status',
      'geantwoord',
      'relaties met deelnemers',
      'zelf genoemd',
      'alleen door de ander genoemd',
      'opmerkingen',
    ]);
    expect(rows[1]).toEqual([
      "'@Brug",
      'Gemeente',
      'Noord | Zuid',
      'Link niet geopend',
      'nee',
      '2',
      '0',
      '1',
      // A sentence that starts with a name is a cell like any other: neutralised.
      "'@Brug is brug nummer 1 op de kaart, maar antwoordde niet: wat we van @Brug weten, komt van anderen.",
    ]);
    expect(rows[2]).toEqual(['Wijkteam', 'Professionals', '', 'Klaar', 'ja', '1', '1', '0', '']);
    // Left out of the figures: its tie cells are empty.
    expect(rows[3]).toEqual(['Ingetrokken club', 'Bewoners', '', 'Link ingetrokken', 'nee', '', '', '', '']);
    const summary = Object.fromEntries(rows.slice(4).map((row) => [row[0], row[1]]));
    expect(summary).toMatchObject({
      uitvraag: "'=Ronde 1",
      sluitdatum: '2099-12-31',
      uitgenodigd: '3',
      geantwoord: '1',
      'niet geantwoord': '2',
      'relaties tussen deelnemers': '2',
      'door beide kanten genoemd': '0',
      'door één kant genoemd': '1',
      'door geen van beide genoemd': '1',
      'door één kant genoemd (%)': '50',
    });
    const sentences = rows.filter((row) => row[0] === 'samengevat' || row[0] === 'opmerking');
    expect(sentences.map((row) => row[1])).toEqual([
      'Uitvraag “=Ronde 1”: 1 van de 3 deelnemers antwoordden.',
      'Van de 2 relaties tussen deelnemers noemden 0 allebei de kanten, 1 maar één kant (50%) en 1 geen van beide.',
      "'@Brug is brug nummer 1 op de kaart, maar antwoordde niet: wat we van @Brug weten, komt van anderen.",
      'In de koker gemeente antwoordden 2 van de 2 deelnemers niet: dit deel van de kaart tekenen vooral anderen.',
    ]);
    // No cell a spreadsheet would run.
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('says so when no result leans on silence, and words it in English when asked', () => {
    const quiet = { ...input, nonResponse: { ...input.nonResponse, notes: [] } };
    const rows = parse(writeCoverageCsv(quiet, 'en'), {
      bom: true,
      delimiter: ';',
      relax_column_count: true,
    }) as string[][];
    expect(rows[0]?.[0]).toBe('actor');
    expect(rows[1]?.[3]).toBe('Link not opened');
    expect(rows.at(-1)).toEqual([
      'note',
      'No result of the diagnosis leans mainly on actors that did not answer.',
    ]);
  });

  it('writes XLSX with a response and a summary sheet, text cells neutralised and no formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeCoverageXlsx(input, 'nl')) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['respons', 'samenvatting']);
    const respons = workbook.getWorksheet('respons');
    expect(respons?.getRow(2).getCell(1).value).toBe("'@Brug");
    expect(respons?.getRow(2).getCell(6).value).toBe(2);
    expect(respons?.getRow(3).getCell(4).value).toBe('Klaar');
    const summary = workbook.getWorksheet('samenvatting');
    expect(summary?.getRow(1).values).toEqual([undefined, 'uitvraag', "'=Ronde 1"]);
    expect(summary?.getRow(10).values).toEqual([undefined, 'door één kant genoemd (%)', 50]);
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          expect(cell.formula).toBeFalsy();
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        });
      });
    });
  });
});
