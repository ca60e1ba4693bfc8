import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  actorFields,
  relationFields,
  SAMPLE_BACKUP,
} from '../../../test/fixtures/spreadsheet/sample-backup.ts';
import { ACTOR_KINDS, FORCES, MOVEMENTS, RELATION_TYPES, SCALES } from '../../domain/index.ts';
import { planImport } from '../import-plan.ts';
import { CLAIM_EXPLANATIONS } from './claim-columns.ts';
import { EXPLANATIONS } from './columns.ts';
import { readCsv } from './csv-read.ts';
import { readXlsx } from './xlsx-read.ts';
import { writeCsvTemplate, writeXlsx, writeXlsxTemplate } from './xlsx-write.ts';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The values a list validation allows: the cells of `lijsten` its formula points at. */
function listValues(workbook: ExcelJS.Workbook, validation: ExcelJS.DataValidation | undefined): unknown[] {
  const match = /^lijsten!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(String(validation?.formulae[0]));
  if (!match) throw new Error(`not a list on lijsten: ${validation?.formulae[0]}`);
  const lists = sheet(workbook, 'lijsten');
  const values: unknown[] = [];
  for (let row = Number(match[2]); row <= Number(match[4]); row++)
    values.push(lists.getCell(`${match[1]}${row}`).value);
  return values;
}

