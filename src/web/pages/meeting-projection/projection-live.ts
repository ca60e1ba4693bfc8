/**
 * The projection's hold on a live bijeenkomst: the shared live state (state/meeting/live-meeting.ts) plus the
 * moments contributions came onto the map on this screen. The shared `changed` list also moves when a
 * participant reacts ("klopt") to what is already on the map; the big screen lights up only what was just
 * accepted or merged, so it keeps its own list of those arrivals. Also: which events may change the map
 * (then the page refetches it) and which spelers and relaties to light up now.
 *
 * A light lasts HIGHLIGHT_MS from when the screen's map first shows the speler or relatie, not from the
 * acceptance: the map shows it only after a refetch, which on a busy server or a slow projector laptop can
 * take longer than the light would last.
 */
import type { Contribution, MeetingEvent } from '../../../domain/index.ts';
import {
  applyMeetingEvent,
  HIGHLIGHT_MS,
  type LiveMeeting,
  liveMeetingFrom,
} from '../../state/meeting/live-meeting.ts';

export interface ProjectionLive {
  live: LiveMeeting;
  /** Contributions that came onto the map by a live event (accepted or merged), newest last. */
  arrivals: readonly { id: string; at: number }[];
}

/**
 * How long after its acceptance a speler or relatie may first show on the map and still be lit up: later
 * than that, the light would point at something long past.
 */
export const MAP_WAIT_MS = 60_000;

/** On the map: accepted as a new element or a claim, or merged with one that was there. */
export function isOnMap(contribution: Pick<Contribution, 'status'>): boolean {
  return contribution.status === 'accepted' || contribution.status === 'merged';
}

export function projectionLiveFrom(
  contributions: readonly Contribution[],
  lastEventId: number,
): ProjectionLive {
  return { live: liveMeetingFrom(contributions, lastEventId), arrivals: [] };
}

/** Applies one live event; an event already applied changes nothing (the same object comes back). */
export function applyProjectionEvent(
  state: ProjectionLive,
  event: MeetingEvent,
  now = Date.now(),
): ProjectionLive {
  const live = applyMeetingEvent(state.live, event, now);
  if (live === state.live) return state;
  // Older arrivals can no longer be lit (highlightsOf), so they are let go.
  const recent = state.arrivals.filter((arrival) => now - arrival.at < MAP_WAIT_MS + HIGHLIGHT_MS);
  if (event.type !== 'contribution') return { live, arrivals: recent };
  const { id } = event.contribution;
  const before = state.live.contributions.get(id);
  const arrived = isOnMap(event.contribution) && !(before && isOnMap(before));
  return {
    live,
    arrivals: arrived ? [...recent.filter((arrival) => arrival.id !== id), { id, at: now }] : recent,
  };
}

/**
 * Whether the map, the grid or the meeting's groups may have changed with this event: a contribution on
 * the map (new, or a reaction that changes its group's claim) or one whose status changed. A new pending
 * contribution does not change the map. Asked before the event is applied.
 */
export function mayChangeMap(state: ProjectionLive, event: MeetingEvent): boolean {
  if (event.type !== 'contribution' || event.id <= state.live.lastEventId) return false;
  const before = state.live.contributions.get(event.contribution.id);
  return isOnMap(event.contribution) || (before !== undefined && before.status !== event.contribution.status);
}

export interface Highlights {
  /** Spelers to light up: new or merged spelers, and spelers just placed on the vraagstuk. */
  actors: ReadonlySet<string>;
  /** Relaties to light up: ties just accepted or merged. */
  relations: ReadonlySet<string>;
  /** The contributions behind them (the ticker marks those). */
  contributions: ReadonlySet<string>;
  /** When the first of these stops being new (ms since the epoch), or null when none is lit. */
  until: number | null;
}

/**
 * The moment the map first showed each speler and relatie (by id; ids are uuids, so spelers and relaties
 * share one map), with those of `view` added at `now`. The same map comes back when nothing is new.
 */
export function noteShown(
  shownAt: ReadonlyMap<string, number>,
  view: { actors: readonly { id: string }[]; relations: readonly { id: string }[] },
  now = Date.now(),
): ReadonlyMap<string, number> {
  const added = [...view.actors, ...view.relations].filter(({ id }) => !shownAt.has(id));
  if (added.length === 0) return shownAt;
  return new Map([...shownAt, ...added.map(({ id }): [string, number] => [id, now])]);
}

/**
 * What to light up at `now`: what came onto the map, for HIGHLIGHT_MS from when the map first showed it
 * (`shownAt`, from noteShown) or from its arrival if the map showed it already. Not yet lit while the map
 * does not show it; never when it shows it more than MAP_WAIT_MS after the arrival.
 */
export function highlightsOf(
  state: ProjectionLive,
  shownAt: ReadonlyMap<string, number>,
  now = Date.now(),
): Highlights {
  const actors = new Set<string>();
  const relations = new Set<string>();
  const contributions = new Set<string>();
  let until: number | null = null;
  for (const arrival of state.arrivals) {
    const contribution = state.live.contributions.get(arrival.id);
    if (!contribution || !isOnMap(contribution)) continue;
    const element = elementOf(contribution);
    const shown = element ? shownAt.get(element.id) : undefined;
    if (!element || shown === undefined) continue;
    const start = Math.max(arrival.at, shown);
    if (start - arrival.at > MAP_WAIT_MS || now - start >= HIGHLIGHT_MS) continue;
    (element.kind === 'actor' ? actors : relations).add(element.id);
    contributions.add(contribution.id);
    const end = start + HIGHLIGHT_MS;
    until = until === null ? end : Math.min(until, end);
  }
  return { actors, relations, contributions, until };
}

/** What a contribution became on the map: a speler (a new one, or the one placed) or a relatie. */
export function elementOf(contribution: Contribution): { kind: 'actor' | 'relation'; id: string } | null {
  switch (contribution.kind) {
    case 'actor':
      return contribution.actorId ? { kind: 'actor', id: contribution.actorId } : null;
    case 'tie':
      return contribution.relationId ? { kind: 'relation', id: contribution.relationId } : null;
    case 'position': {
      const id =
        contribution.actorId ??
        (contribution.content.kind === 'position' ? contribution.content.actorId : null);
      return id ? { kind: 'actor', id } : null;
    }
  }
}
