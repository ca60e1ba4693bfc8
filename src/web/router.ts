/**
 * A minimal router over the History API: the app has a handful of pages, so a routing library would be more code
 * than it saves. Links are real <a href> elements, so they work with the keyboard, middle-click and
 * screen readers. Inside a werkruimte every panel has its own address (`/werkruimtes/{id}/spelers/{spelerId}`,
 * `/werkruimtes/{id}/diagnose` …), so a view can be shared and survives a reload. The query string says how the
 * map is drawn (`?kaart=…&naast=…&vraagstuk=…`, state/map-view.ts) and stays while the panel changes.
 */
import { useEffect, useState } from 'react';

/** What shows beside the map of a werkruimte; `null` is the map alone. */
export type WorkspacePanel =
  | { kind: 'actor'; actorId: string }
  | { kind: 'new-actor' }
  | { kind: 'relation'; relationId: string }
  | { kind: 'actors' }
  | { kind: 'relations' }
  | { kind: 'filters' }
  | { kind: 'diagnose' }
  | { kind: 'perspectives' }
  | { kind: 'divergence' }
  | { kind: 'topics' }
  | { kind: 'topic'; topicId: string }
  | { kind: 'surveys' }
  | { kind: 'survey'; surveyId: string }
  | { kind: 'meetings' }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'transfer' }
  | { kind: 'time' }
  | { kind: 'report' }
  | { kind: 'history' }
  | { kind: 'members' }
  | { kind: 'about' }
  | null;

export type Route =
  | { page: 'workspaces' }
  | { page: 'workspace'; workspaceId: string; panel: WorkspacePanel }
  | { page: 'account' }
  | { page: 'invitation' }
  | { page: 'survey-response' }
  | { page: 'meeting-join' }
  | { page: 'meeting-projection'; workspaceId: string; meetingId: string }
  | { page: 'compare' }
  | { page: 'not-found' };

/** The Dutch path segment of each panel without an id of its own: the addresses users see and share. */
const SECTION_SEGMENTS = {
  actors: 'spelers',
  relations: 'relaties',
  filters: 'filters',
  diagnose: 'diagnose',
  perspectives: 'perspectieven',
  divergence: 'verschillen',
  topics: 'vraagstukken',
  surveys: 'uitvraag',
  meetings: 'bijeenkomsten',
  transfer: 'uitwisselen',
  time: 'tijd',
  report: 'rapport',
  history: 'geschiedenis',
  members: 'leden',
  about: 'over',
} as const;
type SectionKind = keyof typeof SECTION_SEGMENTS;
const SECTION_BY_SEGMENT: ReadonlyMap<string, SectionKind> = new Map(
  Object.entries(SECTION_SEGMENTS).map(([kind, segment]) => [segment, kind as SectionKind]),
);

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const WORKSPACE_PATH = new RegExp(`^/werkruimtes/(${UUID})(?:/([a-z]+)(?:/(${UUID}|nieuw))?)?/?$`);
/** A bijeenkomst's projection: a page of its own for the big screen, without the werkruimte's shell. */
const PROJECTION_PATH = new RegExp(`^/werkruimtes/(${UUID})/bijeenkomsten/(${UUID})/scherm/?$`);

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/werkruimtes') return { page: 'workspaces' };
  if (pathname === '/account') return { page: 'account' };
  // Where a failed login through the identity provider returns; signed in, it is the list.
  if (pathname === '/inloggen') return { page: 'workspaces' };
  if (pathname === '/uitnodiging') return { page: 'invitation' };
  // A respondent's personal link: /uitvraag#token (the token stays in the fragment).
  if (pathname === '/uitvraag') return { page: 'survey-response' };
  // A participant of a bijeenkomst: /doe-mee, or /doe-mee?code=ABC234 from the projected QR code.
  if (pathname === '/doe-mee') return { page: 'meeting-join' };
  // Two werkruimtes side by side: /vergelijken?a=…&b=… (the query string names them, state/compare).
  if (pathname === COMPARE_PATH) return { page: 'compare' };
  const projection = pathname.match(PROJECTION_PATH);
  if (projection?.[1] && projection[2])
    return { page: 'meeting-projection', workspaceId: projection[1], meetingId: projection[2] };
  const match = pathname.match(WORKSPACE_PATH);
  if (!match?.[1]) return { page: 'not-found' };
  const panel = parsePanel(match[2], match[3]);
  return panel === undefined ? { page: 'not-found' } : { page: 'workspace', workspaceId: match[1], panel };
}

/** The panel a path names; undefined when the path names none that exists. */
function parsePanel(segment: string | undefined, id: string | undefined): WorkspacePanel | undefined {
  if (segment === undefined) return null;
  if (segment === 'spelers' && id === 'nieuw') return { kind: 'new-actor' };
  if (segment === 'spelers' && id) return { kind: 'actor', actorId: id };
  if (segment === 'relaties' && id && id !== 'nieuw') return { kind: 'relation', relationId: id };
  if (segment === 'vraagstukken' && id && id !== 'nieuw') return { kind: 'topic', topicId: id };
  if (segment === 'uitvraag' && id && id !== 'nieuw') return { kind: 'survey', surveyId: id };
  if (segment === 'bijeenkomsten' && id && id !== 'nieuw') return { kind: 'meeting', meetingId: id };
  const kind = id === undefined ? SECTION_BY_SEGMENT.get(segment) : undefined;
  return kind ? { kind } : undefined;
}

