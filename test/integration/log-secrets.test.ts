/**
 * The server's log never holds a password, a session token, a CSRF token or an invitation token, at the
 * most talkative log level, through setup, login, a failed login, an invitation and a password change.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/server/start.ts';
import {
  buildTestApp,
  sessionFrom,
  TEST_PASSWORD,
  type TestApp,
  withSession,
} from '../helpers/build-test-app.ts';

describe('logs without secrets', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    t = await buildTestApp('pglite', {
      logger: { ...loggerOptions({ logLevel: 'trace', logFormat: 'json' }), stream },
    });
  });
  afterAll(() => t.close());

  it('writes requests to the log, but none of their secrets', async () => {
    const secrets = [TEST_PASSWORD, t.admin.cookie.split('=')[1] as string, t.admin.csrfToken];
    const workspace = await t.createWorkspace();
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { email: 'beheer@example.org', password: 'a wrong guess 123' },
    });
    expect(wrong.statusCode).toBe(401);
    secrets.push('a wrong guess 123');

    const invitation = await t.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspace.id}/invitations`,
      payload: { role: 'lezer' },
    });
    const { token } = invitation.json() as { token: string };
    secrets.push(token);
    const joined = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: {
        token,
        account: { email: 'lezer@example.org', displayName: 'Lezer', password: 'another long passphrase' },
      },
    });
    expect(joined.statusCode).toBe(200);
    secrets.push('another long passphrase');
    const reader = sessionFrom(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'lezer@example.org', password: 'another long passphrase' },
      }),
    );
    secrets.push(reader.cookie.split('=')[1] as string, reader.csrfToken);
    const changed = await t.app.inject(
      withSession(reader, {
        method: 'PUT',
        url: '/api/v1/session/password',
        payload: { currentPassword: 'another long passphrase', newPassword: 'a third long passphrase' },
      }),
    );
    expect(changed.statusCode).toBe(204);
    secrets.push('a third long passphrase');

    const log = lines.join('');
    expect(log).toContain('/api/v1/session');
    expect(log).toContain('/api/v1/invitations/accept');
    for (const secret of secrets) expect(log, `the log holds ${secret.slice(0, 6)}…`).not.toContain(secret);
  });
});
