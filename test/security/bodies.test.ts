/**
 * Hostile request bodies, on every database backend: too large (JSON over 1 MiB, positions over 8 MiB,
 * uploads over 50 MB), malformed JSON, a type other than JSON, JSON nested hundreds of thousands deep,
 * `__proto__` and `constructor` keys (no prototype pollution), and broken or oversized multipart uploads.
 * Each is refused with the right status as problem+json in Dutch, without a stack trace, file path or
 * framework code, and changes nothing.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Workspace } from '../../src/domain/index.ts';
import { LIMITS } from '../../src/formats/index.ts';
import type { ProblemKind } from '../../src/server/messages/index.ts';
import { buildTestApp, TEST_PASSWORD, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { API, backupFile, expectProblem, multipart, stateOf, workspaceUrl } from './support.ts';

const MIB = 1024 * 1024;
const JSON_TYPE = { 'content-type': 'application/json' };

interface Refusal {
  what: string;
  request: (f: { workspace: Workspace; actor: Actor }) => InjectOptions;
  status: number;
  /** The problem's code; several when either is right (noted where so). */
  code: ProblemKind | ProblemKind[];
  /** Without the administrator's session (public routes, or to prove the refusal comes first). */
  anonymous?: boolean;
}

const json = (
  method: InjectOptions['method'],
  url: string,
  body: string,
  headers = JSON_TYPE,
): InjectOptions => ({
  method,
  url,
  headers,
  payload: body,
});

/** A JSON text of just over `bytes`: a valid speler with an overlong profile text. */
const oversized = (bytes: number, fields: Record<string, unknown>) =>
  JSON.stringify({ ...fields, achtergrond: 'a'.repeat(bytes + 1) });

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const actors = (f: { workspace: Workspace }) => `${workspaceUrl(f.workspace)}/actors`;

