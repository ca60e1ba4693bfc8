/**
 * Runs once before all tests: builds a migrated PGlite database with the gemeenten list and saves it as a
 * template file that each test file loads into its own fresh in-memory database (removed again at the
 * end), and reports which database backends this run covers.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../src/cli/web-build.ts';
import { createStore, openDatabase } from '../src/store/index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await openDatabase({ kind: 'pglite-memory' });
  const store = createStore(database);
  await store.reference.syncGemeenten();
  const dump = await database.pglite?.dumpDataDir('none');
  if (!dump) throw new Error('PGlite did not produce a dump');
  const path = join(tmpdir(), `krachtenveld-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  await store.close();
  project.provide('pgliteTemplate', path);
  // The browser tests run against the built web app, as users do. A run of server tests alone may skip the
  // build (KRACHTENVELD_SKIP_WEB_BUILD=1), e.g. while the web app's sources are half-way a change.
  if (!process.env.KRACHTENVELD_SKIP_WEB_BUILD)
    await ensureWebBuild((message) => console.log(`[krachtenveld] ${message}`));
  if (!process.env.TEST_DATABASE_URL) {
    console.warn('\n[krachtenveld] TEST_DATABASE_URL is not set: integration tests run on PGlite only.\n');
  }
  // Teardown: the 40 MB template would otherwise pile up in the temp folder, one per run.
  return () => rmSync(path, { force: true });
}
