/**
 * A fresh, migrated database per test file: PGlite from the template the global setup made, or — when
 * TEST_DATABASE_URL is set — a new database on that PostgreSQL server, dropped afterwards. Tests never
 * share a seeded database, so they cannot depend on each other's leftovers.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { createStore, openDatabase, type Store } from '../../src/store/index.ts';

export type Backend = 'pglite' | 'postgres';

/** PGlite always; the PostgreSQL server as well when the run has one. */
export const BACKENDS: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  store: Store;
  /** Connection URL when on a server, for tests that reopen the same database. */
  url?: string;
  close(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** Creates an empty database on the test server and returns its URL and a function that drops it. */
export async function createServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kv_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl() });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

let template: { path: string; blob: Blob } | undefined;

/**
 * The run's template, read from disk once per worker (its 40 MB took a few tenths of a second per
 * database); a Blob cannot be changed, so every database may load from the same one.
 */
export function pgliteTemplate(): Blob {
  const path = inject('pgliteTemplate');
  if (template?.path !== path) template = { path, blob: new Blob([readFileSync(path)]) };
  return template.blob;
}

/**
 * A PGlite data folder on disk, migrated and holding the gemeenten, copied from the run's template: for a
 * server or a command started on a data folder (the browser tests, the command line). Creating a new
 * folder costs PGlite 5–7 s (initdb in WebAssembly, then every migration); unpacking the template about
 * one. Tests of the very first start of an empty folder make their own.
 */
export async function templateDataDir(prefix = 'kv-test-data-'): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  // Where src/store/db.ts keeps the database inside a data folder.
  const db = await PGlite.create({ dataDir: join(dataDir, 'pgdata'), loadDataDir: pgliteTemplate() });
  await db.close();
  return dataDir;
}

export async function openTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const store = createStore(await openDatabase({ kind: 'pglite-memory', loadDataDir: pgliteTemplate() }));
    return { store, close: () => store.close() };
  }
  const server = await createServerDatabase();
  const store = createStore(await openDatabase({ kind: 'postgres', url: server.url, poolSize: 4 }));
  await store.reference.syncGemeenten();
  return {
    store,
    url: server.url,
    async close() {
      await store.close();
      await server.drop();
    },
  };
}