describe('XLSX template', () => {
  it('has the sheets, headers, explanation row and frozen panes', async () => {
    const workbook = await load(await writeXlsxTemplate());
    expect(workbook.worksheets.map((item) => item.name)).toEqual([
      'spelers',
      'relaties',
      'perspectieven',
      'oordelen',
      'vraagstukken',
      'posities',
      'werkruimte',
      'lijsten',
    ]);
    for (const [name, explanations] of Object.entries(CLAIM_EXPLANATIONS)) {
      const claims = sheet(workbook, name);
      expect(claims.getRow(1).values).toEqual([undefined, ...Object.keys(explanations)]);
      expect(claims.getRow(2).values).toEqual([undefined, ...Object.values(explanations)]);
      expect(claims.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    }
    expect(sheet(workbook, 'lijsten').state).toBe('hidden');
    const spelers = sheet(workbook, 'spelers');
    expect(spelers.getRow(1).values).toEqual([undefined, ...Object.keys(EXPLANATIONS.spelers)]);
    expect(spelers.getCell('A1').font?.bold).toBe(true);
    expect(spelers.getCell('B2').value).toBe(EXPLANATIONS.spelers.naam);
    expect(spelers.getCell('B2').font?.italic).toBe(true);
    expect(spelers.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(spelers.getColumn(2).width).toBeGreaterThan(20);
    expect(sheet(workbook, 'relaties').getCell('B2').value).toBe(EXPLANATIONS.relaties.van);
  });

  it('offers the vocabularies as choice lists down to row 10,000, and sterkte 1–5', async () => {
    const workbook = await load(await writeXlsxTemplate());
    const spelers = sheet(workbook, 'spelers');
    const relaties = sheet(workbook, 'relaties');
    for (const row of [3, 10_000]) {
      expect(listValues(workbook, spelers.getCell(`C${row}`).dataValidation)).toEqual([...FORCES]);
      expect(listValues(workbook, spelers.getCell(`D${row}`).dataValidation)).toEqual([...ACTOR_KINDS]);
      expect(listValues(workbook, spelers.getCell(`F${row}`).dataValidation)).toEqual([...SCALES]);
      expect(listValues(workbook, relaties.getCell(`D${row}`).dataValidation)).toEqual([...RELATION_TYPES]);
      expect(relaties.getCell(`E${row}`).dataValidation).toMatchObject({
        type: 'whole',
        operator: 'between',
        formulae: [1, 5],
      });
    }
    const oordelen = sheet(workbook, 'oordelen');
    const posities = sheet(workbook, 'posities');
    for (const row of [3, 10_000]) {
      expect(listValues(workbook, oordelen.getCell(`F${row}`).dataValidation)).toEqual(['ja', 'nee']);
      expect(oordelen.getCell(`H${row}`).dataValidation).toMatchObject({ type: 'whole', formulae: [1, 4] });
      expect(posities.getCell(`H${row}`).dataValidation).toMatchObject({ type: 'whole', formulae: [-2, 2] });
      expect(listValues(workbook, posities.getCell(`I${row}`).dataValidation)).toEqual([...MOVEMENTS]);
    }
    expect(spelers.getCell('C2').dataValidation).toBeUndefined();
    expect(spelers.getCell('C10001').dataValidation).toBeUndefined();
  });

  it('imports as an empty document without issues', async () => {
    const outcome = await readXlsx(await writeXlsxTemplate());
    expect(outcome).toEqual({
      ok: true,
      document: {
        format: 'xlsx',
        workspace: {},
        actors: [],
        relations: [],
        layouts: {},
        report: { ignored: [], mapped: [] },
        words: { listSeparators: ['|', ';', ','] },
      },
    });
    expect(outcome.ok && Object.keys(outcome.document)).not.toContain('perspectives');
  });

  it('CSV templates have the export shape and import as nothing', () => {
    const spelers = writeCsvTemplate('spelers');
    expect(spelers.startsWith('\uFEFFid;naam;kracht;soort;domeinen;')).toBe(true);
    expect(spelers.split('\r\n')).toHaveLength(3);
    const relaties = writeCsvTemplate('relaties');
    expect(relaties.startsWith('\uFEFFid;van;naar;relatietype;sterkte;')).toBe(true);
    const outcome = readCsv([
      { name: 'relaties.csv', bytes: new TextEncoder().encode(relaties) },
      { name: 'spelers.csv', bytes: new TextEncoder().encode(spelers) },
    ]);
    expect(outcome.ok && [outcome.document.actors, outcome.document.relations]).toEqual([[], []]);
  });
});

describe('XLSX export', () => {
  it('neutralises text cells and writes sterkte as a number', async () => {
    const workbook = await load(await writeXlsx(SAMPLE_BACKUP));
    const spelers = sheet(workbook, 'spelers');
    expect(spelers.getCell('B4').value).toBe(`'${SAMPLE_BACKUP.actors[1]?.name}`);
    expect(spelers.getCell('K3').value).toBe(`'${SAMPLE_BACKUP.actors[0]?.motieven}`);
    expect(sheet(workbook, 'relaties').getCell('E3').value).toBe(5);
    expect(sheet(workbook, 'werkruimte').getCell('B5').value).toBe(`'${SAMPLE_BACKUP.workspace.description}`);
  });

  it('keeps CR and CRLF as written, and text that looks like an OOXML escape', async () => {
    const texts = ['regel 1\r\nregel 2', 'a\rb', 'c\nd', 'letterlijk _x000D_ en _x005F_'];
    const backup = {
      ...SAMPLE_BACKUP,
      actors: SAMPLE_BACKUP.actors.map((actor, k) => ({
        ...actor,
        achtergrond: texts[k % texts.length] as string,
      })),
    };
    const outcome = await readXlsx(await writeXlsx(backup));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.document.actors.map((actor) => actor.fields.achtergrond)).toEqual(
      backup.actors.map((actor) => actor.achtergrond),
    );
  });

  it('reads back to the same values', async () => {
    const outcome = await readXlsx(await writeXlsx(SAMPLE_BACKUP));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const { document } = outcome;
    expect(document.format).toBe('xlsx');
    expect(document.workspace).toEqual({
      name: SAMPLE_BACKUP.workspace.name,
      gemeente: SAMPLE_BACKUP.workspace.gemeente,
      wijken: SAMPLE_BACKUP.workspace.wijken,
      description: SAMPLE_BACKUP.workspace.description,
    });
    expect(document.actors.map((actor) => actor.fields)).toEqual(SAMPLE_BACKUP.actors.map(actorFields));
    expect(document.actors.map((actor) => [actor.key, actor.id, actor.place.row])).toEqual(
      SAMPLE_BACKUP.actors.map((actor, index) => [actor.id, actor.id, index + 3]),
    );
    expect(document.relations.map((relation) => relation.fields)).toEqual(
      SAMPLE_BACKUP.relations.map(relationFields),
    );
    const names = new Map(SAMPLE_BACKUP.actors.map((actor) => [actor.id, actor.name]));
    expect(document.relations.map((relation) => [relation.id, relation.source, relation.target])).toEqual(
      SAMPLE_BACKUP.relations.map((relation) => [
        relation.id,
        { key: relation.sourceId, name: names.get(relation.sourceId) },
        { key: relation.targetId, name: names.get(relation.targetId) },
      ]),
    );
    expect(document.layouts).toEqual({});
    expect(document.report).toEqual({ ignored: [], mapped: [] });
  });

  it('reads back every claim: perspectives, assessments, vraagstukken and positions', async () => {
    const outcome = await readXlsx(await writeXlsx(SAMPLE_BACKUP));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const { document } = outcome;
    const names = new Map(SAMPLE_BACKUP.actors.map((actor) => [actor.id, actor.name]));
    const perspective = new Map(SAMPLE_BACKUP.perspectives.map((item) => [item.id, item.name]));
    const topic = new Map(SAMPLE_BACKUP.topics.map((item) => [item.id, item.name]));
    expect(document.perspectivesComplete).toBe(true);
    expect(
      document.perspectives?.map(({ key, id, fields, editors }) => ({ key, id, fields, editors })),
    ).toEqual(
      SAMPLE_BACKUP.perspectives.map(({ id, editors, ...fields }) => ({
        key: id,
        id,
        fields,
        editors: editors || undefined,
      })),
    );
    expect(document.topics?.map(({ key, id, fields }) => ({ key, id, fields }))).toEqual(
      SAMPLE_BACKUP.topics.map(({ id, ...fields }) => ({ key: id, id, fields })),
    );
    expect(
      document.assessments?.map(({ relation, perspective, fields }) => ({ relation, perspective, fields })),
    ).toEqual(
      SAMPLE_BACKUP.assessments.map(({ id: _id, relationId, perspectiveId, ...fields }) => {
        const relatie = SAMPLE_BACKUP.relations.find((item) => item.id === relationId);
        return {
          relation: {
            key: relationId,
            source: { name: names.get(relatie?.sourceId ?? '') },
            target: { name: names.get(relatie?.targetId ?? '') },
            type: relatie?.type,
          },
          perspective: { name: perspective.get(perspectiveId) },
          fields,
        };
      }),
    );
    expect(
      document.positions?.map(({ topic: t, actor, perspective: p, fields }) => ({ t, actor, p, fields })),
    ).toEqual(
      SAMPLE_BACKUP.positions.map(({ id: _id, topicId, actorId, perspectiveId, ...fields }) => ({
        t: { key: topicId, name: topic.get(topicId) },
        actor: { key: actorId, name: names.get(actorId) },
        p: { name: perspective.get(perspectiveId) },
        fields,
      })),
    );
    // The plan finds every reference: each claim lands, none is refused.
    const planned = planImport(document, { actors: [], relations: [] }, () => crypto.randomUUID());
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    expect(planned.plan.summary.claims).toEqual({
      perspectives: { created: 3, updated: 0 },
      topics: { created: 2, updated: 0 },
      assessments: { created: 2, updated: 0 },
      positions: { created: 4, updated: 0 },
    });
  });

  it('writes claim numbers as numbers and text claims neutralised', async () => {
    const workbook = await load(await writeXlsx(SAMPLE_BACKUP));
    const oordelen = sheet(workbook, 'oordelen');
    expect([
      oordelen.getCell('G3').value,
      oordelen.getCell('H3').value,
      oordelen.getCell('F4').value,
    ]).toEqual([4, 3, 'nee']);
    expect(oordelen.getCell('G4').value).toBeNull();
    const posities = sheet(workbook, 'posities');
    expect(posities.getCell('H5').value).toBe(-1);
    expect(posities.getCell('J3').value).toBe(`'${SAMPLE_BACKUP.positions[0]?.reasoning}`);
    expect(sheet(workbook, 'perspectieven').getCell('D4').value).toBe(
      `'${SAMPLE_BACKUP.perspectives[1]?.description}`,
    );
  });
});
