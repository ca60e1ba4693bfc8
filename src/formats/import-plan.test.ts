import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, MAX_LISTED_ISSUES } from '../domain/index.ts';
import type { DocumentActor, DocumentRelation, ImportDocument } from './import-document.ts';
import { type ActorRecord, type ExistingWorkspace, planImport, type RelationRecord } from './import-plan.ts';

const WIJKTEAM = '00000000-0000-4000-8000-00000000000a';
const GEMEENTE = '00000000-0000-4000-8000-00000000000b';
const RELATIE = '00000000-0000-4000-8000-0000000000f1';

function ids() {
  let next = 0;
  return () => `10000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
}

const columns = {
  id: 'id',
  name: 'naam',
  force: 'kracht',
  kind: 'soort',
  sourceId: 'van',
  targetId: 'naar',
  type: 'relatietype',
  strength: 'sterkte',
};

function documentActor(
  row: number,
  fields: Record<string, unknown>,
  key = String(fields.name),
): DocumentActor {
  return { key, fields, place: { sheet: 'spelers', row, columns } };
}

function documentRelation(
  row: number,
  from: string,
  to: string,
  fields: Record<string, unknown> = { type: 'werkt_samen' },
): DocumentRelation {
  return { source: { name: from }, target: { name: to }, fields, place: { sheet: 'relaties', row, columns } };
}

function doc(actors: DocumentActor[], relations: DocumentRelation[] = []): ImportDocument {
  return {
    format: 'csv',
    workspace: {},
    actors,
    relations,
    layouts: {},
    report: { ignored: ['spelers: kleur'], mapped: [] },
  };
}

const existingActor = (id: string, name: string, extra: Partial<ActorRecord> = {}): ActorRecord => ({
  id,
  name,
  force: 'professional',
  kind: 'team',
  ...EMPTY_PROFILE,
  achtergrond: 'bestaand verhaal',
  domains: ['jeugd'],
  scale: 'wijk',
  wijken: ['Noord'],
  tags: [],
  website: null,
  sources: [],
  ...extra,
});

const existing: ExistingWorkspace = {
  actors: [
    existingActor(WIJKTEAM, 'Wijkteam Noord'),
    existingActor(GEMEENTE, 'Gemeente', { force: 'gemeente' }),
  ],
  relations: [
    {
      id: RELATIE,
      sourceId: GEMEENTE,
      targetId: WIJKTEAM,
      type: 'financiert',
      strength: 4,
      description: 'subsidie',
      validFrom: null,
      validTo: null,
      sources: [],
    } satisfies RelationRecord,
  ],
};

const empty: ExistingWorkspace = { actors: [], relations: [] };

describe('import plan', () => {
  it('creates every speler and relatie of a file for a new werkruimte, with defaults and new ids', () => {
    const outcome = planImport(
      doc(
        [
          documentActor(3, { name: 'Buurtkamer', force: 'bewoner' }),
          documentActor(4, { name: 'Wijkteam', force: 'professional' }),
        ],
        [documentRelation(3, 'buurtkamer', ' Wijkteam ', { type: 'werkt_samen', strength: 5 })],
      ),
      empty,
      ids(),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { plan } = outcome;
    expect(plan.actors.create.map((a) => [a.id, a.name, a.kind])).toEqual([
      ['10000000-0000-4000-8000-000000000001', 'Buurtkamer', 'organisatie'],
      ['10000000-0000-4000-8000-000000000002', 'Wijkteam', 'organisatie'],
    ]);
    expect(plan.relations.create[0]).toMatchObject({
      sourceId: '10000000-0000-4000-8000-000000000001',
      targetId: '10000000-0000-4000-8000-000000000002',
      strength: 5,
    });
    expect(plan.summary).toEqual({
      actors: { created: 2, updated: 0 },
      relations: { created: 1, updated: 0 },
      ignored: ['spelers: kleur'],
      mapped: [],
    });
  });

  it('updates a speler matched by name or id, keeping the fields the file does not have', () => {
    const byId = { ...documentActor(3, { name: 'Wijkteam Noord-Oost' }, WIJKTEAM), id: WIJKTEAM };
    const outcome = planImport(
      doc(
        [byId, documentActor(4, { name: 'GEMEENTE', kind: 'organisatie' })],
        [
          documentRelation(3, 'Gemeente', 'Wijkteam Noord-Oost', { type: 'financiert', strength: 2 }),
          documentRelation(4, 'Wijkteam Noord-Oost', 'Gemeente', { type: 'informeert' }),
        ],
      ),
      existing,
      ids(),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { plan } = outcome;
    expect(plan.actors.create).toEqual([]);
    expect(plan.actors.update.map((a) => [a.id, a.name, a.force, a.achtergrond])).toEqual([
      [WIJKTEAM, 'Wijkteam Noord-Oost', 'professional', 'bestaand verhaal'],
      [GEMEENTE, 'GEMEENTE', 'gemeente', 'bestaand verhaal'],
    ]);
    // Same ends and type as the existing financiert: an update that keeps its description.
    expect(plan.relations.update).toEqual([{ ...existing.relations[0], strength: 2 }]);
    expect(plan.relations.create).toHaveLength(1);
  });

  it('names every problem by sheet, row and column, and plans nothing', () => {
    const outcome = planImport(
      doc(
        [
          documentActor(3, { name: 'Buurtkamer', force: 'buurt' }),
          documentActor(4, { name: 'Buurtkamer', force: 'bewoner' }),
          documentActor(5, { name: '', force: 'rijk' }),
        ],
        [
          documentRelation(3, 'Buurtkamer', 'Onbekend'),
          documentRelation(4, 'Wijkteam Noord', 'Wijkteam Noord', { type: 'werkt_samen' }),
        ],
      ),
      existing,
      ids(),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'spelers.3.kracht invalid_enum',
      'spelers.4.naam duplicate_key',
      'spelers.5.naam required',
      // Buurtkamer has problems of its own: relaties to it are not reported again.
      'relaties.3.naar actor_not_found',
      'relaties.4.naar self_relation',
    ]);
    expect(outcome.issues[1]?.params).toEqual({ firstRow: 3 });
    expect(outcome.issues[3]?.params).toEqual({ name: 'Onbekend' });
  });

  it('refuses a name two spelers share, asking for the id', () => {
    const twice: ExistingWorkspace = {
      actors: [existingActor(WIJKTEAM, 'Wijkteam'), existingActor(GEMEENTE, 'wijkteam')],
      relations: [],
    };
    const outcome = planImport(
      doc(
        [documentActor(3, { name: 'Buurtkamer', force: 'bewoner' })],
        [documentRelation(3, 'Buurtkamer', 'Wijkteam')],
      ),
      twice,
      ids(),
    );
    expect(outcome.ok ? [] : outcome.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'relaties.3.naar ambiguous_name',
    ]);
    const byKey = documentRelation(3, 'Buurtkamer', 'Wijkteam');
    byKey.target.key = GEMEENTE;
    expect(
      planImport(doc([documentActor(3, { name: 'Buurtkamer', force: 'bewoner' })], [byKey]), twice, ids()).ok,
    ).toBe(true);
  });

  it('maps file positions onto the final ids', () => {
    const file = doc([
      documentActor(3, { name: 'Buurtkamer', force: 'bewoner' }),
      documentActor(4, { name: 'Wijkteam Noord' }),
    ]);
    file.layouts = {
      force: { Buurtkamer: { x: 1, y: 2 }, 'Wijkteam Noord': { x: 3, y: 4 }, elders: { x: 0, y: 0 } },
    };
    const outcome = planImport(file, existing, ids());
    expect(outcome.ok && outcome.plan.layouts).toEqual({
      force: { '10000000-0000-4000-8000-000000000001': { x: 1, y: 2 }, [WIJKTEAM]: { x: 3, y: 4 } },
    });
  });

  it('lists the first MAX_LISTED_ISSUES problems and counts them all', () => {
    const rows = Array.from({ length: MAX_LISTED_ISSUES + 50 }, (_, index) =>
      documentActor(index + 3, { name: `S${index}` }),
    );
    const outcome = planImport(doc(rows), empty, ids());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(outcome.total).toBe(MAX_LISTED_ISSUES + 50);
  });
});

describe('import plan: what the user can do about a refused name or value', () => {
  const twice: ExistingWorkspace = {
    actors: [existingActor(WIJKTEAM, 'Wijkteam'), existingActor(GEMEENTE, 'wijkteam')],
    relations: [],
  };
  const issuesOf = (outcome: ReturnType<typeof planImport>) => (outcome.ok ? [] : outcome.issues);

  it('names the ids of the werkruimte spelers behind an ambiguous name, and the column to put one in', () => {
    const [issue] = issuesOf(
      planImport(doc([], [documentRelation(3, 'Wijkteam', 'Gemeente Zuid')]), twice, ids()),
    );
    expect(issue).toEqual({
      path: 'relaties.3.van',
      code: 'ambiguous_name',
      params: { name: 'Wijkteam', ids: [WIJKTEAM, GEMEENTE], idColumn: 'van_id' },
    });
    // A speler row that matches two spelers of the werkruimte by name: its own id column.
    const [row] = issuesOf(planImport(doc([documentActor(3, { name: 'WIJKTEAM' })]), twice, ids()));
    expect(row).toMatchObject({
      path: 'spelers.3.naam',
      code: 'ambiguous_name',
      params: { ids: [WIJKTEAM, GEMEENTE], idColumn: 'id' },
    });
  });

  it('points at the rows of new spelers that share a name: they have no id to give yet', () => {
    const outcome = planImport(
      doc(
        [
          documentActor(3, { name: 'Buurtkamer', force: 'bewoner' }, 'a'),
          documentActor(7, { name: 'buurtkamer', force: 'bewoner' }, 'b'),
        ],
        [documentRelation(3, 'Gemeente', 'Buurtkamer')],
      ),
      existing,
      ids(),
    );
    expect(issuesOf(outcome)).toEqual([
      {
        path: 'relaties.3.naar',
        code: 'ambiguous_name',
        params: { name: 'Buurtkamer', sheet: 'spelers', rows: [3, 7] },
      },
    ]);
  });

  it('gives a spreadsheet’s refused choice its vocabulary, value and list separators', () => {
    const file = doc(
      [documentActor(3, { name: 'Buurtkamer', force: 'Bewonerz', domains: ['jeugd', 'schulden/armoede'] })],
      [documentRelation(3, 'Buurtkamer', 'Gemeente', { type: 'kent' })],
    );
    const spreadsheet = { ...file, words: { listSeparators: ['|', ';', ','] } };
    const params = issuesOf(planImport(spreadsheet, existing, ids())).map((issue) => [
      issue.path,
      issue.params,
    ]);
    expect(params).toEqual([
      ['spelers.3.kracht', expect.objectContaining({ vocabulary: 'force', value: 'Bewonerz' })],
      [
        'spelers.3.domains',
        expect.objectContaining({
          vocabulary: 'domain',
          value: 'schulden/armoede',
          item: 2,
          separators: ['|', ';', ','],
        }),
      ],
      ['relaties.3.relatietype', expect.objectContaining({ vocabulary: 'relationType', value: 'kent' })],
    ]);
    expect(params[0]?.[1]).not.toHaveProperty('separators');
    // Other formats do not take the screen's words, so their issue does not offer them.
    const [plain] = issuesOf(planImport(file, existing, ids()));
    expect(plain?.params).not.toHaveProperty('vocabulary');
  });
});
