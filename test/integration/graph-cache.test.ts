/**
 * The map route keeps the rendered map until the werkruimte changes: every change (which writes an audit
 * event) must show at once, an unchanged map answers 304 to its ETag, and the gzipped answer holds the
 * same map.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

describe.each(BACKENDS)('the cached map on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  it('shows every change at once, and answers 304 while nothing changed', async () => {
    const workspace = await t.createWorkspace();
    const first = await t.createActor(workspace.id, { name: 'Eerste' });
    const url = `/api/v1/workspaces/${workspace.id}/graph`;

    const initial = await t.inject(url);
    expect(initial.statusCode).toBe(200);
    const etag = String(initial.headers.etag);
    expect(initial.json().actors).toHaveLength(1);
    expect((await t.inject({ url, headers: { 'if-none-match': etag } })).statusCode).toBe(304);

    const second = await t.createActor(workspace.id, { name: 'Tweede' });
    await t.createRelation(workspace.id, first.id, second.id);
    const grown = await t.inject({ url, headers: { 'if-none-match': etag } });
    expect(grown.statusCode).toBe(200);
    expect(grown.json().actors).toHaveLength(2);
    expect(grown.json().relations).toHaveLength(1);

    const renamed = await t.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${workspace.id}`,
      payload: { version: workspace.version, name: 'Nieuwe naam' },
    });
    expect(renamed.statusCode).toBe(200);
    expect((await t.inject(url)).json().workspace.name).toBe('Nieuwe naam');

    await t.inject({ method: 'DELETE', url: `/api/v1/workspaces/${workspace.id}/actors/${first.id}` });
    const shrunk = (await t.inject(url)).json();
    expect(shrunk.actors.map((actor: { name: string }) => actor.name)).toEqual(['Tweede']);
    expect(shrunk.relations).toEqual([]);
  });

  it('sends the same map compressed: brotli to a browser, gzip to a client without brotli', async () => {
    const workspace = await t.createWorkspace();
    await t.createActor(workspace.id, { name: 'Gecomprimeerd' });
    const url = `/api/v1/workspaces/${workspace.id}/graph`;
    const plain = await t.inject(url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const browser = await t.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(browser.headers['content-encoding']).toBe('br');
    expect(browser.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(browser.rawPayload).toString()).toBe(plain.body);
    const client = await t.inject({ url, headers: { 'accept-encoding': 'gzip;q=1.0, br;q=0' } });
    expect(client.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(client.rawPayload).toString()).toBe(plain.body);
  });
});
