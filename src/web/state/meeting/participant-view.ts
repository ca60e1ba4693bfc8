/**
 * What a participant's phone shows of a live bijeenkomst, derived from the view it loaded and the live
 * events since (live-meeting.ts): the spelers to pick from (the meeting's, plus every speler an accepted
 * contribution put on the map), a search over them, what others said that was taken over (to react to),
 * the participant's own contributions with their status, and a sentence for each contribution. Pure, so the
 * page only renders.
 */
import {
  type Contribution,
  type ContributionStatus,
  type MeetingActor,
  type ReactionVerdict,
  STANCE_NAMES,
  STRENGTH_MAX,
} from '../../../domain/index.ts';
import { normalizeName } from '../actor-search.ts';
import { dutchCollator } from '../collator.ts';
import { contributionsInOrder, type LiveMeeting } from './live-meeting.ts';

/** The statuses under which a contribution is on the map. */
export const STANDING_STATUSES: readonly ContributionStatus[] = ['accepted', 'merged'];

export function isStanding(contribution: Contribution): boolean {
  return STANDING_STATUSES.includes(contribution.status);
}

/**
 * The spelers that standing contributions put on the map or name and that `known` lacks, each once: a
 * missing speler taken over (its new `actorId`, with the name and kracht it was sent with), and every
 * speler a standing contribution refers to.
 */
export function addedActors(
  known: ReadonlyMap<string, unknown>,
  contributions: Iterable<Contribution>,
): MeetingActor[] {
  const added = new Map<string, MeetingActor>();
  const add = (actor: MeetingActor) => {
    if (!known.has(actor.id) && !added.has(actor.id)) added.set(actor.id, actor);
  };
  for (const contribution of contributions) {
    if (!isStanding(contribution)) continue;
    const { content } = contribution;
    if (content.kind === 'actor' && contribution.actorId)
      add({ id: contribution.actorId, name: content.name, force: content.force });
    for (const actor of contribution.actors) add(actor);
  }
  return [...added.values()];
}

/** The meeting's spelers and every speler a standing contribution names or added, each once. */
export function pickableActors(
  viewActors: readonly MeetingActor[],
  contributions: Iterable<Contribution>,
): MeetingActor[] {
  const known = new Map(viewActors.map((actor) => [actor.id, actor]));
  return [...known.values(), ...addedActors(known, contributions)];
}

// ─── searching the spelers ────────────────────────────────────────────────────────────────────────────────

/** At most this many matches are listed: on a phone, typing more of the name beats scrolling. */
export const PICK_LIST_MAX = 30;

export interface ActorIndexEntry {
  actor: MeetingActor;
  /** The name as compared (normalizeName): made once, not per keystroke. */
  key: string;
}

/** The spelers in alphabetical order with their compared names; build it once per list of spelers. */
export function indexActors(actors: readonly MeetingActor[]): ActorIndexEntry[] {
  return actors
    .map((actor) => ({ actor, key: normalizeName(actor.name) }))
    .sort((a, b) => dutchCollator.compare(a.actor.name, b.actor.name));
}

/** Two indexes as one, still alphabetical: the meeting's spelers and the few added live. */
export function mergeIndexes(
  a: readonly ActorIndexEntry[],
  b: readonly ActorIndexEntry[],
): readonly ActorIndexEntry[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: ActorIndexEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = a[i];
    const right = b[j];
    if (
      right === undefined ||
      (left !== undefined && dutchCollator.compare(left.actor.name, right.actor.name) <= 0)
    ) {
      merged.push(left as ActorIndexEntry);
      i++;
    } else {
      merged.push(right);
      j++;
    }
  }
  return merged;
}

export interface PickList {
  shown: MeetingActor[];
  /** How many match in all (more than `shown` when capped). */
  matched: number;
  /** True when nothing was typed and the whole (short) list is shown to browse. */
  browsing: boolean;
}

/** 0: the name starts with the text, 1: a word of it does, 2: it contains it; null: no match. */
function rank(key: string, needle: string): number | null {
  const at = key.indexOf(needle);
  if (at < 0) return null;
  if (at === 0) return 0;
  return key.split(/[\s\-/()]+/).some((word) => word.startsWith(needle)) ? 1 : 2;
}

/**
 * The spelers matching the typed text (case, accents and extra spaces ignored), best matches first and
 * alphabetical within, at most `limit`. Nothing typed: the whole list when it is short enough to browse,
 * else nothing. `exclude` leaves out a speler already chosen elsewhere in the form.
 */
export function pickList(
  index: readonly ActorIndexEntry[],
  query: string,
  exclude: string | null = null,
  limit = PICK_LIST_MAX,
): PickList {
  const candidates = exclude ? index.filter((entry) => entry.actor.id !== exclude) : index;
  const needle = normalizeName(query);
  if (needle === '') {
    const browsing = candidates.length <= limit;
    return {
      shown: browsing ? candidates.map((entry) => entry.actor) : [],
      matched: candidates.length,
      browsing,
    };
  }
  const found: { actor: MeetingActor; rank: number }[] = [];
  for (const entry of candidates) {
    const entryRank = rank(entry.key, needle);
    if (entryRank !== null) found.push({ actor: entry.actor, rank: entryRank });
  }
  // A stable sort keeps the index's alphabetical order within a rank.
  found.sort((a, b) => a.rank - b.rank);
  return { shown: found.slice(0, limit).map((entry) => entry.actor), matched: found.length, browsing: false };
}

// ─── the lists on the page ────────────────────────────────────────────────────────────────────────────────

