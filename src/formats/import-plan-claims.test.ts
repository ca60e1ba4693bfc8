import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../domain/index.ts';
import type { ImportDocument } from './import-document.ts';
import { type ActorRecord, type ExistingWorkspace, planImport, type RelationRecord } from './import-plan.ts';
import type { ExistingClaims, PerspectiveRecord } from './import-plan-claims.ts';

const WIJKTEAM = '00000000-0000-4000-8000-00000000000a';
const GEMEENTE = '00000000-0000-4000-8000-00000000000b';
const RELATIE = '00000000-0000-4000-8000-0000000000f1';
const REDACTIE = '00000000-0000-4000-8000-0000000000e1';
const BEWONERS = '00000000-0000-4000-8000-0000000000e2';
const ARMOEDE = '00000000-0000-4000-8000-0000000000d1';

function ids() {
  let next = 0;
  return () => `10000000-0000-4000-8000-${String(++next).padStart(12, '0')}`;
}

const actor = (id: string, name: string): ActorRecord => ({
  id,
  name,
  force: 'professional',
  kind: 'team',
  ...EMPTY_PROFILE,
  domains: [],
  scale: null,
  wijken: [],
  tags: [],
  website: null,
  sources: [],
});

const relation: RelationRecord = {
  id: RELATIE,
  sourceId: GEMEENTE,
  targetId: WIJKTEAM,
  type: 'financiert',
  strength: 4,
  description: '',
  validFrom: null,
  validTo: null,
  sources: [],
};

const perspective = (
  id: string,
  name: string,
  extra: Partial<PerspectiveRecord> = {},
): PerspectiveRecord => ({
  id,
  name,
  force: null,
  description: '',
  editors: false,
  ...extra,
});

const claims: ExistingClaims = {
  perspectives: [
    perspective(REDACTIE, 'Redactie', { editors: true }),
    perspective(BEWONERS, 'Bewoners', { force: 'bewoner' }),
  ],
  topics: [{ id: ARMOEDE, name: 'Lokaal armoedebeleid', description: '', status: 'actief' }],
  assessments: [],
  positions: [],
};

const existing: ExistingWorkspace = {
  actors: [actor(WIJKTEAM, 'Wijkteam Noord'), actor(GEMEENTE, 'Gemeente')],
  relations: [relation],
  claims,
};

const place = (sheet: string, row: number) => ({
  sheet,
  row,
  columns: {
    perspectiveId: 'perspectief',
    relationId: 'relatie',
    strength: 'sterkte',
    standpunt: 'standpunt',
  },
});

function doc(parts: Partial<ImportDocument>): ImportDocument {
  return {
    format: 'xlsx',
    workspace: {},
    actors: [],
    relations: [],
    layouts: {},
    report: { ignored: [], mapped: [] },
    ...parts,
  };
}

const byEnds = { source: { name: 'Gemeente' }, target: { name: 'wijkteam noord' }, type: 'financiert' };

