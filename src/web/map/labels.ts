/**
 * Speler names on the map without overlap and never cut off at the canvas edges. sigma's own label grid
 * shows at most a few labels per grid cell whatever their length, so long Dutch organisation names overlap
 * while short ones are left out. Here sigma hands over every candidate, largest nodes first (one grid
 * cell, see LABEL_SETTINGS), and this drawer places each name at the first free spot around its node —
 * right, left, above, below, the corners — inside the canvas, or leaves it out when all are taken. Zooming in
 * spreads the nodes, so more names fit.
 *
 * sigma counts a label as displayed before it calls the drawer; `drawn` is the truth, and MapView hands it
 * back to sigma after each render so `getNodeDisplayedLabels()` (the image export, the tests) agrees.
 * Per frame O(candidates): a spatial hash of the placed boxes, text widths measured once per name.
 */
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

export interface LabelBox {
  id: string;
  label: string;
  /** Top-left corner and size in CSS pixels of the canvas. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A rectangle names must keep clear of (a sector name, say). */
export interface Reserved {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const LABEL_FONT = "'Noto Sans Variable', 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
export const LABEL_SIZE = 12;
const LABEL_WEIGHT = '500';
const LABEL_COLOR = '#1a1a1a';
/** The white halo keeps a name readable over lines and other nodes. */
const HALO = 'rgba(255, 255, 255, 0.92)';
const HALO_WIDTH = 3;
/** Space between a node's rim and its name, and kept free around each name. */
const GAP = 3;
const PAD = 1;
const CELL = 48;

/**
 * sigma settings for this drawer: every labelled node is a candidate (one grid cell wider than any
 * screen, unlimited density) regardless of its size, so small maps show every name.
 */
export const LABEL_SETTINGS = {
  labelDensity: Number.MAX_SAFE_INTEGER,
  labelGridCellSize: 100_000,
  labelRenderedSizeThreshold: 0,
  labelFont: LABEL_FONT,
  labelSize: LABEL_SIZE,
  labelWeight: LABEL_WEIGHT,
  labelColor: { color: LABEL_COLOR },
} as const;

/** The drawers read only the label settings, so they fit sigma whatever its node attributes. */
type LabelSettings = Pick<Settings, 'labelSize' | 'labelFont' | 'labelWeight' | 'labelColor'>;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What a frame needs to know before its first name: the areas to keep free. */
export type FrameProvider = () => readonly Reserved[];

export class LabelLayer {
  private provider: FrameProvider = () => [];
  // sigma draws its first frame inside its constructor, before any listener can be attached.
  private pending = true;
  private width = 0;
  private height = 0;
  private columns = 0;
  private cells: Box[][] = [];
  private placed: LabelBox[] = [];
  private readonly drawnIds = new Set<string>();
  private readonly widths = new Map<string, number>();

  /** Called once per frame, when its camera is known (sigma's 'beforeRender' comes before that). */
  onFrame(provider: FrameProvider): void {
    this.provider = provider;
  }

  /** sigma's 'beforeRender': the next name drawn starts a new frame. */
  beginFrame(): void {
    this.pending = true;
  }

  /** sigma's 'afterRender': a frame without names (e.g. while moving) still clears the last ones. */
  endFrame(): void {
    if (this.pending) this.start(this.width, this.height);
  }

  private start(width: number, height: number): void {
    this.pending = false;
    this.reset(width, height, this.provider());
  }

  /** Clears what the previous frame placed; `reserved` areas take no names. */
  reset(width: number, height: number, reserved: readonly Reserved[] = []): void {
    this.width = width;
    this.height = height;
    this.columns = Math.max(1, Math.ceil(width / CELL));
    this.cells = Array.from({ length: this.columns * Math.max(1, Math.ceil(height / CELL)) }, () => []);
    this.placed = [];
    this.drawnIds.clear();
    for (const area of reserved)
      this.occupy({ x0: area.x, y0: area.y, x1: area.x + area.width, y1: area.y + area.height });
  }

  /** The names drawn in the last frame. */
  get drawn(): ReadonlySet<string> {
    return this.drawnIds;
  }

  /** Where they went, for the tests and the image export. */
  boxes(): readonly LabelBox[] {
    return this.placed;
  }

