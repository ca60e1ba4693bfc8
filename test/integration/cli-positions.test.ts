/**
 * `krachtenveld positions` as a user runs it: the CLI's main() in process (test/helpers/cli.ts; the real
 * binary's pipes and exit codes are proven in cli.test.ts), on a fresh
 * PGlite data folder (from the run's template) and (with TEST_DATABASE_URL) a fresh PostgreSQL database. The werkruimte is made
 * through the same services the API uses; the command prints only the current position per speler and
 * perspective, as a table or as CSV, and explains a werkruimte or vraagstuk it cannot find.
 */
import { describe, it } from 'vitest';
import { actorCreateSchema, topicCreateSchema, topicPositionCreateSchema } from '../../src/domain/index.ts';
import {
  addPositions,
  CLI_AUTHOR,
  createActor,
  createTopic,
  createWorkspace,
} from '../../src/services/index.ts';
import { createStore, openDatabase } from '../../src/store/index.ts';
import { runCli as cli, freshCliDatabase } from '../helpers/cli.ts';
import { BACKENDS } from '../helpers/test-database.ts';

describe.each(BACKENDS)('krachtenveld positions on %s', (backend) => {
  it('prints the current positions on a vraagstuk as a table and as CSV, and explains what it cannot find', async ({
    expect,
    onTestFinished,
  }) => {
    const { options, env } = await freshCliDatabase(backend, onTestFinished, 'kv-cli-positions-');
    const store = createStore(await openDatabase(options));
    let workspaceId = '';
    try {
      await store.reference.syncGemeenten();
      const workspace = await createWorkspace(store, CLI_AUTHOR, {
        name: 'Posities',
        gemeente: 'GM0363',
        wijken: [],
        description: '',
      });
      workspaceId = workspace.id;
      const actor = (fields: Record<string, unknown>) =>
        createActor(store, CLI_AUTHOR, workspace.id, actorCreateSchema.parse(fields));
      const buurtkamer = await actor({ name: 'Buurtkamer De Kruimel', force: 'bewoner', kind: 'initiatief' });
      const formula = await actor({ name: '=Gemeente', force: 'gemeente', kind: 'organisatie' });
      const perspectives = await store.perspectives.listAll(workspace.id);
      const gemeente = perspectives.find((p) => p.name === 'Gemeente')?.id as string;
      const bewoners = perspectives.find((p) => p.name === 'Bewoners')?.id as string;
      const topic = await createTopic(
        store,
        CLI_AUTHOR,
        workspace.id,
        topicCreateSchema.parse({ name: 'Lokaal armoedebeleid' }),
      );
      const positions = [
        {
          actorId: buurtkamer.id,
          perspectiveId: gemeente,
          invloed: 1,
          belang: 3,
          standpunt: -1,
          assessedOn: '2026-01-10',
        },
        {
          actorId: buurtkamer.id,
          perspectiveId: gemeente,
          invloed: 2,
          belang: 4,
          standpunt: 1,
          assessedOn: '2026-03-01',
        },
        {
          actorId: buurtkamer.id,
          perspectiveId: bewoners,
          invloed: 5,
          belang: 5,
          standpunt: 2,
          beweging: 'van_onderop',
          assessedOn: '2026-02-01',
        },
        {
          actorId: formula.id,
          perspectiveId: gemeente,
          invloed: 5,
          belang: 2,
          standpunt: 0,
          beweging: 'van_boven',
          assessedOn: '2026-02-15',
        },
      ];
      await addPositions(
        store,
        CLI_AUTHOR,
        workspace.id,
        topic.id,
        positions.map((fields) => topicPositionCreateSchema.parse(fields)),
      );
      for (const name of ['Dubbel', 'dubbel']) {
        await createTopic(store, CLI_AUTHOR, workspace.id, topicCreateSchema.parse({ name }));
      }
    } finally {
      await store.close();
    }

    const table = await cli(['positions', 'posities', 'LOKAAL ARMOEDEBELEID'], env);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Posities op "Lokaal armoedebeleid" (actief) in Posities: 3 posities');
    expect(lines[2]).toMatch(
      /^speler\s+kracht\s+perspectief\s+invloed\s+belang\s+standpunt\s+beweging\s+datum$/,
    );
    // The current position per speler and perspective only: the Gemeente's view of March, not January.
    expect(lines.slice(4).map((line) => line.split(/\s{2,}/))).toEqual([
      ['=Gemeente', 'gemeente', 'Gemeente', '5', '2', '0', 'van_boven', '2026-02-15'],
      ['Buurtkamer De Kruimel', 'bewoner', 'Bewoners', '5', '5', '+2', 'van_onderop', '2026-02-01'],
      ['Buurtkamer De Kruimel', 'bewoner', 'Gemeente', '2', '4', '+1', '2026-03-01'],
    ]);

    const csv = await cli(['positions', workspaceId, 'Lokaal armoedebeleid', '--format', 'csv'], env);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    expect(
      csv.stdout
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toEqual([
      'speler;kracht;perspectief;invloed;belang;standpunt;beweging;datum',
      "'=Gemeente;gemeente;Gemeente;5;2;0;van_boven;2026-02-15",
      'Buurtkamer De Kruimel;bewoner;Bewoners;5;5;2;van_onderop;2026-02-01',
      'Buurtkamer De Kruimel;bewoner;Gemeente;2;4;1;;2026-03-01',
    ]);

    const noTopic = await cli(['positions', 'Posities', 'Wonen'], env);
    expect(noTopic.code).toBe(2);
    expect(noTopic.stderr).toContain('No vraagstuk with id or name "Wonen" in this werkruimte.');
    expect(noTopic.stderr).toContain('"Lokaal armoedebeleid"');
    const twice = await cli(['positions', 'Posities', 'DUBBEL'], env);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('More than one vraagstuk is called "DUBBEL"; name it by id');
    const noWorkspace = await cli(['positions', 'Nergenshuizen', 'Wonen'], env);
    expect(noWorkspace.code).toBe(2);
    expect(noWorkspace.stderr).toContain('No werkruimte with id or name "Nergenshuizen"');
    const badFormat = await cli(['positions', 'Posities', 'Lokaal armoedebeleid', '--format', 'pdf'], env);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Unknown --format "pdf": expecting table or csv.');
    const help = await cli(['positions', '--help'], env);
    expect(help.stdout).toMatch(/^Usage: krachtenveld positions <werkruimte> <vraagstuk>/);
  }, 120_000);
});
