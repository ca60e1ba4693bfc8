import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { EXPLANATIONS } from './columns.ts';
import {
  type Cell,
  newParts,
  readSheet,
  readWorkspaceSheet,
  type SheetRow,
  toOutcome,
} from './sheet-rows.ts';

const ID = '0b7e4c1a-2f3d-4a5b-8c6d-7e8f9a0b1c2d';

/** Rows numbered from 1, as a spreadsheet shows them. */
const table = (...rows: Cell[][]): SheetRow[] => rows.map((cells, index) => ({ row: index + 1, cells }));

function read(kind: 'spelers' | 'relaties', rows: SheetRow[]) {
  const parts = newParts();
  readSheet(kind, rows, parts);
  return parts;
}

describe('spreadsheet rows: spelers', () => {
  it('turns cells into fields by the empty-cell rule', () => {
    const { actors, issues } = read(
      'spelers',
      table(
        ['naam', 'kracht', 'soort', 'schaal', 'website', 'domeinen', 'achtergrond', 'tags'],
        [
          '  Wijkteam ',
          'Professional',
          'Persoon in rol',
          'WIJK',
          'https://x.nl',
          ' armoede |  | Jeugd ',
          'tekst',
          'a|b',
        ],
        ['Leeg', '', '', '', '', '', '', ''],
      ),
    );
    expect(issues.listed).toEqual([]);
    expect(actors.map((actor) => actor.fields)).toEqual([
      {
        name: 'Wijkteam',
        force: 'professional',
        kind: 'persoon_in_rol',
        scale: 'wijk',
        website: 'https://x.nl',
        domains: ['armoede', 'jeugd'],
        achtergrond: 'tekst',
        tags: ['a', 'b'],
      },
      { name: 'Leeg', scale: null, website: null, domains: [], achtergrond: '', tags: [] },
    ]);
    expect(actors[0]?.place).toEqual({
      sheet: 'spelers',
      row: 2,
      columns: {
        name: 'naam',
        force: 'kracht',
        kind: 'soort',
        scale: 'schaal',
        website: 'website',
        domains: 'domeinen',
        achtergrond: 'achtergrond',
        tags: 'tags',
      },
    });
  });

  it('passes values outside the vocabulary on as written, for the plan', () => {
    const { actors } = read(
      'spelers',
      table(['naam', 'kracht', 'domeinen'], ['A', 'burger', 'armoede | cultuur']),
    );
    expect(actors[0]?.fields).toEqual({ name: 'A', force: 'burger', domains: ['armoede', 'cultuur'] });
  });

  it('keys a speler by its id, else its name, and refuses an id that is no uuid', () => {
    const parts = read(
      'spelers',
      table(['id', 'naam', 'kracht'], [ID, 'A', 'rijk'], ['', 'B', 'rijk'], ['42', 'C', 'rijk']),
    );
    expect(parts.actors.map((actor) => [actor.key, actor.id])).toEqual([
      [ID, ID],
      ['B', undefined],
      ['42', undefined],
    ]);
    expect(parts.issues.listed).toEqual([{ path: 'spelers.4.id', code: 'uuid_format' }]);
    expect(toOutcome('csv', parts)).toEqual({ ok: false, issues: parts.issues.listed, total: 1 });
  });

  it('skips the explanation row, empty rows and leading empty rows', () => {
    const explanation = Object.values(EXPLANATIONS.spelers);
    const { actors } = read(
      'spelers',
      table(
        [],
        Object.keys(EXPLANATIONS.spelers),
        explanation,
        [],
        ['', 'A', 'bewoner'],
        [...Array.from({ length: 17 }, () => ''), 'text in an ignored column'],
      ),
    );
    expect(actors.map((actor) => [actor.fields.name, actor.place.row])).toEqual([['A', 5]]);
    // The explanation text only counts in the first row under the header.
    const late = read(
      'spelers',
      table(['naam', 'kracht'], ['A', 'bewoner'], [EXPLANATIONS.spelers.naam ?? '', 'x']),
    );
    expect(late.actors).toHaveLength(2);
  });

  it('uses Kumu’s Type for kracht, else soort, else a tag', () => {
    const parts = read(
      'spelers',
      table(
        ['Label', 'Type', 'Tags'],
        ['A', 'Bewoner', ''],
        ['B', 'team', 'x'],
        ['C', 'Organization', 'x | y'],
      ),
    );
    expect(parts.actors.map((actor) => actor.fields)).toEqual([
      { name: 'A', force: 'bewoner', tags: [] },
      { name: 'B', kind: 'team', tags: ['x'] },
      { name: 'C', tags: ['x', 'y', 'type:Organization'] },
    ]);
    expect(parts.report.mapped).toEqual([
      { from: 'spelers: Label', to: 'naam' },
      { from: 'spelers: Type', to: 'kracht' },
      { from: 'spelers: Type', to: 'soort' },
      { from: 'spelers: Type', to: 'tags (type:…)' },
    ]);
  });

  it('reports cells the file reader could not read, and cells over the cap', () => {
    const { issues } = read(
      'spelers',
      table(
        ['naam', 'kracht'],
        [{ problem: 'formula_without_value' }, 'rijk'],
        ['A', { problem: 'invalid_value' }],
        ['x'.repeat(LIMITS.cellCharacters + 1), 'rijk'],
      ),
    );
    expect(issues.listed).toEqual([
      { path: 'spelers.2.naam', code: 'formula_without_value' },
      { path: 'spelers.3.kracht', code: 'invalid_value' },
      { path: 'spelers.4.naam', code: 'too_long', params: { maximum: LIMITS.cellCharacters } },
    ]);
  });

  it('needs a header', () => {
    expect(read('spelers', []).issues.listed).toEqual([
      { path: 'spelers.1', code: 'missing_column', params: { column: 'naam' } },
      { path: 'spelers.1', code: 'missing_column', params: { column: 'kracht' } },
    ]);
  });
});

