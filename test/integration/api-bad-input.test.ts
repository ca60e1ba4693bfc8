/**
 * Bad input through the HTTP API on every database backend. Each kind of mistake must get the right 4xx as
 * application/problem+json with a Dutch title; field errors must name the field with its issue code and a
 * Dutch reason; and a refused request must write nothing: the werkruimte's counts, the number of
 * werkruimtes and the records a PATCH aimed at are the same afterwards as before.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, IssueCode, Relation, Workspace } from '../../src/domain/index.ts';
import { messages, type ProblemKind } from '../../src/server/messages/index.ts';
import { buildTestApp, countRows, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

/** The Dutch titles: the API's default language. */
const PROBLEM_TITLES = messages('nl').titles;

/** What the cases aim at: a werkruimte with two spelers and a dated relatie, and a speler elsewhere. */
interface Fixture {
  workspace: Workspace;
  a: Actor;
  b: Actor;
  relation: Relation;
  other: Workspace;
  stranger: Actor;
}

interface BadInput {
  what: string;
  request: (f: Fixture) => InjectOptions;
  status: 400 | 404 | 413 | 415;
  problem: ProblemKind;
  /** The field `invalidParams` must name, with `code`; absent for errors about the request as a whole. */
  field?: string;
  code?: IssueCode;
}

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  code: string;
  invalidParams?: { name: string; code: string; reason: string }[];
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const CONTROL_CHARACTERS = [
  ['newline', '\n'],
  ['tab', '\t'],
  ['U+0007 (bel)', '\u0007'],
  ['U+0085 (next line)', '\u0085'],
] as const;

const wsUrl = (f: Fixture) => `/api/v1/workspaces/${f.workspace.id}`;
const actorUrl = (f: Fixture) => `${wsUrl(f)}/actors/${f.a.id}`;
const relationUrl = (f: Fixture) => `${wsUrl(f)}/relations/${f.relation.id}`;

const post = (url: string, payload: InjectOptions['payload']): InjectOptions => ({
  method: 'POST',
  url,
  payload,
});
const patch = (url: string, payload: Record<string, unknown>): InjectOptions => ({
  method: 'PATCH',
  url,
  payload,
});
const raw = (method: 'POST' | 'PATCH', url: string, contentType: string, body: string): InjectOptions => ({
  method,
  url,
  headers: { 'content-type': contentType },
  payload: body,
});

const newActor = (f: Fixture, extra: Record<string, unknown>) =>
  post(`${wsUrl(f)}/actors`, { name: 'Buurtkamer West', force: 'bewoner', ...extra });
const newRelation = (f: Fixture, extra: Record<string, unknown>) =>
  post(`${wsUrl(f)}/relations`, { sourceId: f.a.id, targetId: f.b.id, type: 'werkt_samen', ...extra });
const newWorkspace = (extra: Record<string, unknown>) =>
  post('/api/v1/workspaces', { name: 'Nieuwe kaart', gemeente: 'GM0363', ...extra });
const list = (f: Fixture, query: string) => ({ url: `${wsUrl(f)}/${query}` });

/** A field error: 400, `validation`, naming `field` with `code`. */
function invalid(what: string, field: string, code: IssueCode, request: BadInput['request']): BadInput {
  return { what, request, status: 400, problem: 'validation', field, code };
}