/**
 * True for the participant's own contribution. `mine` comes from the server; the ids this phone sent are
 * kept as well, so a live event that does not say it (or says it of a copy meant for everyone) still does.
 */
export function isMine(contribution: Contribution, sentIds: ReadonlySet<string>): boolean {
  return contribution.mine || sentIds.has(contribution.id);
}

/** What others said that is on the map, newest first: what a participant can say "klopt" about. */
export function othersStanding(live: LiveMeeting, sentIds: ReadonlySet<string>): Contribution[] {
  return contributionsInOrder(live, STANDING_STATUSES)
    .filter((contribution) => !isMine(contribution, sentIds))
    .reverse();
}

/** The participant's own contributions, newest first. */
export function ownContributions(live: LiveMeeting, sentIds: ReadonlySet<string>): Contribution[] {
  return contributionsInOrder(live)
    .filter((contribution) => isMine(contribution, sentIds))
    .reverse();
}

/** The names of the participant's missing-speler contributions that still stand or wait. */
export function sentActorNames(own: readonly Contribution[]): string[] {
  return own.flatMap((contribution) =>
    contribution.content.kind === 'actor' && (contribution.status === 'pending' || isStanding(contribution))
      ? [contribution.content.name]
      : [],
  );
}

/** Withdrawing is possible while the meeting is open and the contribution waits or stands. */
export function canWithdraw(contribution: Contribution, meetingOpen: boolean): boolean {
  return meetingOpen && (contribution.status === 'pending' || isStanding(contribution));
}

/** Pressing the verdict already given takes it back; pressing the other one changes it. */
export function nextVerdict(
  current: ReactionVerdict | null,
  pressed: ReactionVerdict,
): ReactionVerdict | null {
  return current === pressed ? null : pressed;
}

// ─── applying this phone's own answers ────────────────────────────────────────────────────────────────────

/** How far a contribution has come: waiting, decided, withdrawn (a status never goes back). */
const STAGE: Readonly<Record<ContributionStatus, number>> = {
  pending: 0,
  accepted: 1,
  merged: 1,
  rejected: 1,
  withdrawn: 2,
};

/**
 * A contribution the server just answered with (a send, a reaction, a withdrawal), put into the live state
 * without moving `lastEventId`: the live event for it may come before or after and replaces it either way.
 * A contribution the stream already moved on (decided while the answer travelled) keeps its newer status.
 */
export function withAnswer(live: LiveMeeting, answer: Contribution): LiveMeeting {
  const known = live.contributions.get(answer.id);
  const merged =
    known && STAGE[known.status] > STAGE[answer.status]
      ? { ...known, reactions: answer.reactions, myReaction: answer.myReaction }
      : { ...answer, mine: answer.mine || (known?.mine ?? false) };
  const contributions = new Map(live.contributions);
  contributions.set(answer.id, merged);
  return { ...live, contributions };
}

/** After a withdrawal (204): the contribution shows as withdrawn until the live event confirms it. */
export function withWithdrawn(live: LiveMeeting, contributionId: string): LiveMeeting {
  const known = live.contributions.get(contributionId);
  if (!known) return live;
  const contributions = new Map(live.contributions);
  contributions.set(contributionId, { ...known, status: 'withdrawn' });
  return { ...live, contributions };
}

/**
 * What to tell the participant when a live event changes one of their own contributions: taken over,
 * merged with what was on the map, or not taken over. Null when there is nothing new to say.
 */
export function ownStatusNews(
  before: Contribution | undefined,
  after: Contribution,
  mine: boolean,
): 'accepted' | 'merged' | 'rejected' | null {
  if (!mine || !before || before.status === after.status) return null;
  if (after.status === 'accepted' || after.status === 'merged' || after.status === 'rejected')
    return after.status;
  return null;
}

// ─── words ────────────────────────────────────────────────────────────────────────────────────────────────

/** i18next's `t` as far as these sentences need it (a stand-in in tests). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The name of a speler a contribution refers to: from the contribution, else the page's list. */
function nameOf(
  contribution: Contribution,
  actorId: string,
  known: ReadonlyMap<string, { name: string }>,
): string {
  return contribution.actors.find((actor) => actor.id === actorId)?.name ?? known.get(actorId)?.name ?? '?';
}

/** One sentence for a contribution: "Nieuwe speler: …", "A werkt samen met B (sterkte 4 van 5)", a place. */
export function describeContribution(
  contribution: Contribution,
  t: Translate,
  known: ReadonlyMap<string, { name: string }> = new Map(),
): string {
  const { content } = contribution;
  switch (content.kind) {
    case 'actor':
      return t('meetingJoin.describe.actor', { name: content.name, force: t(`force.${content.force}`) });
    case 'tie':
      return t('meetingJoin.describe.tie', {
        source: nameOf(contribution, content.sourceId, known),
        type: t(`relationType.${content.type}`),
        target: nameOf(contribution, content.targetId, known),
        strength: content.strength,
        max: STRENGTH_MAX,
      });
    case 'position':
      return t('meetingJoin.describe.position', {
        name: nameOf(contribution, content.actorId, known),
        invloed: content.invloed,
        belang: content.belang,
        stance: t(`topics.stance.${STANCE_NAMES[String(content.standpunt) as keyof typeof STANCE_NAMES]}`),
      });
  }
}

/** The status word of a contribution, under `meetingJoin.status`. */
export function statusKey(status: ContributionStatus): string {
  return `meetingJoin.status.${status}`;
}