  /** sigma's `defaultDrawNodeLabel`. */
  readonly draw = (context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void => {
    // The labels canvas is sized by sigma in CSS pixels (its style), which is what positions are in.
    if (this.pending) this.start(context.canvas.clientWidth, context.canvas.clientHeight);
    const { label } = data;
    if (!label) return;
    // sigma culls with a 150 px margin; a node outside the canvas gets no name, so none is cut off.
    if (data.x < 0 || data.y < 0 || data.x > this.width || data.y > this.height) return;
    const size = settings.labelSize;
    const forced = Boolean(data.forceLabel || data.highlighted);
    // A cheap estimate first: most candidates on a crowded map are refused without measuring text.
    const estimate = Math.min(label.length * size * 0.45, 400);
    if (!forced && !this.spotFor(data, estimate, size, false)) return;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = this.measure(context, label);
    const spot = this.spotFor(data, width, size, forced);
    if (!spot) return;
    this.occupy(spot);
    const id = data.key ?? label;
    this.drawnIds.add(id);
    this.placed.push({
      id,
      label,
      x: spot.x0,
      y: spot.y0,
      width: spot.x1 - spot.x0,
      height: spot.y1 - spot.y0,
    });
    const baseline = spot.y0 + PAD + size * 0.95;
    context.lineJoin = 'round';
    context.lineWidth = HALO_WIDTH;
    context.strokeStyle = HALO;
    context.strokeText(label, spot.x0 + PAD, baseline);
    context.fillStyle = settings.labelColor.color ?? LABEL_COLOR;
    context.fillText(label, spot.x0 + PAD, baseline);
  };

  private measure(context: CanvasRenderingContext2D, label: string): number {
    let width = this.widths.get(label);
    if (width === undefined) {
      width = context.measureText(label).width;
      this.widths.set(label, width);
    }
    return width;
  }

  /**
   * The first free place for a name beside its node, inside the canvas. A forced name (the selected or
   * spotlit speler) takes the first place inside the canvas even when it is not free.
   */
  private spotFor(data: LabelData, textWidth: number, size: number, forced: boolean): Box | null {
    const width = textWidth + 2 * PAD;
    const height = size * 1.25 + 2 * PAD;
    const r = data.size + GAP;
    // Beside the node first (reads as belonging to it), then above and below, then the four corners.
    const d = r * Math.SQRT1_2;
    const candidates: [number, number][] = [
      [data.x + r, data.y - height / 2],
      [data.x - r - width, data.y - height / 2],
      [data.x - width / 2, data.y - r - height],
      [data.x - width / 2, data.y + r],
      [data.x + d, data.y - d - height],
      [data.x + d, data.y + d],
      [data.x - d - width, data.y - d - height],
      [data.x - d - width, data.y + d],
    ];
    let fallback: Box | null = null;
    for (const [x, y] of candidates) {
      const box = { x0: x, y0: y, x1: x + width, y1: y + height };
      if (!this.inside(box)) continue;
      if (this.free(box)) return box;
      fallback ??= box;
    }
    if (!forced) return null;
    // No side fits inside the canvas (a long name on a narrow map): keep it inside, shifted.
    if (fallback) return fallback;
    const x = Math.min(Math.max(0, data.x + r), Math.max(0, this.width - width));
    const y = Math.min(Math.max(0, data.y - height / 2), Math.max(0, this.height - height));
    return { x0: x, y0: y, x1: x + width, y1: y + height };
  }

  private inside(box: Box): boolean {
    return box.x0 >= 0 && box.y0 >= 0 && box.x1 <= this.width && box.y1 <= this.height;
  }

  private cellRange(box: Box): [number, number, number, number] {
    const rows = this.cells.length / this.columns;
    return [
      Math.max(0, Math.floor(box.x0 / CELL)),
      Math.min(this.columns - 1, Math.floor(box.x1 / CELL)),
      Math.max(0, Math.floor(box.y0 / CELL)),
      Math.min(rows - 1, Math.floor(box.y1 / CELL)),
    ];
  }

  private free(box: Box): boolean {
    const [c0, c1, r0, r1] = this.cellRange(box);
    for (let row = r0; row <= r1; row++)
      for (let column = c0; column <= c1; column++)
        for (const other of this.cells[row * this.columns + column] ?? [])
          if (box.x0 < other.x1 && box.x1 > other.x0 && box.y0 < other.y1 && box.y1 > other.y0) return false;
    return true;
  }

  private occupy(box: Box): void {
    const [c0, c1, r0, r1] = this.cellRange(box);
    for (let row = r0; row <= r1; row++)
      for (let column = c0; column <= c1; column++) this.cells[row * this.columns + column]?.push(box);
  }
}

/**
 * sigma's `defaultDrawNodeHover`: the hovered speler's name in a white box with a shadow, on the side of
 * the node that stays inside the canvas (sigma's own box always goes right and is cut off at the edge).
 */
export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: LabelSettings): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const radius = data.size + 2;
  context.save();
  context.fillStyle = '#ffffff';
  context.shadowColor = 'rgba(0, 0, 0, 0.45)';
  context.shadowBlur = 8;
  context.beginPath();
  context.arc(data.x, data.y, radius, 0, Math.PI * 2);
  context.fill();
  if (data.label) {
    const width = context.measureText(data.label).width + 8;
    const height = size + 8;
    const canvasWidth = context.canvas.clientWidth || Number.POSITIVE_INFINITY;
    const canvasHeight = context.canvas.clientHeight || Number.POSITIVE_INFINITY;
    const right = data.x + radius + width <= canvasWidth;
    const x = right ? data.x + radius : Math.max(0, data.x - radius - width);
    const y = Math.min(Math.max(0, data.y - height / 2), Math.max(0, canvasHeight - height));
    context.fillRect(x, y, width, height);
    context.shadowBlur = 0;
    context.shadowColor = 'transparent';
    context.fillStyle = settings.labelColor.color ?? LABEL_COLOR;
    context.fillText(data.label, x + 4, y + 4 + size * 0.85);
  }
  context.restore();
}
