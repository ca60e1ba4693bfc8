/**
 * How the map is drawn, kept in the address's query string so a view can be shared and survives a reload
 * and a change of panel: whose map (`kaart`: a perspective's id or `alle`; absent is the map as stored), a
 * second perspective beside it (`naast`), a vraagstuk whose standpunten colour the spelers (`vraagstuk`);
 * and time: a momentopname to look at instead of now (`moment`), an earlier one whose changes since are
 * coloured (`sinds`), and a day on which relaties must hold to be drawn (`op`). The path names the panel
 * (router.ts); these parameters name the map.
 *
 * A moment and the changes since one are of the map as stored (a snapshot keeps the editors' map; the
 * perspectives' readings are computed live), so choosing either drops the perspectives and the vraagstuk,
 * and choosing those leaves the moment for now.
 */
import { isDay } from './valid-on.ts';

/** '' is the map as stored, 'all' every perspective together, otherwise one perspective's id. */
export type MapPerspective = string;

export interface MapView {
  perspective: MapPerspective;
  /** A second perspective drawn beside the first, or ''. */
  beside: string;
  /** A vraagstuk whose standpunten colour the spelers, or ''. */
  topic: string;
  /** A momentopname's id: the map as it was then, read-only; '' is now. */
  moment: string;
  /** An earlier momentopname's id: what changed since then is coloured; '' colours nothing. */
  since: string;
  /** A day (`YYYY-MM-DD`): only relaties that hold that day are drawn; '' draws them all. */
  on: string;
}

export const STORED_MAP: MapView = { perspective: '', beside: '', topic: '', moment: '', since: '', on: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALL = 'alle';

const idOrEmpty = (value: string | null): string => (value && UUID.test(value) ? value : '');

/** The map view a query string names; unknown or malformed values fall back to the stored map. */
export function readMapView(search: string): MapView {
  const params = new URLSearchParams(search);
  const kaart = params.get('kaart');
  const on = params.get('op') ?? '';
  return changeMapView(STORED_MAP, {
    perspective: kaart === ALL ? 'all' : idOrEmpty(kaart),
    beside: idOrEmpty(params.get('naast')),
    topic: idOrEmpty(params.get('vraagstuk')),
    moment: idOrEmpty(params.get('moment')),
    since: idOrEmpty(params.get('sinds')),
    on: isDay(on) ? on : '',
  });
}

/** The query string (with its `?`, or '' for the stored map) that names `view`. */
export function mapViewSearch(view: MapView): string {
  const params = new URLSearchParams();
  if (view.perspective) params.set('kaart', view.perspective === 'all' ? ALL : view.perspective);
  if (view.beside) params.set('naast', view.beside);
  if (view.topic) params.set('vraagstuk', view.topic);
  if (view.moment) params.set('moment', view.moment);
  if (view.since) params.set('sinds', view.since);
  if (view.on) params.set('op', view.on);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A change to the view, kept consistent: a perspective is never set beside itself, a moment never compared
 * with itself, and a moment or its changes go with the map as stored only (what the change asks for wins).
 */
export function changeMapView(view: MapView, change: Partial<MapView>): MapView {
  let next = { ...view, ...change };
  if (next.beside && next.beside === next.perspective) next = { ...next, beside: '' };
  if (next.since && next.since === next.moment) next = { ...next, since: '' };
  const timeAsked = Boolean(change.moment || change.since);
  const readingAsked = Boolean(change.perspective || change.beside || change.topic);
  const timeShown = Boolean(next.moment || next.since);
  const readingShown = Boolean(next.perspective || next.beside || next.topic);
  if (timeShown && readingShown) {
    next =
      timeAsked && !readingAsked
        ? { ...next, perspective: '', beside: '', topic: '' }
        : { ...next, moment: '', since: '' };
  }
  return next;
}

/**
 * The view with only what still exists: a perspective, vraagstuk or momentopname removed since the address
 * was made (an old link, another user's removal) falls back to the stored map, no second map, no colouring,
 * now. `known` lists are null while they load, and then leave the view as it is.
 */
export function knownMapView(
  view: MapView,
  perspectiveIds: ReadonlySet<string> | null,
  topicIds: ReadonlySet<string> | null,
  snapshotIds: ReadonlySet<string> | null = null,
): MapView {
  const known = (id: string, ids: ReadonlySet<string> | null) => (id && ids && !ids.has(id) ? '' : id);
  const perspective = view.perspective === 'all' ? 'all' : known(view.perspective, perspectiveIds);
  return changeMapView(view, {
    perspective,
    beside: known(view.beside, perspectiveIds),
    topic: known(view.topic, topicIds),
    moment: known(view.moment, snapshotIds),
    since: known(view.since, snapshotIds),
  });
}