describe('import plan: claims', () => {
  it('finds a relatie by its ends and a perspective by name (case ignored) or by kracht', () => {
    const outcome = planImport(
      doc({
        assessments: [
          {
            relation: byEnds,
            perspective: { name: 'BEWONERS' },
            fields: { present: false },
            place: place('oordelen', 3),
          },
        ],
        positions: [
          {
            topic: { name: 'lokaal armoedebeleid' },
            actor: { name: 'Wijkteam Noord' },
            perspective: { force: 'bewoner' },
            fields: { invloed: 2, belang: 4, standpunt: -1, assessedOn: '2026-02-01' },
            place: place('posities', 3),
          },
        ],
      }),
      existing,
      ids(),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const { assessments, positions } = outcome.plan.claims;
    expect(assessments.create).toEqual([
      expect.objectContaining({
        relationId: RELATIE,
        perspectiveId: BEWONERS,
        present: false,
        origin: 'import',
      }),
    ]);
    expect(positions.create).toEqual([
      expect.objectContaining({
        topicId: ARMOEDE,
        actorId: WIJKTEAM,
        perspectiveId: BEWONERS,
        standpunt: -1,
      }),
    ]);
    expect(outcome.plan.summary.claims?.assessments).toEqual({ created: 1, updated: 0 });
  });

  it('updates the assessment a perspective made already instead of adding a second', () => {
    const outcome = planImport(
      doc({
        assessments: [
          {
            relation: { key: RELATIE },
            perspective: { name: 'Bewoners' },
            fields: { strength: 2 },
            place: place('oordelen', 3),
          },
        ],
      }),
      {
        ...existing,
        claims: { ...claims, assessments: [{ id: 'a-1', relationId: RELATIE, perspectiveId: BEWONERS }] },
      },
      ids(),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.plan.claims.assessments.update).toEqual([
      expect.objectContaining({ id: 'a-1', strength: 2 }),
    ]);
    expect(outcome.plan.claims.assessments.create).toEqual([]);
  });

  it('names every problem at its cell: an unknown perspective, a stance out of range, a second assessment', () => {
    const outcome = planImport(
      doc({
        assessments: [
          { relation: byEnds, perspective: { name: 'Wijkraad' }, fields: {}, place: place('oordelen', 3) },
          { relation: byEnds, perspective: { name: 'Bewoners' }, fields: {}, place: place('oordelen', 4) },
          { relation: byEnds, perspective: { name: 'bewoners' }, fields: {}, place: place('oordelen', 5) },
          {
            relation: { source: { name: 'Gemeente' }, target: { name: 'Nergens' }, type: 'financiert' },
            perspective: { name: 'Bewoners' },
            fields: { present: false, strength: 3 },
            place: place('oordelen', 6),
          },
        ],
        positions: [
          {
            topic: { name: 'Armoede' },
            actor: { name: 'Gemeente' },
            perspective: { name: 'Bewoners' },
            fields: { invloed: 3, belang: 3, standpunt: 5 },
            place: place('posities', 3),
          },
        ],
      }),
      existing,
      ids(),
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      'oordelen.3.perspectief perspective_not_found',
      'oordelen.5.perspectief duplicate_key',
      'oordelen.6.relatie actor_not_found',
      'oordelen.6.sterkte denied_rated',
      'posities.3.topicId topic_not_found',
      'posities.3.standpunt too_big',
    ]);
    expect(outcome.issues[1]?.params).toEqual({ firstRow: 4, what: 'assessment' });
  });

  it('adds a position once: one the werkruimte holds in every field is not added again', () => {
    const position = {
      topic: { key: ARMOEDE },
      actor: { key: WIJKTEAM },
      perspective: { key: BEWONERS },
      fields: {
        invloed: 2,
        belang: 4,
        standpunt: 1,
        beweging: null,
        reasoning: '',
        assessedOn: '2026-02-01',
      },
      place: place('positions', 0),
    };
    const first = planImport(
      doc({ positions: [position, { ...position, place: place('positions', 1) }] }),
      existing,
      ids(),
    );
    if (!first.ok) throw new Error(JSON.stringify(first.issues));
    expect(first.plan.claims.positions.create).toHaveLength(1);
    const recorded = first.plan.claims.positions.create;
    const second = planImport(
      doc({ positions: [position] }),
      { ...existing, claims: { ...claims, positions: recorded } },
      ids(),
    );
    if (!second.ok) throw new Error(JSON.stringify(second.issues));
    expect(second.plan.claims.positions.create).toEqual([]);
  });

  it("a new werkruimte's starting perspectives give way to a backup's whole set; the editors' is matched by role", () => {
    const outcome = planImport(
      doc({
        perspectives: [
          {
            key: 'p1',
            fields: { name: 'Eigen redactie', force: null },
            editors: true,
            place: place('perspectives', 0),
          },
          {
            key: 'p2',
            fields: { name: 'Gemeente — beleid', force: 'gemeente' },
            place: place('perspectives', 1),
          },
        ],
        perspectivesComplete: true,
      }),
      { actors: [], relations: [], claims, replacePerspectives: true },
      ids(),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const { perspectives } = outcome.plan.claims;
    expect(perspectives.update).toEqual([
      expect.objectContaining({ id: REDACTIE, name: 'Eigen redactie', editors: true }),
    ]);
    expect(perspectives.create).toEqual([
      expect.objectContaining({ name: 'Gemeente — beleid', editors: false }),
    ]);
    expect(perspectives.remove).toEqual([BEWONERS]);
  });

  it('an import into an existing werkruimte never removes its perspectives', () => {
    const outcome = planImport(
      doc({
        perspectives: [{ key: 'p2', fields: { name: 'Wijkraad' }, place: place('perspectieven', 3) }],
        perspectivesComplete: true,
      }),
      existing,
      ids(),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    expect(outcome.plan.claims.perspectives.remove).toEqual([]);
  });
});
