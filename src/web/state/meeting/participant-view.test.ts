import { describe, expect, it } from 'vitest';
import {
  CONTRIBUTION_STATUSES,
  type Contribution,
  type ContributionInput,
  contributionSchema,
  type MeetingActor,
} from '../../../domain/index.ts';
import { meetingJoinEn } from '../../i18n/meetings/join.en.ts';
import { meetingJoinNl } from '../../i18n/meetings/join.nl.ts';
import { applyMeetingEvent, liveMeetingFrom } from './live-meeting.ts';
import {
  addedActors,
  canWithdraw,
  describeContribution,
  indexActors,
  isMine,
  mergeIndexes,
  nextVerdict,
  othersStanding,
  ownContributions,
  ownStatusNews,
  PICK_LIST_MAX,
  pickableActors,
  pickList,
  sentActorNames,
  statusKey,
  type Translate,
  withAnswer,
  withWithdrawn,
} from './participant-view.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const GROUP = id(900);

function actor(n: number, name: string, force: MeetingActor['force'] = 'instelling'): MeetingActor {
  return { id: id(n), name, force };
}

let created = 0;
function contribution(content: ContributionInput, fields: Partial<Contribution> = {}): Contribution {
  created++;
  return contributionSchema.parse({
    id: id(500 + created),
    kind: content.kind,
    content,
    status: 'pending',
    groupId: GROUP,
    groupName: 'Bewoners',
    participantName: null,
    mine: false,
    actors: [],
    actorId: null,
    relationId: null,
    reactions: { klopt: 0, kloptNiet: 0 },
    myReaction: null,
    createdAt: `2025-03-01T10:${String(created).padStart(2, '0')}:00.000Z`,
    decidedAt: null,
    ...fields,
  });
}

const ZUID = actor(1, 'Buurtteam Zuid', 'professional');
const GEMEENTE = actor(2, 'Gemeente Utrecht', 'gemeente');
const VOEDSELBANK = actor(3, 'Voedselbank', 'instelling');

/** A `t` that shows the key and its values, to test which words a sentence uses. */
const t: Translate = (key, values) => (values ? `${key} ${JSON.stringify(values)}` : key);

describe('the spelers to pick from', () => {
  it('are the meeting’s, plus each speler a standing contribution took over or names', () => {
    const taken = contribution(
      { kind: 'actor', name: 'Voedselbank', force: 'instelling', why: null },
      { status: 'accepted', actorId: VOEDSELBANK.id },
    );
    const waiting = contribution({ kind: 'actor', name: 'Wachtend', force: 'bewoner', why: null });
    const rejected = contribution(
      { kind: 'actor', name: 'Afgewezen', force: 'bewoner', why: null },
      { status: 'rejected', actorId: id(77) },
    );
    const tie = contribution(
      { kind: 'tie', sourceId: ZUID.id, targetId: id(4), type: 'werkt_samen', strength: 3 },
      { status: 'merged', actors: [ZUID, actor(4, 'Huisarts', 'professional')] },
    );
    const all = pickableActors([ZUID, GEMEENTE], [taken, waiting, rejected, tie]);
    expect(all.map((entry) => entry.name)).toEqual([
      'Buurtteam Zuid',
      'Gemeente Utrecht',
      'Voedselbank',
      'Huisarts',
    ]);
    expect(addedActors(new Map([[ZUID.id, ZUID]]), [tie])).toEqual([actor(4, 'Huisarts', 'professional')]);
  });
});

