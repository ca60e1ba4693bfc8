/**
 * Files no one here wrote (test/fixtures/interop, provenance in test/fixtures/README.md) import as new
 * werkruimtes without error: their nodes become spelers and their edges relaties, unknown attributes are
 * kept as tags or notes, and the summary says what was mapped how.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_AUTHOR, exportBackup, importAsNewWorkspace } from '../../src/services/index.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const NETWORK_FILE = /\.(gexf|graphml)$/;
/** Files from other tools, and two written here in the shape of Gephi and yEd exports. */
const SAMPLES = [
  ...readdirSync(join(FIXTURES, 'interop'))
    .filter((name) => NETWORK_FILE.test(name))
    .map((name) => `interop/${name}`),
  'xml/gephi-style.gexf',
  'xml/yed-style.graphml',
];

/** Nodes and edges as the file declares them, counted with a plain pattern (independent of our reader). */
function declared(text: string) {
  return {
    nodes: text.match(/<node\b/g)?.length ?? 0,
    edges: text.match(/<edge\b/g)?.length ?? 0,
  };
}

describe('importing GEXF and GraphML files from other tools', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(() => database?.close());

  it.each(SAMPLES)('%s imports as a new werkruimte', async (name) => {
    const bytes = readFileSync(join(FIXTURES, name));
    const { workspace, summary } = await importAsNewWorkspace(database.store, CLI_AUTHOR, [{ name, bytes }], {
      name: `Interop ${name}`,
      gemeente: 'GM0344',
    });
    const counts = declared(bytes.toString('utf8'));
    expect(summary.actors.created).toBe(counts.nodes);
    // Edges to missing nodes and self-loops are skipped and listed; all others arrive.
    const skipped = summary.ignored.filter((line) => /^edge \S+: /.test(line)).length;
    expect(summary.relations.created).toBe(counts.edges - skipped);
    const backup = await exportBackup(database.store, workspace);
    expect(backup.actors).toHaveLength(counts.nodes);
    expect(backup.actors.every((actor) => actor.name.length > 0)).toBe(true);
  });

  it('keeps unknown attributes as tags and tells how each was mapped', async () => {
    const name = 'graphology-arctic.gexf';
    const { workspace, summary } = await importAsNewWorkspace(
      database.store,
      CLI_AUTHOR,
      [{ name, bytes: readFileSync(join(FIXTURES, 'interop', name)) }],
      { name: 'Arctic', gemeente: 'GM0344' },
    );
    expect(summary.mapped.map((line) => line.from).join(' ')).toMatch(/occurrences/);
    const backup = await exportBackup(database.store, workspace);
    const newYork = backup.actors.find((actor) => actor.name === 'New York');
    expect(newYork?.tags).toEqual(expect.arrayContaining(['occurrences:143']));
    // Gephi's positions become the network layout.
    expect(Object.keys(backup.layouts.force ?? {})).toHaveLength(backup.actors.length);
  });
});