const BAD_INPUT: BadInput[] = [
  // wrong enumeration values
  invalid('speler with an unknown kracht', 'force', 'invalid_enum', (f) => newActor(f, { force: 'burger' })),
  invalid('speler with an unknown soort', 'kind', 'invalid_enum', (f) => newActor(f, { kind: 'club' })),
  invalid('speler with an unknown domein in its list', 'domains.1', 'invalid_enum', (f) =>
    newActor(f, { domains: ['schulden', 'sport'] }),
  ),
  invalid('speler with an unknown schaal', 'scale', 'invalid_enum', (f) => newActor(f, { scale: 'wereld' })),
  invalid('relatie with an unknown type', 'type', 'invalid_enum', (f) =>
    newRelation(f, { type: 'houdt_van' }),
  ),
  invalid('PATCH of a speler to an unknown kracht', 'force', 'invalid_enum', (f) =>
    patch(actorUrl(f), { version: 1, force: 'burger' }),
  ),
  // relatie ends
  invalid('relatie of a speler with itself', 'targetId', 'self_relation', (f) =>
    newRelation(f, { targetId: f.a.id }),
  ),
  invalid('PATCH making a relatie point at its own source', 'targetId', 'self_relation', (f) =>
    patch(relationUrl(f), { version: 1, targetId: f.a.id }),
  ),
  invalid('relatie from a speler of another werkruimte', 'sourceId', 'actor_not_in_workspace', (f) =>
    newRelation(f, { sourceId: f.stranger.id }),
  ),
  invalid('relatie to a speler of another werkruimte', 'targetId', 'actor_not_in_workspace', (f) =>
    newRelation(f, { targetId: f.stranger.id }),
  ),
  invalid('relatie to a speler id that does not exist', 'targetId', 'actor_not_in_workspace', (f) =>
    newRelation(f, { targetId: NO_SUCH_ID }),
  ),
  // names
  invalid('speler name of 201 characters', 'name', 'too_long', (f) => newActor(f, { name: 'x'.repeat(201) })),
  invalid('werkruimte name of 201 characters', 'name', 'too_long', () =>
    newWorkspace({ name: 'w'.repeat(201) }),
  ),
  invalid('empty speler name', 'name', 'required', (f) => newActor(f, { name: '' })),
  invalid('whitespace-only speler name', 'name', 'required', (f) => newActor(f, { name: ' \t  ' })),
  invalid('PATCH of a werkruimte to a whitespace-only name', 'name', 'required', (f) =>
    patch(wsUrl(f), { version: 1, name: '   ' }),
  ),
  ...CONTROL_CHARACTERS.map(([label, character]) =>
    invalid(`${label} in a speler name`, 'name', 'control_characters', (f) =>
      newActor(f, { name: `Buurt${character}kamer` }),
    ),
  ),
  invalid('tab in the second wijk of a werkruimte', 'wijken.1', 'control_characters', () =>
    newWorkspace({ wijken: ['Noord', 'Zuid\tOost'] }),
  ),
  // Who says a tie exists is an assessment by a perspective now, no longer a text on the relatie.
  invalid('the old free-text perspective of a relatie', 'perspective', 'unknown_field', (f) =>
    patch(relationUrl(f), { version: 1, perspective: 'wijkteam Noord' }),
  ),
  // long texts
  invalid('NUL in a long speler text', 'achtergrond', 'nul_character', (f) =>
    newActor(f, { achtergrond: `${'Opgericht in 1998. '.repeat(300)}\u0000en verder` }),
  ),
  invalid('NUL in a relatie description', 'description', 'nul_character', (f) =>
    newRelation(f, { description: 'Subsidie\u0000' }),
  ),
  invalid('speler text of 10,001 characters', 'motieven', 'too_long', (f) =>
    newActor(f, { motieven: 'm'.repeat(10_001) }),
  ),
  invalid('werkruimte description of 10,001 characters', 'description', 'too_long', () =>
    newWorkspace({ description: 'd'.repeat(10_001) }),
  ),
  // dates
  invalid('validFrom 2025-02-30 (no such day)', 'validFrom', 'date_format', (f) =>
    newRelation(f, { validFrom: '2025-02-30' }),
  ),
  invalid('validTo written as 31-12-2025', 'validTo', 'date_format', (f) =>
    newRelation(f, { validTo: '31-12-2025' }),
  ),
  invalid('PATCH of validFrom to 2025-02-29 (not a leap year)', 'validFrom', 'date_format', (f) =>
    patch(relationUrl(f), { version: 1, validFrom: '2025-02-29' }),
  ),
  invalid('validFrom after validTo', 'validTo', 'date_order', (f) =>
    newRelation(f, { validFrom: '2025-06-01', validTo: '2025-05-31' }),
  ),
  invalid('PATCH of only validTo to before the stored validFrom', 'validTo', 'date_order', (f) =>
    patch(relationUrl(f), { version: 1, validTo: '2024-12-31' }),
  ),
  // strength
  invalid('strength 0', 'strength', 'too_small', (f) => newRelation(f, { strength: 0 })),
  invalid('strength 6', 'strength', 'too_big', (f) => newRelation(f, { strength: 6 })),
  invalid('strength 2.5', 'strength', 'not_integer', (f) => newRelation(f, { strength: 2.5 })),
  // gemeente and wijken
  invalid('unknown gemeente code GM9998', 'gemeente', 'unknown_gemeente', () =>
    newWorkspace({ gemeente: 'GM9998' }),
  ),
  invalid('PATCH of a werkruimte to gemeente GM9998', 'gemeente', 'unknown_gemeente', (f) =>
    patch(wsUrl(f), { version: 1, gemeente: 'GM9998' }),
  ),
  invalid('gemeente given by name, Amsterdam', 'gemeente', 'gemeente_code_format', () =>
    newWorkspace({ gemeente: 'Amsterdam' }),
  ),
  invalid('the same wijk twice', 'wijken', 'duplicate_items', () =>
    newWorkspace({ wijken: ['Noord', 'Noord'] }),
  ),
  invalid('the same wijk twice once trimmed', 'wijken', 'duplicate_items', () =>
    newWorkspace({ wijken: ['Noord', ' Noord '] }),
  ),
  invalid('the same domein twice', 'domains', 'duplicate_items', (f) =>
    newActor(f, { domains: ['jeugd', 'jeugd'] }),
  ),
  // unknown fields
  invalid('unknown extra field on a speler', 'colour', 'unknown_field', (f) =>
    newActor(f, { colour: 'red' }),
  ),
  invalid('PATCH trying to move a relatie to another werkruimte', 'workspaceId', 'unknown_field', (f) =>
    patch(relationUrl(f), { version: 1, workspaceId: f.other.id }),
  ),
  // wrong types
  invalid('strength as the string "3"', 'strength', 'invalid_type', (f) => newRelation(f, { strength: '3' })),
  invalid('domains as a string', 'domains', 'invalid_type', (f) => newActor(f, { domains: 'schulden' })),
  invalid('PATCH with version as a string', 'version', 'invalid_type', (f) =>
    patch(actorUrl(f), { version: '1', name: 'Nieuw' }),
  ),
  invalid('PATCH setting a speler name to null', 'name', 'invalid_type', (f) =>
    patch(actorUrl(f), { version: 1, name: null }),
  ),
  // missing required fields
  invalid('speler without a name', 'name', 'required', (f) =>
    post(`${wsUrl(f)}/actors`, { force: 'bewoner' }),
  ),
  invalid('relatie without a sourceId', 'sourceId', 'required', (f) =>
    post(`${wsUrl(f)}/relations`, { targetId: f.b.id, type: 'werkt_samen' }),
  ),
  invalid('werkruimte without a gemeente', 'gemeente', 'required', () =>
    post('/api/v1/workspaces', { name: 'Zonder gemeente' }),
  ),
  // the body as a whole
  {
    what: 'malformed JSON',
    request: (f) => raw('POST', `${wsUrl(f)}/actors`, 'application/json', '{"name": "Buurtkamer",'),
    status: 400,
    problem: 'invalid_json',
  },
  {
    what: 'malformed JSON merge patch',
    request: (f) => raw('PATCH', actorUrl(f), 'application/merge-patch+json', '{"version": 1, name: "x"}'),
    status: 400,
    problem: 'invalid_json',
  },
  {
    what: 'empty JSON body',
    request: (f) => raw('POST', `${wsUrl(f)}/relations`, 'application/json', ''),
    status: 400,
    problem: 'invalid_json',
  },
  {
    what: 'JSON sent as text/plain',
    request: (f) =>
      raw('POST', `${wsUrl(f)}/actors`, 'text/plain', '{"name":"Buurtkamer","force":"bewoner"}'),
    status: 415,
    problem: 'unsupported_media_type',
  },
  {
    what: 'XML body',
    request: () =>
      raw('POST', '/api/v1/workspaces', 'application/xml', '<workspace><name>X</name></workspace>'),
    status: 415,
    problem: 'unsupported_media_type',
  },
  {
    what: 'body over 1 MiB',
    request: (f) => newActor(f, { achtergrond: 'x'.repeat(1024 * 1024 + 1) }),
    status: 413,
    problem: 'payload_too_large',
  },
  // path parameters
  invalid('werkruimte id that is not a uuid', 'workspaceId', 'uuid_format', () =>
    post('/api/v1/workspaces/amsterdam/actors', { name: 'Buurtkamer', force: 'bewoner' }),
  ),
  invalid('speler id that is not a uuid', 'actorId', 'uuid_format', (f) =>
    patch(`${wsUrl(f)}/actors/12345`, { version: 1, name: 'Nieuw' }),
  ),
  invalid('relatie id that is not a uuid', 'relationId', 'uuid_format', (f) => ({
    method: 'DELETE',
    url: `${wsUrl(f)}/relations/not-a-uuid`,
  })),
  {
    what: 'werkruimte that does not exist',
    request: () => post(`/api/v1/workspaces/${NO_SUCH_ID}/actors`, { name: 'Buurtkamer', force: 'bewoner' }),
    status: 404,
    problem: 'not_found',
  },
  {
    what: 'PATCH of a speler that does not exist',
    request: (f) => patch(`${wsUrl(f)}/actors/${NO_SUCH_ID}`, { version: 1, name: 'Nieuw' }),
    status: 404,
    problem: 'not_found',
  },
  // query parameters
  invalid('force=foo', 'force', 'invalid_enum', (f) => list(f, 'actors?force=foo')),
  invalid('force=rijk,foo', 'force', 'invalid_enum', (f) => list(f, 'actors?force=rijk,foo')),
  invalid('pageSize=0', 'pageSize', 'too_small', (f) => list(f, 'actors?pageSize=0')),
  invalid('pageSize=501', 'pageSize', 'too_big', (f) => list(f, 'relations?pageSize=501')),
  invalid('page=-1', 'page', 'too_small', (f) => list(f, 'actors?page=-1')),
  invalid('page=abc', 'page', 'invalid_type', (f) => list(f, 'relations?page=abc')),
  invalid('pageSize=0 on the werkruimte list', 'pageSize', 'too_small', () => ({
    url: '/api/v1/workspaces?pageSize=0',
  })),
  invalid('actorId=nope', 'actorId', 'uuid_format', (f) => list(f, 'relations?actorId=nope')),
  invalid('sort=bogus', 'sort', 'invalid_enum', (f) => list(f, 'actors?sort=bogus')),
  // website
  invalid('website javascript:alert(1)', 'website', 'website_format', (f) =>
    newActor(f, { website: 'javascript:alert(1)' }),
  ),
  invalid('website ftp://x', 'website', 'website_format', (f) => newActor(f, { website: 'ftp://x' })),
  invalid('PATCH of a website without a scheme', 'website', 'website_format', (f) =>
    patch(actorUrl(f), { version: 1, website: 'www.example.org' }),
  ),
];

