/**
 * One message catalogue, two languages, on every database backend: the same bad request answers in Dutch
 * by default and in English with `Accept-Language: en` — title, detail and every reason differ; `type`,
 * `code`, field names and limits are the same; `Content-Language` says which language it is and `Vary`
 * tells caches to keep them apart. The analysis explains in the negotiated language unless `lang` is given.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLANATIONS } from '../../src/analysis/index.ts';
import type { Workspace } from '../../src/domain/index.ts';
import { LIMITS } from '../../src/formats/index.ts';
import { messages } from '../../src/server/messages/index.ts';
import { badIdsCsv } from '../fixtures/hostile-files.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { multipart } from '../helpers/multipart.ts';
import { BACKENDS } from '../helpers/test-database.ts';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  invalidParams?: { name: string; code: string; reason: string; maximum?: number }[];
  invalidParamsTotal?: number;
}

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const { nl, en } = { nl: messages('nl'), en: messages('en') };

/** The language-independent part of a problem: everything but title, detail and reasons. */
function machinePart(body: ProblemBody) {
  const { title: _title, detail: _detail, invalidParams, ...rest } = body;
  return { ...rest, invalidParams: invalidParams?.map(({ reason: _reason, ...param }) => param) };
}

function problem(response: LightMyRequestResponse, status: number, language: 'nl' | 'en'): ProblemBody {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['content-language']).toBe(language);
  expect(String(response.headers.vary)).toMatch(/\bAccept-Language\b/i);
  return response.json() as ProblemBody;
}