describe('searching the spelers', () => {
  const index = indexActors([VOEDSELBANK, GEMEENTE, ZUID, actor(5, 'Wijkteam Zuidoost', 'professional')]);

  it('finds by part of the name, accents and case aside, starts first, then word starts, then the rest', () => {
    expect(pickList(index, 'ZÚID').shown.map((entry) => entry.name)).toEqual([
      'Buurtteam Zuid',
      'Wijkteam Zuidoost',
    ]);
    expect(pickList(index, 'team').shown.map((entry) => entry.name)).toEqual([
      'Buurtteam Zuid',
      'Wijkteam Zuidoost',
    ]);
    expect(pickList(index, 'ge').shown.map((entry) => entry.name)).toEqual(['Gemeente Utrecht']);
    expect(pickList(index, 'xyz')).toEqual({ shown: [], matched: 0, browsing: false });
  });

  it('leaves out the speler chosen elsewhere in the form', () => {
    expect(pickList(index, 'zuid', ZUID.id).shown.map((entry) => entry.name)).toEqual(['Wijkteam Zuidoost']);
  });

  it('shows a short list whole before anything is typed, alphabetically, and a long one not at all', () => {
    expect(pickList(index, '  ')).toMatchObject({ matched: 4, browsing: true });
    expect(pickList(index, '').shown.map((entry) => entry.name)).toEqual([
      'Buurtteam Zuid',
      'Gemeente Utrecht',
      'Voedselbank',
      'Wijkteam Zuidoost',
    ]);
    const many = indexActors(Array.from({ length: 100 }, (_, k) => actor(100 + k, `Speler ${k}`)));
    expect(pickList(many, '')).toEqual({ shown: [], matched: 100, browsing: false });
    const found = pickList(many, 'speler');
    expect(found.matched).toBe(100);
    expect(found.shown).toHaveLength(PICK_LIST_MAX);
  });

  it('merges a live addition into the alphabetical index', () => {
    const merged = mergeIndexes(index, indexActors([actor(6, 'Armoedefonds'), actor(7, 'Huisarts')]));
    expect(merged.map((entry) => entry.actor.name)).toEqual([
      'Armoedefonds',
      'Buurtteam Zuid',
      'Gemeente Utrecht',
      'Huisarts',
      'Voedselbank',
      'Wijkteam Zuidoost',
    ]);
    expect(mergeIndexes(index, [])).toBe(index);
  });
});

describe('the lists on the page', () => {
  const mineWaiting = contribution(
    { kind: 'actor', name: 'Voedselbank', force: 'instelling', why: null },
    { mine: true },
  );
  const mineRejected = contribution(
    { kind: 'actor', name: 'Afgewezen', force: 'bewoner', why: null },
    { mine: true, status: 'rejected' },
  );
  const othersOld = contribution(
    { kind: 'tie', sourceId: ZUID.id, targetId: GEMEENTE.id, type: 'werkt_samen', strength: 3 },
    { status: 'accepted' },
  );
  const othersNew = contribution(
    { kind: 'position', actorId: ZUID.id, invloed: 4, belang: 5, standpunt: 1 },
    { status: 'merged' },
  );
  const othersPending = contribution({ kind: 'actor', name: 'Nog niet', force: 'bewoner', why: null });
  const live = liveMeetingFrom([mineWaiting, othersOld, mineRejected, othersNew, othersPending], 10);

  it('shows what others said that stands, newest first', () => {
    expect(othersStanding(live, new Set()).map((entry) => entry.id)).toEqual([othersNew.id, othersOld.id]);
  });

  it('shows the participant’s own, newest first, also those this phone sent that the server did not mark', () => {
    expect(ownContributions(live, new Set()).map((entry) => entry.id)).toEqual([
      mineRejected.id,
      mineWaiting.id,
    ]);
    const sent = new Set([othersOld.id]);
    expect(isMine(othersOld, sent)).toBe(true);
    expect(othersStanding(live, sent).map((entry) => entry.id)).toEqual([othersNew.id]);
  });

  it('remembers the names of missing spelers sent that still wait or stand', () => {
    expect(sentActorNames(ownContributions(live, new Set()))).toEqual(['Voedselbank']);
  });

  it('offers withdrawing while the meeting is open and the contribution waits or stands', () => {
    expect(canWithdraw(mineWaiting, true)).toBe(true);
    expect(canWithdraw(othersOld, true)).toBe(true);
    expect(canWithdraw(mineRejected, true)).toBe(false);
    expect(canWithdraw(mineWaiting, false)).toBe(false);
  });

  it('takes a reaction back when the same verdict is pressed again', () => {
    expect(nextVerdict(null, 'klopt')).toBe('klopt');
    expect(nextVerdict('klopt', 'klopt')).toBeNull();
    expect(nextVerdict('klopt', 'klopt_niet')).toBe('klopt_niet');
  });
});

