/**
 * The claims sheets of an XLSX filled in by hand: what a person types (names, the screen's words), and
 * each problem named at its cell.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ExistingWorkspace, planImport } from '../import-plan.ts';
import { readXlsx } from './xlsx-read.ts';

const REDACTIE = '00000000-0000-4000-8000-0000000000e1';
const BEWONERS = '00000000-0000-4000-8000-0000000000e2';

/** A new werkruimte's perspectives, as the plan sees them. */
const existing: ExistingWorkspace = {
  actors: [],
  relations: [],
  claims: {
    perspectives: [
      { id: REDACTIE, name: 'Redactie', force: null, description: '', editors: true },
      { id: BEWONERS, name: 'Bewoners', force: 'bewoner', description: '', editors: false },
    ],
    topics: [],
    assessments: [],
    positions: [],
  },
};

const SPELERS = [
  ['naam', 'kracht'],
  ['Wijkteam Noord', 'professional'],
  ['Gemeente', 'gemeente'],
];
const RELATIES = [
  ['van', 'naar', 'relatietype', 'sterkte'],
  ['Gemeente', 'Wijkteam Noord', 'financiert', 4],
];

async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function ids() {
  let next = 0;
  return () => `10000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
}

async function plan(sheets: Record<string, ExcelJS.CellValue[][]>) {
  const outcome = await readXlsx(await workbook(sheets));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return planImport(outcome.document, existing, ids());
}

async function problems(sheets: Record<string, ExcelJS.CellValue[][]>) {
  const outcome = await readXlsx(await workbook(sheets));
  const issues = outcome.ok
    ? (() => {
        const planned = planImport(outcome.document, existing, ids());
        return planned.ok ? [] : planned.issues;
      })()
    : outcome.issues;
  return issues.map((issue) => `${issue.path} ${issue.code}`);
}

describe('XLSX claims sheets filled in by hand', () => {
  it('takes names and the screen’s words, in Dutch or English headers', async () => {
    const planned = await plan({
      spelers: SPELERS,
      relaties: RELATIES,
      Perspectives: [
        ['name', 'force', 'editors'],
        ['Wijkteam Noord', 'Professionals', 'nee'],
      ],
      oordelen: [
        ['van', 'naar', 'relatietype', 'perspectief', 'bestaat', 'sterkte', 'herkomst'],
        ['Gemeente', 'Wijkteam Noord', 'financiert', 'wijkteam noord', 'ja', 5, 'uitvraag'],
        ['Gemeente', 'Wijkteam Noord', 'financiert', 'Bewoners', 'Nee', null, null],
      ],
      vraagstukken: [
        ['naam', 'status'],
        ['Armoede', 'afgerond'],
      ],
      posities: [
        ['vraagstuk', 'speler', 'perspectief', 'invloed', 'belang', 'standpunt', 'beweging', 'datum'],
        ['Armoede', 'Gemeente', 'Bewoners', 5, 2, 'sterk tegen', 'van boven (beleid)', '2026-02-01'],
        ['Armoede', 'Wijkteam Noord', 'Bewoners', 3, 4, '+1', 'geen', new Date(Date.UTC(2026, 1, 2))],
      ],
    });
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const { claims } = planned.plan;
    const wijkteam = claims.perspectives.create[0];
    expect(wijkteam).toMatchObject({ name: 'Wijkteam Noord', force: 'professional', editors: false });
    expect(claims.topics.create).toEqual([expect.objectContaining({ name: 'Armoede', status: 'afgerond' })]);
    expect(
      claims.assessments.create.map(({ perspectiveId, present, strength, origin }) => ({
        perspectiveId,
        present,
        strength,
        origin,
      })),
    ).toEqual([
      { perspectiveId: wijkteam?.id, present: true, strength: 5, origin: 'survey' },
      { perspectiveId: BEWONERS, present: false, strength: null, origin: 'import' },
    ]);
    expect(
      claims.positions.create.map(({ standpunt, beweging, assessedOn }) => [standpunt, beweging, assessedOn]),
    ).toEqual([
      [-2, 'van_boven', '2026-02-01'],
      [1, null, '2026-02-02'],
    ]);
  });

  it('names each problem at its cell', async () => {
    expect(
      await problems({
        spelers: SPELERS,
        relaties: RELATIES,
        oordelen: [
          ['van', 'naar', 'relatietype', 'perspectief', 'sterkte'],
          ['Gemeente', 'Wijkteam Noord', 'financiert', 'Wijkraad', 3],
          ['Gemeente', 'Wijkteam Noord', 'financiert', 'Bewoners', 3],
          ['Gemeente', 'Wijkteam Noord', 'financiert', 'bewoners', 4],
          ['Gemeente', 'Wijkteam Noord', 'verwijst', 'Bewoners', 9],
        ],
        posities: [
          ['vraagstuk', 'speler', 'perspectief', 'invloed', 'belang', 'standpunt'],
          ['Armoede', 'Gemeente', 'Bewoners', 3, 3, 0],
        ],
        vraagstukken: [['naam'], ['Armoede']],
      }),
    ).toEqual([
      'oordelen.2.perspectief perspective_not_found',
      'oordelen.4.perspectief duplicate_key',
      'oordelen.5.van relation_not_found',
      'oordelen.5.sterkte too_big',
    ]);
    expect(
      await problems({
        spelers: SPELERS,
        vraagstukken: [['naam'], ['Armoede']],
        posities: [
          ['vraagstuk', 'speler', 'perspectief', 'invloed', 'belang', 'standpunt'],
          ['Armoede', 'Gemeente', 'Bewoners', 3, 3, 5],
          ['Armoedebeleid', 'Gemeente', 'Bewoners', 0, 3, 'min'],
          ['Armoede', 'Niemand', 'Bewoners', 3, 3, -2],
        ],
      }),
    ).toEqual([
      'posities.2.standpunt too_big',
      'posities.3.vraagstuk topic_not_found',
      'posities.3.invloed too_small',
      'posities.3.standpunt invalid_type',
      'posities.4.speler actor_not_found',
    ]);
  });

  it('refuses what the file itself gets wrong before planning', async () => {
    expect(
      await problems({
        spelers: SPELERS,
        perspectieven: [
          ['id', 'naam', 'redactie'],
          ['', 'Wijkraad', 'misschien'],
          ['geen-id', 'wijkraad', 'ja'],
        ],
        oordelen: [
          ['relatie_id', 'perspectief', 'herkomst', 'aangemaakt'],
          ['00000000-0000-4000-8000-0000000000f1', 'Wijkraad', 'gisteren', 'vorige week'],
        ],
        posities: [['speler']],
      }),
    ).toEqual([
      'perspectieven.2.redactie invalid_enum',
      'perspectieven.3.id uuid_format',
      'perspectieven.3.naam duplicate_key',
      'oordelen.2.herkomst invalid_enum',
      'oordelen.2.aangemaakt invalid_value',
      'posities.1 missing_column',
      'posities.1 missing_column',
    ]);
  });

  it('reads a workbook of assessments alone, for the werkruimte’s own relaties', async () => {
    const outcome = await readXlsx(
      await workbook({
        Assessments: [
          ['from', 'to', 'type', 'perspective', 'present'],
          ['Gemeente', 'Wijkteam Noord', 'funds', 'Bewoners', 'no'],
        ],
      }),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.document.actors).toEqual([]);
    expect(outcome.document.assessments).toEqual([
      expect.objectContaining({
        relation: { source: { name: 'Gemeente' }, target: { name: 'Wijkteam Noord' }, type: 'financiert' },
        perspective: { name: 'Bewoners' },
        fields: { present: false },
      }),
    ]);
  });

  it('reads a workbook without claims sheets, or with empty ones, as before', async () => {
    const outcome = await readXlsx(
      await workbook({ spelers: SPELERS, relaties: RELATIES, oordelen: [], vraagstukken: [[], []] }),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.document).not.toHaveProperty('assessments');
    expect(outcome.document).not.toHaveProperty('perspectives');
    expect(outcome.document.actors).toHaveLength(2);
    expect(outcome.document.report.ignored).toEqual([]);
  });
});
