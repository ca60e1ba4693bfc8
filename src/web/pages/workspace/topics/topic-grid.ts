/**
 * The power/interest grid of a vraagstuk as pure rules: where a score sits on the drawing and back (for
 * dragging), which quadrant a score falls in, what an arrow key does to a score, how stance is shown
 * (word, mark and colour) and how dots that share a cell are stacked so their names stay readable. The
 * component only draws what these return.
 */
import {
  POWER_MAX,
  POWER_MIN,
  STANCE_MAX,
  STANCE_MIN,
  STANCE_NAMES,
  type StanceName,
} from '../../../../domain/index.ts';

/** A speler's place on the grid: invloed (power, y) and belang (interest, x), each 1–5. */
export interface GridPoint {
  invloed: number;
  belang: number;
}

/**
 * A score counts as high from 3 on: the middle of the scale is treated as high, so a speler of average
 * invloed is kept satisfied rather than only watched. The quadrant lines are drawn between 2 and 3.
 */
export const HIGH_FROM = 3;
const BOUNDARY = HIGH_FROM - 0.5;

export const QUADRANTS = ['nauw_betrekken', 'tevreden_houden', 'informeren', 'monitoren'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Mendelow's matrix: high power and interest → manage closely; high power only → keep satisfied; … */
export function quadrantOf({ invloed, belang }: GridPoint): Quadrant {
  const power = invloed > BOUNDARY;
  const interest = belang > BOUNDARY;
  if (power) return interest ? 'nauw_betrekken' : 'tevreden_houden';
  return interest ? 'informeren' : 'monitoren';
}

export function clampScore(value: number): number {
  return Math.min(POWER_MAX, Math.max(POWER_MIN, Math.round(value)));
}

/**
 * What an arrow key does to a dot: up and down change invloed, right and left belang, one step, never past
 * the scale's ends. Null for any other key (the caller then leaves the key alone).
 */
export function stepPoint(point: GridPoint, key: string): GridPoint | null {
  switch (key) {
    case 'ArrowUp':
      return { ...point, invloed: clampScore(point.invloed + 1) };
    case 'ArrowDown':
      return { ...point, invloed: clampScore(point.invloed - 1) };
    case 'ArrowRight':
      return { ...point, belang: clampScore(point.belang + 1) };
    case 'ArrowLeft':
      return { ...point, belang: clampScore(point.belang - 1) };
    default:
      return null;
  }
}

export function samePoint(a: GridPoint, b: GridPoint): boolean {
  return a.invloed === b.invloed && a.belang === b.belang;
}

/** The drawing's size in SVG units: the plot and the margins that hold the axis names and numbers. */
export const GRID = {
  width: 560,
  height: 460,
  left: 56,
  top: 16,
  right: 24,
  bottom: 52,
} as const;
const plotWidth = GRID.width - GRID.left - GRID.right;
const plotHeight = GRID.height - GRID.top - GRID.bottom;
const STEPS = POWER_MAX - POWER_MIN + 1;
export const CELL = { width: plotWidth / STEPS, height: plotHeight / STEPS } as const;
export const PLOT = { x: GRID.left, y: GRID.top, width: plotWidth, height: plotHeight } as const;

/** Each score has a cell; its value is the cell's middle (1 → the first cell's middle). */
export function xOf(belang: number): number {
  return GRID.left + (belang - POWER_MIN + 0.5) * CELL.width;
}
export function yOf(invloed: number): number {
  return GRID.top + plotHeight - (invloed - POWER_MIN + 0.5) * CELL.height;
}

/** The quadrant lines, between the low and the high scores. */
export const DIVIDER = { x: xOf(BOUNDARY), y: yOf(BOUNDARY) } as const;

/** The score under a point of the drawing (where a dragged dot was let go), snapped to the nearest cell. */
export function pointAt(x: number, y: number): GridPoint {
  return {
    belang: clampScore((x - GRID.left) / CELL.width - 0.5 + POWER_MIN),
    invloed: clampScore((GRID.top + plotHeight - y) / CELL.height - 0.5 + POWER_MIN),
  };
}

/** The four quadrants as rectangles of the drawing, for their background and name. */
export function quadrantRects(): {
  quadrant: Quadrant;
  x: number;
  y: number;
  width: number;
  height: number;
}[] {
  const right = PLOT.x + PLOT.width;
  const bottom = PLOT.y + PLOT.height;
  return [
    {
      quadrant: 'tevreden_houden',
      x: PLOT.x,
      y: PLOT.y,
      width: DIVIDER.x - PLOT.x,
      height: DIVIDER.y - PLOT.y,
    },
    {
      quadrant: 'nauw_betrekken',
      x: DIVIDER.x,
      y: PLOT.y,
      width: right - DIVIDER.x,
      height: DIVIDER.y - PLOT.y,
    },
    { quadrant: 'monitoren', x: PLOT.x, y: DIVIDER.y, width: DIVIDER.x - PLOT.x, height: bottom - DIVIDER.y },
    {
      quadrant: 'informeren',
      x: DIVIDER.x,
      y: DIVIDER.y,
      width: right - DIVIDER.x,
      height: bottom - DIVIDER.y,
    },
  ];
}

function clampStance(value: number): -2 | -1 | 0 | 1 | 2 {
  return Math.min(STANCE_MAX, Math.max(STANCE_MIN, Math.round(value))) as -2 | -1 | 0 | 1 | 2;
}

/** The name of a stance's words ("sterk tegen" … "sterk voor"); a mean (−0.4) takes the nearest whole stance. */
export function stanceKey(standpunt: number): StanceName {
  return STANCE_NAMES[String(clampStance(standpunt)) as keyof typeof STANCE_NAMES];
}

/** A mark beside the name, so stance does not rest on colour alone. */
export function stanceMark(standpunt: number): string {
  return ['−−', '−', '0', '+', '++'][clampStance(standpunt) + 2] as string;
}

/**
 * The ring colour of a dot, red (strongly against) through grey (neutral) to green (strongly for); dark
 * enough on white to be seen (3:1 for graphics, WCAG 1.4.11).
 */
export const STANCE_COLORS = ['#B2182B', '#D6604D', '#6B6B6B', '#4D9221', '#1B7837'] as const;
export function stanceColor(standpunt: number): string {
  return STANCE_COLORS[clampStance(standpunt) + 2] as string;
}

/** A dot as placed on the drawing: its point, and where it and its name go when it shares a cell. */
export interface PlacedDot<T> {
  item: T;
  cx: number;
  cy: number;
}

/** The spacing of dots stacked in one cell; a crowded cell draws them closer together. */
const ROW_GAP = 20;
const DOT_INSET = 38;

/**
 * Dots on the same spot are listed down the cell (dot on the left, name on its right) instead of on top of
 * each other: each keeps its score's cell, and none hides another. Spots are keyed by where they are drawn,
 * so means that differ a little stay apart.
 */
export function placeDots<T>(items: readonly T[], pointOf: (item: T) => GridPoint): PlacedDot<T>[] {
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const point = pointOf(item);
    const key = `${xOf(point.belang).toFixed(1)},${yOf(point.invloed).toFixed(1)}`;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  // In the items' own order, so a redrawn grid keeps its elements in place (and a focused dot its focus).
  const placed = new Array<PlacedDot<T>>(items.length);
  for (const group of groups.values()) {
    const gap = Math.min(ROW_GAP, (CELL.height - 8) / group.length);
    group.forEach((index, rank) => {
      const item = items[index] as T;
      const point = pointOf(item);
      placed[index] = {
        item,
        cx: xOf(point.belang) - DOT_INSET,
        cy: yOf(point.invloed) + (rank - (group.length - 1) / 2) * gap,
      };
    });
  }
  return placed;
}

/** A name cut to what fits beside a dot in one cell; the whole name stays in the dot's accessible name. */
export function shortName(name: string, max = 12): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
