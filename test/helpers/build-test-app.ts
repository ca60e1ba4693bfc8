/**
 * The real app on a fresh real database, for injecting HTTP requests, plus small helpers to create records
 * through the public API (never by raw SQL), so tests exercise what users do.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Actor, Relation, Workspace } from '../../src/domain/index.ts';
import { buildApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/index.ts';
import { type Backend, openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  store: Store;
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

export async function buildTestApp(backend: Backend): Promise<TestApp> {
  const database = await openTestDatabase(backend);
  const app = await buildApp({ store: database.store });
  await app.ready();

  async function created<T>(response: LightMyRequestResponse): Promise<T> {
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as T;
  }

  return {
    app,
    store: database.store,
    ...(database.url ? { databaseUrl: database.url } : {}),
    async close() {
      await app.close();
      await database.close();
    },
    async createWorkspace(overrides = {}) {
      return created<Workspace>(
        await app.inject({
          method: 'POST',
          url: '/api/v1/workspaces',
          payload: { name: 'Testgemeente', gemeente: 'GM0363', wijken: ['Noord', 'Zuid'], ...overrides },
        }),
      );
    },
    async createActor(workspaceId, overrides = {}) {
      return created<Actor>(
        await app.inject({
          method: 'POST',
          url: `/api/v1/workspaces/${workspaceId}/actors`,
          payload: { name: 'Wijkteam Noord', force: 'professional', kind: 'team', ...overrides },
        }),
      );
    },
    async createRelation(workspaceId, sourceId, targetId, overrides = {}) {
      return created<Relation>(
        await app.inject({
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
