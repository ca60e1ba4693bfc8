/**
 * Opens the database the app runs on: embedded PGlite in a data folder when no DATABASE_URL is given, a
 * PostgreSQL server through `pg` when it is. Both get the same drizzle schema and the same migrations, run
 * on every open. PGlite takes no lock of its own and two processes on one folder lose writes, so we hold an
 * exclusive lock file beside its data; on a server, concurrent app instances serialise their migrations with
 * an advisory lock.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite, types } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { acquireLock, type Lock } from './lock-file.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Any number; it only has to be the same for every Krachtenveld instance on one server. */
const MIGRATION_LOCK_KEY = 7_305_221;

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir: string }
  /** In-memory PGlite, optionally started from a dump (tests). */
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; poolSize?: number };

/**
 * Notifications of one channel (PostgreSQL LISTEN/NOTIFY): `onNotify` gets each payload, `onReconnect` is
 * called after a lost listening connection was restored (notifications sent meanwhile are lost, so the
 * listener must catch up from its own records). Resolves once listening; the returned function stops.
 */
export type Listen = (
  channel: string,
  onNotify: (payload: string) => void,
  onReconnect?: () => void,
) => Promise<() => Promise<void>>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The PGlite instance, when embedded (for dumps in tests and backups). */
  pglite?: PGlite;
  listen: Listen;
  close(): Promise<void>;
}

/** Opens (creating where needed) and migrates the database. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') return openPostgres(options.url, options.poolSize ?? 10);
  if (options.kind === 'pglite-memory') {
    const client = new PGlite({
      parsers: AS_WRITTEN,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    return openPglite(client, null);
  }
  mkdirSync(options.dataDir, { recursive: true });
  const lock = acquireLock(`${options.dataDir}/krachtenveld.lock`);
  try {
    const pgdata = `${options.dataDir}/pgdata`;
    await initialiseOnce(pgdata);
    return await openPglite(new PGlite(pgdata, { parsers: AS_WRITTEN }), lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Creates a new PGlite data folder in a throwaway instance. PGlite runs initdb in a second WASM instance
 * that the opening instance keeps reachable until it closes: about 450 MiB held for the app's whole life
 * after a first start. Closing right after initdb and opening again hands that memory back.
 */
async function initialiseOnce(pgdata: string): Promise<void> {
  if (existsSync(`${pgdata}/PG_VERSION`)) return;
  const initialiser = await PGlite.create(pgdata);
  await initialiser.close();
}

const asWritten = (value: string) => value;
/** Dates and times as PostgreSQL writes them, as drizzle asks for (our schema has no arrays of them). */
const AS_WRITTEN = {
  [types.TIMESTAMP]: asWritten,
  [types.TIMESTAMPTZ]: asWritten,
  [types.INTERVAL]: asWritten,
  [types.DATE]: asWritten,
};

type QueryOptions = Record<string, unknown> | undefined;
interface Queryable {
  query(query: string, params?: unknown[], options?: QueryOptions): Promise<unknown>;
  transaction(work: (tx: Queryable) => Promise<unknown>): Promise<unknown>;
}

/**
 * drizzle hands PGlite its date parsers with every query, and PGlite then copies its own 300-odd parsers to
 * merge them: a tenth of a millisecond per query, a sixth of the database's time under a live meeting's
 * load. The instance has the same parsers from its start (AS_WRITTEN), so the per-query ones are dropped
 * here, in transactions too.
 */
function withInstanceParsers<T extends object>(client: T): T {
  return new Proxy(client, {
    get(target, key) {
      const queryable = target as unknown as Queryable;
      if (key === 'query')
        return (query: string, params?: unknown[], options?: QueryOptions) =>
          queryable.query(query, params, options && { ...options, parsers: undefined });
      if (key === 'transaction')
        return (work: (tx: Queryable) => Promise<unknown>) =>
          queryable.transaction((tx) => work(withInstanceParsers(tx)));
      const value = Reflect.get(target, key, target);
      // PGlite keeps its state in private fields: its methods must run on the instance, not this proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function openPglite(client: PGlite, lock: Lock | null): Promise<Database> {
  await client.waitReady;
  const db = drizzlePglite({ client: withInstanceParsers(client), schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    pglite: client,
    // PGlite delivers NOTIFY in-process, on commit, like a server does to its listeners.
    listen: async (channel, onNotify) => {
      const stop = await client.listen(channel, onNotify);
      return () => (client.closed ? Promise.resolve() : stop());
    },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (restart, failover, pg_terminate_backend) is dropped from the pool
  // and replaced on next use; without a listener its 'error' event would crash the whole process.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`, {
      code: 'KRACHTENVELD_DB_CONNECTION',
    });
  });
  try {
    const db = drizzlePg({ client: pool, schema });
    const connection = await pool.connect();
    try {
      await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await migratePg(drizzlePg({ client: connection, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
      connection.release();
    }
    const listeners = new Set<() => Promise<void>>();
    return {
      db: db as unknown as Db,
      kind: 'postgres',
      listen: async (channel, onNotify, onReconnect) => {
        const stop = await listenOnServer(url, channel, onNotify, onReconnect);
        listeners.add(stop);
        return async () => {
          listeners.delete(stop);
          await stop();
        };
      },
      async close() {
        await Promise.all([...listeners].map((stop) => stop()));
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}

const RELISTEN_FIRST_MS = 250;
const RELISTEN_MAX_MS = 5_000;

/**
 * LISTEN needs a connection of its own, held for as long as we listen (a pooled one would be handed to
 * other queries). When the server drops it (restart, failover), a new one is made with a growing pause and
 * `onReconnect` tells the listener to catch up.
 */
async function listenOnServer(
  url: string,
  channel: string,
  onNotify: (payload: string) => void,
  onReconnect?: () => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let pause = RELISTEN_FIRST_MS;

  async function connect(): Promise<pg.Client> {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', () => {
      // Handled by 'end' below; without a listener the error would crash the process.
    });
    next.on('end', () => {
      if (stopped || client !== next) return;
      client = null;
      void reconnect();
    });
    await next.connect();
    await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    return next;
  }

  async function reconnect(): Promise<void> {
    while (!stopped) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, RELISTEN_MAX_MS);
      try {
        const next = await connect();
        if (stopped) {
          await next.end().catch(() => {});
          return;
        }
        client = next;
        pause = RELISTEN_FIRST_MS;
        onReconnect?.();
        return;
      } catch {
        // The server is still away: try again after a longer pause.
      }
    }
  }

  client = await connect();
  return async () => {
    stopped = true;
    const current = client;
    client = null;
    await current?.end().catch(() => {});
  };
}
