/**
 * Draws a map scene into the report's PDF as vector graphics, the way svg.ts writes it (same draw order,
 * colours, sizes and legend corner), so the PDF's map is the SVG's map, sharp at any zoom and small.
 * Relaties are drawn as one path per style (colour, width, arrow, dashes, faded), so a map of 10,000
 * relaties is a few dozen paint operations rather than 10,000. Text gets the SVG's white halo: a
 * white-stroked copy underneath. The caller wraps the drawing in one Figure element.
 */
import type { MapScene, SceneEdge, SceneLegend, SceneNode } from '../map-image/index.ts';
import { headerHeight, legendBox, legendOrigin, MARGIN, safeColor, TEXT } from '../map-image/index.ts';
import { emptiestCorner, MUTED_TEXT_COLOR, shorten, TEXT_COLOR } from '../map-image/svg.ts';
import { COLOR, type Doc, FONT, oneLine } from './pdf-basics.ts';

/** The scene's size in its own units (pixels), never zero or NaN. */
export function sceneSize(scene: MapScene): { width: number; height: number } {
  const side = (value: number) => (Number.isFinite(value) ? Math.max(1, Math.round(value)) : 1);
  return { width: side(scene.width), height: side(scene.height) };
}

/** Draws `scene` with its top-left corner at (x, y), `scale` points per scene pixel. */
export function drawScene(doc: Doc, scene: MapScene, x: number, y: number, scale: number): void {
  const { width, height } = sceneSize(scene);
  const textScale = scene.textScale ?? 1;
  doc.save();
  doc.translate(x, y).scale(scale);
  doc.rect(0, 0, width, height).clip();
  doc.rect(0, 0, width, height).fill(pdfColor(scene.background));

  // Below the title band only, as in the SVG: a view's edges and names may reach past its top.
  const band = headerHeight(scene);
  doc.save();
  if (band > 0) doc.rect(0, band, width, Math.max(0, height - band)).clip();
  drawEdges(doc, scene.edges);
  const nodes = [...scene.nodes.filter((node) => node.faded), ...scene.nodes.filter((node) => !node.faded)];
  drawNodes(doc, nodes);
  drawLabels(doc, nodes, textScale);
  drawCaptions(doc, scene, textScale);
  doc.restore();

  drawHeader(doc, scene, textScale);
  if (scene.legend && scene.legend.items.length + scene.legend.title.length > 0)
    drawLegend(doc, scene, scene.legend, textScale);
  doc.restore();
  // The frame the HTML writer puts around its inline SVG, outside the scene's own scale.
  doc
    .save()
    .lineWidth(0.75)
    .rect(x, y, width * scale, height * scale)
    .stroke(COLOR.frame)
    .restore();
}

interface EdgeGroup {
  edges: SceneEdge[];
  color: string;
  width: number;
  arrow: boolean;
  dashed: boolean;
  faded: boolean;
}

function edgeGroups(edges: readonly SceneEdge[]): EdgeGroup[] {
  const groups = new Map<string, EdgeGroup>();
  const ordered = [...edges.filter((edge) => edge.faded), ...edges.filter((edge) => !edge.faded)];
  for (const edge of ordered) {
    if (![edge.x1, edge.y1, edge.x2, edge.y2].every(Number.isFinite)) continue;
    const color = pdfColor(edge.color);
    const width = Math.max(0.1, Math.round((Number.isFinite(edge.width) ? edge.width : 1) * 100) / 100);
    const dashed = edge.dashed === true;
    const faded = edge.faded === true;
    const key = `${faded ? 1 : 0}|${color}|${width}|${edge.arrow ? 1 : 0}|${dashed ? 1 : 0}`;
    const group = groups.get(key);
    if (group) group.edges.push(edge);
    else groups.set(key, { edges: [edge], color, width, arrow: edge.arrow, dashed, faded });
  }
  return [...groups.values()];
}

