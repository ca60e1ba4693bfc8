/**
 * `krachtenveld snapshot` and `krachtenveld diff` as a user runs them: the CLI's main() in process
 * (test/helpers/cli.ts; the real binary's pipes and exit codes are proven in cli.test.ts), on a fresh PGlite
 * data folder (from the run's template) and (with TEST_DATABASE_URL) a fresh PostgreSQL database. The
 * werkruimte is made through the same services the API uses; a momentopname is taken and listed, the map
 * changes, and diff shows the change as a table, as JSON and as CSV — fields named as the web app names
 * them ("toelichting", in English "explanation"; JSON keeps the keys) — and explains what it cannot do.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'vitest';
import { actorCreateSchema } from '../../src/domain/index.ts';
import { CLI_AUTHOR, createActor, createWorkspace } from '../../src/services/index.ts';
import { createStore, openDatabase } from '../../src/store/index.ts';
import { runCli as cli, freshCliDatabase } from '../helpers/cli.ts';
import { BACKENDS } from '../helpers/test-database.ts';

/** The CSV's lines without the BOM. */
const csvLines = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');

describe.each(BACKENDS)('krachtenveld snapshot and diff on %s', (backend) => {
  it('takes and lists momentopnames, shows what changed since as a table, JSON and CSV, and explains what it cannot do', async ({
    expect,
    onTestFinished,
  }) => {
    const { options, env } = await freshCliDatabase(backend, onTestFinished, 'kv-cli-snapshots-');
    const open = async () => createStore(await openDatabase(options));
    let store = await open();
    let workspaceId = '';
    let renamedId = '';
    try {
      await store.reference.syncGemeenten();
      const workspace = await createWorkspace(store, CLI_AUTHOR, {
        name: 'Momenten',
        gemeente: 'GM0363',
        wijken: [],
        description: '',
      });
      workspaceId = workspace.id;
      const actor = (fields: Record<string, unknown>) =>
        createActor(store, CLI_AUTHOR, workspace.id, actorCreateSchema.parse(fields));
      renamedId = (await actor({ name: 'Buurthuis', force: 'bewoner', kind: 'initiatief' })).id;
      await actor({ name: 'Wijkteam Noord', force: 'gemeente', kind: 'organisatie' });
    } finally {
      await store.close();
    }

    // Nothing to list yet, then a momentopname by name, listed.
    const none = await cli(['snapshot', 'Momenten', '--list'], env);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toContain('nog geen momentopnames');
    const taken = await cli(['snapshot', 'momenten', '--name', 'Nulmeting'], env);
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stdout).toMatch(
      /^Momentopname "Nulmeting" gemaakt \([0-9a-f-]{36}\): 2 spelers, 0 relaties, 0 posities, [\d,]+ kB\.\n$/,
    );
    const nulmetingId = /\(([0-9a-f-]{36})\)/.exec(taken.stdout)?.[1] as string;
    const listed = await cli(['snapshot', workspaceId, '--list'], env);
    expect(listed.code, listed.stderr).toBe(0);
    const listLines = listed.stdout.trimEnd().split('\n');
    expect(listLines[0]).toBe('Momentopnames van Momenten: 1');
    expect(listLines[2]).toMatch(/^datum\s+naam\s+reden\s+spelers\s+relaties\s+id$/);
    expect(listLines[4]?.split(/\s{2,}/)).toEqual([
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
      'Nulmeting',
      'handmatig',
      '2',
      '0',
      nulmetingId,
    ]);

    // A name the domain refuses: one clear line, exit 1, nothing taken.
    const badName = await cli(['snapshot', 'Momenten', '--name', 'Twee\nregels'], env);
    expect(badName.code).toBe(1);
    expect(badName.stderr.trim()).toBe(
      'krachtenveld snapshot: --name: Een naam mag geen regeleinden, tabs of andere stuurtekens bevatten.',
    );
    const empty = await cli(['snapshot', 'Momenten', '--name', '  '], env);
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toBe('krachtenveld snapshot: --name: Dit veld is verplicht.');

    // The map changes: a speler renamed through the store, a new one (whose name is a formula) added, and
    // the werkruimte described.
    store = await open();
    let addedId = '';
    try {
      const place = await store.workspaces.get(workspaceId);
      await store.workspaces.update(workspaceId, {
        version: place?.version as number,
        description: 'Onze kaart',
      });
      const before = await store.actors.get(workspaceId, renamedId);
      await store.actors.update(workspaceId, renamedId, {
        version: before?.version as number,
        name: 'Buurthuis De Linde',
      });
      addedId = (
        await createActor(
          store,
          CLI_AUTHOR,
          workspaceId,
          actorCreateSchema.parse({ name: '=SUM(A1)', force: 'instelling', kind: 'organisatie' }),
        )
      ).id;
    } finally {
      await store.close();
    }

    const table = await cli(['diff', 'Momenten', 'NULMETING'], env);
    expect(table.code, table.stderr).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Wat veranderde in Momenten van "Nulmeting" \(\d{4}-\d\d-\d\d \d\d:\d\d\) tot "nu" \(\d{4}-\d\d-\d\d \d\d:\d\d\)$/,
    );
    expect(lines).toContain('Spelers: 1 nieuw, 0 weg, 1 gewijzigd');
    expect(lines).toContain('  + =SUM(A1)');
    expect(lines).toContain('  ~ Buurthuis De Linde: naam "Buurthuis" → "Buurthuis De Linde"');
    expect(lines).toContain('Werkruimte: 1 veld gewijzigd');
    expect(lines).toContain('  ~ werkruimte: toelichting (leeg) → "Onze kaart"');
    expect(lines).not.toContain('Niets veranderd.');
    const diagnosis = lines.indexOf('Diagnose:');
    expect(diagnosis).toBeGreaterThan(0);
    expect(lines.length - diagnosis - 1).toBeGreaterThan(5);

    const json = await cli(['diff', workspaceId, nulmetingId, 'now', '--format', 'json'], env);
    expect(json.code, json.stderr).toBe(0);
    const diff = JSON.parse(json.stdout);
    expect(diff.from.snapshot.id).toBe(nulmetingId);
    expect(diff.to.snapshot).toBeNull();
    expect(diff.changes.actors.added).toEqual([{ id: addedId, label: '=SUM(A1)' }]);
    expect(diff.changes.actors.removed).toEqual([]);
    expect(diff.changes.actors.changed).toHaveLength(1);
    expect(diff.changes.actors.changed[0]).toMatchObject({ id: renamedId, label: 'Buurthuis De Linde' });
    expect(diff.changes.actors.changed[0].changes).toContainEqual({
      field: 'name',
      from: 'Buurthuis',
      to: 'Buurthuis De Linde',
    });
    expect(diff.changes.workspace).toEqual([{ field: 'description', from: '', to: 'Onze kaart' }]);
    expect(diff.indices.length).toBeGreaterThan(5);

    const csv = await cli(['diff', 'Momenten', 'Nulmeting', '--format', 'csv'], env);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = csvLines(csv.stdout);
    expect(rows[0]).toBe('soort;wijziging;id;naam;veld;van;naar');
    expect(rows).toContain(
      `spelers;gewijzigd;${renamedId};Buurthuis De Linde;naam;Buurthuis;Buurthuis De Linde`,
    );
    expect(rows).toContain(`werkruimte;gewijzigd;${workspaceId};Momenten;toelichting;;Onze kaart`);
    // The speler's name is the user's own text: it must not become a formula in a spreadsheet.
    expect(rows).toContain(`spelers;nieuw;${addedId};'=SUM(A1);;;`);
    expect(rows.filter((row) => row.startsWith('index;')).length).toBe(diff.indices.length);

    // In English: the table's and the CSV's field names too (the CSV's own words stay Dutch).
    const english = await cli(['diff', 'Momenten', 'Nulmeting', '--lang', 'en'], env);
    expect(english.code, english.stderr).toBe(0);
    expect(english.stdout).toContain('\n  ~ workspace: explanation (empty) → "Onze kaart"\n');
    const englishCsv = csvLines(
      (await cli(['diff', 'Momenten', 'Nulmeting', '--format', 'csv', '--lang', 'en'], env)).stdout,
    );
    expect(englishCsv).toContain(`werkruimte;gewijzigd;${workspaceId};Momenten;explanation;;Onze kaart`);

    // Unknown momentopname: exit 2, naming the ones there are.
    const unknown = await cli(['diff', 'Momenten', 'Eindmeting'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No momentopname with id or name "Eindmeting" in this werkruimte.');
    expect(unknown.stderr).toContain('"Nulmeting"');

    // A second momentopname; from after to is refused in words, exit 1. The other way round works.
    await sleep(5);
    const second = await cli(['snapshot', 'Momenten', '--name', 'Tweede meting'], env);
    expect(second.code, second.stderr).toBe(0);
    const reversed = await cli(['diff', 'Momenten', 'Tweede meting', 'Nulmeting'], env);
    expect(reversed.code).toBe(1);
    expect(reversed.stderr).toContain('Het eerste moment komt na het tweede.');
    const forward = await cli(['diff', 'Momenten', 'Nulmeting', 'Tweede meting'], env);
    expect(forward.code, forward.stderr).toBe(0);
    expect(forward.stdout.split('\n')[0]).toContain('tot "Tweede meting"');
    const still = await cli(['diff', 'Momenten', 'Tweede meting'], env);
    expect(still.code, still.stderr).toBe(0);
    expect(still.stdout).toContain('\nNiets veranderd.\n');

    // Two momentopnames with one name: name it by id.
    const third = await cli(['snapshot', 'Momenten', '--name', 'tweede METING'], env);
    expect(third.code, third.stderr).toBe(0);
    const twice = await cli(['diff', 'Momenten', 'Tweede meting'], env);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('More than one momentopname is called "Tweede meting"; name it by id');

    const badFormat = await cli(['diff', 'Momenten', 'Nulmeting', '--format', 'pdf'], env);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Unknown --format "pdf": expecting table, json or csv.');
    const noWorkspace = await cli(['snapshot', 'Nergenshuizen'], env);
    expect(noWorkspace.code).toBe(2);
    expect(noWorkspace.stderr).toContain('No werkruimte with id or name "Nergenshuizen"');
    expect((await cli(['snapshot', '--help'], env)).stdout).toMatch(
      /^Usage: krachtenveld snapshot <werkruimte>/,
    );
    expect((await cli(['diff', '--help'], env)).stdout).toMatch(
      /^Usage: krachtenveld diff <werkruimte> <from>/,
    );
  }, 120_000);
});