/** Edge cases that once slipped past validation to the database (found by this suite, now fixed). */
const EDGE_CASES: BadInput[] = [
  // A lone UTF-16 surrogate is valid JSON but no character; PostgreSQL would store U+FFFD instead.
  invalid('a lone surrogate in a name', 'name', 'invalid_character', (f) => newActor(f, { name: 'x\ud800' })),
  invalid('a lone surrogate in a profile text', 'achtergrond', 'invalid_character', (f) =>
    newActor(f, { achtergrond: 'tekst \udc00' }),
  ),
  // zod reports a missing enum as `invalid_value`, like a wrong one; the client must hear `required`.
  invalid('speler without a force', 'force', 'required', (f) =>
    post(`${wsUrl(f)}/actors`, { name: 'Buurtkamer' }),
  ),
  // PostgreSQL text cannot hold NUL: refused in query parameters before it reaches the database.
  invalid('NUL in q', 'q', 'nul_character', (f) => list(f, 'actors?q=a%00b')),
  invalid('NUL in wijk', 'wijk', 'nul_character', (f) => list(f, 'actors?wijk=Noord%00')),
  // ISO 8601 (and zod) have a year 0000; PostgreSQL's date type has not.
  invalid('validFrom 0000-01-01', 'validFrom', 'date_format', (f) =>
    newRelation(f, { validFrom: '0000-01-01' }),
  ),
  // z.url() accepts a NUL in the address; the database would refuse it without naming the field.
  invalid('NUL in a website', 'website', 'website_format', (f) =>
    newActor(f, { website: 'https://example.org/\u0000' }),
  ),
];