function drawEdges(doc: Doc, edges: readonly SceneEdge[]): void {
  for (const group of edgeGroups(edges)) {
    doc.save();
    if (group.faded) doc.opacity(0.5);
    doc.lineWidth(group.width).strokeColor(group.color);
    // Dashes as the web map draws them; butt ends, or round caps would close the gaps.
    if (group.dashed) doc.dash(6, { space: 4 }).lineCap('butt');
    else doc.lineCap('round');
    for (const edge of group.edges) doc.moveTo(edge.x1, edge.y1).lineTo(edge.x2, edge.y2);
    doc.stroke();
    if (group.arrow) {
      doc.undash();
      for (const edge of group.edges) arrowHead(doc, edge, group.width);
      doc.fill(group.color);
    }
    doc.restore();
  }
}

/**
 * The SVG's marker: a triangle 5 stroke widths long and wide whose tip lies half a stroke width past the
 * line's end (refX 9 of a 10-unit box), pointing along the line.
 */
function arrowHead(doc: Doc, edge: SceneEdge, width: number): void {
  const dx = edge.x2 - edge.x1;
  const dy = edge.y2 - edge.y1;
  const length = Math.hypot(dx, dy);
  if (length === 0) return;
  const ux = dx / length;
  const uy = dy / length;
  const tipX = edge.x2 + ux * 0.5 * width;
  const tipY = edge.y2 + uy * 0.5 * width;
  const baseX = tipX - ux * 5 * width;
  const baseY = tipY - uy * 5 * width;
  const half = 2.5 * width;
  doc
    .moveTo(tipX, tipY)
    .lineTo(baseX - uy * half, baseY + ux * half)
    .lineTo(baseX + uy * half, baseY - ux * half)
    .closePath();
}

function drawNodes(doc: Doc, nodes: readonly SceneNode[]): void {
  // One fill-and-stroke per speler (not one path per colour): a later circle's fill must cover the white
  // rim of one it overlaps, as in the SVG.
  doc.save().lineWidth(0.75);
  for (const node of nodes) {
    if (!Number.isFinite(node.x) || !Number.isFinite(node.y)) continue;
    const radius = Math.max(0.5, Number.isFinite(node.radius) ? node.radius : 0.5);
    doc.circle(node.x, node.y, radius).fillAndStroke(pdfColor(node.color), '#ffffff');
  }
  doc.restore();
}

interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** Text at baselines: first every halo (white, stroked), then every text on top of all halos. */
function drawWithHalo(
  doc: Doc,
  texts: readonly PlacedText[],
  halo: number,
  color: string,
  spacing = 0,
): void {
  if (texts.length === 0) return;
  const options = { lineBreak: false, baseline: 'alphabetic', characterSpacing: spacing } as const;
  doc.save().lineWidth(halo).lineJoin('round').fillColor('#ffffff').strokeColor('#ffffff');
  for (const item of texts) doc.text(item.text, item.x, item.y, { ...options, fill: true, stroke: true });
  doc.restore();
  doc.save().fillColor(color);
  for (const item of texts) doc.text(item.text, item.x, item.y, options);
  doc.restore();
}

function drawLabels(doc: Doc, nodes: readonly SceneNode[], scale: number): void {
  const size = TEXT.label * scale;
  const texts: PlacedText[] = [];
  // Set before measuring: a name drawn to the left of its node ends at the gap.
  doc.font(FONT.regular).fontSize(size);
  for (const node of nodes) {
    if (node.faded || !node.label || !Number.isFinite(node.x) || !Number.isFinite(node.y)) continue;
    const text = oneLine(shorten(node.label));
    if (text.trim() === '') continue;
    const gap = node.radius + 3 * scale;
    const x = node.labelLeft ? node.x - gap - doc.widthOfString(text) : node.x + gap;
    texts.push({ text, x, y: node.y + size / 3 });
  }
  drawWithHalo(doc, texts, 3 * scale, TEXT_COLOR);
}

