/**
 * The positions of one vraagstuk as the grid and its table show them. The server gives every dated
 * position; here they become, per speler and perspective, a history (first, latest, how many), and per
 * view — one perspective, or all of them merged into the mean per speler — the rows to draw.
 */
import type { Movement, TopicPosition } from '../../../../domain/index.ts';

/** One speler as one perspective sees it: its latest position and where it started. */
export interface PositionHistory {
  actorId: string;
  perspectiveId: string;
  first: TopicPosition;
  latest: TopicPosition;
  /** Oldest first. */
  all: TopicPosition[];
}

/** Later day first decides; on the same day, the later entry (a second move that day) is the current one. */
function isLater(a: TopicPosition, b: TopicPosition): boolean {
  if (a.assessedOn !== b.assessedOn) return a.assessedOn > b.assessedOn;
  return a.createdAt > b.createdAt;
}

const keyOf = (actorId: string, perspectiveId: string) => `${actorId}|${perspectiveId}`;

/** Every speler × perspective with positions, each with its history in date order. */
export function historiesOf(positions: readonly TopicPosition[]): Map<string, PositionHistory> {
  const grouped = new Map<string, TopicPosition[]>();
  for (const position of positions) {
    const key = keyOf(position.actorId, position.perspectiveId);
    const list = grouped.get(key);
    if (list) list.push(position);
    else grouped.set(key, [position]);
  }
  const histories = new Map<string, PositionHistory>();
  for (const [key, list] of grouped) {
    const all = [...list].sort((a, b) => (isLater(a, b) ? 1 : isLater(b, a) ? -1 : 0));
    const first = all[0] as TopicPosition;
    const latest = all[all.length - 1] as TopicPosition;
    histories.set(key, { actorId: first.actorId, perspectiveId: first.perspectiveId, first, latest, all });
  }
  return histories;
}

export function historyOf(
  histories: ReadonlyMap<string, PositionHistory>,
  actorId: string,
  perspectiveId: string,
): PositionHistory | undefined {
  return histories.get(keyOf(actorId, perspectiveId));
}

/** What the grid shows: one perspective's view, or all perspectives merged. */
export type GridView = { kind: 'all' } | { kind: 'one'; perspectiveId: string };

/** A dot of the grid and a row of its table. */
export interface GridRow {
  /** Unique within the views shown: the view and the speler. */
  key: string;
  actorId: string;
  /** The perspective for one perspective's view; null for the merged view. */
  perspectiveId: string | null;
  invloed: number;
  belang: number;
  standpunt: number;
  /** 'mixed' when the merged perspectives do not agree. */
  beweging: Movement | null | 'mixed';
  reasoning: string;
  /** The latest day of the positions behind this row. */
  assessedOn: string;
  /** For one perspective: the speler's history in it. For the merged view: each perspective's history. */
  histories: PositionHistory[];
}

export function viewKey(view: GridView): string {
  return view.kind === 'all' ? 'all' : view.perspectiveId;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The rows of one view. One perspective: its current position per speler. All: per speler the mean of
 * each perspective's current position (each perspective counts once, however often it moved the speler),
 * with beweging kept only when they agree. Rows come in the order of `actorOrder` (by name).
 */
export function rowsOf(
  histories: ReadonlyMap<string, PositionHistory>,
  view: GridView,
  actorOrder: ReadonlyMap<string, number>,
): GridRow[] {
  const byActor = new Map<string, PositionHistory[]>();
  for (const history of histories.values()) {
    if (!actorOrder.has(history.actorId)) continue; // a speler no longer on the map
    if (view.kind === 'one' && history.perspectiveId !== view.perspectiveId) continue;
    const list = byActor.get(history.actorId);
    if (list) list.push(history);
    else byActor.set(history.actorId, [history]);
  }
  const prefix = viewKey(view);
  const rows: GridRow[] = [];
  for (const [actorId, list] of byActor) {
    const latest = list.map((history) => history.latest);
    const movements = new Set(latest.map((position) => position.beweging));
    const only = latest.length === 1 ? latest[0] : undefined;
    rows.push({
      key: `${prefix}:${actorId}`,
      actorId,
      perspectiveId: view.kind === 'one' ? view.perspectiveId : null,
      invloed: mean(latest.map((position) => position.invloed)),
      belang: mean(latest.map((position) => position.belang)),
      standpunt: mean(latest.map((position) => position.standpunt)),
      beweging: movements.size === 1 ? (latest[0]?.beweging ?? null) : 'mixed',
      reasoning: only?.reasoning ?? '',
      assessedOn: latest.reduce(
        (day, position) => (position.assessedOn > day ? position.assessedOn : day),
        '',
      ),
      histories: list,
    });
  }
  return rows.sort((a, b) => (actorOrder.get(a.actorId) ?? 0) - (actorOrder.get(b.actorId) ?? 0));
}

/** A score for reading: whole numbers as they are, a mean with one decimal ("3,5" in Dutch). */
export function formatScore(value: number, language: string): string {
  if (Number.isInteger(value)) return String(value);
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