export function workspacePath(id: string, panel: WorkspacePanel = null): string {
  const base = `/werkruimtes/${id}`;
  if (!panel) return base;
  switch (panel.kind) {
    case 'actor':
      return `${base}/spelers/${panel.actorId}`;
    case 'new-actor':
      return `${base}/spelers/nieuw`;
    case 'relation':
      return `${base}/relaties/${panel.relationId}`;
    case 'topic':
      return `${base}/vraagstukken/${panel.topicId}`;
    case 'survey':
      return `${base}/uitvraag/${panel.surveyId}`;
    case 'meeting':
      return `${base}/bijeenkomsten/${panel.meetingId}`;
    default:
      return `${base}/${SECTION_SEGMENTS[panel.kind]}`;
  }
}

/** The page that sets two werkruimtes side by side. */
export const COMPARE_PATH = '/vergelijken';

/** The address of a comparison, with the werkruimtes chosen so far (either may be left out). */
export function comparePath(a?: string, b?: string): string {
  const query = new URLSearchParams();
  if (a) query.set('a', a);
  if (b) query.set('b', b);
  const search = query.toString();
  return search ? `${COMPARE_PATH}?${search}` : COMPARE_PATH;
}

/** The address of a bijeenkomst's projection for the big screen. */
export function projectionPath(workspaceId: string, meetingId: string): string {
  return `/werkruimtes/${workspaceId}/bijeenkomsten/${meetingId}/scherm`;
}

/**
 * Asked before any in-app navigation (a link, a search result, a button that opens a panel): a page with
 * unsaved edits asks the user, and answers false to stay. One guard for every way of leaving, so no link can
 * forget it. The browser's own Back button cannot be stopped this way; a form warns on page unload itself.
 */
let leaveGuard: (() => boolean) | null = null;

/** Installs the guard; returns its removal (for an effect's cleanup). */
export function setLeaveGuard(guard: () => boolean): () => void {
  leaveGuard = guard;
  return () => {
    if (leaveGuard === guard) leaveGuard = null;
  };
}

/** The werkruimte an address belongs to (its id), or null for pages outside one. */
function workspaceOf(pathname: string): string | null {
  return pathname.match(WORKSPACE_PATH)?.[1] ?? null;
}

/**
 * Where a navigation goes: the path names the panel, the query string how the map is drawn (`?kaart=…`,
 * state/map-view.ts). A target with its own query string (even an empty `?`) says both; a bare path keeps
 * the current query string while it stays in the same werkruimte, so opening a speler or the diagnosis
 * leaves the map as it was. Another werkruimte (or another page) starts without one. Pure, for the tests.
 */
export function nextAddress(current: { pathname: string; search: string }, target: string): string {
  const mark = target.indexOf('?');
  if (mark >= 0) {
    const search = target.slice(mark);
    return target.slice(0, mark) + (search === '?' ? '' : search);
  }
  const here = workspaceOf(current.pathname);
  return here !== null && here === workspaceOf(target) ? target + current.search : target;
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const { pathname, search } = window.location;
  const address = nextAddress({ pathname, search }, path);
  if (address === pathname + search) return;
  // Only leaving the panel can lose edits; a new query string changes the map alone.
  const leaving = address.split('?')[0] !== pathname;
  if (leaving && leaveGuard && !leaveGuard()) return;
  if (options.replace) window.history.replaceState(null, '', address);
  else window.history.pushState(null, '', address);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * Sets the query string (with its `?`, or '' for none) and keeps the panel: how the map is drawn. A new
 * history entry, so Back returns to the map the user saw before, as it does for a panel.
 */
export function navigateSearch(search: string): void {
  const { pathname, search: current } = window.location;
  if (search === current || (search === '?' && current === '')) return;
  window.history.pushState(null, '', pathname + (search === '?' ? '' : search));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [state, setState] = useState(() => ({
    pathname: window.location.pathname,
    route: parseRoute(window.location.pathname),
  }));
  useEffect(() => {
    // A new query string alone keeps the same route object, so nothing that depends on it runs again.
    const update = () =>
      setState((last) =>
        last.pathname === window.location.pathname
          ? last
          : { pathname: window.location.pathname, route: parseRoute(window.location.pathname) },
      );
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return state.route;
}

/** The address's query string (with its `?`), following Back, Forward and in-app navigation. */
export function useSearch(): string {
  const [search, setSearch] = useState(() => window.location.search);
  useEffect(() => {
    const update = () => setSearch(window.location.search);
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return search;
}

/** Follows in-app links without a page load, leaving modified clicks (new tab) to the browser. */
export function followLink(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
    return;
  event.preventDefault();
  navigate(event.currentTarget.getAttribute('href') ?? '/');
}
