/**
 * De uitvraag through the HTTP API on every database backend, as a coordinator and two respondents use it:
 * a round is set up and opened, respondents get personal links, answer (ties to roster spelers, a tie the
 * other way round, a proposed speler), and their answers land on the map as their perspective's claims —
 * without becoming the editors' claims — and leave it again when they change or withdraw them. Refused
 * answers store nothing; contact data is for eigenaars and can be deleted while the answers stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Actor,
  GraphRelation,
  Perspective,
  Respondent,
  Survey,
  Workspace,
} from '../../src/domain/index.ts';
import { forgetExpiredContacts } from '../../src/services/index.ts';
import { buildTestApp, type TestApp, withSession } from '../helpers/build-test-app.ts';
import { multipart } from '../helpers/multipart.ts';
import { BACKENDS } from '../helpers/test-database.ts';
import { join } from '../security/support.ts';

const API = '/api/v1';

describe.each(BACKENDS)('de uitvraag on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp(backend);
  });
  afterAll(() => t.close());

  const surveysUrl = (workspace: Workspace, rest = '') => `${API}/workspaces/${workspace.id}/surveys${rest}`;

  async function openRound(workspace: Workspace, fields: Record<string, unknown> = {}): Promise<Survey> {
    const created = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace),
      payload: { title: 'Samenwerking in de wijk', closesOn: '2099-12-31', ...fields },
    });
    expect(created.statusCode, created.body).toBe(201);
    const survey = created.json() as Survey;
    const opened = await t.inject({
      method: 'PATCH',
      url: surveysUrl(workspace, `/${survey.id}`),
      payload: { version: survey.version, state: 'open' },
    });
    expect(opened.statusCode, opened.body).toBe(200);
    return opened.json();
  }

  async function invite(workspace: Workspace, survey: Survey, actors: Actor[]) {
    const response = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace, `/${survey.id}/respondents`),
      payload: {
        respondents: actors.map((actor, k) => ({
          actorId: actor.id,
          contactName: `Contact ${k}`,
          email: `contact${k}@example.org`,
        })),
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().links as { respondentId: string; actorId: string; token: string; path: string }[];
  }

  const respond = (token: string, answers: Record<string, unknown>) =>
    t.app.inject({ method: 'PUT', url: `${API}/survey-response/answers`, payload: { token, answers } });
  const open = (token: string) =>
    t.app.inject({ method: 'POST', url: `${API}/survey-response/open`, payload: { token } });

  async function perspectiveNamed(workspace: Workspace, name: string): Promise<Perspective> {
    const items = (await t.inject(`${API}/workspaces/${workspace.id}/perspectives?pageSize=500`)).json()
      .items as Perspective[];
    const found = items.find((item) => item.name === name);
    if (!found) throw new Error(`no perspective ${name}`);
    return found;
  }

  async function mapOf(workspace: Workspace, perspective?: string): Promise<GraphRelation[]> {
    // `alle`: every perspective's claims (a rule without perspectives), as the web's ?kaart=alle.
    const query = perspective === 'alle' ? '?rule=default' : perspective ? `?perspective=${perspective}` : '';
    const response = await t.inject(`${API}/workspaces/${workspace.id}/graph${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().relations;
  }

  const between = (relations: GraphRelation[], a: Actor, b: Actor) =>
    relations.filter(
      (r) => (r.source === a.id && r.target === b.id) || (r.source === b.id && r.target === a.id),
    );

  it('lets two respondents draw their ties, which land as their own perspectives’ claims', async () => {
    const workspace = await t.createWorkspace({ name: 'Uitvraag Zuid' });
    const wijkteam = await t.createActor(workspace.id, { name: 'Wijkteam Zuid', force: 'professional' });
    const buurthuis = await t.createActor(workspace.id, { name: 'Buurthuis De Kern', force: 'bewoner' });
    const fonds = await t.createActor(workspace.id, { name: 'Fonds Zuid', force: 'instelling' });
    // The editors know the fonds finances the buurthuis; nothing else.
    await t.createRelation(workspace.id, fonds.id, buurthuis.id, { type: 'financiert' });
    const survey = await openRound(workspace, { relationTypes: ['werkt_samen', 'financiert', 'verwijst'] });
    const [toWijkteam, toBuurthuis] = await invite(workspace, survey, [wijkteam, buurthuis]);
    if (!toWijkteam || !toBuurthuis) throw new Error('links missing');
    expect(toWijkteam.path).toBe(`/uitvraag#${toWijkteam.token}`);

    // The wijkteam opens its link: the round, the roster without itself, no answers yet.
    const view = await open(toWijkteam.token);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({
      survey: { title: 'Samenwerking in de wijk', relationTypes: ['werkt_samen', 'financiert', 'verwijst'] },
      respondent: { actorName: 'Wijkteam Zuid', force: 'professional', contactName: 'Contact 0' },
      answers: { ties: [], finished: false },
      savedAt: null,
    });
    expect(
      view
        .json()
        .roster.map((actor: Actor) => actor.name)
        .sort(),
    ).toEqual(['Buurthuis De Kern', 'Fonds Zuid']);

    const saved = await respond(toWijkteam.token, {
      ties: [
        {
          actorId: buurthuis.id,
          types: ['werkt_samen'],
          frequency: 'wekelijks',
          trust: { openheid: 4, betrouwbaarheid: 3, gedeelde_missie: 3 },
          value: { invloed: 2, middelen: 2, betrokkenheid: 3 },
          note: '<script>alert(1)</script> samen spreekuur',
        },
        { actorId: fonds.id, reverseTypes: ['financiert'], frequency: 'jaarlijks' },
        { proposed: { name: 'Voedselbank Zuid', force: 'instelling' }, types: ['verwijst'] },
      ],
      finished: true,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().finishedAt).not.toBeNull();

    const wijkteamView = await perspectiveNamed(workspace, 'Wijkteam Zuid');
    expect(wijkteamView.force).toBe('professional');
    const editors = await perspectiveNamed(workspace, 'Redactie');

    // As the wijkteam sees it: the new tie (strength from "wekelijks") and the fonds financing it.
    const asWijkteam = await mapOf(workspace, wijkteamView.id);
    const [tie] = between(asWijkteam, wijkteam, buurthuis);
    expect(tie).toMatchObject({ type: 'werkt_samen', strength: 4, claims: 1 });
    expect(between(asWijkteam, wijkteam, fonds)).toEqual([
      expect.objectContaining({ source: fonds.id, target: wijkteam.id, type: 'financiert', strength: 1 }),
    ]);
    // The editors' own view has not changed: what respondents named is not the editors' claim.
    const asEditors = await mapOf(workspace, editors.id);
    expect(asEditors).toHaveLength(1);
    expect(asEditors[0]).toMatchObject({ source: fonds.id, target: buurthuis.id });
    // The proposed speler is not on the map until the coordinator decides.
    expect(await mapOf(workspace, 'alle')).toHaveLength(3);

    // The claim keeps the respondent's words as text and the PARTNER scores as means of their items.
    const relationId = (tie as GraphRelation).id;
    const assessments = (
      await t.inject(`${API}/workspaces/${workspace.id}/relations/${relationId}/assessments`)
    ).json().items;
    expect(assessments).toEqual([
      expect.objectContaining({
        perspectiveId: wijkteamView.id,
        origin: 'survey',
        strength: 4,
        trust: 3,
        value: 2,
        note: '<script>alert(1)</script> samen spreekuur',
        source: 'Uitvraag: Samenwerking in de wijk',
        createdBy: null,
      }),
    ]);

    // The buurthuis names the wijkteam too: the same relatie, now confirmed by both sides.
    const back = await respond(toBuurthuis.token, {
      ties: [{ actorId: wijkteam.id, types: ['werkt_samen'], frequency: 'maandelijks' }],
    });
    expect(back.statusCode, back.body).toBe(200);
    const all = await mapOf(workspace, 'alle');
    expect(all).toHaveLength(3);
    expect(between(all, wijkteam, buurthuis)).toEqual([
      expect.objectContaining({ id: relationId, claims: 2, strength: 4 }),
    ]);

    // The wijkteam drops the tie: the relatie stays, the buurthuis still claims it …
    const dropped = await respond(toWijkteam.token, {
      ties: [{ actorId: fonds.id, reverseTypes: ['financiert'] }],
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(between(await mapOf(workspace, wijkteamView.id), wijkteam, buurthuis)).toEqual([]);
    expect(between(await mapOf(workspace, 'alle'), wijkteam, buurthuis)).toHaveLength(1);
    // … until the buurthuis withdraws its answers: then nobody claims it and it is gone.
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `${API}/survey-response/withdraw`,
      payload: { token: toBuurthuis.token },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect(between(await mapOf(workspace), wijkteam, buurthuis)).toEqual([]);

    // Tracking: who opened, who finished, how many ties — no contact data for a lezer.
    const lezer = await t.signUp('lezer-uitvraag@example.org', 'Lezer');
    await join(t, lezer, workspace.id, 'lezer');
    const asOwner = (await t.inject(surveysUrl(workspace, `/${survey.id}/respondents`))).json()
      .items as Respondent[];
    expect(asOwner.map((r) => [r.actorName, r.status, r.ties, r.contact?.email])).toEqual([
      ['Buurthuis De Kern', 'teruggetrokken', 0, 'contact1@example.org'],
      ['Wijkteam Zuid', 'geopend', 1, 'contact0@example.org'],
    ]);
    const asReader = await t.app.inject(
      withSession(lezer, surveysUrl(workspace, `/${survey.id}/respondents`)),
    );
    expect(asReader.json().items.map((r: Respondent) => r.contact)).toEqual([null, null]);
    expect(asReader.body).not.toContain('example.org');

    // The trail names what changed, via the uitvraag and no user, and never holds contact data or tokens.
    const history = await t.inject(`${API}/workspaces/${workspace.id}/history?pageSize=100`);
    const events = history.json().items as { action: string; via: string; user: unknown }[];
    expect(events.filter((event) => event.action === 'respondent.answer')).toHaveLength(3);
    expect(events.find((event) => event.action === 'respondent.answer')).toMatchObject({
      via: 'survey',
      user: null,
    });
    expect(history.body).not.toContain('example.org');
    expect(history.body).not.toContain('Contact 0');
    expect(history.body).not.toContain(toWijkteam.token);
  });

  it('updates only what changed while a respondent fills in a tie, and touches nothing when no claim changes', async () => {
    const workspace = await t.createWorkspace({ name: 'Stap voor stap' });
    const [me, you] = [
      await t.createActor(workspace.id, { name: 'Ik' }),
      await t.createActor(workspace.id, { name: 'Jij' }),
    ];
    const survey = await openRound(workspace);
    const [link] = await invite(workspace, survey, [me]);
    if (!link) throw new Error('link missing');
    const tie = { actorId: you.id, types: ['werkt_samen'] };
    expect((await respond(link.token, { ties: [tie] })).statusCode).toBe(200);
    const [relation] = await mapOf(workspace, 'alle');
    const claims = async () =>
      (await t.inject(`${API}/workspaces/${workspace.id}/relations/${relation?.id}/assessments`)).json()
        .items;
    const [first] = await claims();
    expect(first).toMatchObject({ strength: null, trust: null, version: 1 });

    // Ratings of the same tie: the same claim, updated in place.
    const rated = {
      ...tie,
      frequency: 'dagelijks',
      trust: { openheid: 4, betrouwbaarheid: 4, gedeelde_missie: 1 },
    };
    expect((await respond(link.token, { ties: [rated] })).statusCode).toBe(200);
    expect(await claims()).toEqual([
      expect.objectContaining({ id: first.id, strength: 5, trust: 3, version: 2 }),
    ]);
    // Only the profile remark changed: no claim is touched, the answer is still saved (and recorded).
    const events = await t.store.audit.countFor(workspace.id);
    expect(
      (await respond(link.token, { ties: [rated], profileRemarks: 'Adres klopt niet' })).statusCode,
    ).toBe(200);
    expect(await claims()).toEqual([expect.objectContaining({ id: first.id, version: 2 })]);
    expect(await t.store.audit.countFor(workspace.id)).toBe(events + 1);
    expect((await open(link.token)).json().answers.profileRemarks).toBe('Adres klopt niet');
    // An editor deleted the relatie meanwhile: the next ratings save brings the tie back as the respondent's.
    expect(
      (
        await t.inject({
          method: 'DELETE',
          url: `${API}/workspaces/${workspace.id}/relations/${relation?.id}`,
        })
      ).statusCode,
    ).toBe(204);
    const changed = { ...rated, trust: { openheid: 1, betrouwbaarheid: 1, gedeelde_missie: 1 } };
    expect((await respond(link.token, { ties: [changed] })).statusCode).toBe(200);
    expect(await mapOf(workspace, 'alle')).toEqual([
      expect.objectContaining({ source: me.id, target: you.id, strength: 5 }),
    ]);
  });

  it('refuses a save naming a speler deleted since, though the answers named it before, and stores nothing', async () => {
    const workspace = await t.createWorkspace({ name: 'Verdwenen speler' });
    const [me, you, other] = [
      await t.createActor(workspace.id, { name: 'Ik' }),
      await t.createActor(workspace.id, { name: 'Jij' }),
      await t.createActor(workspace.id, { name: 'Ander' }),
    ];
    const survey = await openRound(workspace);
    const [link] = await invite(workspace, survey, [me]);
    if (!link) throw new Error('link missing');
    // A tie without a relation type yet makes no claim: nothing on the map refers to the speler.
    const waiting = { actorId: you.id, types: [] };
    const tie = { actorId: other.id, types: ['werkt_samen'] };
    expect((await respond(link.token, { ties: [tie, waiting] })).statusCode).toBe(200);
    const rated = { ...tie, frequency: 'wekelijks' };
    expect((await respond(link.token, { ties: [rated, waiting] })).statusCode).toBe(200);
    expect(
      (await t.inject({ method: 'DELETE', url: `${API}/workspaces/${workspace.id}/actors/${you.id}` }))
        .statusCode,
    ).toBe(204);
    const before = {
      map: await mapOf(workspace, 'alle'),
      events: await t.store.audit.countFor(workspace.id),
    };

    // The same ties as before, one rated anew: still checked against the werkruimte as it is now.
    for (const answers of [
      { ties: [{ ...rated, frequency: 'dagelijks' }, waiting] },
      { ties: [rated, { ...waiting, types: ['werkt_samen'] }] },
      { ties: [rated], positions: [], profileRemarks: 'Verder niets' },
    ]) {
      const response = await respond(link.token, answers);
      if (answers.ties.length === 1) {
        // Without the deleted speler the answers are fine again.
        expect(response.statusCode, response.body).toBe(200);
        continue;
      }
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().invalidParams).toEqual([
        expect.objectContaining({ name: 'answers.ties.1.actorId', code: 'actor_not_in_workspace' }),
      ]);
      expect({
        map: await mapOf(workspace, 'alle'),
        events: await t.store.audit.countFor(workspace.id),
      }).toEqual(before);
    }
    expect(await mapOf(workspace, 'alle')).toEqual([
      expect.objectContaining({ source: me.id, target: other.id, type: 'werkt_samen', strength: 4 }),
    ]);
  });

  it('lets the coordinator accept, merge or reject a proposed speler, after which waiting ties land', async () => {
    const workspace = await t.createWorkspace({ name: 'Voorstellen' });
    const [a, b, known] = [
      await t.createActor(workspace.id, { name: 'Huisartsenpraktijk' }),
      await t.createActor(workspace.id, { name: 'Sportvereniging' }),
      await t.createActor(workspace.id, { name: 'Bibliotheek' }),
    ];
    const survey = await openRound(workspace);
    const [linkA, linkB] = await invite(workspace, survey, [a, b]);
    if (!linkA || !linkB) throw new Error('links missing');
    for (const link of [linkA, linkB]) {
      const response = await respond(link.token, {
        ties: [
          { proposed: { name: 'Buurtsportcoach', force: 'professional' }, types: ['werkt_samen'] },
          { proposed: { name: 'De Bieb', force: 'instelling' }, types: ['informeert'] },
          { proposed: { name: 'Kliko Club', force: 'bewoner' }, types: ['werkt_samen'] },
        ],
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    // The same name proposed by two respondents (whatever its case) is one proposal, named by both.
    const proposals = (await t.inject(surveysUrl(workspace, `/${survey.id}/proposals`))).json().items as {
      id: string;
      name: string;
      namedBy: number;
      status: string;
    }[];
    expect(proposals.map((p) => [p.name, p.namedBy, p.status])).toEqual([
      ['Buurtsportcoach', 2, 'open'],
      ['De Bieb', 2, 'open'],
      ['Kliko Club', 2, 'open'],
    ]);
    expect(await mapOf(workspace, 'alle')).toEqual([]);

    const decide = (name: string, body: Record<string, unknown>) =>
      t.inject({
        method: 'POST',
        url: surveysUrl(
          workspace,
          `/${survey.id}/proposals/${proposals.find((p) => p.name === name)?.id}/decision`,
        ),
        payload: body,
      });
    const accepted = await decide('Buurtsportcoach', { decision: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const merged = await decide('De Bieb', { decision: 'merge', actorId: known.id });
    expect(merged.statusCode, merged.body).toBe(200);
    const rejected = await decide('Kliko Club', { decision: 'reject' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const again = await decide('Kliko Club', { decision: 'accept' });
    expect(again.statusCode).toBe(409);
    expect(again.json().reason).toBe('proposal_decided');

    const coach = accepted.json().actorId as string;
    const relations = await mapOf(workspace, 'alle');
    // Two ties to the new coach (one per respondent, one mutual relatie each), two to the library.
    expect(relations.map((r) => [r.target, r.type]).sort()).toEqual(
      [
        [coach, 'werkt_samen'],
        [coach, 'werkt_samen'],
        [known.id, 'informeert'],
        [known.id, 'informeert'],
      ].sort(),
    );
    const actors = (await t.inject(`${API}/workspaces/${workspace.id}/actors`)).json().items as Actor[];
    expect(actors.map((actor) => actor.name).sort()).toEqual([
      'Bibliotheek',
      'Buurtsportcoach',
      'Huisartsenpraktijk',
      'Sportvereniging',
    ]);
  });

  it('refuses answers it cannot take, saying where and why, and stores nothing of them', async () => {
    const workspace = await t.createWorkspace({ name: 'Foute antwoorden' });
    const other = await t.createWorkspace({ name: 'Andere kaart' });
    const stranger = await t.createActor(other.id, { name: 'Vreemde' });
    const [me, you] = [
      await t.createActor(workspace.id, { name: 'Ik' }),
      await t.createActor(workspace.id, { name: 'Jij' }),
    ];
    const survey = await openRound(workspace, { relationTypes: ['werkt_samen'] });
    const [link] = await invite(workspace, survey, [me]);
    if (!link) throw new Error('link missing');
    const good = await respond(link.token, { ties: [{ actorId: you.id, types: ['werkt_samen'] }] });
    expect(good.statusCode, good.body).toBe(200);
    const before = { map: await mapOf(workspace), events: await t.store.audit.countFor(workspace.id) };

    const cases: [Record<string, unknown>, string, string][] = [
      [{ ties: [{ actorId: you.id, types: ['financiert'] }] }, 'ties.0.types.0', 'relation_type_not_asked'],
      [
        { ties: [{ actorId: stranger.id, types: ['werkt_samen'] }] },
        'ties.0.actorId',
        'actor_not_in_workspace',
      ],
      [{ ties: [{ actorId: me.id, types: ['werkt_samen'] }] }, 'ties.0.actorId', 'actor_not_in_workspace'],
      [
        {
          ties: [
            { actorId: you.id, types: ['werkt_samen'] },
            { actorId: you.id, types: ['werkt_samen'] },
          ],
        },
        'ties.1',
        'tie_twice',
      ],
      [{ ties: [{ types: ['werkt_samen'] }] }, 'ties.0.actorId', 'tie_target'],
      [
        { ties: [{ proposed: { name: 'jij', force: 'bewoner' }, types: ['werkt_samen'] }] },
        'ties.0.proposed.name',
        'proposal_is_roster_actor',
      ],
      [
        {
          ties: [
            {
              actorId: you.id,
              types: ['werkt_samen'],
              trust: { openheid: 5, betrouwbaarheid: 1, gedeelde_missie: 1 },
            },
          ],
        },
        'ties.0.trust.openheid',
        'too_big',
      ],
      [
        { ties: [{ actorId: you.id, types: ['werkt_samen'], frequency: 'soms' }] },
        'ties.0.frequency',
        'invalid_enum',
      ],
    ];
    for (const [answers, path, code] of cases) {
      const response = await respond(link.token, answers);
      expect(response.statusCode, `${path} ${response.body}`).toBe(400);
      const issue = response.json().invalidParams.find((p: { name: string }) => p.name === `answers.${path}`);
      expect(issue, response.body).toMatchObject({ code });
      expect(issue.reason.length).toBeGreaterThan(10);
    }
    expect({ map: await mapOf(workspace), events: await t.store.audit.countFor(workspace.id) }).toEqual(
      before,
    );
    expect((await open(link.token)).json().answers.ties).toEqual([
      expect.objectContaining({ actorId: you.id, types: ['werkt_samen'] }),
    ]);
  });

  it('stops a link that was revoked, replaced, or whose round closed, with one answer for all', async () => {
    const workspace = await t.createWorkspace({ name: 'Links' });
    const [a, b] = [await t.createActor(workspace.id), await t.createActor(workspace.id, { name: 'Tweede' })];
    const survey = await openRound(workspace);
    const [linkA, linkB] = await invite(workspace, survey, [a, b]);
    if (!linkA || !linkB) throw new Error('links missing');
    const expectGone = async (token: string) => {
      const response = await open(token);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'survey_link', title: 'Deze link werkt niet' });
      return response.json().detail as string;
    };
    expect((await open(linkA.token)).statusCode).toBe(200);

    const revoked = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace, `/${survey.id}/respondents/${linkA.respondentId}/revoke`),
    });
    expect(revoked.json().status).toBe('ingetrokken');
    const detail = await expectGone(linkA.token);
    // A new link replaces the old one and lifts the revocation.
    const renewed = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace, `/${survey.id}/links`),
      payload: { respondentIds: [linkA.respondentId, linkB.respondentId] },
    });
    expect(renewed.statusCode, renewed.body).toBe(200);
    const [newA] = renewed.json().links as { token: string }[];
    expect((await open((newA as { token: string }).token)).statusCode).toBe(200);
    expect(await expectGone(linkB.token)).toBe(detail);
    expect(await expectGone('x'.repeat(43))).toBe(detail);
    expect(await expectGone('kort')).toBe(detail);

    // The round's last day passed: every link stops, until the coordinator gives a later date.
    const current = (await t.inject(surveysUrl(workspace, `/${survey.id}`))).json() as Survey;
    const closed = await t.inject({
      method: 'PATCH',
      url: surveysUrl(workspace, `/${survey.id}`),
      payload: { version: current.version, state: 'closed' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await expectGone((newA as { token: string }).token)).toBe(detail);
    const reopen = await t.inject({
      method: 'PATCH',
      url: surveysUrl(workspace, `/${survey.id}`),
      payload: { version: closed.json().version, state: 'open', closesOn: '2020-01-31', opensOn: null },
    });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().reason).toBe('survey_close_date_passed');
  });

  it('lets an eigenaar download the links for a mail merge and delete contact data, keeping the answers', async () => {
    const workspace = await t.createWorkspace({ name: 'Contacten' });
    const [a, b] = [
      await t.createActor(workspace.id, { name: '=HYPERLINK("x")' }),
      await t.createActor(workspace.id, { name: 'Tweede' }),
    ];
    const survey = await openRound(workspace);
    const [linkA] = await invite(workspace, survey, [a]);
    if (!linkA) throw new Error('link missing');
    await respond(linkA.token, { ties: [{ actorId: b.id, types: ['werkt_samen'] }] });

    const csv = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace, `/${survey.id}/links`),
      payload: { respondentIds: [linkA.respondentId], format: 'csv' },
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, row] = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('speler;kracht;contactpersoon;e-mailadres;link;sluitdatum');
    expect(row).toMatch(
      /^"'=HYPERLINK\(""x""\)";Professionals;Contact 0;contact0@example\.org;http:\/\/localhost(:\d+)?\/uitvraag#[\w-]{43};2099-12-31$/,
    );
    const xlsx = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace, `/${survey.id}/links`),
      payload: { respondentIds: [linkA.respondentId], format: 'xlsx' },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const forgot = await t.inject({ method: 'DELETE', url: surveysUrl(workspace, `/${survey.id}/contacts`) });
    expect(forgot.statusCode).toBe(204);
    const [respondent] = (await t.inject(surveysUrl(workspace, `/${survey.id}/respondents`))).json().items;
    expect(respondent).toMatchObject({ contact: null, ties: 1 });
    expect(await mapOf(workspace, 'alle')).toHaveLength(1);
  });

  it('keeps in a backup which relaties only respondents named, so a restore does not make them the editors’', async () => {
    const workspace = await t.createWorkspace({ name: 'Terugzetten' });
    const [a, b] = [await t.createActor(workspace.id), await t.createActor(workspace.id, { name: 'Ander' })];
    const survey = await openRound(workspace);
    const [link] = await invite(workspace, survey, [a]);
    if (!link) throw new Error('link missing');
    await respond(link.token, { ties: [{ actorId: b.id, types: ['werkt_samen'] }] });

    const backup = await t.inject(`${API}/workspaces/${workspace.id}/export?format=json`);
    expect(backup.json().relations).toEqual([expect.objectContaining({ claimedByEditors: false })]);
    const restored = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/import`,
      ...multipart([{ name: 'kaart.json', bytes: backup.body }]),
    });
    expect(restored.statusCode, restored.body).toBe(201);
    const copy = restored.json().workspace as Workspace;
    expect(await mapOf(copy, (await perspectiveNamed(copy, 'Redactie')).id)).toEqual([]);
    expect(await mapOf(copy, (await perspectiveNamed(copy, a.name)).id)).toHaveLength(1);
  });

  it('reports the response per kracht and wijk, who to remind, and what the diagnosis misses through silence', async () => {
    const workspace = await t.createWorkspace({ name: 'Respons', wijken: ['Noord', 'Zuid'] });
    const [wijkteam, buurthuis, school, los] = [
      await t.createActor(workspace.id, { name: 'Wijkteam', force: 'professional', wijken: ['Noord'] }),
      await t.createActor(workspace.id, { name: 'Buurthuis', force: 'bewoner', wijken: ['Noord', 'Zuid'] }),
      await t.createActor(workspace.id, { name: 'School', force: 'instelling', wijken: [] }),
      await t.createActor(workspace.id, { name: 'Losse club', force: 'bewoner', wijken: ['Zuid'] }),
    ];
    // The editors know the school works with the buurthuis.
    await t.createRelation(workspace.id, school.id, buurthuis.id, { type: 'werkt_samen' });
    const survey = await openRound(workspace);
    const [toWijkteam, toBuurthuis] = await invite(workspace, survey, [wijkteam, buurthuis, school, los]);
    if (!toWijkteam || !toBuurthuis) throw new Error('links missing');
    // The wijkteam names the buurthuis and the school; the buurthuis names the wijkteam back; the rest is silent.
    await respond(toWijkteam.token, {
      ties: [
        { actorId: buurthuis.id, types: ['werkt_samen'] },
        { actorId: school.id, types: ['werkt_samen'] },
      ],
      finished: true,
    });
    await respond(toBuurthuis.token, { ties: [{ actorId: wijkteam.id, types: ['werkt_samen'] }] });

    const response = await t.inject(surveysUrl(workspace, `/${survey.id}/results`));
    expect(response.statusCode, response.body).toBe(200);
    const results = response.json();
    expect(results.byForce).toEqual([
      { force: 'instelling', invited: 1, opened: 0, answered: 0, finished: 0 },
      { force: 'professional', invited: 1, opened: 1, answered: 1, finished: 1 },
      { force: 'bewoner', invited: 2, opened: 1, answered: 1, finished: 0 },
    ]);
    expect(results.byWijk).toEqual([
      { wijk: 'Noord', invited: 2, opened: 2, answered: 2, finished: 1 },
      { wijk: 'Zuid', invited: 2, opened: 1, answered: 1, finished: 0 },
      { wijk: null, invited: 1, opened: 0, answered: 0, finished: 0 },
    ]);
    expect(results.reminders.map((r: Respondent) => r.actorName).sort()).toEqual([
      'Buurthuis',
      'Losse club',
      'School',
    ]);
    expect(results.reminders.find((r: Respondent) => r.actorName === 'School').contact).toEqual({
      name: 'Contact 2',
      email: 'contact2@example.org',
    });
    const coverage = results.nonResponse;
    expect(coverage.respondents).toEqual({ invited: 4, answered: 2, silent: 2 });
    // wijkteam–buurthuis confirmed; wijkteam–school one-sided (the school is silent); school–buurthuis unreported.
    expect(coverage.ties).toEqual({ total: 3, confirmed: 1, oneSided: 1, unreported: 1 });
    expect(coverage.notes).toContainEqual({ kind: 'silent_isolate', actorId: los.id });
    expect(coverage.names[los.id]).toBe('Losse club');

    // A lezer sees the same figures, without contact data.
    const lezer = await t.signUp('lezer-respons@example.org', 'Lezer');
    await join(t, lezer, workspace.id, 'lezer');
    const asReader = await t.app.inject(withSession(lezer, surveysUrl(workspace, `/${survey.id}/results`)));
    expect(asReader.statusCode).toBe(200);
    expect(asReader.body).not.toContain('example.org');
    expect(asReader.json().nonResponse.ties).toEqual(coverage.ties);
  });

  it('lets a speler answer again in a later round, as the same perspective, the newer answers replacing the older on the map', async () => {
    const workspace = await t.createWorkspace({ name: 'Twee rondes' });
    const [me, you, them] = [
      await t.createActor(workspace.id, { name: 'Stichting Welzijn' }),
      await t.createActor(workspace.id, { name: 'Huisarts' }),
      await t.createActor(workspace.id, { name: 'Bibliotheek' }),
    ];
    const first = await openRound(workspace, { title: 'Ronde 2026' });
    const [early] = await invite(workspace, first, [me]);
    await respond(early?.token as string, { ties: [{ actorId: you.id, types: ['werkt_samen'] }] });
    const close = await t.inject({
      method: 'PATCH',
      url: surveysUrl(workspace, `/${first.id}`),
      payload: {
        version: (await t.inject(surveysUrl(workspace, `/${first.id}`))).json().version,
        state: 'closed',
      },
    });
    expect(close.statusCode).toBe(200);

    const second = await openRound(workspace, { title: 'Ronde 2027' });
    const [late] = await invite(workspace, second, [me]);
    const perspectives = (
      await t.inject(`${API}/workspaces/${workspace.id}/perspectives?pageSize=100`)
    ).json().items as Perspective[];
    // One perspective for the speler, whatever the number of rounds.
    expect(perspectives.filter((p) => p.name === 'Stichting Welzijn')).toHaveLength(1);
    await respond(late?.token as string, { ties: [{ actorId: them.id, types: ['werkt_samen'] }] });
    const own = await perspectiveNamed(workspace, 'Stichting Welzijn');
    const map = await mapOf(workspace, own.id);
    expect(map.map((r) => r.target)).toEqual([them.id]);
    // The first round stays readable as it was answered: its respondent still holds its one tie.
    const [firstRespondent] = (await t.inject(surveysUrl(workspace, `/${first.id}/respondents`))).json()
      .items;
    expect(firstRespondent).toMatchObject({ ties: 1, actorName: 'Stichting Welzijn' });
  });

  it('lets respondents place the spelers they know on the round’s vraagstukken, as positions of their perspective', async () => {
    const workspace = await t.createWorkspace({ name: 'Vraagstukken in de uitvraag' });
    const [corporatie, buurtteam, raad] = [
      await t.createActor(workspace.id, { name: 'Woningcorporatie', force: 'instelling' }),
      await t.createActor(workspace.id, { name: 'Buurtteam', force: 'professional' }),
      await t.createActor(workspace.id, { name: 'Bewonersraad', force: 'bewoner' }),
    ];
    const topic = async (name: string) => {
      const response = await t.inject({
        method: 'POST',
        url: `${API}/workspaces/${workspace.id}/topics`,
        payload: { name },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json() as { id: string };
    };
    const armoede = await topic('Armoedebeleid');
    const toegang = await topic('Toegang tot het wijkteam');
    const elsewhere = await t.createWorkspace({ name: 'Elders' });
    const foreign = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${elsewhere.id}/topics`,
      payload: { name: 'Niet van hier' },
    });

    // A vraagstuk of another werkruimte cannot be asked about.
    const refused = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace),
      payload: { title: 'Fout', closesOn: '2099-12-31', topicIds: [foreign.json().id] },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'topicIds.0', code: 'topic_not_in_workspace' }),
    ]);

    const survey = await openRound(workspace, {
      topicIds: [toegang.id, armoede.id],
      questions: ['frequentie', 'profiel'],
    });
    expect(survey.topicIds).toEqual([toegang.id, armoede.id]);
    const [link] = await invite(workspace, survey, [buurtteam]);
    const token = link?.token as string;
    const view = (await open(token)).json();
    // The vraagstukken in the round's order, and the speler's own profile to check.
    expect(view.survey.topics.map((item: { name: string }) => item.name)).toEqual([
      'Toegang tot het wijkteam',
      'Armoedebeleid',
    ]);
    expect(view.respondent.profile).toMatchObject({ rol: '', belangen: '' });

    const positionsOf = async (topicId: string, current = true) =>
      (
        await t.inject(
          `${API}/workspaces/${workspace.id}/topics/${topicId}/positions?current=${current}&pageSize=100`,
        )
      ).json().items as { actorId: string; perspectiveId: string; invloed: number; standpunt: number }[];

    const saved = await respond(token, {
      ties: [{ actorId: corporatie.id, types: ['werkt_samen'] }],
      positions: [
        { topicId: armoede.id, actorId: corporatie.id, invloed: 5, belang: 3, standpunt: -1 },
        // The own speler can be placed too.
        { topicId: armoede.id, actorId: buurtteam.id, invloed: 2, belang: 5, standpunt: 2 },
        // Not complete yet: kept in the answers, not on the map.
        { topicId: toegang.id, actorId: raad.id, invloed: 4, belang: null, standpunt: null },
      ],
      profile: { rol: 'Eerste aanspreekpunt voor bewoners met vragen.' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const own = await perspectiveNamed(workspace, 'Buurtteam');
    const onArmoede = await positionsOf(armoede.id);
    expect(onArmoede).toHaveLength(2);
    expect(onArmoede.every((position) => position.perspectiveId === own.id)).toBe(true);
    expect(await positionsOf(toegang.id)).toEqual([]);
    // The answers keep the incomplete one and the profile text, for the respondent to go on with.
    const again = (await open(token)).json().answers;
    expect(again.positions).toHaveLength(3);
    expect(again.profile).toEqual({ rol: 'Eerste aanspreekpunt voor bewoners met vragen.' });

    // The coordinator sees the correction beside the profile as it is, and takes it over as a speler change.
    const checksUrl = surveysUrl(workspace, `/${survey.id}/profile-checks`);
    const checks = (await t.inject(checksUrl)).json().items;
    expect(checks).toEqual([
      {
        respondentId: link?.respondentId,
        actorId: buurtteam.id,
        actorName: 'Buurtteam',
        actorVersion: buurtteam.version,
        corrections: [
          { field: 'rol', current: '', proposed: 'Eerste aanspreekpunt voor bewoners met vragen.' },
        ],
        remarks: '',
      },
    ]);
    const taken = await t.inject({
      method: 'PATCH',
      url: `${API}/workspaces/${workspace.id}/actors/${buurtteam.id}`,
      payload: { version: checks[0].actorVersion, rol: checks[0].corrections[0].proposed },
    });
    expect(taken.statusCode, taken.body).toBe(200);
    expect((await t.inject(checksUrl)).json().items).toEqual([]);

    // Changing their mind replaces their positions in this round; it does not pile up dated copies.
    await respond(token, {
      ties: [{ actorId: corporatie.id, types: ['werkt_samen'] }],
      positions: [
        { topicId: armoede.id, actorId: corporatie.id, invloed: 5, belang: 3, standpunt: 1 },
        { topicId: toegang.id, actorId: raad.id, invloed: 4, belang: 4, standpunt: 0 },
      ],
    });
    const history = await positionsOf(armoede.id, false);
    expect(history.map((position) => [position.actorId, position.standpunt])).toEqual([[corporatie.id, 1]]);
    expect((await positionsOf(toegang.id)).map((position) => position.actorId)).toEqual([raad.id]);

    // Refused: a vraagstuk the round does not ask about, a speler twice on one vraagstuk. Nothing stored.
    const other = await topic('Jeugdzorg');
    const wrong = await respond(token, {
      ties: [],
      positions: [
        { topicId: other.id, actorId: raad.id, invloed: 1, belang: 1, standpunt: 0 },
        { topicId: armoede.id, actorId: raad.id, invloed: 1, belang: 1, standpunt: 0 },
        { topicId: armoede.id, actorId: raad.id, invloed: 2, belang: 2, standpunt: 0 },
      ],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'answers.positions.0.topicId', code: 'topic_not_asked' }),
      expect.objectContaining({ name: 'answers.positions.2', code: 'position_twice' }),
    ]);
    expect((await positionsOf(toegang.id)).map((position) => position.actorId)).toEqual([raad.id]);

    // A vraagstuk deleted meanwhile: the round stops asking about it and the answers drop it.
    const deleted = await t.inject({
      method: 'DELETE',
      url: `${API}/workspaces/${workspace.id}/topics/${toegang.id}`,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);
    expect((await t.inject(surveysUrl(workspace, `/${survey.id}`))).json().topicIds).toEqual([armoede.id]);
    const after = (await open(token)).json();
    expect(after.survey.topics.map((item: { id: string }) => item.id)).toEqual([armoede.id]);
    expect(after.answers.positions.map((position: { topicId: string }) => position.topicId)).toEqual([
      armoede.id,
    ]);

    // Withdrawing takes their positions off the vraagstukken too.
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `${API}/survey-response/withdraw`,
      payload: { token },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect(await positionsOf(armoede.id, false)).toEqual([]);
  });

  it('offers respondents the round’s roster: every speler, the other respondents, or a chosen list', async () => {
    const workspace = await t.createWorkspace({ name: 'Lijst van de uitvraag' });
    const [a, b, c, d] = [
      await t.createActor(workspace.id, { name: 'Aa', force: 'instelling' }),
      await t.createActor(workspace.id, { name: 'Bb', force: 'professional' }),
      await t.createActor(workspace.id, { name: 'Cc', force: 'bewoner' }),
      await t.createActor(workspace.id, { name: 'Dd', force: 'gemeente' }),
    ];
    const rosterNames = async (token: string) =>
      (await open(token)).json().roster.map((actor: { name: string }) => actor.name);

    // A chosen list must hold someone, and only spelers of this werkruimte.
    const empty = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace),
      payload: { title: 'Leeg', closesOn: '2099-12-31', roster: 'chosen' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'rosterActorIds', code: 'roster_empty' }),
    ]);
    const elsewhere = await t.createActor((await t.createWorkspace({ name: 'Ergens anders' })).id);
    const foreign = await t.inject({
      method: 'POST',
      url: surveysUrl(workspace),
      payload: { title: 'Vreemd', closesOn: '2099-12-31', roster: 'chosen', rosterActorIds: [elsewhere.id] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'rosterActorIds.0', code: 'actor_not_in_workspace' }),
    ]);

    // Only the other respondents: a closed network.
    const closed = await openRound(workspace, { title: 'Gesloten', roster: 'respondents' });
    const [linkA] = await invite(workspace, closed, [a, b]);
    expect(await rosterNames(linkA?.token as string)).toEqual(['Bb']);
    const offList = await respond(linkA?.token as string, {
      ties: [{ actorId: c.id, types: ['werkt_samen'] }],
      positions: [{ topicId: c.id, actorId: d.id }],
    });
    expect(offList.statusCode).toBe(400);
    expect(offList.json().invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'answers.ties.0.actorId', code: 'actor_not_on_roster' }),
      ]),
    );

    // A chosen list; narrowing it later keeps what a respondent named before.
    const chosen = await openRound(workspace, {
      title: 'Gekozen',
      roster: 'chosen',
      rosterActorIds: [c.id, d.id],
    });
    const [linkB] = await invite(workspace, chosen, [b]);
    const token = linkB?.token as string;
    expect(await rosterNames(token)).toEqual(['Cc', 'Dd']);
    const saved = await respond(token, { ties: [{ actorId: c.id, types: ['werkt_samen'] }] });
    expect(saved.statusCode, saved.body).toBe(200);
    const current = (await t.inject(surveysUrl(workspace, `/${chosen.id}`))).json() as Survey;
    const narrowed = await t.inject({
      method: 'PATCH',
      url: surveysUrl(workspace, `/${chosen.id}`),
      payload: { version: current.version, rosterActorIds: [d.id] },
    });
    expect(narrowed.statusCode, narrowed.body).toBe(200);
    expect((await rosterNames(token)).sort()).toEqual(['Cc', 'Dd']);
    const again = await respond(token, {
      ties: [
        { actorId: c.id, types: ['werkt_samen'], frequency: 'wekelijks' },
        { actorId: d.id, types: ['werkt_samen'] },
      ],
    });
    expect(again.statusCode, again.body).toBe(200);
    expect((await respond(token, { ties: [{ actorId: a.id, types: ['werkt_samen'] }] })).statusCode).toBe(
      400,
    );
  });

  it('refuses profile corrections when the round does not ask to check the profile', async () => {
    const workspace = await t.createWorkspace({ name: 'Geen profiel' });
    const actor = await t.createActor(workspace.id);
    const survey = await openRound(workspace, { questions: ['frequentie'] });
    const [link] = await invite(workspace, survey, [actor]);
    expect((await open(link?.token as string)).json().respondent.profile).toBeNull();
    const refused = await respond(link?.token as string, { ties: [], profile: { rol: 'Iets anders' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'answers.profile.rol', code: 'question_not_asked' }),
    ]);
  });

  it('deletes contact data by itself once a closed round is past its retention period', async () => {
    const workspace = await t.createWorkspace({ name: 'Bewaartermijn' });
    const actor = await t.createActor(workspace.id);
    const survey = await openRound(workspace, { contactRetentionDays: 30, closesOn: '2099-01-01' });
    await invite(workspace, survey, [actor]);
    // Dutch days: 31 January 2099 is the 30th day after the last day, 1 February the first past it.
    expect(await forgetExpiredContacts(t.store, new Date('2099-01-31T12:00:00Z'))).toBe(0);
    expect(await forgetExpiredContacts(t.store, new Date('2099-02-01T12:00:00Z'))).toBe(1);
    const [respondent] = await t.store.surveys.listRespondents(workspace.id, survey.id, true);
    expect(respondent?.contact).toBeNull();
    const [event] = (await t.inject(`${API}/workspaces/${workspace.id}/history?pageSize=1`)).json().items;
    expect(event).toMatchObject({
      action: 'respondent.forget_contact',
      via: 'system',
      user: null,
      after: { surveyId: survey.id, respondentIds: [respondent?.id], expired: true },
    });
    expect(await forgetExpiredContacts(t.store, new Date('2099-03-01T12:00:00Z'))).toBe(0);
  });
});
