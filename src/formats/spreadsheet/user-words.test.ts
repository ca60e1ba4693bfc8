/**
 * Spreadsheets written the way people write them: the words the screens show instead of codes, Dutch or
 * English, lists separated as Dutch Excel and the web form do, sources with web addresses.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExistingWorkspace, planImport } from '../import-plan.ts';
import { readCsv } from './csv-read.ts';
import { readXlsx } from './xlsx-read.ts';

const empty: ExistingWorkspace = { actors: [], relations: [] };
const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

function ids() {
  let next = 0;
  return () => `10000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
}

async function xlsx(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function plan(outcome: Awaited<ReturnType<typeof readXlsx>>) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const planned = planImport(outcome.document, empty, ids());
  if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
  return planned.plan;
}

function refused(outcome: Awaited<ReturnType<typeof readXlsx>>) {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  const planned = planImport(outcome.document, empty, ids());
  if (planned.ok) throw new Error('expected issues');
  return planned.issues;
}

describe('spreadsheet import in the user’s words', () => {
  it('reads a Dutch CSV with the screen’s words and ; between list items', () => {
    // Dutch Excel separates cells by ; too, so it quotes a cell that holds one.
    const quoted = csv(
      'spelers.csv',
      [
        'naam;kracht;soort;domeinen;schaal;wijken;tags',
        'Buurtkamer De Kruimel;Bewoners;Initiatief;"Schulden; Armoede";Buurt;Noord;buurt',
        'Wijkteam Noord;professionals;Persoon in een rol;"jeugd; Wmo-ondersteuning";wijk;"Noord; Centrum";',
        'Gemeente;GEMEENTE;Organisatie;Werk en inkomen | Participatie;gemeente;;',
      ].join('\r\n'),
    );
    const relaties = csv(
      'relaties.csv',
      [
        'van;naar;relatietype;sterkte',
        'Buurtkamer De Kruimel;Wijkteam Noord;werkt samen met;4',
        'Gemeente;Buurtkamer De Kruimel;Financiert;2',
        'Wijkteam Noord;Gemeente;verwijst naar;',
      ].join('\r\n'),
    );
    const { actors, relations } = plan(readCsv([quoted, relaties]));
    expect(actors.create.map((a) => [a.name, a.force, a.kind, a.domains, a.scale, a.wijken])).toEqual([
      ['Buurtkamer De Kruimel', 'bewoner', 'initiatief', ['schulden', 'armoede'], 'buurt', ['Noord']],
      [
        'Wijkteam Noord',
        'professional',
        'persoon_in_rol',
        ['jeugd', 'wmo_ondersteuning'],
        'wijk',
        ['Noord', 'Centrum'],
      ],
      ['Gemeente', 'gemeente', 'organisatie', ['werk_inkomen', 'participatie'], 'gemeente', []],
    ]);
    expect(relations.create.map((r) => r.type)).toEqual(['werkt_samen', 'financiert', 'verwijst']);
  });

  it('reads English labels and a comma inside a quoted cell of a comma-separated CSV', () => {
    const spelers = csv(
      'actors.csv',
      [
        'name,force,kind,domains,scale,districts,tags,sources',
        'Food bank,Residents,Initiative,"Debts, Poverty",Neighbourhood,"North, Centre","food, volunteers","https://example.org/a?ids=1,2, https://example.org/b"',
        'City hall,Municipality,Organisation,"work and income",Municipality,,,"Council letter, 12 March; https://example.org/raad;jsessionid=9"',
      ].join('\n'),
    );
    const relaties = csv(
      'relations.csv',
      'from,to,type\nCity hall,Food bank,funds\nFood bank,City hall,has tension with\n',
    );
    const { actors, relations } = plan(readCsv([spelers, relaties]));
    expect(
      actors.create.map((a) => [a.force, a.kind, a.domains, a.scale, a.wijken, a.tags, a.sources]),
    ).toEqual([
      [
        'bewoner',
        'initiatief',
        ['schulden', 'armoede'],
        'buurt',
        ['North', 'Centre'],
        ['food', 'volunteers'],
        ['https://example.org/a?ids=1,2', 'https://example.org/b'],
      ],
      [
        'gemeente',
        'organisatie',
        ['werk_inkomen'],
        'gemeente',
        [],
        [],
        ['Council letter, 12 March', 'https://example.org/raad;jsessionid=9'],
      ],
    ]);
    expect(relations.create.map((r) => r.type)).toEqual(['financiert', 'spanning']);
  });

  it('reads labels in XLSX, with the gemeente of the werkruimte sheet by name', async () => {
    const bytes = await xlsx({
      spelers: [
        ['naam', 'kracht', 'soort', 'domeinen', 'bronnen'],
        [
          'Buurtkamer',
          'Bewoners',
          'Netwerk',
          'Informele zorg; Wonen',
          'Gesprek met teamleider, 12 maart | https://example.org/x,y',
        ],
        ['Zorgverzekeraar', 'Instellingen', 'organisatie', 'gezondheid', null],
      ],
      relaties: [
        ['van', 'naar', 'relatietype'],
        ['Zorgverzekeraar', 'Buurtkamer', 'contracteert'],
        ['Buurtkamer', 'Zorgverzekeraar', 'informs'],
      ],
      werkruimte: [
        ['veld', 'waarde'],
        ['naam', 'Kaart Utrecht'],
        ['gemeente', 'Utrecht'],
        ['wijken', 'Noord; Overvecht, Zuid'],
      ],
    });
    const outcome = await readXlsx(bytes);
    expect(outcome.ok && outcome.document.workspace).toEqual({
      name: 'Kaart Utrecht',
      gemeente: 'Utrecht',
      wijken: ['Noord', 'Overvecht', 'Zuid'],
    });
    const { actors, relations } = plan(outcome);
    expect(actors.create.map((a) => [a.force, a.kind, a.domains, a.sources])).toEqual([
      [
        'bewoner',
        'netwerk',
        ['informele_zorg', 'wonen'],
        ['Gesprek met teamleider, 12 maart', 'https://example.org/x,y'],
      ],
      ['instelling', 'organisatie', ['gezondheid'], []],
    ]);
    expect(relations.create.map((r) => r.type)).toEqual(['contracteert', 'informeert']);
  });

  it('fills kracht or soort from a Kumu Type written as the screen’s word', async () => {
    const bytes = await xlsx({
      elements: [
        ['Label', 'Type'],
        ['Buurtkamer', 'Bewoners'],
        ['Team X', 'Persoon in een rol'],
      ],
    });
    const outcome = await readXlsx(bytes);
    expect(outcome.ok && outcome.document.actors.map((actor) => actor.fields)).toEqual([
      { name: 'Buurtkamer', force: 'bewoner' },
      { name: 'Team X', kind: 'persoon_in_rol' },
    ]);
  });

  it('refuses an unknown word at its row and column, naming the vocabulary, the value and the separators', async () => {
    const bytes = await xlsx({
      spelers: [
        ['naam', 'kracht', 'domeinen'],
        ['Buurtkamer', 'Bewonerz', 'jeugd'],
        ['Wijkteam', 'Professionals', 'jeugd / schulden'],
      ],
    });
    expect(refused(await readXlsx(bytes))).toEqual([
      {
        path: 'spelers.2.kracht',
        code: 'invalid_enum',
        params: expect.objectContaining({ vocabulary: 'force', value: 'Bewonerz' }),
      },
      {
        path: 'spelers.3.domeinen',
        code: 'invalid_enum',
        params: expect.objectContaining({
          vocabulary: 'domain',
          value: 'jeugd / schulden',
          item: 1,
          separators: ['|', ';', ','],
        }),
      },
    ]);
  });
});
