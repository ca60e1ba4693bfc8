/**
 * The power/interest grid of one vraagstuk as a figure (Mendelow): belang across, invloed up, the four
 * quadrants named by what to do with the spelers in them, each speler a dot coloured by its standpunt.
 * A speler placed by several perspectives stands where they place it on average; the table beside the
 * figure and the perspectives section say who sees what. Drawn as a map scene, so the PDF, DOCX and HTML
 * writers draw it as they draw the map.
 */
import {
  captionBox,
  legendBox,
  legendOrigin,
  type MapScene,
  type SceneCaption,
  type SceneEdge,
  type SceneLegend,
  type SceneNode,
  separateLabels,
} from '../../formats/index.ts';

export interface GridSpeler {
  name: string;
  /** Means over the perspectives that placed the speler, on the 1–5 scales and −2…+2. */
  invloed: number;
  belang: number;
  standpunt: number;
}

export interface GridWords {
  invloed: string;
  belang: string;
  quadrant: Record<'manage' | 'satisfy' | 'inform' | 'monitor', string>;
  legendTitle: string;
  /** The five standpunten from −2 to +2. */
  stances: readonly string[];
}

/** A diverging palette readable with colour blindness (ColorBrewer RdBu), grey for neutral. */
const STANCE_COLORS = ['#b2182b', '#ef8a62', '#8c8c8c', '#67a9cf', '#2166ac'] as const;
const LINE = '#c3cad3';
const SIZE = { width: 800, height: 560 };
/** The plot area: room at the left and bottom for the scale, at the right for the legend. */
const PLOT = { left: 60, right: 600, top: 40, bottom: 500 };
const RADIUS = 6;

const xOf = (belang: number) => PLOT.left + ((belang - 0.5) / 5) * (PLOT.right - PLOT.left);
const yOf = (invloed: number) => PLOT.bottom - ((invloed - 0.5) / 5) * (PLOT.bottom - PLOT.top);

function line(x1: number, y1: number, x2: number, y2: number, dashed = false): SceneEdge {
  return { x1, y1, x2, y2, color: LINE, width: 1.2, arrow: false, dashed };
}

/** Dots on one spot are set in a small ring around it, so each stays visible. */
function spread(points: readonly { x: number; y: number }[]): { x: number; y: number }[] {
  const groups = new Map<string, number[]>();
  points.forEach((point, index) => {
    const key = `${Math.round(point.x / 4)}:${Math.round(point.y / 4)}`;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const out = points.map((point) => ({ ...point }));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const ring = RADIUS * 1.6 + members.length;
    members.forEach((member, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      const point = out[member] as { x: number; y: number };
      point.x += ring * Math.cos(angle);
      point.y += ring * Math.sin(angle);
    });
  }
  return out;
}

export function topicGridScene(spelers: readonly GridSpeler[], words: GridWords): MapScene {
  const middle = { x: xOf(3.5), y: yOf(3.5) };
  const edges: SceneEdge[] = [
    line(PLOT.left, PLOT.bottom, PLOT.right, PLOT.bottom),
    line(PLOT.left, PLOT.top, PLOT.left, PLOT.bottom),
    // The quadrants part between 3 and 4: "high" is above the middle of the scale, as in the table.
    line(middle.x, PLOT.top, middle.x, PLOT.bottom, true),
    line(PLOT.left, middle.y, PLOT.right, middle.y, true),
  ];
  const captions: SceneCaption[] = [
    { x: PLOT.right - 4, y: PLOT.top + 14, text: words.quadrant.manage, anchor: 'end' },
    { x: PLOT.left + 8, y: PLOT.top + 14, text: words.quadrant.satisfy, anchor: 'start' },
    { x: PLOT.right - 4, y: PLOT.bottom - 8, text: words.quadrant.inform, anchor: 'end' },
    { x: PLOT.left + 8, y: PLOT.bottom - 8, text: words.quadrant.monitor, anchor: 'start' },
    { x: (PLOT.left + PLOT.right) / 2, y: SIZE.height - 12, text: words.belang, anchor: 'middle' },
    { x: PLOT.left - 8, y: PLOT.top - 16, text: words.invloed, anchor: 'start' },
  ];
  for (let value = 1; value <= 5; value += 1) {
    captions.push({ x: xOf(value), y: PLOT.bottom + 20, text: String(value), anchor: 'middle' });
    captions.push({ x: PLOT.left - 12, y: yOf(value) + 4, text: String(value), anchor: 'end' });
  }
  // The most influential first: when names collide, theirs are kept.
  const ordered = [...spelers].sort((a, b) => b.invloed - a.invloed || b.belang - a.belang);
  const points = spread(ordered.map((speler) => ({ x: xOf(speler.belang), y: yOf(speler.invloed) })));
  const nodes: SceneNode[] = ordered.map((speler, index) => ({
    ...(points[index] as { x: number; y: number }),
    radius: RADIUS,
    color: STANCE_COLORS[Math.round(speler.standpunt) + 2] ?? STANCE_COLORS[2],
    label: speler.name,
  }));
  const legend: SceneLegend = {
    title: words.legendTitle,
    items: words.stances.map((label, index) => ({ color: STANCE_COLORS[index], label })),
    // Low and interested is where names matter least: the spelers with most influence keep theirs.
    corner: 'bottom-right',
  };
  const box = legendBox(legend);
  const origin = legendOrigin(SIZE, box, 'bottom-right');
  const keepClear = [
    { left: origin.x, right: origin.x + box.width, top: origin.y, bottom: origin.y + box.height },
    ...captions.map((caption) => captionBox(caption)),
  ];
  return {
    ...SIZE,
    background: '#ffffff',
    nodes: separateLabels(nodes, { width: SIZE.width, textScale: 1, keepClear }),
    edges,
    captions,
    legend,
  };
}
