/**
 * Het stadsgesprek through the HTTP API on every database backend, as a facilitator and phones use it: a
 * meeting is started on a vraagstuk, two participants join by code as different groups, send a speler, a
 * tie and a place, the facilitator accepts, merges and rejects, others react "klopt niet", and what was
 * accepted lands as ordinary claims of each group's perspective with the meeting as source. Withdrawing
 * takes a claim back; closing ends every participant's rights at once; the summary counts it all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Actor,
  Assessment,
  Contribution,
  Meeting,
  MeetingEvent,
  MeetingSummary,
  ParticipantView,
  Topic,
  TopicPosition,
  Workspace,
} from '../../src/domain/index.ts';
import { buildTestApp, type TestApp } from '../helpers/build-test-app.ts';
import { BACKENDS } from '../helpers/test-database.ts';

const API = '/api/v1';

describe.each(BACKENDS)('het stadsgesprek on %s', (backend) => {
  let t: TestApp;
  let workspace: Workspace;
  let topic: Topic;
  let wijkteam: Actor;
  let ggd: Actor;
  let buurthuis: Actor;
  beforeAll(async () => {
    t = await buildTestApp(backend);
    workspace = await t.createWorkspace();
    wijkteam = await t.createActor(workspace.id, { name: 'Wijkteam Noord' });
    ggd = await t.createActor(workspace.id, { name: 'GGD', force: 'instelling', kind: 'organisatie' });
    buurthuis = await t.createActor(workspace.id, {
      name: 'Buurthuis De Linde',
      force: 'bewoner',
      kind: 'initiatief',
    });
    const created = await t.inject({
      method: 'POST',
      url: `${API}/workspaces/${workspace.id}/topics`,
      payload: { name: 'Eenzaamheid onder ouderen' },
    });
    topic = created.json();
  });
  afterAll(() => t.close());

  const meetingsUrl = (rest = '') => `${API}/workspaces/${workspace.id}/meetings${rest}`;
  const asParticipant = (
    token: string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `${API}/meeting-participation${url}`,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    });

  async function startMeeting(fields: Record<string, unknown> = {}): Promise<Meeting> {
    const response = await t.inject({
      method: 'POST',
      url: meetingsUrl(),
      payload: { name: 'Stadsgesprek Noord', topicId: topic.id, ...fields },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function join(meeting: Meeting, groupName: string, nickname: string | null = null) {
    const group = meeting.groups.find((candidate) => candidate.name === groupName);
    if (!group) throw new Error(`no group ${groupName}`);
    const response = await t.app.inject({
      method: 'POST',
      url: `${API}/meeting-participation/join`,
      payload: { code: meeting.code.toLowerCase(), groupId: group.id, nickname },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { token: string; view: ParticipantView };
  }

  async function send(token: string, content: Record<string, unknown>): Promise<Contribution> {
    const response = await asParticipant(token, 'POST', '/contributions', content);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function decide(meeting: Meeting, contribution: Contribution, decision: Record<string, unknown>) {
    return t.inject({
      method: 'POST',
      url: meetingsUrl(`/${meeting.id}/contributions/${contribution.id}/decision`),
      payload: decision,
    });
  }

  async function assessmentsOf(relationId: string): Promise<Assessment[]> {
    const response = await t.inject(`${API}/workspaces/${workspace.id}/relations/${relationId}/assessments`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items;
  }

  it('starts a meeting with a six-character code and the four default groups', async () => {
    const meeting = await startMeeting();
    expect(meeting.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(meeting.state).toBe('open');
    expect(meeting.groups.map((group) => group.name)).toEqual([
      'Bewoners',
      'Professionals',
      'Gemeente',
      'Instellingen',
    ]);
    const door = await t.app.inject({
      method: 'POST',
      url: `${API}/meeting-participation/door`,
      payload: { code: ` ${meeting.code.slice(0, 3).toLowerCase()}-${meeting.code.slice(3)} ` },
    });
    expect(door.statusCode, door.body).toBe(200);
    expect(door.json()).toMatchObject({
      name: 'Stadsgesprek Noord',
      topic: { name: 'Eenzaamheid onder ouderen' },
    });
  });

  it('lets phones contribute, the facilitator decide, and lands claims per group', async () => {
    const meeting = await startMeeting();
    const anna = await join(meeting, 'Bewoners', 'Anna');
    const piet = await join(meeting, 'Professionals');
    expect(anna.view.actors.map((actor) => actor.name)).toEqual([
      'Buurthuis De Linde',
      'GGD',
      'Wijkteam Noord',
    ]);
    expect(anna.view.meeting.hasTopic).toBe(true);

    // A missing speler, a tie, a place on the vraagstuk.
    const speler = await send(anna.token, {
      kind: 'actor',
      name: 'Voedselbank',
      force: 'bewoner',
      why: 'Kent de gezinnen',
    });
    expect(speler).toMatchObject({
      status: 'pending',
      mine: true,
      participantName: 'Anna',
      groupName: 'Bewoners',
    });
    const tie = await send(anna.token, {
      kind: 'tie',
      sourceId: buurthuis.id,
      targetId: ggd.id,
      type: 'werkt_samen',
      strength: 4,
    });
    const place = await send(piet.token, {
      kind: 'position',
      actorId: wijkteam.id,
      invloed: 4,
      belang: 5,
      standpunt: 1,
    });

    // The queue, oldest first, in the facilitator's form.
    const queue = await t.inject(meetingsUrl(`/${meeting.id}/contributions?status=pending`));
    expect(queue.json().items.map((item: Contribution) => item.id)).toEqual([speler.id, tie.id, place.id]);

    // Piet sees only his own until something is accepted.
    const before = (await asParticipant(piet.token, 'GET', '/view')).json() as ParticipantView;
    expect(before.contributions.map((item) => item.id)).toEqual([place.id]);

    const acceptedSpeler = await decide(meeting, speler, { decision: 'accept' });
    expect(acceptedSpeler.statusCode, acceptedSpeler.body).toBe(200);
    expect(acceptedSpeler.json()).toMatchObject({ status: 'accepted' });
    const newActorId = acceptedSpeler.json().actorId as string;
    const newActor = (
      await t.inject(`${API}/workspaces/${workspace.id}/actors/${newActorId}`)
    ).json() as Actor;
    expect(newActor).toMatchObject({ name: 'Voedselbank', force: 'bewoner', rol: 'Kent de gezinnen' });
    expect(newActor.sources[0]).toMatch(/^bijeenkomst Stadsgesprek Noord, \d{2}-\d{2}-\d{4}$/);

    const acceptedTie = await decide(meeting, tie, { decision: 'accept' });
    expect(acceptedTie.statusCode, acceptedTie.body).toBe(200);
    const relationId = acceptedTie.json().relationId as string;
    const claims = await assessmentsOf(relationId);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ present: true, strength: 4, origin: 'meeting' });
    expect(claims[0]?.source).toMatch(/^bijeenkomst Stadsgesprek Noord/);

    const acceptedPlace = await decide(meeting, place, { decision: 'accept' });
    expect(acceptedPlace.statusCode, acceptedPlace.body).toBe(200);
    const positions = (
      await t.inject(`${API}/workspaces/${workspace.id}/topics/${topic.id}/positions`)
    ).json().items as TopicPosition[];
    expect(positions.filter((position) => position.actorId === wijkteam.id)).toMatchObject([
      { invloed: 4, belang: 5, standpunt: 1 },
    ]);

    // Each group speaks as its own perspective, named after group and meeting.
    const perspectives = (
      await t.inject(`${API}/workspaces/${workspace.id}/perspectives?pageSize=500`)
    ).json().items as { id: string; name: string; force: string }[];
    expect(perspectives.map((perspective) => perspective.name)).toEqual(
      expect.arrayContaining(['Bewoners · Stadsgesprek Noord', 'Professionals · Stadsgesprek Noord']),
    );

    // Piet (professionals) says the tie does not hold: his group now denies it; Anna's group still claims it.
    const tieAsPiet = (await asParticipant(piet.token, 'GET', '/view')).json() as ParticipantView;
    expect(tieAsPiet.contributions.find((item) => item.id === tie.id)).toMatchObject({
      mine: false,
      participantName: null,
    });
    const reaction = await asParticipant(piet.token, 'PUT', `/contributions/${tie.id}/reaction`, {
      verdict: 'klopt_niet',
    });
    expect(reaction.statusCode, reaction.body).toBe(200);
    expect(reaction.json()).toMatchObject({
      reactions: { klopt: 0, kloptNiet: 1 },
      myReaction: 'klopt_niet',
    });
    const afterReaction = await assessmentsOf(relationId);
    expect(afterReaction.map((claim) => [claim.present, claim.strength]).sort()).toEqual([
      [false, null],
      [true, 4],
    ]);
    // Reacting to one's own contribution is refused.
    const own = await asParticipant(anna.token, 'PUT', `/contributions/${tie.id}/reaction`, {
      verdict: 'klopt',
    });
    expect(own.statusCode).toBe(409);

    // Anna withdraws her tie: her group's claim goes; the denial counted on it goes too.
    const withdrawn = await asParticipant(anna.token, 'DELETE', `/contributions/${tie.id}`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect(await assessmentsOf(relationId)).toEqual([]);

    // The history has the decisions and the withdrawal.
    const history = (await t.inject(`${API}/workspaces/${workspace.id}/history?pageSize=100`)).json()
      .items as {
      action: string;
      via: string;
    }[];
    expect(history.filter((event) => event.action === 'contribution.decide')).toHaveLength(3);
    expect(history.some((event) => event.action === 'contribution.land' && event.via === 'meeting')).toBe(
      true,
    );

    // Closing ends every participant's rights at once.
    const current = (await t.inject(meetingsUrl(`/${meeting.id}`))).json() as Meeting;
    const closed = await t.inject({
      method: 'PATCH',
      url: meetingsUrl(`/${meeting.id}`),
      payload: { version: current.version, state: 'closed' },
    });
    expect(closed.statusCode, closed.body).toBe(200);
    for (const token of [anna.token, piet.token]) {
      expect((await asParticipant(token, 'GET', '/view')).statusCode).toBe(404);
      expect(
        (
          await asParticipant(token, 'POST', '/contributions', {
            kind: 'actor',
            name: 'Te laat',
            force: 'bewoner',
          })
        ).statusCode,
      ).toBe(404);
    }
    const reopened = await t.inject({
      method: 'PATCH',
      url: meetingsUrl(`/${meeting.id}`),
      payload: { version: current.version + 1, state: 'open' },
    });
    expect(reopened.statusCode).toBe(409);

    const summary = (await t.inject(meetingsUrl(`/${meeting.id}/summary`))).json() as MeetingSummary;
    expect(summary.participants).toBe(2);
    expect(summary.groups.find((group) => group.name === 'Bewoners')).toMatchObject({
      participants: 1,
      contributions: 2,
    });
    expect(summary.byKind.find((row) => row.kind === 'tie')).toMatchObject({ sent: 1, withdrawn: 1 });
    expect(summary.added.actors.map((actor) => actor.name)).toEqual(['Voedselbank']);
    expect(summary.added.positions).toBe(1);
  });

  it('merges a tie with an existing relatie and refuses a relatie between other spelers', async () => {
    const meeting = await startMeeting({ name: 'Samenvoegen' });
    const existing = await t.createRelation(workspace.id, wijkteam.id, ggd.id);
    const other = await t.createRelation(workspace.id, buurthuis.id, wijkteam.id);
    const { token } = await join(meeting, 'Gemeente');
    const tie = await send(token, {
      kind: 'tie',
      sourceId: ggd.id,
      targetId: wijkteam.id,
      type: 'informeert',
      strength: 2,
    });
    const wrong = await decide(meeting, tie, { decision: 'merge', relationId: other.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().invalidParams[0]).toMatchObject({
      name: 'relationId',
      code: 'relation_other_actors',
    });
    const merged = await decide(meeting, tie, { decision: 'merge', relationId: existing.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ status: 'merged', relationId: existing.id });
    const again = await decide(meeting, tie, { decision: 'reject' });
    expect(again.statusCode).toBe(409);
    expect(again.json().reason).toBe('contribution_decided');
  });

  it('accepts at once in a trusted room, merging a speler that exists already', async () => {
    const meeting = await startMeeting({ name: 'Vertrouwde zaal', autoAccept: true });
    const { token } = await join(meeting, 'Bewoners');
    const same = await send(token, { kind: 'actor', name: 'ggd', force: 'instelling' });
    expect(same).toMatchObject({ status: 'merged', actorId: ggd.id });
    const tie = await send(token, {
      kind: 'tie',
      sourceId: buurthuis.id,
      targetId: wijkteam.id,
      type: 'verwijst',
    });
    expect(tie.status).toBe('accepted');
  });

  it('refuses what a meeting does not ask, and wrong codes without a hint', async () => {
    const meeting = await startMeeting({ name: 'Zonder vraagstuk', topicId: null });
    const { token } = await join(meeting, 'Bewoners');
    const place = await asParticipant(token, 'POST', '/contributions', {
      kind: 'position',
      actorId: wijkteam.id,
      invloed: 3,
      belang: 3,
      standpunt: 0,
    });
    expect(place.statusCode).toBe(400);
    expect(place.json().invalidParams[0]).toMatchObject({ code: 'topic_not_asked' });
    const self = await asParticipant(token, 'POST', '/contributions', {
      kind: 'tie',
      sourceId: ggd.id,
      targetId: ggd.id,
      type: 'werkt_samen',
    });
    expect(self.statusCode).toBe(400);
    const foreign = await asParticipant(token, 'POST', '/contributions', {
      kind: 'tie',
      sourceId: ggd.id,
      targetId: '00000000-0000-4000-8000-000000000000',
      type: 'werkt_samen',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().invalidParams[0]).toMatchObject({
      name: 'targetId',
      code: 'actor_not_in_workspace',
    });
    const tooLong = await asParticipant(token, 'POST', '/contributions', {
      kind: 'actor',
      name: 'x'.repeat(201),
      force: 'bewoner',
    });
    expect(tooLong.statusCode).toBe(400);

    const wrongCodes = ['AAAAAA', 'abc', '', 'O0O0O0'];
    const answers = await Promise.all(
      wrongCodes.map((code) =>
        t.app.inject({ method: 'POST', url: `${API}/meeting-participation/door`, payload: { code } }),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toMatchObject({ code: 'meeting_code' });
      expect(answer.body).toBe(answers[0]?.body);
    }
  });

  it('limits how many contributions one participant sends per minute', async () => {
    const meeting = await startMeeting({ name: 'Te snel' });
    const { token, view } = await join(meeting, 'Bewoners');
    for (let index = 0; index < view.perMinute; index += 1) {
      await send(token, { kind: 'actor', name: `Speler ${index}`, force: 'bewoner' });
    }
    const over = await asParticipant(token, 'POST', '/contributions', {
      kind: 'actor',
      name: 'Eén te veel',
      force: 'bewoner',
    });
    expect(over.statusCode).toBe(429);
    expect(over.headers['retry-after']).toBe('60');
  });

  it('replays the events after a cursor, each participant seeing only what is theirs or public', async () => {
    const meeting = await startMeeting({ name: 'Terugspelen' });
    const a = await join(meeting, 'Bewoners');
    const b = await join(meeting, 'Professionals');
    const mine = await send(a.token, { kind: 'actor', name: 'Repair Café', force: 'bewoner' });
    const theirs = await send(b.token, { kind: 'actor', name: 'Huisartsenpraktijk', force: 'professional' });
    await decide(meeting, theirs, { decision: 'accept' });
    const poll = async (token: string, after: number) =>
      ((await asParticipant(token, 'GET', `/events?after=${after}`)).json() as { events: MeetingEvent[] })
        .events;
    const seenByA = await poll(a.token, a.view.lastEventId);
    const contributionIds = seenByA.flatMap((event) =>
      event.type === 'contribution' ? [event.contribution.id] : [],
    );
    expect(contributionIds).toEqual([mine.id, theirs.id]);
    expect(seenByA.some((event) => event.type === 'participants')).toBe(false);
    const last = seenByA.at(-1)?.id ?? 0;
    expect(await poll(a.token, last)).toEqual([]);
    const staff = (await t.inject(meetingsUrl(`/${meeting.id}/events?after=0`))).json()
      .events as MeetingEvent[];
    expect(staff.filter((event) => event.type === 'participants')).toHaveLength(2);
  });
});
