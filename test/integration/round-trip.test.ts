/**
 * Every format that can be read back makes the round trip: export → import gives the same spelers,
 * relaties and attributes (and, where the format holds them, the werkruimte's details and map positions,
 * and its claims: perspectives, assessments, vraagstukken and positions with their times) — on the demo
 * werkruimte on every backend, and on a generated 10,000-speler werkruimte. The demo gets claims with hard
 * values of its own here (a denied tie, formula-like and multi-line text), whatever the demo file holds.
 * Reading a werkruimte's own export back into it changes nothing: every row is matched, none added.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorkspace, seedGeneratedWorkspace } from '../../bench/generate-workspace.ts';
import { EXPORT_FORMATS, type ExportFormat, type Workspace } from '../../src/domain/index.ts';
import type { Backup } from '../../src/formats/index.ts';
import {
  CLI_AUTHOR,
  exportBackup,
  exportFile,
  importAsNewWorkspace,
  importIntoWorkspace,
  loadDemoWorkspace,
  READABLE_FORMATS,
  type UploadedFile,
} from '../../src/services/index.ts';
import type { Store } from '../../src/store/index.ts';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../helpers/test-database.ts';
import { type ContentParts, workspaceContent } from '../helpers/workspace-content.ts';

/** What each readable format carries besides spelers and relaties. */
const READABLE: Partial<Record<string, ContentParts>> = {
  json: { workspace: true, layouts: true, claims: true, claimTimes: true },
  xlsx: { workspace: true, layouts: false, claims: true, claimTimes: true },
  csv: { workspace: false, layouts: false, claims: false },
  gexf: { workspace: true, layouts: true, claims: true, claimTimes: true },
  graphml: { workspace: true, layouts: true, claims: true, claimTimes: true },
};

/** Claims with values that are hard for a file, made through the store as an editor would. */
async function addClaims(store: Store, workspace: Workspace): Promise<void> {
  const [first, second] = await store.relations.listAll(workspace.id);
  const [speler, other] = await store.actors.listAll(workspace.id);
  if (!first || !second || !speler || !other) throw new Error('the demo needs two relaties and spelers');
  const wijkraad = await store.perspectives.create(workspace.id, {
    name: 'Wijkraad "Noord" — test 🏘',
    force: 'bewoner',
    description: '=Wie?\nBewoners van de Kruimelbuurt; | en ,',
  });
  const meta = { origin: 'survey' as const, createdBy: null };
  await store.assessments.create(
    workspace.id,
    first.id,
    {
      perspectiveId: wijkraad.id,
      present: true,
      strength: 2,
      trust: 4,
      value: 1,
      note: '@SUM(1+1)\r\nregel 2 <b>&</b>',
      source: 'https://example.nl/?a=1&b=2',
    },
    meta,
  );
  await store.assessments.create(
    workspace.id,
    second.id,
    {
      perspectiveId: wijkraad.id,
      present: false,
      strength: null,
      trust: null,
      value: null,
      note: '',
      source: null,
    },
    meta,
  );
  const topic = await store.topics.create(workspace.id, {
    name: 'Schuldhulp & <armoede>',
    description: 'Regel 1\n+ regel 2',
    status: 'afgerond',
  });
  await store.topics.addPositions(
    workspace.id,
    topic.id,
    [
      {
        actorId: speler.id,
        perspectiveId: wijkraad.id,
        invloed: 1,
        belang: 5,
        standpunt: -2,
        beweging: 'van_onderop',
        reasoning: '-1 is "geen" getal',
        assessedOn: '2025-11-01',
      },
      {
        actorId: other.id,
        perspectiveId: wijkraad.id,
        invloed: 5,
        belang: 1,
        standpunt: 0,
        beweging: null,
        reasoning: '',
        assessedOn: '2026-02-15',
      },
    ],
    null,
    true,
  );
}
const FORMATS = EXPORT_FORMATS.filter((format) => (READABLE_FORMATS as string[]).includes(format));

async function exportAs(
  store: Store,
  workspace: Workspace,
  format: ExportFormat,
  backup?: Backup,
): Promise<UploadedFile[]> {
  const tables = format === 'csv' ? (['spelers', 'relaties'] as const) : [undefined];
  const files: UploadedFile[] = [];
  for (const table of tables) {
    const file = await exportFile(store, workspace, format, { table }, undefined, async () =>
      backup ? structuredClone(backup) : exportBackup(store, workspace),
    );
    files.push({
      name: file.fileName,
      bytes: typeof file.body === 'string' ? new TextEncoder().encode(file.body) : file.body,
    });
  }
  return files;
}

