/**
 * The real app on a fresh real database, for injecting HTTP requests, plus small helpers to create records
 * through the public API (never by raw SQL), so tests exercise what users do.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Actor, Relation, User, Workspace } from '../../src/domain/index.ts';
import { type AppOptions, buildApp } from '../../src/server/index.ts';
import { createAccount } from '../../src/services/index.ts';
import type { Store } from '../../src/store/index.ts';
import { type Backend, openTestDatabase } from './test-database.ts';

/** A signed-in browser, as the API sees it: the session cookie and the CSRF token. */
export interface TestSession {
  user: User;
  cookie: string;
  csrfToken: string;
}

export const TEST_PASSWORD = 'correct horse battery staple';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Adds the session's cookie (and, for changes, its CSRF token) to a request. */
export function withSession(session: TestSession, options: InjectOptions | string): InjectOptions {
  const request = typeof options === 'string' ? { url: options } : options;
  const method = String(request.method ?? 'GET').toUpperCase();
  return {
    ...request,
    headers: {
      cookie: session.cookie,
      ...(UNSAFE.has(method) ? { 'x-csrf-token': session.csrfToken } : {}),
      ...request.headers,
    },
  };
}

/** The session from a login or setup response. */
export function sessionFrom(response: LightMyRequestResponse): TestSession {
  expect([200, 201], response.body).toContain(response.statusCode);
  const setCookie = [response.headers['set-cookie']].flat()[0] ?? '';
  const body = response.json() as { user: User; csrfToken: string };
  return { user: body.user, cookie: setCookie.split(';')[0] as string, csrfToken: body.csrfToken };
}

export interface TestApp {
  app: FastifyInstance;
  store: Store;
  /** The first administrator, signed in; `inject` acts as this user. */
  admin: TestSession;
  /** Injects a request as the signed-in administrator. */
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>;
  /** Makes another account (through the same service as an invitation) and signs it in. */
  signUp(email: string, displayName?: string): Promise<TestSession>;
  /** Connection URL of the test database, when on a PostgreSQL server. */
  databaseUrl?: string;
  close(): Promise<void>;
  createWorkspace(overrides?: Record<string, unknown>): Promise<Workspace>;
  createActor(workspaceId: string, overrides?: Record<string, unknown>): Promise<Actor>;
  createRelation(
    workspaceId: string,
    sourceId: string,
    targetId: string,
    overrides?: Record<string, unknown>,
  ): Promise<Relation>;
}

/**
 * Rate limits for writes are raised here so tests that make many changes in a row do not trip them;
 * test/security/ checks the real limits.
 */
export async function buildTestApp(backend: Backend, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const database = await openTestDatabase(backend);
  const app = await buildApp({
    rateLimits: { write: { max: 100_000, windowMs: 60_000 } },
    ...options,
    store: database.store,
  });
  await app.ready();
  const admin = sessionFrom(
    await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { email: 'beheer@example.org', password: TEST_PASSWORD, displayName: 'Beheerder' },
    }),
  );
  const inject = (request: InjectOptions | string) => app.inject(withSession(admin, request));

  async function created<T>(response: LightMyRequestResponse): Promise<T> {
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as T;
  }

  return {
    app,
    store: database.store,
    admin,
    inject,
    async signUp(email, displayName = email.split('@')[0] as string) {
      await database.store.transaction((tx) =>
        createAccount(tx, null, { email, displayName, password: TEST_PASSWORD }),
      );
      return sessionFrom(
        await app.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: { email, password: TEST_PASSWORD },
        }),
      );
    },
    ...(database.url ? { databaseUrl: database.url } : {}),
    async close() {
      await app.close();
      await database.close();
    },
    async createWorkspace(overrides = {}) {
      return created<Workspace>(
        await inject({
          method: 'POST',
          url: '/api/v1/workspaces',
          payload: { name: 'Testgemeente', gemeente: 'GM0363', wijken: ['Noord', 'Zuid'], ...overrides },
        }),
      );
    },
    async createActor(workspaceId, overrides = {}) {
      return created<Actor>(
        await inject({
          method: 'POST',
          url: `/api/v1/workspaces/${workspaceId}/actors`,
          payload: { name: 'Wijkteam Noord', force: 'professional', kind: 'team', ...overrides },
        }),
      );
    },
    async createRelation(workspaceId, sourceId, targetId, overrides = {}) {
      return created<Relation>(
        await inject({
          method: 'POST',
          url: `/api/v1/workspaces/${workspaceId}/relations`,
          payload: { sourceId, targetId, type: 'werkt_samen', ...overrides },
        }),
      );
    },
  };
}

/** Counts what a werkruimte holds, to prove a refused request wrote nothing. */
export async function countRows(store: Store, workspaceId: string) {
  const graph = await store.graph.loadGraph(workspaceId);
  return { actors: graph.actors.length, relations: graph.relations.length };
}
