/**
 * Comparing two werkruimtes through the HTTP API on every database backend: each side's index cards are
 * exactly what the diagnosis endpoint of that werkruimte gives, each kracht's share of spelers and relaties
 * is counted right, the brokers are the diagnosis' own, spelers in both are matched by name (case,
 * accents and punctuation ignored; a speler's profile has no identifier such as a KvK number to match
 * on), and the refusals: the same werkruimte twice (400), a werkruimte the caller cannot read (404 naming
 * `a` or `b`, the same whether it exists or not, nothing written), and no session (401).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokerScore, INDEX_KEYS } from '../../src/analysis/index.ts';
import { compare as contract } from '../../src/contract/index.ts';
import type { Actor, Workspace } from '../../src/domain/index.ts';
import { buildTestApp, type TestApp, type TestSession, withSession } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { expectProblem, join, NO_SUCH_ID, stateOf } from '../security/support.ts';

const API = '/api/v1';

describe.each(BACKENDS)('comparing two werkruimtes on %s', (backend) => {
  let t: TestApp;
  let noord: Workspace;
  let zuid: Workspace;
  /** A lezer of Wijk Zuid only. */
  let lezer: TestSession;
  const spelers: Record<string, Actor> = {};

  async function speler(workspace: Workspace, name: string, force: string, domains: string[]) {
    spelers[`${workspace.name}:${name}`] = await t.createActor(workspace.id, { name, force, domains });
    return spelers[`${workspace.name}:${name}`] as Actor;
  }

  beforeAll(async () => {
    t = await buildTestApp(backend);
    noord = await t.createWorkspace({ name: 'Wijk Noord', wijken: ['Noord'] });
    zuid = await t.createWorkspace({ name: 'Wijk Zuid', wijken: ['Zuid'] });

    // Wijk Noord: two kokers (gezondheid, wmo) joined by the wijkteam, and residents on the side.
    const ggd = await speler(noord, 'GGD regio', 'instelling', ['gezondheid']);
    const huisartsen = await speler(noord, 'Huisartsencoöperatie', 'instelling', ['gezondheid']);
    const wijkteam = await speler(noord, 'Wijkteam Noord', 'professional', ['wmo_ondersteuning']);
    const wmo = await speler(noord, 'Gemeente – team Wmo', 'gemeente', ['wmo_ondersteuning']);
    const buurtkamer = await speler(noord, 'Buurtkamer De Kruimel', 'bewoner', ['participatie']);
    const voedselbank = await speler(noord, 'Voedselbank', 'bewoner', ['armoede']);
    for (const [source, target] of [
      [ggd, huisartsen],
      [huisartsen, wijkteam],
      [wijkteam, wmo],
      [wijkteam, buurtkamer],
      [buurtkamer, voedselbank],
      [ggd, wijkteam],
    ] as const)
      await t.createRelation(noord.id, source.id, target.id);

    // Wijk Zuid: the same parties under other spellings, and two that are not the same.
    const ggdZuid = await speler(zuid, 'G.G.D. Regio', 'instelling', ['gezondheid']);
    const huisartsenZuid = await speler(zuid, 'HUISARTSENCOOPERATIE', 'instelling', ['gezondheid']);
    const wijkteamZuid = await speler(zuid, 'Wijkteam Zuid', 'professional', ['wmo_ondersteuning']);
    const wmoZuid = await speler(zuid, 'Gemeente team Wmo', 'gemeente', ['wmo_ondersteuning']);
    const buurtkamerZuid = await speler(zuid, 'buurtkamer de kruimel', 'bewoner', ['participatie']);
    const voedselbankZuid = await speler(zuid, 'Voedselbank Zuid', 'bewoner', ['armoede']);
    const rijk = await speler(zuid, 'Ministerie van VWS', 'rijk', ['gezondheid']);
    for (const [source, target] of [
      [ggdZuid, huisartsenZuid],
      [wijkteamZuid, wmoZuid],
      [rijk, ggdZuid],
      [voedselbankZuid, wmoZuid],
      [buurtkamerZuid, voedselbankZuid],
    ] as const)
      await t.createRelation(zuid.id, source.id, target.id);

    lezer = await t.signUp('lezer@example.org', 'Lezer');
    await join(t, lezer, zuid.id, 'lezer');
  });
  afterAll(() => t.close());

  /** The route serialises without a check of its own: every good answer is checked against the contract. */
  async function compared(a: string, b: string, options: { session?: TestSession; query?: string } = {}) {
    const url = `${API}/compare?a=${a}&b=${b}${options.query ?? ''}`;
    const response = options.session
      ? await t.app.inject(withSession(options.session, url))
      : await t.inject(url);
    if (response.statusCode === 200) contract.compareSchema.parse(response.json());
    return response;
  }

  it('gives each side the index cards the diagnosis endpoint of that werkruimte gives', async () => {
    const response = await compared(noord.id, zuid.id, { query: '&lang=nl' });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.grouping).toBe('domein');
    for (const [side, workspace] of [
      ['a', noord],
      ['b', zuid],
    ] as const) {
      const diagnosis = (await t.inject(`${API}/workspaces/${workspace.id}/analysis?lang=nl`)).json();
      expect(body[side].workspace).toEqual({
        id: workspace.id,
        name: workspace.name,
        gemeente: workspace.gemeente,
        label: workspace.name,
      });
      expect(body[side].indices).toEqual(diagnosis.indices);
      expect(body[side].indices.map((card: { key: string }) => card.key)).toEqual([...INDEX_KEYS]);
      expect(body[side].counts).toEqual({
        actors: diagnosis.network.spelers,
        relations: workspace === noord ? 6 : 5,
      });
    }
    expect(body.a.counts.actors).toBe(6);
    expect(body.b.counts.actors).toBe(7);
  });

  it("says per index which werkruimte reads better, in the cards' own values", async () => {
    const body = (await compared(noord.id, zuid.id, { query: '&lang=nl' })).json();
    expect(body.indices.map((row: { key: string }) => row.key)).toEqual([...INDEX_KEYS]);
    for (const row of body.indices) {
      // The cards of each side, without the explanation the sides carry already.
      for (const side of ['a', 'b'] as const) {
        const { explanation: _explanation, ...card } = body[side].indices.find(
          (other: { key: string }) => other.key === row.key,
        );
        expect(row[side]).toEqual(card);
      }
      expect(['a', 'b', 'same', 'unknown']).toContain(row.better);
      expect(row.sentence).not.toContain('{{');
      if (row.better === 'a') expect(row.sentence).toContain('in Wijk Noord');
    }
    // Wijk Noord hangs together, Wijk Zuid falls apart in two parts: fewer parts reads better.
    const components = body.indices.find((row: { key: string }) => row.key === 'components');
    expect([components.a.value, components.b.value]).toEqual([1, 2]);
    expect(components.better).toBe('a');
    expect(components.sentence).toBe(
      'Het aantal losse delen is 1 in Wijk Noord en 2 in Wijk Zuid: in Wijk Noord kunnen meer spelers elkaar bereiken, direct of via anderen.',
    );
    const english = (await compared(noord.id, zuid.id, { query: '&lang=en' })).json();
    expect(english.indices.find((row: { key: string }) => row.key === 'components').sentence).toBe(
      'The number of separate parts is 1 in Wijk Noord and 2 in Wijk Zuid: in Wijk Noord more players can reach each other, directly or through others.',
    );
  });

  it("counts each kracht's share of the spelers and of the relaties touching it", async () => {
    const body = (await compared(noord.id, zuid.id)).json();
    const shares = (side: 'a' | 'b') =>
      Object.fromEntries(
        body[side].forces.map((row: { force: string; actors: number; relations: number }) => [
          row.force,
          [row.actors, row.relations],
        ]),
      );
    // Noord: 6 spelers, 6 relaties; a relatie between two krachten counts for both.
    expect(shares('a')).toEqual({
      rijk: [0, 0],
      instelling: [2, 3],
      gemeente: [1, 1],
      professional: [1, 4],
      bewoner: [2, 2],
    });
    // Zuid: 7 spelers, 5 relaties.
    expect(shares('b')).toEqual({
      rijk: [1, 1],
      instelling: [2, 2],
      gemeente: [1, 2],
      professional: [1, 1],
      bewoner: [2, 2],
    });
    const instelling = body.a.forces.find((row: { force: string }) => row.force === 'instelling');
    expect(instelling.actorShare).toBeCloseTo(2 / 6);
    expect(instelling.relationShare).toBeCloseTo(3 / 6);
  });

  it("lists each side's brokers as its diagnosis ranks them, with their score", async () => {
    const body = (await compared(noord.id, zuid.id)).json();
    for (const [side, workspace] of [
      ['a', noord],
      ['b', zuid],
    ] as const) {
      const diagnosis = (await t.inject(`${API}/workspaces/${workspace.id}/analysis`)).json();
      const measures = new Map(diagnosis.spelers.map((row: { id: string }) => [row.id, row]));
      expect(body[side].brokers.map((row: { id: string }) => row.id)).toEqual(diagnosis.brokers.slice(0, 10));
      for (const broker of body[side].brokers) {
        const speler = measures.get(broker.id) as Parameters<typeof brokerScore>[0] & Record<string, unknown>;
        expect(broker).toEqual({
          id: broker.id,
          name: speler.name,
          force: speler.force,
          koker: speler.koker,
          score: brokerScore(speler),
          crossTies: speler.crossTies,
          kokersReached: speler.kokersReached,
        });
      }
    }
    // In Noord the wijkteam joins the gezondheid and the wmo koker.
    expect(body.a.brokers[0]?.name).toBe('Wijkteam Noord');
    expect(body.a.brokers[0]?.score).toBeGreaterThan(0);
  });

  it('matches the spelers in both by name, whatever their case, accents or punctuation', async () => {
    const body = (await compared(noord.id, zuid.id)).json();
    const pair = (a: string, b: string) => {
      const [x, y] = [spelers[`Wijk Noord:${a}`] as Actor, spelers[`Wijk Zuid:${b}`] as Actor];
      return {
        a: { id: x.id, name: x.name, force: x.force },
        b: { id: y.id, name: y.name, force: y.force },
        by: 'name',
      };
    };
    expect(body.matches).toEqual([
      pair('Buurtkamer De Kruimel', 'buurtkamer de kruimel'),
      pair('Gemeente – team Wmo', 'Gemeente team Wmo'),
      pair('GGD regio', 'G.G.D. Regio'),
      pair('Huisartsencoöperatie', 'HUISARTSENCOOPERATIE'),
    ]);
    // Wijkteam Noord and Wijkteam Zuid, Voedselbank and Voedselbank Zuid: not the same.
    const names = body.matches.flatMap((match: { a: Actor; b: Actor }) => [match.a.name, match.b.name]);
    for (const name of ['Wijkteam Noord', 'Wijkteam Zuid', 'Voedselbank', 'Voedselbank Zuid'])
      expect(names).not.toContain(name);
    // The other way round, the same pairs with the sides swapped.
    const swapped = (await compared(zuid.id, noord.id)).json();
    expect(swapped.matches.map((match: { a: Actor; b: Actor }) => [match.b.id, match.a.id]).sort()).toEqual(
      body.matches.map((match: { a: Actor; b: Actor }) => [match.a.id, match.b.id]).sort(),
    );
  });

  it('names both werkruimtes apart when they have the same name', async () => {
    const twin = await t.createWorkspace({ name: 'Wijk Noord', wijken: ['Noord'] });
    const body = (await compared(noord.id, twin.id)).json();
    expect([body.a.workspace.label, body.b.workspace.label]).toEqual(['Wijk Noord (1)', 'Wijk Noord (2)']);
    expect(body.matches).toEqual([]);
    expect(body.b.counts).toEqual({ actors: 0, relations: 0 });
    expect(body.b.forces.every((row: { actorShare: null }) => row.actorShare === null)).toBe(true);
  });

  it('refuses the same werkruimte twice (400 same_workspace) and writes nothing', async () => {
    const before = await stateOf(t.store, noord.id);
    const problem = expectProblem(await compared(noord.id, noord.id), 400, 'validation');
    expect(problem.invalidParams).toEqual([
      {
        name: 'b',
        code: 'same_workspace',
        reason: 'Dit is twee keer dezelfde werkruimte. Kies twee verschillende werkruimtes.',
      },
    ]);
    // Ids are compared as ids, not as text.
    const upper = expectProblem(await compared(noord.id, noord.id.toUpperCase()), 400, 'validation');
    expect(upper.invalidParams?.[0]?.code).toBe('same_workspace');
    expect(await stateOf(t.store, noord.id)).toEqual(before);
  });

  it('refuses bad ids and unknown parameters (400), naming them', async () => {
    const bad = expectProblem(await compared('noord', zuid.id), 400, 'validation');
    expect(bad.invalidParams?.map((param) => [param.name, param.code])).toEqual([['a', 'uuid_format']]);
    const extra = expectProblem(await compared(noord.id, zuid.id, { query: '&grouping=kracht' }), 400);
    expect(extra.invalidParams?.map((param) => [param.name, param.code])).toEqual([
      ['grouping', 'unknown_field'],
    ]);
    expectProblem(await t.inject(`${API}/compare?a=${noord.id}`), 400, 'validation');
  });

  it('refuses a werkruimte the caller is not a member of (404 naming a or b), as one that does not exist', async () => {
    const before = {
      noord: await stateOf(t.store, noord.id),
      zuid: await stateOf(t.store, zuid.id),
    };
    const notReadable = (field: 'a' | 'b') => [
      {
        name: field,
        code: 'workspace_not_found',
        reason:
          'Deze werkruimte bestaat niet, of u bent er geen lid van. Kies een werkruimte uit uw eigen lijst.',
      },
    ];

    const first = await compared(noord.id, zuid.id, { session: lezer });
    const asA = expectProblem(first, 404, 'not_found');
    expect(asA.invalidParams).toEqual(notReadable('a'));
    expect(first.body).not.toContain('Wijk Noord');
    expect(first.body).not.toContain('GGD');

    const asB = expectProblem(await compared(zuid.id, noord.id, { session: lezer }), 404, 'not_found');
    expect(asB.invalidParams).toEqual(notReadable('b'));

    // A werkruimte that does not exist gets the very same answer: existence does not leak.
    const missing = expectProblem(await compared(NO_SUCH_ID, zuid.id, { session: lezer }), 404, 'not_found');
    expect({ ...missing, instance: '' }).toEqual({ ...asA, instance: '' });

    // Neither readable: both named.
    const both = expectProblem(await compared(noord.id, NO_SUCH_ID, { session: lezer }), 404, 'not_found');
    expect(both.invalidParams?.map((param) => param.name)).toEqual(['a', 'b']);

    expect({
      noord: await stateOf(t.store, noord.id),
      zuid: await stateOf(t.store, zuid.id),
    }).toEqual(before);
  });

  it('lets a lezer compare two werkruimtes they may read', async () => {
    await join(t, lezer, noord.id, 'lezer');
    const response = await compared(zuid.id, noord.id, { session: lezer });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().a.workspace.name).toBe('Wijk Zuid');
  });

  it('answers 401 without a session', async () => {
    const response = await t.app.inject({ url: `${API}/compare?a=${noord.id}&b=${zuid.id}` });
    expectProblem(response, 401, 'unauthenticated');
  });
});
