/**
 * The API's contract with its route table: every route is in the OpenAPI document, and every route inside
 * a werkruimte declares its access level, so neither documentation nor authorisation can be forgotten when
 * a route is added.
 */
import type { FastifyPluginAsync } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/index.ts';
import { isWorkspaceRoute } from '../../src/server/plugins/workspace-access.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';

describe('API contract', () => {
  let t: TestApp;
  beforeAll(async () => {
    // With OpenID Connect configured, so its routes are checked too (discovery waits for the first login).
    t = await buildTestApp('pglite', {
      oidc: {
        issuer: 'https://login.gemeente.example',
        clientId: 'krachtenveld',
        clientSecret: 'geheim',
        publicUrl: 'https://krachtenveld.gemeente.example',
        name: 'Inloggen met uw organisatie',
        scopes: 'openid email profile',
      },
    });
  });
  afterAll(() => t.close());

  it('documents every route in /api/v1/openapi.json, with its parameters and responses', async () => {
    const response = await t.inject({ url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    const routes = t.app.routeTable.filter((route) => !route.hidden);
    expect(routes.length).toBeGreaterThanOrEqual(18);
    for (const route of routes) {
      const path = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path} is missing from the OpenAPI document`).toBeDefined();
      expect(operation.summary, `${route.method} ${path} has no summary`).toBeTruthy();
      // A POST creates (201) unless it only computes an answer from what it is sent (what-if: 200),
      // reads a file into an existing werkruimte (import: 200), logs in or looks at or uses an invitation,
      // or acts on what exists (new links, revoking one, a decision on a proposal, mailing respondents, a
      // respondent opening or withdrawing, a decision on a contribution, a meeting's door: 200 or 204).
      const creates =
        route.method === 'POST' &&
        !route.url.endsWith('/what-if') &&
        ![
          '/api/v1/workspaces/:workspaceId/import',
          '/api/v1/session',
          '/api/v1/invitations/preview',
          '/api/v1/invitations/accept',
          '/api/v1/workspaces/:workspaceId/surveys/:surveyId/links',
          '/api/v1/workspaces/:workspaceId/surveys/:surveyId/respondents/:respondentId/revoke',
          '/api/v1/workspaces/:workspaceId/surveys/:surveyId/proposals/:proposalId/decision',
          '/api/v1/workspaces/:workspaceId/surveys/:surveyId/mail',
          '/api/v1/survey-response/open',
          '/api/v1/survey-response/withdraw',
          '/api/v1/workspaces/:workspaceId/meetings/:meetingId/contributions/:contributionId/decision',
          '/api/v1/meeting-participation/door',
        ].includes(route.url);
      // The OpenID Connect login and its callback answer with a redirect.
      const redirects = route.url.startsWith('/api/v1/session/oidc');
      expect(Object.keys(operation.responses)).toContain(
        redirects
          ? '302'
          : creates
            ? '201'
            : route.method === 'DELETE' || route.url.endsWith('/password') || route.url.endsWith('/withdraw')
              ? '204'
              : '200',
      );
      for (const name of route.url.match(/:([A-Za-z]+)/g) ?? []) {
        const parameter = operation.parameters?.find(
          (p: { name: string; in: string }) => p.name === name.slice(1),
        );
        expect(parameter?.in, `${route.method} ${path} does not document ${name}`).toBe('path');
      }
    }
    const actorList = document.paths['/api/v1/workspaces/{workspaceId}/actors'].get;
    const names = actorList.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(expect.arrayContaining(['force', 'domain', 'wijk', 'q', 'page', 'pageSize']));
    const layouts = document.paths['/api/v1/workspaces/{workspaceId}/layouts/{layout}'];
    for (const operation of [layouts.get, layouts.put]) {
      const layout = operation.parameters.find((p: { name: string }) => p.name === 'layout');
      expect(layout.schema.enum).toEqual(['vijf_krachten', 'force']);
    }
    expect(layouts.put.requestBody.content['application/json'].schema.properties).toHaveProperty('positions');
    const analysis = document.paths['/api/v1/workspaces/{workspaceId}/analysis'].get;
    expect(analysis.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['grouping', 'types', 'seed', 'betweenness', 'suggestions', 'lang']),
    );
  });

  it('guards every werkruimte route with the access check', () => {
    const workspaceRoutes = t.app.routeTable.filter((route) => isWorkspaceRoute(route.url));
    // 29 before issue 18; + 12 for perspectives (5), vraagstukken (5) and their positions (2); + 4 for the
    // assessments of a relatie; + 1 for the divergence of two perspectives; + 14 for the uitvraag; + 2 for
    // its mail (settings and send); + 1 for the profile checks; + 1 for the download of its response; + 8
    // for the bijeenkomsten (list, start, one, change, contributions, decision, live events, summary); + 7
    // for the momentopnames (list, take, one, its backup, its map, delete) and the diff of two moments; + 1
    // for the report.
    expect(workspaceRoutes.length).toBe(29 + 12 + 4 + 1 + 14 + 2 + 1 + 1 + 8 + 7 + 1);
    for (const route of workspaceRoutes) {
      expect(route.access, `${route.method} ${route.url} declares no access level`).toMatch(
        /^(read|edit|manage)$/,
      );
    }
  });

  it('refuses to start when a werkruimte route forgets its access level', async () => {
    const careless: FastifyPluginAsync = async (app) => {
      app.get('/api/v1/workspaces/:workspaceId/forgotten', async () => 'leak');
    };
    const app = await buildApp({ store: t.store });
    await expect(app.register(careless).ready()).rejects.toThrow(/must declare config.access/);
    await app.close();
  });
});
