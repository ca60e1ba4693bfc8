/**
 * Stopping the server is not held up by a client: a connection in the middle of a request (its body only
 * half sent) would otherwise keep the server open for as long as the client likes, and a process manager
 * kills a server that does not stop. Requests under way get the grace time; then connections are cut.
 */

import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';

const GRACE_MS = 300;

describe('stopping the server', () => {
  let t: TestApp;
  let client: Socket;

  beforeAll(async () => {
    t = await buildTestApp('pglite', { closeGraceMs: GRACE_MS });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    client?.destroy();
    await t.close();
  });

  it('cuts a connection that is still sending its request once the grace time is over', async () => {
    const { port } = t.app.server.address() as AddressInfo;
    client = connect(port, '127.0.0.1');
    await new Promise((resolve) => client.once('connect', resolve));
    const closed = new Promise((resolve) => client.once('close', resolve));
    // Headers and half of the body; the rest never comes.
    client.write(
      'POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
        'Content-Length: 100\r\n\r\n{"email":',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    // Without the cut the close would wait for the client far beyond this test's time limit.
    const started = performance.now();
    await t.app.close();
    await closed;
    // The request had its grace time first.
    expect(performance.now() - started).toBeGreaterThanOrEqual(GRACE_MS - 50);
  });
});