const REFUSALS: Refusal[] = [
  // Too large
  {
    what: 'a new speler of 1 MiB + 1',
    request: (f) => json('POST', actors(f), oversized(MIB, { name: 'Groot', force: 'rijk' })),
    status: 413,
    code: 'payload_too_large',
  },
  {
    what: 'a werkruimte PATCH of 1 MiB + 1',
    request: (f) => json('PATCH', workspaceUrl(f.workspace), oversized(MIB, { version: 1 })),
    status: 413,
    code: 'payload_too_large',
  },
  {
    what: 'a new werkruimte of 1 MiB + 1',
    request: () =>
      json(
        'POST',
        `${API}/workspaces`,
        JSON.stringify({ name: 'Groot', gemeente: 'GM0363', description: 'd'.repeat(MIB) }),
      ),
    status: 413,
    code: 'payload_too_large',
  },
  {
    what: 'a what-if of 1 MiB + 1',
    request: (f) =>
      json(
        'POST',
        `${workspaceUrl(f.workspace)}/analysis/what-if`,
        JSON.stringify({ changes: { removeActorIds: Array.from({ length: 30_000 }, () => 'x'.repeat(40)) } }),
      ),
    status: 413,
    code: 'payload_too_large',
  },
  {
    what: 'a login of 1 MiB + 1',
    request: () =>
      json(
        'POST',
        `${API}/session`,
        JSON.stringify({ email: 'beheer@example.org', password: 'p'.repeat(MIB) }),
      ),
    status: 413,
    code: 'payload_too_large',
    anonymous: true,
  },
  {
    what: 'an invitation accept of 1 MiB + 1',
    request: () => json('POST', `${API}/invitations/accept`, JSON.stringify({ token: 't'.repeat(MIB + 1) })),
    status: 413,
    code: 'payload_too_large',
    anonymous: true,
  },
  {
    what: 'map positions of 8 MiB + 1',
    request: (f) =>
      json(
        'PUT',
        `${workspaceUrl(f.workspace)}/layouts/force`,
        JSON.stringify({ positions: { [f.actor.id]: { x: 1, y: 2 } }, padding: ' '.repeat(8 * MIB) }),
      ),
    status: 413,
    code: 'payload_too_large',
  },
  // Malformed JSON
  ...(
    [
      ['truncated', '{"name": "Half", "force": "rijk"'],
      ['single quotes', "{'name': 'Enkel', 'force': 'rijk'}"],
      ['a trailing comma', '{"name": "Komma", "force": "rijk",}'],
      ['NaN', '{"name": "Getal", "force": "rijk", "strength": NaN}'],
      ['a comment', '{"name": "Commentaar", /* x */ "force": "rijk"}'],
      ['two documents', '{"name": "Een", "force": "rijk"}{"name": "Twee", "force": "rijk"}'],
      ['an empty body', ''],
    ] as const
  ).map(
    ([what, body]): Refusal => ({
      what: `JSON with ${what}`,
      request: (f) => json('POST', actors(f), body),
      status: 400,
      code: 'invalid_json',
    }),
  ),
  {
    what: 'a truncated JSON Merge Patch',
    request: (f) =>
      json('PATCH', workspaceUrl(f.workspace), '{"version": 1, "name": ', {
        'content-type': 'application/merge-patch+json',
      }),
    status: 400,
    code: 'invalid_json',
  },
  {
    what: 'JSON that is not an object',
    request: (f) => json('POST', actors(f), 'null'),
    status: 400,
    code: 'validation',
  },
  // Not JSON at all
  ...(
    [
      ['text/plain', '{"name": "Tekst", "force": "rijk"}'],
      ['text/html', '<p>Hallo</p>'],
      ['application/xml', '<actor name="XML" force="rijk"/>'],
      ['application/x-www-form-urlencoded', 'name=Formulier&force=rijk'],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nForm\r\n--x--\r\n',
      ],
      ['application/octet-stream', '{"name": "Bytes", "force": "rijk"}'],
    ] as const
  ).map(
    ([type, body]): Refusal => ({
      what: `a speler sent as ${type.split(';')[0]}`,
      request: (f) => json('POST', actors(f), body, { 'content-type': type }),
      status: 415,
      code: 'unsupported_media_type',
    }),
  ),
  {
    what: 'a login sent as a form (the classic cross-site form post)',
    request: () =>
      json(
        'POST',
        `${API}/session`,
        `email=beheer%40example.org&password=${encodeURIComponent(TEST_PASSWORD)}`,
        {
          'content-type': 'application/x-www-form-urlencoded',
        },
      ),
    status: 415,
    code: 'unsupported_media_type',
    anonymous: true,
  },
  // Deeply nested
  {
    what: 'an array nested 400,000 deep in a speler',
    request: (f) =>
      json('POST', actors(f), `{"name": "Diep", "force": "rijk", "tags": ${deepArray(400_000)}}`),
    status: 400,
    code: ['validation', 'invalid_json'],
  },
  {
    what: 'an object nested 150,000 deep',
    request: (f) => json('POST', actors(f), deepObject(150_000)),
    status: 400,
    code: ['validation', 'invalid_json'],
  },
  {
    what: 'map positions nested 150,000 deep',
    request: (f) =>
      json('PUT', `${workspaceUrl(f.workspace)}/layouts/force`, `{"positions": ${deepObject(150_000)}}`),
    status: 400,
    code: ['validation', 'invalid_json'],
  },
  {
    what: 'a what-if nested 150,000 deep',
    request: (f) =>
      json('POST', `${workspaceUrl(f.workspace)}/analysis/what-if`, `{"changes": ${deepObject(150_000)}}`),
    status: 400,
    code: ['validation', 'invalid_json'],
  },
];

/**
 * Keys that would reach Object.prototype in a careless merge. Fastify's JSON parser refuses `__proto__` and
 * `constructor.prototype` outright (400 invalid_json); any other place names the key as an unknown field.
 */