describe.each(BACKENDS)('bad input on %s', (backend) => {
  let t: TestApp;
  let f: Fixture;
  beforeAll(async () => {
    t = await buildTestApp(backend);
    const workspace = await t.createWorkspace({ name: 'Kaart met fouten' });
    const a = await t.createActor(workspace.id, { name: 'Gemeente', force: 'gemeente', kind: 'organisatie' });
    const b = await t.createActor(workspace.id, { name: 'Buurtkamer Oost', force: 'bewoner' });
    const relation = await t.createRelation(workspace.id, a.id, b.id, {
      type: 'financiert',
      validFrom: '2025-01-01',
    });
    const other = await t.createWorkspace({ name: 'Andere kaart', gemeente: 'GM0599' });
    const stranger = await t.createActor(other.id, { name: 'Vreemde speler' });
    f = { workspace, a, b, relation, other, stranger };
  });
  afterAll(() => t.close());

  async function readJson(url: string): Promise<unknown> {
    const response = await t.inject({ url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json();
  }

  /** Everything a refused request could have touched. */
  async function snapshot() {
    return {
      rows: await countRows(t.store, f.workspace.id),
      otherRows: await countRows(t.store, f.other.id),
      workspaces: ((await readJson('/api/v1/workspaces?pageSize=1')) as { totalItems: number }).totalItems,
      workspace: await readJson(wsUrl(f)),
      actor: await readJson(actorUrl(f)),
      relation: await readJson(relationUrl(f)),
    };
  }

  async function expectRefused(input: BadInput) {
    const before = await snapshot();
    const response = await t.inject(input.request(f));

    expect(response.statusCode, response.body).toBe(input.status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json() as ProblemBody;
    expect(problem.status).toBe(input.status);
    expect(problem.code).toBe(input.problem);
    expect(typeof problem.title).toBe('string');
    expect(problem.title.trim()).not.toBe('');
    expect(problem.title).toBe(PROBLEM_TITLES[input.problem]);
    if (input.field !== undefined) {
      const param = problem.invalidParams?.find((p) => p.name === input.field);
      expect(param, `no invalidParams entry for ${input.field}: ${response.body}`).toBeDefined();
      expect(param?.code).toBe(input.code);
      expect(param?.reason.trim()).not.toBe('');
      // Dutch, not zod's English default message.
      expect(param?.reason).not.toMatch(/\b(invalid|expected|received|required|must)\b/i);
    }

    expect(await snapshot()).toEqual(before);
  }

  it('has at least 20 distinct kinds of bad input', () => {
    expect(new Set(BAD_INPUT.map((input) => input.what)).size).toBe(BAD_INPUT.length);
    expect(BAD_INPUT.length).toBeGreaterThanOrEqual(20);
  });

  it.each(BAD_INPUT)('refuses $what with $status and writes nothing', expectRefused);

  it.each(EDGE_CASES)('refuses $what with $status and writes nothing', expectRefused);

  it.each([
    ['werkruimte', (fx: Fixture) => wsUrl(fx), { name: 'Zonder versie' }],
    ['speler', (fx: Fixture) => actorUrl(fx), { motieven: 'Zonder versie' }],
    ['relatie', (fx: Fixture) => relationUrl(fx), { strength: 5 }],
  ] as const)('refuses a PATCH of a %s without version', async (_kind, url, change) => {
    const before = await snapshot();
    const response = await t.inject(patch(url(f), { ...change }));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json() as ProblemBody;
    expect(problem.title).toBe(PROBLEM_TITLES.validation);
    const param = problem.invalidParams?.find((p) => p.name === 'version');
    expect(param, response.body).toMatchObject({ name: 'version', code: 'required' });
    expect(param?.reason.trim()).not.toBe('');
    expect(await snapshot()).toEqual(before);
  });

  // A version beyond PostgreSQL's integer range must be refused by validation, not overflow in the database.
  it('answers a PATCH with a version beyond the integer range with a 400 naming version', async () => {
    const before = await snapshot();
    const response = await t.inject(patch(actorUrl(f), { version: 2 ** 31, motieven: 'Te ver' }));
    expect(await snapshot()).toEqual(before);
    const problem = response.json() as ProblemBody;
    expect(response.statusCode).toBe(400);
    expect(problem.invalidParams).toContainEqual(
      expect.objectContaining({ name: 'version', code: 'too_big' }),
    );
  });
});
