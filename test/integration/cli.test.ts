/**
 * The `krachtenveld` command as a user runs it, on PGlite data folders copied from the run's migrated
 * template (test/helpers/data-folders.ts; one test starts on a new, empty folder). Most commands run in this
 * process through main(), what bin/krachtenveld.js runs, each with its own environment, standard input and
 * output (test/helpers/cli.ts): a child process costs 2–5 s to start, a call in process well under one.
 * Two commands still start the real binary as a child process: one that fails (its exit code and standard
 * error as a shell sees them), and the first administrator made with the password piped to standard input,
 * which also proves the process ends once the command has closed its database.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { verifyPassword } from '../../src/services/index.ts';
import { createStore, openDatabase } from '../../src/store/index.ts';
import { runCli as cli, spawnCli } from '../helpers/cli.ts';
import { dataFolders } from '../helpers/data-folders.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

/** The tests that start the binary: 2–5 s each on a loaded CI machine, more when it builds the web app. */
const CHILD_PROCESS_TIMEOUT = 120_000;

/** An empty scratch folder, removed when the test ends. */
function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

describe('krachtenveld CLI', () => {
  /** Data folders holding the migrated template, each test its own, removed when the test ends. */
  const folders = dataFolders();
  const dataFolder = (prefix = 'kv-cli-') => folders.forTest(prefix);

  it('lists its commands and has --help for each', async () => {
    const listed = await cli(['--help']);
    expect(listed.code).toBe(0);
    const serveHelp = await cli(['serve', '--help']);
    expect(serveHelp.code).toBe(0);
    expect(serveHelp.stdout).toMatch(/^Usage: krachtenveld serve/);
    for (const command of ['serve', 'migrate', 'seed', 'analyse', 'positions', 'export', 'import', 'user']) {
      expect(listed.stdout).toContain(command);
      const help = await cli([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: krachtenveld ${command}`));
    }
  });

  it(
    'explains unknown commands and bad options',
    async () => {
      // The real binary: its exit code and standard error as a shell sees them.
      const unknown = await spawnCli(['frobnicate']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('Unknown command "frobnicate"');
      const badOption = await cli(['serve', '--colour']);
      expect(badOption.code).toBe(1);
      expect(badOption.stderr).toContain("Unknown option '--colour'");
      const badPort = await cli(['serve'], { PORT: 'eighty' });
      expect(badPort.code).toBe(1);
      expect(badPort.stderr).toContain('PORT');
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it(
    'makes the first administrator, who owns the demo, and refuses a network address without one',
    async () => {
      const dataDir = await dataFolder();
      const env = { KRACHTENVELD_DATA_DIR: dataDir };
      const open = await cli(['serve'], { ...env, HOST: '0.0.0.0', PORT: '0' });
      expect(open.code).toBe(1);
      expect(open.stderr).toContain('will not listen on 0.0.0.0 without accounts');
      expect((await cli(['seed', 'demo'], env)).code).toBe(0);
      const short = await cli(
        ['user', 'add', '--email', 'a@example.org', '--name', 'A', '--admin'],
        env,
        'kort\n',
      );
      expect(short.code).toBe(1);
      expect(short.stderr).toContain('12 to 128 characters');
      // The real binary, the password piped in as the help text shows.
      const added = await spawnCli(
        ['user', 'add', '--email', 'Ada@Example.org', '--name', 'Ada', '--admin'],
        env,
        'correct horse battery staple\n',
      );
      expect(added.stdout, added.stderr).toContain('Account ada@example.org made (administrator)');
      expect((await cli(['user', 'list'], env)).stdout).toContain('ada@example.org\tAda\tbeheerder');

      const store = createStore(await openDatabase({ kind: 'pglite', dataDir }));
      try {
        const [admin] = await store.users.list();
        const { items } = await store.workspaces.listForUser(admin?.id ?? '', { page: 1, pageSize: 10 });
        expect(items.map((workspace) => [workspace.name, workspace.role])).toEqual([
          ['Voorbeeldgemeente', 'eigenaar'],
        ]);
      } finally {
        await store.close();
      }
    },
    CHILD_PROCESS_TIMEOUT,
  );

  it('sets a new password through the same service as the API: one transaction, sessions ended, audited', async () => {
    const dataDir = await dataFolder();
    const env = { KRACHTENVELD_DATA_DIR: dataDir };
    const added = await cli(
      ['user', 'add', '--email', 'vergeten@example.org', '--name', 'Vergeetachtig'],
      env,
      'correct horse battery staple\n',
    );
    expect(added.code, added.stderr).toBe(0);
    let store = createStore(await openDatabase({ kind: 'pglite', dataDir }));
    try {
      const [user] = await store.users.list();
      await store.sessions.create({
        id: 'sessie-voor-het-resetten',
        userId: user?.id ?? '',
        csrfToken: 'csrf',
        expiresAt: new Date(Date.now() + 3_600_000),
      });
    } finally {
      await store.close();
    }

    const unknown = await cli(['user', 'password', '--email', 'niemand@example.org'], env, 'x\n');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No account with e-mail "niemand@example.org"');
    const reset = await cli(
      ['user', 'password', '--email', 'vergeten@example.org'],
      env,
      'een heel nieuw wachtwoord\n',
    );
    expect(reset.code, reset.stderr).toBe(0);
    expect(reset.stdout).toContain('Password of vergeten@example.org changed; its sessions have ended.');

    store = createStore(await openDatabase({ kind: 'pglite', dataDir }));
    try {
      const [user] = await store.users.list();
      const events = await store.audit.listForAccount(user?.id ?? '');
      expect(events.map((event) => [event.action, event.via])).toEqual([
        ['user.password', 'cli'],
        ['user.create', 'cli'],
      ]);
      expect(JSON.stringify(events)).not.toContain('wachtwoord');
      expect(await store.sessions.findValid('sessie-voor-het-resetten', 3600)).toBeNull();
      const account = await store.users.findForLogin('vergeten@example.org');
      expect(await verifyPassword('een heel nieuw wachtwoord', account?.passwordHash ?? '')).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('migrates a new database and seeds the demo werkruimte', async () => {
    // A new, empty folder: the first start itself is under test (initdb and every migration, 5–10 s).
    const dataDir = scratchFolder('kv-cli-');
    const env = { KRACHTENVELD_DATA_DIR: dataDir };
    expect((await cli(['migrate'], env)).stdout).toContain('Database is up to date');
    const seeded = await cli(['seed', 'demo'], env);
    expect(seeded.code, seeded.stderr).toBe(0);
    expect(seeded.stdout).toContain('Demo werkruimte "Voorbeeldgemeente" added');
    expect((await cli(['seed', 'demo', '--if-empty'], env)).stdout).toContain('nothing added');

    const store = createStore(await openDatabase({ kind: 'pglite', dataDir }));
    try {
      const { items } = await store.workspaces.list({ page: 1, pageSize: 10 });
      expect(items).toHaveLength(1);
      const graph = await store.graph.loadGraph(items[0]?.id ?? '');
      expect(graph.actors.length).toBeGreaterThanOrEqual(60);
      expect(graph.relations.length).toBeGreaterThanOrEqual(150);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('analyses a werkruimte by name as a table, JSON and CSV, and explains bad options', async () => {
    const env = { KRACHTENVELD_DATA_DIR: await dataFolder() };
    expect((await cli(['seed', 'demo'], env)).code).toBe(0);

    const table = await cli(['analyse', 'Voorbeeldgemeente'], env);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('Diagnose van Voorbeeldgemeente — 67 spelers');
    expect(table.stdout).toContain('Open of gesloten kokers (E-I-index)');
    expect(table.stdout).toContain('Verbinders tussen kokers:');
    expect(table.stdout).toContain('Buurtkamer De Kruimel');

    const json = await cli(['analyse', 'voorbeeldgemeente', '--grouping', 'kracht', '--format', 'json'], env);
    expect(json.code, json.stderr).toBe(0);
    const diagnosis = JSON.parse(json.stdout);
    expect(diagnosis.parameters.grouping).toBe('kracht');
    expect(diagnosis.spelers).toHaveLength(67);

    const csv = await cli(['analyse', 'Voorbeeldgemeente', '--format', 'csv'], env);
    expect(csv.code, csv.stderr).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(/^id;naam;kracht;koker;cluster;graad/);
    expect(lines).toHaveLength(68);

    const unknown = await cli(['analyse', 'Nergenshuizen'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No werkruimte with id or name "Nergenshuizen"');
    const badGrouping = await cli(['analyse', 'Voorbeeldgemeente', '--grouping', 'afdeling'], env);
    expect(badGrouping.code).toBe(2);
    expect(badGrouping.stderr).toContain('Unknown --grouping "afdeling"');
    const badFormat = await cli(['analyse', 'Voorbeeldgemeente', '--format', 'pdf'], env);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain('Unknown --format "pdf"');
  });

  it('moves a werkruimte between databases with export and import (JSON backup)', async () => {
    const from = { KRACHTENVELD_DATA_DIR: await dataFolder('kv-cli-from-') };
    // Into a fresh database on the PostgreSQL server when there is one: PGlite → PostgreSQL.
    const server = process.env.TEST_DATABASE_URL ? await openTestDatabase('postgres') : null;
    onTestFinished(() => server?.close());
    const to = server?.url
      ? { DATABASE_URL: server.url }
      : { KRACHTENVELD_DATA_DIR: await dataFolder('kv-cli-to-') };
    expect((await cli(['seed', 'demo'], from)).code).toBe(0);
    const files = scratchFolder('kv-cli-file-');
    const file = join(files, 'voorbeeld.json');
    const exported = await cli(['export', 'Voorbeeldgemeente', '--format', 'json', '--output', file], from);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toContain('67 spelers, 210 relaties');
    const name = `Verhuisd ${Date.now()}`;
    const imported = await cli(['import', file, '--name', name], to);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`Werkruimte "${name}" imported .*: 67 spelers, 210 relaties`));

    const broken = join(files, 'kapot.json');
    writeFileSync(broken, readFileSync(file, 'utf8').replace('"werkt_samen"', '"vriendschap"'));
    const refused = await cli(['import', broken], to);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing was written');
    expect(refused.stderr).toMatch(/relations\.\d+\.type/);
    const prefix = join(files, 'voorbeeld');
    const csv = await cli(['export', 'Voorbeeldgemeente', '--format', 'csv', '--output', prefix], from);
    expect(csv.code, csv.stderr).toBe(0);
    expect(readFileSync(`${prefix}-spelers.csv`, 'utf8').trim().split('\r\n')).toHaveLength(68);
    expect(readFileSync(`${prefix}-relaties.csv`, 'utf8')).toMatch(/^\uFEFFid;van;naar;relatietype;sterkte/);
    const wrongFormat = await cli(['export', 'Voorbeeldgemeente', '--format', 'pdf'], from);
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.stderr).toContain('Unknown --format "pdf"');

    // A spreadsheet back into its own werkruimte: every row matched, nothing added.
    const sheet = join(files, 'voorbeeld.xlsx');
    const xlsx = await cli(['export', 'Voorbeeldgemeente', '--format', 'xlsx', '--output', sheet], from);
    expect(xlsx.code, xlsx.stderr).toBe(0);
    const into = await cli(['import', sheet, '--werkruimte', 'Voorbeeldgemeente'], from);
    expect(into.code, into.stderr).toBe(0);
    expect(into.stdout).toContain(
      'Imported into werkruimte "Voorbeeldgemeente": 67 spelers (0 new, 67 updated), 210 relaties (0 new, 210 updated)',
    );
    // Not a terminal: one line per phase instead of a redrawn bar.
    expect(into.stderr).toContain('Checking every row…');
    const csvWithoutGemeente = await cli(['import', `${prefix}-spelers.csv`, `${prefix}-relaties.csv`], from);
    expect(csvWithoutGemeente.code).toBe(1);
    expect(csvWithoutGemeente.stderr).toMatch(/gemeente: .*\[required\]/);
  });
});
