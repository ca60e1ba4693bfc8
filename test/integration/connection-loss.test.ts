/**
 * On a PostgreSQL server, connections can be ended under the app (server restart, failover, an
 * administrator's pg_terminate_backend). The app must survive that and answer the next request on a new
 * connection, not crash on the pool's 'error' event.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';

describe.skipIf(!process.env.TEST_DATABASE_URL)('losing database connections on postgres', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp('postgres');
  });
  afterAll(() => t.close());

  it('keeps answering after the server ends every idle connection', async () => {
    const workspace = await t.createWorkspace();
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    try {
      const database = new URL(t.databaseUrl ?? '').pathname.slice(1);
      const { rows } = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [database],
      );
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const response = await t.inject({ url: `/api/v1/workspaces/${workspace.id}` });
    expect(response.statusCode, response.body).toBe(200);
  });
});