describe('spreadsheet rows: relaties', () => {
  it('names ends by id and name, and parses sterkte when it is a number', () => {
    const parts = read(
      'relaties',
      table(
        [
          'van',
          'naar',
          'relatietype',
          'sterkte',
          'geldig_vanaf',
          'geldig_tot',
          'perspectief',
          'van_id',
          'naar_id',
        ],
        ['A', 'B', 'Werkt samen', '4', new Date(Date.UTC(2024, 0, 1)), '', '', ID, ''],
        ['A', '', 'verwijst', 'sterk', '2024-13-01', '', 'bewoner', '', 'nope'],
        ['A', 'B', '', 2.5, '', '', '', '', ''],
      ),
    );
    expect(parts.relations.map((relation) => [relation.source, relation.target, relation.fields])).toEqual([
      [
        { key: ID, name: 'A' },
        { name: 'B' },
        { type: 'werkt_samen', strength: 4, validFrom: '2024-01-01', validTo: null },
      ],
      [
        { name: 'A' },
        {},
        {
          type: 'verwijst',
          strength: 'sterk',
          validFrom: '2024-13-01',
          validTo: null,
        },
      ],
      [{ name: 'A' }, { name: 'B' }, { strength: 2.5, validFrom: null, validTo: null }],
    ]);
    // The old perspectief column is no relatie field: its text waits to become an assessment.
    expect(parts.relations.map((relation) => relation.key)).toEqual([
      'relaties.2',
      'relaties.3',
      'relaties.4',
    ]);
    expect(parts.legacy).toEqual([
      expect.objectContaining({ relation: { key: 'relaties.3' }, text: 'bewoner', place: expect.anything() }),
    ]);
    expect(parts.legacy[0]).not.toHaveProperty('strength');
    expect(parts.report.mapped).toEqual([{ from: 'relaties: perspectief', to: 'oordelen' }]);
    expect(parts.issues.listed).toEqual([{ path: 'relaties.3.naar_id', code: 'uuid_format' }]);
    expect(parts.relations[0]?.place.columns).toMatchObject({ sourceId: 'van', targetId: 'naar' });
  });

  it('points an end named only by id at its id column', () => {
    const { relations } = read(
      'relaties',
      table(['van', 'naar', 'type', 'from_id'], ['A', 'B', 'verwijst', ID]),
    );
    expect(relations[0]?.place.columns).toMatchObject({ sourceId: 'van', targetId: 'naar', type: 'type' });
  });

  it('refuses more rows than the cap', () => {
    const rows: SheetRow[] = [{ row: 1, cells: ['van', 'naar', 'relatietype'] }];
    for (let row = 2; row <= LIMITS.rows + 2; row++) rows.push({ row, cells: ['A', 'B', 'x'] });
    expect(read('relaties', rows).issues.listed).toEqual([
      { path: 'relaties', code: 'too_many_rows', params: { maximum: LIMITS.rows } },
    ]);
  });
});

describe('werkruimte sheet', () => {
  it('reads key/value rows, Dutch or English keys, and skips empty values', () => {
    const parts = newParts();
    const workspace = readWorkspaceSheet(
      table(
        ['veld', 'waarde'],
        ['Naam', "'=Proef"],
        ['municipality', 'GM0344'],
        ['wijken', 'A | | B'],
        ['omschrijving', ''],
      ),
      parts,
    );
    expect(workspace).toEqual({ name: '=Proef', gemeente: 'GM0344', wijken: ['A', 'B'] });
    expect(parts.issues.listed).toEqual([]);
  });
});
