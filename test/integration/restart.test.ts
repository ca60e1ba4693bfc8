/**
 * Data survives a server restart: the real start-up path (configuration, migrations, demo seeding) is run
 * twice over the same storage — a PGlite data folder, and a PostgreSQL database when the run has one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, startServer } from '../../src/server/index.ts';
import { type HttpSession, setUpAdmin } from '../helpers/http-session.ts';
import { BACKENDS, createServerDatabase } from '../helpers/test-database.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by value below
const getJson = async (session: HttpSession, path: string): Promise<any> =>
  (await session.fetch(path)).json();

describe.each(BACKENDS)('restart on %s', (backend) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function environment(): Promise<NodeJS.ProcessEnv> {
    if (backend === 'postgres') {
      const server = await createServerDatabase();
      cleanups.push(() => server.drop());
      return { DATABASE_URL: server.url, PORT: '0', LOG_LEVEL: 'silent' };
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'kv-restart-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    return { KRACHTENVELD_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent' };
  }

  it('keeps werkruimtes, spelers, relaties and sessions, and seeds the demo only on the first start', async () => {
    const config = loadConfig(await environment());

    const first = await startServer(config);
    const session = await setUpAdmin(first.url);
    const demo = (await getJson(session, '/api/v1/workspaces')).items as { id: string; name: string }[];
    expect(demo.map((w) => w.name)).toEqual(['Voorbeeldgemeente']);
    const created = await session.fetch('/api/v1/workspaces', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Na herstart', gemeente: 'GM0014' }),
    });
    const workspace = (await created.json()) as { id: string };
    const actor = await session.fetch(`/api/v1/workspaces/${workspace.id}/actors`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Blijft bestaan',
        force: 'bewoner',
        achtergrond: 'Tekst met é en “quotes”',
      }),
    });
    expect(actor.status).toBe(201);
    const before = await getJson(session, `/api/v1/workspaces/${demo[0]?.id}/graph`);
    await first.close();

    // Sessions live in the database: the same cookie works against the restarted server.
    const second = await startServer(config);
    const read = async (path: string) =>
      (await fetch(`${second.url}${path}`, { headers: { cookie: session.cookie } })).json();
    try {
      const list = (await read('/api/v1/workspaces')).items as { name: string }[];
      expect(list.map((w) => w.name)).toEqual(['Na herstart', 'Voorbeeldgemeente']);
      const actors = (await read(`/api/v1/workspaces/${workspace.id}/actors`)).items;
      expect(actors).toEqual([await actor.json()]);
      const after = await read(`/api/v1/workspaces/${demo[0]?.id}/graph`);
      expect(after).toEqual(before);
    } finally {
      await second.close();
    }
  });
});
