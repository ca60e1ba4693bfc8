/**
 * How the map is drawn, kept in the address's query string so a view can be shared and survives a reload
 * and a change of panel: whose map (`kaart`: a perspective's id or `alle`; absent is the map as stored), a
 * second perspective beside it (`naast`), and a vraagstuk whose standpunten colour the spelers
 * (`vraagstuk`). The path names the panel (router.ts); these parameters name the map.
 */

/** '' is the map as stored, 'all' every perspective together, otherwise one perspective's id. */
export type MapPerspective = string;

export interface MapView {
  perspective: MapPerspective;
  /** A second perspective drawn beside the first, or ''. */
  beside: string;
  /** A vraagstuk whose standpunten colour the spelers, or ''. */
  topic: string;
}

export const STORED_MAP: MapView = { perspective: '', beside: '', topic: '' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ALL = 'alle';

const idOrEmpty = (value: string | null): string => (value && UUID.test(value) ? value : '');

/** The map view a query string names; unknown or malformed values fall back to the stored map. */
export function readMapView(search: string): MapView {
  const params = new URLSearchParams(search);
  const kaart = params.get('kaart');
  return {
    perspective: kaart === ALL ? 'all' : idOrEmpty(kaart),
    beside: idOrEmpty(params.get('naast')),
    topic: idOrEmpty(params.get('vraagstuk')),
  };
}

/** The query string (with its `?`, or '' for the stored map) that names `view`. */
export function mapViewSearch(view: MapView): string {
  const params = new URLSearchParams();
  if (view.perspective) params.set('kaart', view.perspective === 'all' ? ALL : view.perspective);
  if (view.beside) params.set('naast', view.beside);
  if (view.topic) params.set('vraagstuk', view.topic);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A change to the view, kept consistent: a perspective is never set beside itself. */
export function changeMapView(view: MapView, change: Partial<MapView>): MapView {
  const next = { ...view, ...change };
  return next.beside && next.beside === next.perspective ? { ...next, beside: '' } : next;
}

/**
 * The view with only what still exists: a perspective or vraagstuk removed since the address was made (an
 * old link, another user's removal) falls back to the stored map, no second map, no colouring. `known`
 * lists are null while they load, and then leave the view as it is.
 */
export function knownMapView(
  view: MapView,
  perspectiveIds: ReadonlySet<string> | null,
  topicIds: ReadonlySet<string> | null,
): MapView {
  const known = (id: string, ids: ReadonlySet<string> | null) => (id && ids && !ids.has(id) ? '' : id);
  const perspective = view.perspective === 'all' ? 'all' : known(view.perspective, perspectiveIds);
  return changeMapView(view, {
    perspective,
    beside: known(view.beside, perspectiveIds),
    topic: known(view.topic, topicIds),
  });
}