const POLLUTERS: Refusal[] = [
  {
    what: '__proto__ in a new speler',
    request: (f) =>
      json('POST', actors(f), '{"name": "Proto", "force": "rijk", "__proto__": {"polluted": "ja"}}'),
    status: 400,
    code: ['invalid_json', 'validation'],
  },
  {
    what: 'constructor.prototype in a new speler',
    request: (f) =>
      json(
        'POST',
        actors(f),
        '{"name": "Proto", "force": "rijk", "constructor": {"prototype": {"polluted": "ja"}}}',
      ),
    status: 400,
    code: ['invalid_json', 'validation'],
  },
  {
    what: 'a plain constructor field in a new speler',
    request: (f) => json('POST', actors(f), '{"name": "Proto", "force": "rijk", "constructor": "ja"}'),
    status: 400,
    code: 'validation',
  },
  {
    what: '__proto__ in a JSON Merge Patch',
    request: (f) =>
      json('PATCH', workspaceUrl(f.workspace), '{"version": 1, "__proto__": {"polluted": "ja"}}', {
        'content-type': 'application/merge-patch+json',
      }),
    status: 400,
    code: ['invalid_json', 'validation'],
  },
  {
    what: '__proto__ as a speler id in map positions',
    request: (f) =>
      json(
        'PUT',
        `${workspaceUrl(f.workspace)}/layouts/force`,
        '{"positions": {"__proto__": {"x": 1, "y": 2, "polluted": "ja"}}}',
      ),
    status: 400,
    code: ['invalid_json', 'validation'],
  },
  {
    what: '__proto__ in a what-if speler',
    request: (f) =>
      json(
        'POST',
        `${workspaceUrl(f.workspace)}/analysis/what-if`,
        '{"changes": {"addActors": [{"id": "n", "name": "N", "force": "rijk", "__proto__": {"polluted": "ja"}}]}}',
      ),
    status: 400,
    code: ['invalid_json', 'validation'],
  },
  {
    what: '__proto__ and constructor in an uploaded backup',
    request: () => ({
      method: 'POST',
      url: `${API}/workspaces/import`,
      ...multipart([
        {
          name: 'kaart.json',
          bytes: backupFile('Proto').replace(
            '"force":"bewoner"',
            '"force":"bewoner","__proto__":{"polluted":"ja"},"constructor":{"prototype":{"polluted":"ja"}}',
          ),
        },
      ]),
    }),
    status: 400,
    code: 'validation',
  },
  {
    what: 'a backup whose top level is __proto__',
    request: (f) => ({
      method: 'POST',
      url: `${workspaceUrl(f.workspace)}/import`,
      ...multipart([
        { name: 'kaart.json', bytes: backupFile('Proto').replace('{', '{"__proto__":{"polluted":"ja"},') },
      ]),
    }),
    status: 400,
    code: 'validation',
  },
  {
    what: 'a multipart field named __proto__',
    request: () => ({
      method: 'POST',
      url: `${API}/workspaces/import`,
      ...multipart([{ name: 'kaart.json', bytes: backupFile('Proto') }], { ['__proto__']: 'ja' }),
    }),
    status: 400,
    code: 'validation',
  },
];

/** Just over the upload limit: a file in a valid multipart body. */
function overLimitUpload(url: string): InjectOptions {
  return {
    method: 'POST',
    url,
    ...multipart([{ name: 'kaart.json', bytes: Buffer.alloc(LIMITS.fileBytes + 1, 0x20) }]),
  };
}

const UPLOADS: Refusal[] = [
  {
    what: 'a new werkruimte from a file of 50 MB + 1 byte',
    request: () => overLimitUpload(`${API}/workspaces/import`),
    status: 413,
    code: 'payload_too_large',
  },
  {
    what: 'a file of 50 MB + 1 byte into a werkruimte',
    request: (f) => overLimitUpload(`${workspaceUrl(f.workspace)}/import`),
    status: 413,
    code: 'payload_too_large',
  },
  {
    what: 'three files (two at most)',
    request: () => ({
      method: 'POST',
      url: `${API}/workspaces/import`,
      ...multipart(['a', 'b', 'c'].map((name) => ({ name: `${name}.json`, bytes: backupFile(name) }))),
    }),
    status: 413,
    code: ['payload_too_large', 'validation'],
  },
  {
    what: 'multipart without a boundary',
    request: () => ({
      method: 'POST',
      url: `${API}/workspaces/import`,
      headers: { 'content-type': 'multipart/form-data' },
      payload: backupFile('Zonder grens'),
    }),
    status: 400,
    code: 'validation',
  },
  {
    what: 'multipart cut off in the middle of the file',
    request: (f) => ({
      method: 'POST',
      url: `${workspaceUrl(f.workspace)}/import`,
      headers: { 'content-type': 'multipart/form-data; boundary=grens' },
      payload: `--grens\r\nContent-Disposition: form-data; name="file"; filename="kaart.json"\r\n\r\n${backupFile('Half').slice(0, 40)}`,
    }),
    status: 400,
    code: 'validation',
  },
  {
    what: 'an anonymous upload of 50 MB + 1 byte (refused before it is read)',
    request: () => overLimitUpload(`${API}/workspaces/import`),
    status: 401,
    code: 'unauthenticated',
    anonymous: true,
  },
];