describe('this phone’s own answers and the live stream', () => {
  const sent = contribution(
    { kind: 'actor', name: 'Voedselbank', force: 'instelling', why: null },
    { mine: true },
  );

  it('puts a sent contribution in without moving the stream’s position', () => {
    const live = withAnswer(liveMeetingFrom([], 7), sent);
    expect(live.lastEventId).toBe(7);
    expect(live.contributions.get(sent.id)).toEqual(sent);
  });

  it('does not let an answer that travelled slowly undo a decision the stream brought first', () => {
    const decided = { ...sent, status: 'accepted' as const, actorId: VOEDSELBANK.id };
    let live = liveMeetingFrom([], 7);
    live = applyMeetingEvent(live, { type: 'contribution', id: 8, contribution: decided });
    live = withAnswer(live, { ...sent, reactions: { klopt: 1, kloptNiet: 0 } });
    expect(live.contributions.get(sent.id)).toMatchObject({ status: 'accepted', reactions: { klopt: 1 } });
  });

  it('keeps `mine` when a reaction’s answer does not say it', () => {
    const live = withAnswer(liveMeetingFrom([sent], 7), { ...sent, mine: false });
    expect(live.contributions.get(sent.id)?.mine).toBe(true);
  });

  it('shows a withdrawal at once', () => {
    const live = withWithdrawn(liveMeetingFrom([sent], 7), sent.id);
    expect(live.contributions.get(sent.id)?.status).toBe('withdrawn');
    expect(withWithdrawn(live, id(999))).toBe(live);
  });

  it('announces a decision on the participant’s own contribution, once', () => {
    const accepted = { ...sent, status: 'accepted' as const };
    expect(ownStatusNews(sent, accepted, true)).toBe('accepted');
    expect(ownStatusNews(sent, { ...sent, status: 'merged' }, true)).toBe('merged');
    expect(ownStatusNews(sent, { ...sent, status: 'rejected' }, true)).toBe('rejected');
    expect(ownStatusNews(accepted, accepted, true)).toBeNull();
    expect(ownStatusNews(sent, accepted, false)).toBeNull();
    expect(ownStatusNews(undefined, accepted, true)).toBeNull();
    expect(ownStatusNews(accepted, { ...sent, status: 'withdrawn' }, true)).toBeNull();
  });
});

describe('words', () => {
  it('describes each kind of contribution with the names it refers to', () => {
    const names = new Map([[GEMEENTE.id, GEMEENTE]]);
    const tie = contribution(
      { kind: 'tie', sourceId: ZUID.id, targetId: GEMEENTE.id, type: 'financiert', strength: 4 },
      { actors: [ZUID] },
    );
    expect(describeContribution(tie, t, names)).toBe(
      'meetingJoin.describe.tie {"source":"Buurtteam Zuid","type":"relationType.financiert","target":"Gemeente Utrecht","strength":4,"max":5}',
    );
    const place = contribution({ kind: 'position', actorId: id(404), invloed: 2, belang: 3, standpunt: -2 });
    expect(describeContribution(place, t)).toBe(
      'meetingJoin.describe.position {"name":"?","invloed":2,"belang":3,"stance":"topics.stance.strongAgainst"}',
    );
    const missing = contribution({ kind: 'actor', name: 'Voedselbank', force: 'instelling', why: null });
    expect(describeContribution(missing, t)).toBe(
      'meetingJoin.describe.actor {"name":"Voedselbank","force":"force.instelling"}',
    );
  });

  it('has a status word for every status, in both languages', () => {
    for (const status of CONTRIBUTION_STATUSES) {
      const key = statusKey(status).replace('meetingJoin.status.', '');
      expect(meetingJoinNl.status).toHaveProperty(key);
      expect(meetingJoinEn.status).toHaveProperty(key);
    }
  });

  it('has words for every announcement the page makes', () => {
    for (const key of [
      'accepted',
      'merged',
      'rejected',
      'klopt',
      'klopt_niet',
      'cleared',
      'withdrawn',
      'sent',
    ]) {
      expect(meetingJoinNl.notice).toHaveProperty(key);
      expect(meetingJoinEn.notice).toHaveProperty(key);
    }
  });
});