describe.each(BACKENDS)('the language of API messages on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace({ name: 'Talen' });
    const a = await t.createActor(workspace.id, { name: 'Wijkteam', force: 'professional' });
    const b = await t.createActor(workspace.id, { name: 'Buurtkamer', force: 'bewoner' });
    await t.createRelation(workspace.id, a.id, b.id);
  });
  afterAll(() => t.close());

  /** The same request three times: without Accept-Language, in Dutch and in English. */
  async function inThreeWays(
    request: InjectOptions,
    status: number,
    send: (options: InjectOptions) => Promise<LightMyRequestResponse> = t.inject,
  ) {
    const as = (language?: string) =>
      send({
        ...request,
        headers: { ...request.headers, ...(language ? { 'accept-language': language } : {}) },
      });
    const byDefault = problem(await as(), status, 'nl');
    const dutch = problem(await as('nl-NL,nl;q=0.9'), status, 'nl');
    const english = problem(await as('en'), status, 'en');
    expect(dutch).toEqual(byDefault);
    expect(machinePart(english)).toEqual(machinePart(dutch));
    expect(english.title).not.toBe(dutch.title);
    expect(english.detail).toBeTruthy();
    expect(english.detail).not.toBe(dutch.detail);
    return { dutch, english };
  }

  it('words a 400 with field errors and a maximum in Dutch by default and in English on request', async () => {
    const { dutch, english } = await inThreeWays(
      {
        method: 'POST',
        url: `/api/v1/workspaces/${workspace.id}/actors`,
        payload: { name: 'x'.repeat(201), force: 'buurman' },
      },
      400,
    );
    expect(dutch.title).toBe(nl.titles.validation);
    expect(english.title).toBe(en.titles.validation);
    expect(english.detail).toBe(en.details.fixFields);
    expect(dutch.invalidParams?.map((param) => param.code).sort()).toEqual(['invalid_enum', 'too_long']);
    const name = english.invalidParams?.find((param) => param.name === 'name');
    expect(name).toMatchObject({ code: 'too_long', maximum: 200, reason: 'Use at most 200 characters.' });
    expect(dutch.invalidParams?.find((param) => param.name === 'name')?.reason).toBe(
      'Gebruik hoogstens 200 tekens.',
    );
    english.invalidParams?.forEach((param, k) => {
      expect(param.reason, param.name).not.toBe(dutch.invalidParams?.[k]?.reason);
    });
    expect(english.invalidParams?.find((param) => param.name === 'force')?.reason).toMatch(
      /^Choose one of these values: .*professional/,
    );
  });

  it('words a 404 for a werkruimte and for an address in both languages', async () => {
    const missing = await inThreeWays({ url: `/api/v1/workspaces/${NO_SUCH_ID}` }, 404);
    expect(missing.dutch.detail).toBe('Deze werkruimte bestaat niet (meer).');
    expect(missing.english.detail).toBe('This workspace does not exist (any more).');
    const address = await inThreeWays({ url: '/api/v1/no-such-thing' }, 404);
    expect(address.english).toMatchObject({ title: 'Not found', detail: en.details.noSuchAddress });
  });

  it('words a 401 in both languages', async () => {
    const { dutch, english } = await inThreeWays({ url: '/api/v1/workspaces' }, 401, (options) =>
      t.app.inject(options),
    );
    expect(dutch).toMatchObject({ code: 'unauthenticated', title: nl.titles.unauthenticated });
    expect(english).toMatchObject({
      code: 'unauthenticated',
      title: 'You are not logged in',
      detail: en.authentication.unauthenticated,
    });
  });

  it("words Fastify's own errors (415) in both languages", async () => {
    const { english } = await inThreeWays(
      {
        method: 'POST',
        url: '/api/v1/workspaces',
        headers: { 'content-type': 'text/plain' },
        payload: 'hallo',
      },
      415,
    );
    expect(english.detail).toBe(en.requestErrors.FST_ERR_CTP_INVALID_MEDIA_TYPE);
  });

  it('says in both languages that only the first 1,000 problems are listed', async () => {
    const { payload, headers } = multipart([{ name: 'ids.csv', bytes: badIdsCsv(1_500) }], {
      name: 'Te veel',
      gemeente: 'GM0344',
    });
    const { dutch, english } = await inThreeWays(
      { method: 'POST', url: '/api/v1/workspaces/import', headers, payload },
      400,
    );
    expect(english.invalidParams).toHaveLength(LIMITS.listedIssues);
    expect(english.invalidParamsTotal).toBe(1_500);
    expect(dutch.detail).toMatch(
      /Er zijn 1\.500 problemen gevonden\. .*de eerste 1\.000; de rest is niet genoemd/,
    );
    expect(english.detail).toMatch(
      /^1,500 problems were found\. Below are the first 1,000; the rest are not listed\./,
    );
    expect(english.invalidParams?.[0]).toMatchObject({
      code: 'uuid_format',
      reason: 'This is not a valid id.',
    });
    expect(dutch.invalidParams?.[0]?.reason).toBe('Dit is geen geldige id.');
  });

  it('follows q-values and regional tags, and falls back to Dutch', async () => {
    const ask = (language: string) =>
      t.inject({ url: `/api/v1/workspaces/${NO_SUCH_ID}`, headers: { 'accept-language': language } });
    expect((await ask('en-GB')).headers['content-language']).toBe('en');
    expect((await ask('nl;q=0.3, en-US;q=0.7')).headers['content-language']).toBe('en');
    expect((await ask('nl-BE, en;q=0.5')).headers['content-language']).toBe('nl');
    expect((await ask('fr-FR, de')).headers['content-language']).toBe('nl');
  });

  it('leaves answers that do not depend on the language unmarked', async () => {
    const response = await t.inject({ url: '/api/v1/workspaces', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBeUndefined();
    expect(response.headers.vary ?? '').not.toMatch(/accept-language/i);
  });

  it("leaves the map's own Vary: Accept-Encoding alone", async () => {
    const response = await t.inject({
      url: `/api/v1/workspaces/${workspace.id}/graph`,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
  });

  it('explains the analysis in the negotiated language unless `lang` says otherwise', async () => {
    const url = `/api/v1/workspaces/${workspace.id}/analysis`;
    const titleOf = async (query: string, language?: string) => {
      const response = await t.inject({
        url: `${url}${query}`,
        headers: language ? { 'accept-language': language } : {},
      });
      expect(response.statusCode, response.body).toBe(200);
      const key = response.json().indices[0].key as keyof typeof EXPLANATIONS.nl.indices;
      return { title: response.json().indices[0].explanation.title, key, response };
    };
    const byDefault = await titleOf('');
    expect(byDefault.title).toBe(EXPLANATIONS.nl.indices[byDefault.key].title);
    const english = await titleOf('', 'en-GB,en;q=0.9');
    expect(english.title).toBe(EXPLANATIONS.en.indices[english.key].title);
    expect(english.response.headers['content-language']).toBe('en');
    expect(String(english.response.headers.vary)).toMatch(/accept-language/i);
    const explicit = await titleOf('?lang=nl', 'en');
    expect(explicit.title).toBe(EXPLANATIONS.nl.indices[explicit.key].title);
    expect((await titleOf('?lang=en')).title).toBe(english.title);
  });
});