/** `unchanged`: the original's backup, when the caller knows the werkruimte did not change since. */
async function expectRoundTrip(store: Store, original: Workspace, format: ExportFormat, unchanged?: Backup) {
  const parts = READABLE[format] as ContentParts;
  const files = await exportAs(store, original, format, unchanged);
  const { workspace, summary } = await importAsNewWorkspace(store, CLI_AUTHOR, files, {
    name: parts.workspace ? undefined : original.name,
    gemeente: parts.workspace ? undefined : original.gemeente,
  });
  const before = unchanged ?? (await exportBackup(store, original));
  const after = await exportBackup(store, workspace);
  expect(summary.actors).toEqual({ created: before.actors.length, updated: 0 });
  expect(summary.relations).toEqual({ created: before.relations.length, updated: 0 });
  expect(workspaceContent(after, parts)).toEqual(workspaceContent(before, parts));
  if (parts.claims) {
    expect(after.assessments).toHaveLength(before.assessments.length);
    expect(after.positions).toHaveLength(before.positions.length);
  } else expect(summary.claims).toBeUndefined();
  return { files, workspace };
}

describe.each(BACKENDS)('round trip of the demo werkruimte on %s', (backend) => {
  let database: TestDatabase;
  let demo: Workspace;
  beforeAll(async () => {
    database = await openTestDatabase(backend);
    demo = await loadDemoWorkspace(database.store);
    const actors = await database.store.actors.listAll(demo.id);
    for (const [layout, scale] of [
      ['force', 1],
      ['vijf_krachten', 7.5],
    ] as const) {
      const positions = Object.fromEntries(
        actors.map((actor, k) => [actor.id, { x: k * scale - 0.25, y: -k / 3 + scale }]),
      );
      await database.store.layouts.savePositions(demo.id, layout, positions);
    }
    await addClaims(database.store, demo);
  }, 60_000);
  afterAll(() => database?.close());

  it.each(FORMATS)('%s: export → import gives the same werkruimte', async (format) => {
    await expectRoundTrip(database.store, demo, format);
  });

  it.each(FORMATS)('%s: reading the export into its own werkruimte matches every row', async (format) => {
    const files = await exportAs(database.store, demo, format);
    const before = await exportBackup(database.store, demo);
    const summary = await importIntoWorkspace(database.store, CLI_AUTHOR, demo, files);
    expect(summary.actors).toEqual({ created: 0, updated: 67 });
    expect(summary.relations).toEqual({ created: 0, updated: 210 });
    const after = await exportBackup(database.store, demo);
    expect(after.actors).toEqual(before.actors);
    expect(after.relations).toEqual(before.relations);
    if (!READABLE[format]?.claims) return;
    expect(summary.claims).toEqual({
      perspectives: { created: 0, updated: before.perspectives.length },
      topics: { created: 0, updated: before.topics.length },
      assessments: { created: 0, updated: before.assessments.length },
      positions: { created: 0, updated: 0 },
    });
    // Every claim as it was; an assessment the file matched counts as updated now (the store's rule).
    const unstamped = ({ exportedAt: _at, assessments, ...rest }: typeof before) => ({
      ...rest,
      assessments: assessments.map(({ updatedAt: _updated, ...assessment }) => assessment),
    });
    expect(unstamped(after)).toEqual(unstamped(before));
  });
});

describe('round trip of a generated 10,000-speler werkruimte', () => {
  let database: TestDatabase;
  let generated: Workspace;
  let backup: Backup;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const data = generateWorkspace(10_000, 15_000, 7);
    generated = await seedGeneratedWorkspace(database.store, data, {
      name: 'Gegenereerd',
      wijken: ['Noord', 'Zuid'],
      description: 'Tienduizend spelers',
    });
    const positions = Object.fromEntries(
      data.actors.map((actor, k) => [actor.id, { x: k % 100, y: k / 100 }]),
    );
    await database.store.layouts.savePositions(generated.id, 'force', positions);
    // Every test reads it into a new werkruimte and leaves it as it is: its backup is made once.
    backup = await exportBackup(database.store, generated);
  }, 120_000);
  afterAll(() => database?.close());

  it.each(FORMATS)(
    '%s: export → import gives the same werkruimte',
    async (format) => {
      await expectRoundTrip(database.store, generated, format, backup);
    },
    120_000,
  );
});
