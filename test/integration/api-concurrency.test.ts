/**
 * Optimistic concurrency on every database backend, for werkruimte, speler and relatie: a PATCH must carry
 * the version it read; a stale version gets 409 with the current version and changes nothing; deleting
 * still works after a change; a deleted record cannot be patched; and of two PATCHes racing on the same
 * version exactly one wins, and what is stored is the winner's.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../src/server/messages/index.ts';
import { buildTestApp, countRows, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

/** The Dutch titles: the API's default language. */
const PROBLEM_TITLES = messages('nl').titles;

type Json = Record<string, unknown>;

/** One record under test: where it lives and two different changes to make to it. */
interface Subject {
  url: string;
  /** Whose rows to count, and what they must be after the delete: only this record gone. */
  workspaceId: string;
  countsAfterDelete: { actors: number; relations: number };
  field: string;
  values: readonly [unknown, unknown, ...unknown[]];
}

type MakeSubject = (t: TestApp) => Promise<Subject>;

const SUBJECTS: [string, MakeSubject][] = [
  [
    'werkruimte',
    async (t) => {
      const workspace = await t.createWorkspace({ name: 'Kaart Noord' });
      return {
        url: `/api/v1/workspaces/${workspace.id}`,
        workspaceId: workspace.id,
        countsAfterDelete: { actors: 0, relations: 0 },
        field: 'name',
        values: [
          'Kaart Noord 2026',
          'Kaart Noord en Oost',
          'Kaart Oost',
          'Kaart West',
          'Kaart Zuid',
          'Kaart',
        ],
      };
    },
  ],
  [
    'speler',
    async (t) => {
      const workspace = await t.createWorkspace();
      const actor = await t.createActor(workspace.id, { name: 'Wijkteam Noord', motieven: 'Eerste indruk.' });
      await t.createActor(workspace.id, { name: 'Buurtkamer' });
      return {
        url: `/api/v1/workspaces/${workspace.id}/actors/${actor.id}`,
        workspaceId: workspace.id,
        countsAfterDelete: { actors: 1, relations: 0 },
        field: 'motieven',
        values: [
          'Zorg dichtbij.',
          'Zorg betaalbaar.',
          'Minder wachtlijsten.',
          'Meer preventie.',
          'Rust.',
          '.',
        ],
      };
    },
  ],
  [
    'relatie',
    async (t) => {
      const workspace = await t.createWorkspace();
      const a = await t.createActor(workspace.id, { name: 'Gemeente', force: 'gemeente' });
      const b = await t.createActor(workspace.id, { name: 'Buurtkamer', force: 'bewoner' });
      const relation = await t.createRelation(workspace.id, a.id, b.id, { type: 'financiert', strength: 1 });
      await t.createRelation(workspace.id, b.id, a.id, { type: 'informeert' });
      return {
        url: `/api/v1/workspaces/${workspace.id}/relations/${relation.id}`,
        workspaceId: workspace.id,
        countsAfterDelete: { actors: 2, relations: 1 },
        field: 'strength',
        values: [2, 3, 4, 5, 1, 2],
      };
    },
  ],
];

describe.each(BACKENDS)('optimistic concurrency on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  async function read(url: string): Promise<Json> {
    const response = await t.inject({ url });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  function patch(url: string, version: number, change: Json): Promise<LightMyRequestResponse> {
    return t.inject({ method: 'PATCH', url, payload: { version, ...change } });
  }

  function expectProblem(response: LightMyRequestResponse, status: number) {
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.status).toBe(status);
    expect(typeof body.title).toBe('string');
    expect(body.title.trim()).not.toBe('');
    return body;
  }

  /** Field by field, so a failure names the field that changed. */
  function expectSameRecord(actual: Json, expected: Json) {
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, value] of Object.entries(expected)) expect(actual[key], key).toEqual(value);
  }

  it.each(SUBJECTS)('%s: current version wins, stale loses with 409, then delete', async (_kind, make) => {
    const subject = await make(t);
    const { url, field, values } = subject;
    const original = await read(url);
    expect(original.version).toBe(1);

    const first = await patch(url, 1, { [field]: values[0] });
    expect(first.statusCode, first.body).toBe(200);
    const updated = first.json() as Json;
    expect(updated[field]).toEqual(values[0]);
    expect(updated.version).toBe(2);
    expect(updated.id).toBe(original.id);
    expect(updated.createdAt).toBe(original.createdAt);
    expectSameRecord(await read(url), updated);

    const stale = await patch(url, 1, { [field]: values[1] });
    const conflict = expectProblem(stale, 409);
    expect(conflict.title).toBe(PROBLEM_TITLES.version_conflict);
    expect(conflict.code).toBe('version_conflict');
    expect(conflict.currentVersion).toBe(2);
    expectSameRecord(await read(url), updated);

    // A version from the future is just as stale.
    const ahead = expectProblem(await patch(url, 7, { [field]: values[1] }), 409);
    expect(ahead.currentVersion).toBe(2);
    expectSameRecord(await read(url), updated);

    const removed = await t.inject({ method: 'DELETE', url });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(removed.body).toBe('');
    expectProblem(await t.inject({ url }), 404);
    expect(await countRows(t.store, subject.workspaceId)).toEqual(subject.countsAfterDelete);

    for (const version of [2, 1]) {
      const gone = expectProblem(await patch(url, version, { [field]: values[1] }), 404);
      expect(gone.title).toBe(PROBLEM_TITLES.not_found);
    }
    expectProblem(await t.inject({ method: 'DELETE', url }), 404);
  });

  it.each(SUBJECTS)('%s: of two concurrent PATCHes on one version, exactly one wins', async (_kind, make) => {
    const { url, field, values } = await make(t);
    // Several rounds, so a race that only sometimes goes wrong has more than one chance to show.
    for (let round = 0; round + 1 < values.length; round++) {
      const before = await read(url);
      const version = before.version as number;
      const [left, right] = await Promise.all([
        patch(url, version, { [field]: values[round] }),
        patch(url, version, { [field]: values[round + 1] }),
      ]);
      const statuses = [left.statusCode, right.statusCode].sort();
      expect(statuses, `${left.body}\n${right.body}`).toEqual([200, 409]);

      const [winner, loser] = left.statusCode === 200 ? [left, right] : [right, left];
      const won = winner.json() as Json;
      expect(won.version).toBe(version + 1);
      const conflict = expectProblem(loser, 409);
      expect(conflict.currentVersion).toBe(version + 1);

      const stored = await read(url);
      expectSameRecord(stored, won);
      expect(stored[field]).toEqual(winner === left ? values[round] : values[round + 1]);
    }
  });
});
