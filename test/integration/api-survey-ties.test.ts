/**
 * Confirmed and one-sided ties of an uitvraag on the map, on every database backend: two respondents land
 * their answers through the real respondent route, and the whole map (`GET …/graph`, JSON rendered by the
 * database) and the map as perspectives see it (`?rule=`, read from the compact text) say per relatie who
 * named it — both ends (`both`), only its source's respondent, only its target's, or nobody (no field).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, GraphRelation, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const API = '/api/v1';

describe.each(BACKENDS)('who named a relatie in an uitvraag, on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  async function openRoundFor(workspace: Workspace, actors: Actor[]) {
    const url = `${API}/workspaces/${workspace.id}/surveys`;
    const created = await t.inject({
      method: 'POST',
      url,
      payload: {
        title: 'Wie werkt met wie',
        closesOn: '2099-12-31',
        relationTypes: ['werkt_samen', 'financiert'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const survey = created.json();
    const opened = await t.inject({
      method: 'PATCH',
      url: `${url}/${survey.id}`,
      payload: { version: survey.version, state: 'open' },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    const invited = await t.inject({
      method: 'POST',
      url: `${url}/${survey.id}/respondents`,
      payload: { respondents: actors.map((actor) => ({ actorId: actor.id })) },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    return invited.json().links.map((link: { token: string }) => link.token) as string[];
  }

  async function answer(token: string | undefined, ties: Record<string, unknown>[]) {
    const response = await t.app.inject({
      method: 'PUT',
      url: `${API}/survey-response/answers`,
      payload: { token, answers: { ties } },
    });
    expect(response.statusCode, response.body).toBe(200);
  }

  /** The map's relaties by their ends' names ("Wijkteam werkt_samen School"), each with `reportedBy`. */
  async function reported(workspace: Workspace, actors: Actor[], query = '') {
    const response = await t.inject(`${API}/workspaces/${workspace.id}/graph${query}`);
    expect(response.statusCode, response.body).toBe(200);
    const name = (id: string) => actors.find((actor) => actor.id === id)?.name;
    return Object.fromEntries(
      (response.json().relations as GraphRelation[]).map((relation) => [
        `${name(relation.source)} ${relation.type} ${name(relation.target)}`,
        'reportedBy' in relation ? relation.reportedBy : 'absent',
      ]),
    );
  }

  it('tells confirmed ties from one-sided ones, whichever way round a mutual tie was named', async () => {
    const workspace = await t.createWorkspace({ name: 'Bevestigd of eenzijdig' });
    const wijkteam = await t.createActor(workspace.id, { name: 'Wijkteam', force: 'professional' });
    const buurthuis = await t.createActor(workspace.id, { name: 'Buurthuis', force: 'bewoner' });
    const fonds = await t.createActor(workspace.id, { name: 'Fonds', force: 'instelling' });
    const school = await t.createActor(workspace.id, { name: 'School', force: 'instelling' });
    const actors = [wijkteam, buurthuis, fonds, school];
    // What the editors know: the fonds finances the buurthuis, the fonds works with the school.
    await t.createRelation(workspace.id, fonds.id, buurthuis.id, { type: 'financiert' });
    await t.createRelation(workspace.id, fonds.id, school.id, { type: 'werkt_samen' });
    const [fromWijkteam, fromBuurthuis] = await openRoundFor(workspace, [wijkteam, buurthuis]);

    // The wijkteam names the buurthuis and the school; the buurthuis names the wijkteam back (the same
    // werkt_samen relatie, drawn from the wijkteam) and the fonds as financing it (the editors' relatie).
    await answer(fromWijkteam, [
      { actorId: buurthuis.id, types: ['werkt_samen'] },
      { actorId: school.id, types: ['werkt_samen'] },
    ]);
    await answer(fromBuurthuis, [
      { actorId: wijkteam.id, types: ['werkt_samen'] },
      { actorId: fonds.id, reverseTypes: ['financiert'] },
    ]);
    const expected = {
      'Wijkteam werkt_samen Buurthuis': 'both',
      'Wijkteam werkt_samen School': 'source',
      'Fonds financiert Buurthuis': 'target',
      'Fonds werkt_samen School': 'absent',
    };
    expect(await reported(workspace, actors)).toEqual(expected);
    // The map as all perspectives see it is read another way (the compact text): the same answer.
    expect(await reported(workspace, actors, '?rule=default')).toEqual(expected);

    // The wijkteam takes the buurthuis back out: the tie stays, named by the buurthuis alone.
    await answer(fromWijkteam, [{ actorId: school.id, types: ['werkt_samen'] }]);
    const after = await reported(workspace, actors);
    expect(after['Wijkteam werkt_samen Buurthuis']).toBe('target');
    expect(after['Wijkteam werkt_samen School']).toBe('source');
  });
});