function isPolluted(): boolean {
  return (
    ({} as Record<string, unknown>).polluted !== undefined ||
    Object.hasOwn(Object.prototype, 'polluted') ||
    Object.hasOwn(Array.prototype, 'polluted')
  );
}

describe.each(BACKENDS)('hostile request bodies on %s', (backend) => {
  let t: TestApp;
  let f: { workspace: Workspace; actor: Actor };

  beforeAll(async () => {
    t = await buildTestApp(backend, {
      rateLimits: { login: { max: 10_000, windowMs: 60_000 }, write: { max: 100_000, windowMs: 60_000 } },
    });
    const workspace = await t.createWorkspace({ name: 'Bodykaart' });
    const actor = await t.createActor(workspace.id);
    const other = await t.createActor(workspace.id, { name: 'Buurtkamer', force: 'bewoner' });
    await t.createRelation(workspace.id, actor.id, other.id);
    f = { workspace, actor };
  });
  afterAll(() => t.close());

  async function expectRefused(refusal: Refusal) {
    const before = await stateOf(t.store, f.workspace.id);
    const request = refusal.request(f);
    const response = refusal.anonymous ? await t.app.inject(request) : await t.inject(request);
    const problem = expectProblem(response, refusal.status);
    expect([refusal.code].flat(), response.body).toContain(problem.code);
    expect(await stateOf(t.store, f.workspace.id)).toEqual(before);
    // The server is still well: the next request is answered normally.
    expect((await t.inject(`${API}/health`)).statusCode).toBe(200);
    return problem;
  }

  it.each(REFUSALS.map((refusal) => [refusal.what, refusal] as const))(
    'refuses %s',
    async (_what, refusal) => {
      await expectRefused(refusal);
    },
  );

  it.each(POLLUTERS.map((refusal) => [refusal.what, refusal] as const))(
    'refuses %s without polluting any prototype',
    async (_what, refusal) => {
      const problem = await expectRefused(refusal);
      if (
        problem.code === 'validation' &&
        refusal.request(f).headers?.['content-type'] === 'application/json'
      ) {
        expect(problem.invalidParams?.map((param) => param.code)).toContain('unknown_field');
      }
      expect(isPolluted()).toBe(false);
    },
  );

  it('ignores __proto__ and constructor in a query string, without pollution', async () => {
    const response = await t.inject(
      `${workspaceUrl(f.workspace)}/actors?__proto__[polluted]=ja&constructor[prototype][polluted]=ja&__proto__.polluted=ja`,
    );
    expect([200, 400]).toContain(response.statusCode);
    expect(isPolluted()).toBe(false);
  });

  it.each(UPLOADS.map((refusal) => [refusal.what, refusal] as const))(
    'refuses %s',
    async (_what, refusal) => {
      await expectRefused(refusal);
    },
  );

  it('names the offending field of an unknown key as an unknown field', async () => {
    const problem = await expectRefused({
      what: 'an unknown field',
      request: (fixture) =>
        json('POST', actors(fixture), '{"name": "Onbekend", "force": "rijk", "isAdmin": true}'),
      status: 400,
      code: 'validation',
    });
    expect(problem.invalidParams).toContainEqual(
      expect.objectContaining({ name: 'isAdmin', code: 'unknown_field' }),
    );
  });
});
