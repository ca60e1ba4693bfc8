/**
 * Assessments of a relatie through the HTTP API on every database backend: what each perspective says
 * about a tie, one assessment per perspective, with its author and origin; every refusal names the field
 * (or the assessment to update instead) and writes nothing; a lezer reads and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Relation, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp, withSession } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { join } from '../security/support.ts';

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

describe.each(BACKENDS)('assessments on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let relation: Relation;
  /** Perspective ids by name: Redactie, Gemeente, Bewoners, … */
  let perspective: Record<string, string>;
  let url: string;

  const assessmentsOf = async (relationId = relation.id) =>
    (
      (await t.inject(`/api/v1/workspaces/${workspace.id}/relations/${relationId}/assessments`)).json() as {
        items: Assessment[];
      }
    ).items;

  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace();
    const a = await t.createActor(workspace.id, { name: 'Buurtkamer De Ster', force: 'bewoner' });
    const b = await t.createActor(workspace.id, { name: 'Wijkteam Noord' });
    relation = await t.createRelation(workspace.id, a.id, b.id, { strength: 3 });
    const list = await t.inject(`/api/v1/workspaces/${workspace.id}/perspectives?pageSize=100`);
    expect(list.statusCode, list.body).toBe(200);
    perspective = Object.fromEntries(
      (list.json() as { items: { id: string; name: string }[] }).items.map((p) => [p.name, p.id]),
    );
    url = `/api/v1/workspaces/${workspace.id}/relations/${relation.id}/assessments`;
  });
  afterAll(() => t.close());

  it('creates, lists, updates and deletes an assessment, signed by its author', async () => {
    expect(await assessmentsOf()).toEqual([]);
    const created = await t.inject({
      method: 'POST',
      url,
      payload: {
        perspectiveId: perspective.Bewoners,
        strength: 2,
        trust: 1,
        value: 4,
        note: 'Ze zien elkaar alleen bij de jaarlijkse buurtavond.',
        source: 'Gesprek met bewonersinitiatief, maart 2026',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const assessment = created.json() as Assessment;
    expect(created.headers.location).toBe(`${url}/${assessment.id}`);
    expect(assessment).toMatchObject({
      relationId: relation.id,
      perspectiveId: perspective.Bewoners,
      present: true,
      strength: 2,
      trust: 1,
      value: 4,
      origin: 'editor',
      createdBy: t.admin.user.id,
      version: 1,
    });
    expect(await assessmentsOf()).toEqual([assessment]);

    // Denying clears the ratings the update does not send.
    const denied = await t.inject({
      method: 'PATCH',
      url: `${url}/${assessment.id}`,
      payload: { version: 1, present: false, note: 'Kennen elkaar niet.' },
    });
    expect(denied.statusCode, denied.body).toBe(200);
    expect(denied.json()).toMatchObject({
      present: false,
      strength: null,
      trust: null,
      value: null,
      note: 'Kennen elkaar niet.',
      version: 2,
    });

    const removed = await t.inject({ method: 'DELETE', url: `${url}/${assessment.id}` });
    expect(removed.statusCode).toBe(204);
    expect(await assessmentsOf()).toEqual([]);
    // The relatie itself is untouched by its assessments.
    const read = await t.inject(`/api/v1/workspaces/${workspace.id}/relations/${relation.id}`);
    expect(read.json()).toEqual(relation);
  });

  it('refuses a second assessment by the same perspective with 409, naming the one to update', async () => {
    const first = await t.inject({
      method: 'POST',
      url,
      payload: { perspectiveId: perspective.Gemeente, strength: 5 },
    });
    expect(first.statusCode, first.body).toBe(201);
    const existing = first.json() as Assessment;
    await t.inject({ method: 'PATCH', url: `${url}/${existing.id}`, payload: { version: 1, strength: 4 } });

    const again = await t.inject({
      method: 'POST',
      url,
      payload: { perspectiveId: perspective.Gemeente, present: false },
    });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'conflict',
      reason: 'assessment_exists',
      assessmentId: existing.id,
      currentVersion: 2,
    });
    expect(again.json().detail).toMatch(/al beoordeeld/);
    expect((await assessmentsOf()).map((a) => [a.perspectiveId, a.present, a.strength])).toEqual([
      [perspective.Gemeente, true, 4],
    ]);
  });

  it('names the field of every refusal and writes nothing', async () => {
    const before = await assessmentsOf();
    const events = await t.store.audit.countFor(workspace.id);
    const other = await t.createWorkspace({ name: 'Andere gemeente' });
    const otherList = await t.inject(`/api/v1/workspaces/${other.id}/perspectives?pageSize=100`);
    const otherPerspective = (otherList.json() as { items: { id: string }[] }).items[0]?.id;

    const refusals: [Record<string, unknown>, number, string, string | undefined][] = [
      [{ perspectiveId: otherPerspective }, 400, 'perspectiveId', 'perspective_not_in_workspace'],
      [{ perspectiveId: NO_SUCH_ID }, 400, 'perspectiveId', 'perspective_not_in_workspace'],
      [{}, 400, 'perspectiveId', 'required'],
      [{ perspectiveId: perspective.Rijk, present: false, strength: 2 }, 400, 'strength', 'denied_rated'],
      [{ perspectiveId: perspective.Rijk, present: false, value: 1 }, 400, 'value', 'denied_rated'],
      [{ perspectiveId: perspective.Rijk, trust: 5 }, 400, 'trust', undefined],
      [{ perspectiveId: perspective.Rijk, strength: 0 }, 400, 'strength', undefined],
    ];
    for (const [payload, status, field, code] of refusals) {
      const response = await t.inject({ method: 'POST', url, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      const params = response.json().invalidParams as { name: string; code: string; reason: string }[];
      expect(params.map((p) => p.name)).toContain(field);
      if (code) expect(params.find((p) => p.name === field)?.code).toBe(code);
    }
    const denied = await t.inject({
      method: 'POST',
      url,
      payload: { perspectiveId: perspective.Rijk, present: false, strength: 2 },
    });
    expect(denied.json().invalidParams[0].reason).toBe(
      'Een ontkende relatie heeft geen sterkte, vertrouwen of waarde. Laat dit veld leeg.',
    );

    // A relatie of another werkruimte, or none, is not found here.
    const foreignActors = [
      await t.createActor(other.id, { name: 'Elders A' }),
      await t.createActor(other.id, { name: 'Elders B' }),
    ];
    const foreign = await t.createRelation(other.id, foreignActors[0]?.id ?? '', foreignActors[1]?.id ?? '');
    for (const relationId of [foreign.id, NO_SUCH_ID]) {
      const response = await t.inject({
        method: 'POST',
        url: `/api/v1/workspaces/${workspace.id}/relations/${relationId}/assessments`,
        payload: { perspectiveId: perspective.Rijk },
      });
      expect(response.statusCode, response.body).toBe(404);
      const list = await t.inject(`/api/v1/workspaces/${workspace.id}/relations/${relationId}/assessments`);
      expect(list.statusCode).toBe(404);
    }

    // Updating: a stale version, a rating on a tie that stays denied, an assessment of another relatie.
    const [existing] = before;
    if (!existing) throw new Error('the previous test left an assessment');
    const stale = await t.inject({
      method: 'PATCH',
      url: `${url}/${existing.id}`,
      payload: { version: 1, strength: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: existing.version });
    const denial = await t.inject({
      method: 'POST',
      url,
      payload: { perspectiveId: perspective.Professionals, present: false },
    });
    expect(denial.statusCode, denial.body).toBe(201);
    const rated = await t.inject({
      method: 'PATCH',
      url: `${url}/${denial.json().id}`,
      payload: { version: 1, trust: 3 },
    });
    expect(rated.statusCode).toBe(400);
    expect(rated.json().invalidParams).toMatchObject([{ name: 'trust', code: 'denied_rated' }]);
    const elsewhere = await t.inject({
      method: 'PATCH',
      url: `/api/v1/workspaces/${other.id}/relations/${foreign.id}/assessments/${existing.id}`,
      payload: { version: existing.version, strength: 1 },
    });
    expect(elsewhere.statusCode).toBe(404);
    await t.inject({ method: 'DELETE', url: `${url}/${denial.json().id}` });

    expect(await assessmentsOf()).toEqual(before);
    // The denial made and deleted above are the only events.
    expect(await t.store.audit.countFor(workspace.id)).toBe(events + 2);
  });

  it('lets a lezer read the assessments and change none of them', async () => {
    const lezer = await t.signUp('lezer@example.org', 'Lezer');
    await join(t, lezer, workspace.id, 'lezer');
    const before = await assessmentsOf();
    const [existing] = before;
    if (!existing) throw new Error('an assessment should exist');
    const read = await t.app.inject(withSession(lezer, url));
    expect(read.statusCode).toBe(200);
    expect(read.json().items).toEqual(before);
    for (const request of [
      { method: 'POST' as const, url, payload: { perspectiveId: perspective.Instellingen } },
      {
        method: 'PATCH' as const,
        url: `${url}/${existing.id}`,
        payload: { version: existing.version, strength: 1 },
      },
      { method: 'DELETE' as const, url: `${url}/${existing.id}` },
    ]) {
      const response = await t.app.inject(withSession(lezer, request));
      expect(response.statusCode, request.method).toBe(403);
    }
    expect(await assessmentsOf()).toEqual(before);
  });

  it("goes with its relatie, and lets the editors' perspective assess a relatie too", async () => {
    const a = await t.createActor(workspace.id, { name: 'Sportclub' });
    const b = await t.createActor(workspace.id, { name: 'Jongerenwerk' });
    const tie = await t.createRelation(workspace.id, a.id, b.id);
    const own = await t.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${workspace.id}/relations/${tie.id}/assessments`,
      payload: { perspectiveId: perspective.Redactie, present: false },
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(await assessmentsOf(tie.id)).toHaveLength(1);
    await t.inject({ method: 'DELETE', url: `/api/v1/workspaces/${workspace.id}/relations/${tie.id}` });
    const claims = await t.store.assessments.claimsOf(workspace.id);
    expect(claims.claims.filter((claim) => claim.relationId === tie.id)).toEqual([]);
  });
});