/** Sector names: bold, muted, letter-spaced, with a wider halo. */
function drawCaptions(doc: Doc, scene: MapScene, scale: number): void {
  const size = TEXT.caption * scale;
  const spacing = 0.06 * size;
  doc.font(FONT.bold).fontSize(size);
  const texts = (scene.captions ?? []).flatMap((caption) => {
    const text = oneLine(caption.text);
    if (text.trim() === '' || !Number.isFinite(caption.x) || !Number.isFinite(caption.y)) return [];
    const width = doc.widthOfString(text, { characterSpacing: spacing });
    const shift = caption.anchor === 'middle' ? width / 2 : caption.anchor === 'end' ? width : 0;
    return [{ text, x: caption.x - shift, y: caption.y }];
  });
  drawWithHalo(doc, texts, 4 * scale, MUTED_TEXT_COLOR, spacing);
}

function drawHeader(doc: Doc, scene: MapScene, scale: number): void {
  const options = { lineBreak: false, baseline: 'alphabetic' } as const;
  let y = MARGIN;
  if (scene.title) {
    y += TEXT.title * scale;
    doc
      .font(FONT.bold)
      .fontSize(TEXT.title * scale)
      .fillColor(TEXT_COLOR);
    doc.text(oneLine(scene.title), MARGIN, y, options);
  }
  if (scene.subtitle) {
    y += TEXT.subtitle * 1.5 * scale;
    doc
      .font(FONT.regular)
      .fontSize(TEXT.subtitle * scale)
      .fillColor(MUTED_TEXT_COLOR);
    doc.text(oneLine(scene.subtitle), MARGIN, y, options);
  }
}

function drawLegend(doc: Doc, scene: MapScene, legend: SceneLegend, scale: number): void {
  const box = legendBox(legend, scale);
  const corner =
    legend.corner && legend.corner !== 'auto' ? legend.corner : emptiestCorner(scene, box, scene.nodes);
  const origin = legendOrigin(scene, box, corner);
  const itemSize = TEXT.legendItem * scale;
  const options = { lineBreak: false, baseline: 'alphabetic' } as const;
  doc.save().translate(origin.x, origin.y);
  doc.save().fillOpacity(0.92).roundedRect(0, 0, box.width, box.height, 4).fill('#ffffff').restore();
  doc.roundedRect(0, 0, box.width, box.height, 4).lineWidth(1).stroke(pdfColor('#cbd2d9'));
  let y = box.padding + TEXT.legendTitle * scale;
  doc
    .font(FONT.bold)
    .fontSize(TEXT.legendTitle * scale)
    .fillColor(TEXT_COLOR);
  doc.text(oneLine(legend.title), box.padding, y, options);
  y += TEXT.legendTitle * 0.4 * scale;
  doc.font(FONT.regular).fontSize(itemSize);
  for (const item of legend.items) {
    y += box.row;
    if (item.color)
      doc
        .circle(box.padding + itemSize * 0.45, y - itemSize * 0.35, itemSize * 0.42)
        .fill(pdfColor(item.color));
    doc.fillColor(TEXT_COLOR).text(oneLine(item.label), box.padding + itemSize * 1.3, y, options);
  }
  doc.restore();
}

/** The CSS colour names a scene may use; others are drawn grey, as safeColor does with the unknown. */
const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  red: '#ff0000',
  maroon: '#800000',
  orange: '#ffa500',
  yellow: '#ffff00',
  olive: '#808000',
  lime: '#00ff00',
  green: '#008000',
  teal: '#008080',
  aqua: '#00ffff',
  cyan: '#00ffff',
  blue: '#0000ff',
  navy: '#000080',
  purple: '#800080',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  transparent: '#ffffff',
};

/**
 * A scene colour as `#rrggbb` for pdfkit: checked by the SVG writer's `safeColor` first (so hsl() and
 * 8-digit hex are handled the same way), then `rgb()` and names, which pdfkit does not all read.
 */
export function pdfColor(color: string): string {
  const safe = safeColor(color);
  if (safe.startsWith('#')) {
    const hex = safe.slice(1);
    return (
      hex.length === 3 ? `#${[...hex].map((digit) => digit + digit).join('')}` : `#${hex}`
    ).toLowerCase();
  }
  const rgb = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/i.exec(safe);
  if (rgb)
    return `#${rgb
      .slice(1, 4)
      .map((part) => Math.min(255, Number(part)).toString(16).padStart(2, '0'))
      .join('')}`;
  return NAMED[safe.toLowerCase()] ?? '#808080';
}
