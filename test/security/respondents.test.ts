/**
 * The respondent's routes (`config.auth: 'respondent'`, generated from the route table) against every way a
 * personal link can fail: made up, malformed, missing, revoked, replaced, its round in concept, closed, not
 * yet begun or past its last day. Each gets the same 404 with the same words (no hint whether the link ever
 * existed) and changes nothing. A signed-in account is no respondent. A working link reaches only its own
 * answers: no field names another respondent, and naming spelers of another werkruimte is refused. Failed
 * links are counted per address and stopped with 429.
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import {
  API,
  apiRoutes,
  changeSurvey,
  expectProblem,
  loadRouteTable,
  newActor,
  newRespondent,
  newSurvey,
  routeKey,
  stateOf,
  validRequest,
  type World,
  workspaceUrl,
} from './support.ts';

const ROUTES = apiRoutes(await loadRouteTable()).filter((route) => route.auth === 'respondent');

type LinkCase = (world: World, workspace: Workspace) => Promise<unknown>;

/** Ways a personal link fails; each returns what the request sends as `token` (or leaves it out). */
const BROKEN_LINKS: Record<string, LinkCase> = {
  'a made-up token': async () => 'Q'.repeat(43),
  'a malformed token': async () => '../../etc/passwd',
  'an empty token': async () => '',
  'no token at all': async () => undefined,
  'a revoked link': async ({ t }, workspace) => {
    const { survey, respondentId, token } = await newRespondent(t, workspace);
    await t.inject({
      method: 'POST',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}/respondents/${respondentId}/revoke`,
    });
    return token;
  },
  'a replaced link': async ({ t }, workspace) => {
    const { survey, respondentId, token } = await newRespondent(t, workspace);
    await t.inject({
      method: 'POST',
      url: `${workspaceUrl(workspace)}/surveys/${survey.id}/links`,
      payload: { respondentIds: [respondentId] },
    });
    return token;
  },
  'a link of a round still in concept': async ({ t }, workspace) =>
    (await newRespondent(t, workspace, await newSurvey(t, workspace))).token,
  'a link of a closed round': async ({ t }, workspace) => {
    const { survey, token } = await newRespondent(t, workspace);
    await changeSurvey(t, workspace, survey, { state: 'closed' });
    return token;
  },
  'a link of a round that has not begun': async ({ t }, workspace) => {
    const { survey, token } = await newRespondent(t, workspace);
    await changeSurvey(t, workspace, survey, { opensOn: '2099-06-01' });
    return token;
  },
  'a link of a round past its last day': async ({ t }, workspace) => {
    const { survey, token } = await newRespondent(t, workspace);
    await changeSurvey(t, workspace, survey, { closesOn: '2020-01-31', opensOn: null });
    return token;
  },
};

/** The route's valid request with another token (or none). */
function withToken(request: InjectOptions, token: unknown): InjectOptions {
  const { token: _valid, ...rest } = request.payload as Record<string, unknown>;
  return { ...request, payload: token === undefined ? rest : { ...rest, token } };
}

describe.each(BACKENDS)('respondent links on %s', (backend) => {
  let t: TestApp;
  let world: World;
  let workspace: Workspace;

  beforeAll(async () => {
    t = await buildTestApp(backend, {
      rateLimits: {
        login: { max: 10_000, windowMs: 60_000 },
        write: { max: 100_000, windowMs: 60_000 },
        surveyLinkFailures: { max: 100_000, windowMs: 60_000 },
      },
    });
    world = { t, doel: await t.signUp('doel@example.org', 'Doel') };
    workspace = await t.createWorkspace({ name: 'Uitvraag met geheimen' });
  });
  afterAll(() => t.close());

  it('has respondent routes to check', () => {
    expect(ROUTES.map(routeKey).sort()).toEqual([
      'POST /api/v1/survey-response/open',
      'POST /api/v1/survey-response/withdraw',
      'PUT /api/v1/survey-response/answers',
    ]);
  });

  const MATRIX = ROUTES.flatMap((route) =>
    Object.keys(BROKEN_LINKS).map((name) => [routeKey(route), name, route] as const),
  );
  let firstDetail: string | undefined;

  it.each(MATRIX)('%s with %s: 404, one message for all, nothing changed', async (_key, name, route) => {
    const request = await validRequest(route, world, workspace);
    const token = await (BROKEN_LINKS[name] as LinkCase)(world, workspace);
    const before = await stateOf(t.store, workspace.id);
    const response = await t.app.inject(withToken(request, token));
    if (token === undefined) {
      // Without a token the body is incomplete: a 400 that names the field, still nothing changed.
      expectProblem(response, 400, 'validation');
    } else {
      const problem = expectProblem(response, 404, 'survey_link');
      firstDetail ??= problem.detail;
      expect(problem.detail).toBe(firstDetail);
      expect(response.body).not.toContain('Uitvraag met geheimen');
    }
    expect(await stateOf(t.store, workspace.id)).toEqual(before);
  });

  it.each(ROUTES.map((route) => [routeKey(route), route] as const))(
    '%s works with a valid link, and a signed-in eigenaar without one is no respondent',
    async (_key, route) => {
      const request = await validRequest(route, world, workspace);
      const asOwner = await t.inject(withToken(request, 'Q'.repeat(43)));
      expectProblem(asOwner, 404, 'survey_link');
      const response = await t.app.inject(request);
      expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
      expect(response.statusCode, response.body).toBeLessThan(300);
    },
  );

  it('refuses a respondent’s request from another site (the browser says so)', async () => {
    const { token } = await newRespondent(t, workspace);
    const response = await t.app.inject({
      method: 'PUT',
      url: `${API}/survey-response/answers`,
      headers: { origin: 'https://elders.example', 'sec-fetch-site': 'cross-site' },
      payload: { token, answers: { ties: [] } },
    });
    expectProblem(response, 403, 'csrf');
  });

  it('reaches only the respondent’s own answers and spelers of its own werkruimte', async () => {
    const first = await newRespondent(t, workspace);
    const second = await newRespondent(t, workspace, first.survey);
    const other = await t.createWorkspace({ name: 'Andere werkruimte' });
    const foreign = await newActor(t, other);
    const friend = await newActor(t, workspace);
    const save = (token: string, answers: Record<string, unknown>) =>
      t.app.inject({ method: 'PUT', url: `${API}/survey-response/answers`, payload: { token, answers } });

    expect(
      (await save(second.token, { ties: [{ actorId: friend.id, types: ['werkt_samen'] }] })).statusCode,
    ).toBe(200);
    const before = { target: await stateOf(t.store, workspace.id), other: await stateOf(t.store, other.id) };
    // A field naming another respondent does not exist …
    const smuggled = await save(first.token, { ties: [], respondentId: second.respondentId });
    expectProblem(smuggled, 400, 'validation');
    // … and spelers of another werkruimte cannot be named.
    const foreignTie = await save(first.token, { ties: [{ actorId: foreign.id, types: ['werkt_samen'] }] });
    expect(expectProblem(foreignTie, 400, 'validation').invalidParams?.[0]).toMatchObject({
      name: 'answers.ties.0.actorId',
      code: 'actor_not_in_workspace',
    });
    expect(foreignTie.body).not.toContain(foreign.name);
    expect({ target: await stateOf(t.store, workspace.id), other: await stateOf(t.store, other.id) }).toEqual(
      before,
    );
    // The first respondent's page shows its own (empty) answers, never the second's.
    const page = await t.app.inject({
      method: 'POST',
      url: `${API}/survey-response/open`,
      payload: { token: first.token },
    });
    expect(page.json().answers.ties).toEqual([]);
    expect(page.body).not.toContain(second.respondentId);
    expect(page.body).not.toContain('contact@example.org');
    // Withdrawing the first one's answers leaves the second one's claim on the map.
    await t.app.inject({
      method: 'POST',
      url: `${API}/survey-response/withdraw`,
      payload: { token: first.token },
    });
    const reopened = await t.app.inject({
      method: 'POST',
      url: `${API}/survey-response/open`,
      payload: { token: second.token },
    });
    expect(reopened.json().answers.ties).toHaveLength(1);
  });

  it('keeps a respondent’s text inert: it comes back as the text it was, never as markup', async () => {
    const { token } = await newRespondent(t, workspace);
    const friend = await newActor(t, workspace);
    const note = '<img src=x onerror="alert(1)"> & </textarea><script>alert(2)</script>';
    const saved = await t.app.inject({
      method: 'PUT',
      url: `${API}/survey-response/answers`,
      payload: {
        token,
        answers: { ties: [{ actorId: friend.id, types: ['werkt_samen'], note }], profileRemarks: note },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const page = await t.app.inject({
      method: 'POST',
      url: `${API}/survey-response/open`,
      payload: { token },
    });
    expect(page.headers['content-type']).toContain('application/json');
    expect(page.json().answers).toMatchObject({ ties: [{ note }], profileRemarks: note });
  });

  it('stops an address that keeps trying links that do not work, and no other', async () => {
    const guarded = await buildTestApp(backend, {
      rateLimits: { surveyLinkFailures: { max: 5, windowMs: 60_000 } },
    });
    try {
      const place = await guarded.createWorkspace({ name: 'Raden' });
      const actor = await guarded.createActor(place.id);
      const survey = (
        await guarded.inject({
          method: 'POST',
          url: `${API}/workspaces/${place.id}/surveys`,
          payload: { title: 'Raden', closesOn: '2099-12-31' },
        })
      ).json();
      await guarded.inject({
        method: 'PATCH',
        url: `${API}/workspaces/${place.id}/surveys/${survey.id}`,
        payload: { version: survey.version, state: 'open' },
      });
      const links = (
        await guarded.inject({
          method: 'POST',
          url: `${API}/workspaces/${place.id}/surveys/${survey.id}/respondents`,
          payload: { respondents: [{ actorId: actor.id }] },
        })
      ).json().links;
      const open = (token: string, remoteAddress: string) =>
        guarded.app.inject({
          method: 'POST',
          url: `${API}/survey-response/open`,
          payload: { token },
          remoteAddress,
        });
      // A working link from a busy address is never counted.
      for (let k = 0; k < 10; k++) expect((await open(links[0].token, '192.0.2.1')).statusCode).toBe(200);
      for (let k = 0; k < 5; k++) {
        expect((await open(randomUUID().replaceAll('-', '').padEnd(43, 'x'), '192.0.2.7')).statusCode).toBe(
          404,
        );
      }
      const blocked = await open(links[0].token, '192.0.2.7');
      expectProblem(blocked, 429, 'too_many_requests');
      // Told how long until the address may try again: the rest of its window.
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect((await open(links[0].token, '192.0.2.8')).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('records an answer as the respondent’s, never as the account of whoever is signed in', async () => {
    const { token } = await newRespondent(t, workspace);
    const friend = await newActor(t, workspace);
    // t.inject sends the administrator's session cookie and CSRF token along.
    const response = await t.inject({
      method: 'PUT',
      url: `${API}/survey-response/answers`,
      payload: { token, answers: { ties: [{ actorId: friend.id, types: ['werkt_samen'] }] } },
    });
    expect(response.statusCode, response.body).toBe(200);
    const [event] = (await t.inject(`${workspaceUrl(workspace)}/history?pageSize=1`)).json().items;
    expect(event).toMatchObject({ action: 'respondent.answer', via: 'survey', user: null });
  });
});
