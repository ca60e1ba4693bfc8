/**
 * Writes a map scene as a standalone SVG 1.1 document: readable by browsers, by resvg (the server's PNG)
 * and by drawing programs. Draw order: faded relaties, relaties, faded spelers, spelers, names, sector names (all clipped to
 * below the title band), header, legend. Relaties are grouped by style (colour, width, arrow, dashes) so a 50,000-relatie map is one `<path>` per
 * style rather than 50,000 elements with repeated attributes; directed ones are `<line>`s with an arrow
 * marker, one marker per colour (SVG 1.1 has no `context-stroke`). Names get a white halo drawn as a
 * separate white-stroked copy underneath (SVG 1.1 has no `paint-order`). All text is escaped and colours are
 * checked, so a speler's name can never break out of the document. Linear in nodes + edges.
 */
import {
  FONT_FAMILY,
  headerHeight,
  type LegendCorner,
  legendBox,
  legendOrigin,
  MARGIN,
  type MapScene,
  type SceneCaption,
  type SceneEdge,
  type SceneLegend,
  type SceneNode,
  shorten,
  TEXT,
  textWidth,
} from './scene.ts';

export { shorten };

/**
 * Above this many relaties their lines are drawn without anti-aliasing (`shape-rendering="optimizeSpeed"`):
 * at that density they are a texture rather than lines, and resvg draws 50,000 of them on a 4000-pixel
 * image in a third of the time (measured: 3.8 s instead of 10 s).
 */
export const FAST_EDGES_ABOVE = 20_000;
export const TEXT_COLOR = '#1f2933';
export const MUTED_TEXT_COLOR = '#52606d';

export function renderMapSvg(scene: MapScene): string {
  const width = Math.max(1, Math.round(scene.width));
  const height = Math.max(1, Math.round(scene.height));
  const scale = scene.textScale ?? 1;
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n`,
  ];
  if (scene.title) out.push(`<title>${escapeXml(scene.title)}</title>\n`);
  if (scene.subtitle) out.push(`<desc>${escapeXml(scene.subtitle)}</desc>\n`);

  const markers = new Map<string, string>();
  const edgeGroups = groupEdges(scene.edges, markers);
  if (markers.size > 0) {
    out.push('<defs>\n');
    for (const [color, id] of markers) {
      out.push(
        `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" markerUnits="strokeWidth" orient="auto">`,
        `<path d="M0,0L10,5L0,10z" fill="${color}"/></marker>\n`,
      );
    }
    out.push('</defs>\n');
  }
  out.push(`<rect width="${width}" height="${height}" fill="${safeColor(scene.background)}"/>\n`);
  // Below the title band only: a view's edges and names may reach past its top.
  const band = headerHeight(scene);
  if (band > 0) {
    out.push(
      `<clipPath id="kv-map-area"><rect y="${band}" width="${width}" height="${Math.max(0, height - band)}"/></clipPath>\n`,
      '<g clip-path="url(#kv-map-area)">\n',
    );
  }

  const fast = scene.edges.length > FAST_EDGES_ABOVE ? ' shape-rendering="optimizeSpeed"' : '';
  out.push(`<g class="kv-edges" fill="none" stroke-linecap="round"${fast}>\n`);
  for (const group of edgeGroups) out.push(group);
  out.push('</g>\n');

  const nodes = [...scene.nodes.filter((node) => node.faded), ...scene.nodes.filter((node) => !node.faded)];
  out.push('<g class="kv-nodes" stroke="#ffffff" stroke-width="0.75">\n');
  for (const node of nodes) {
    out.push(
      `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(Math.max(0.5, node.radius))}" fill="${safeColor(node.color)}"/>\n`,
    );
  }
  out.push('</g>\n');

  out.push(labels(nodes, scale));
  out.push(captions(scene.captions ?? [], scale));
  if (band > 0) out.push('</g>\n');
  out.push(header(scene, scale));
  if (scene.legend && scene.legend.items.length + scene.legend.title.length > 0)
    out.push(legend(scene, scene.legend, scale));
  out.push('</svg>\n');
  return out.join('');
}

/** One `<g>` per edge style, faded styles first; arrow colours are collected into `markers`. */
function groupEdges(edges: readonly SceneEdge[], markers: Map<string, string>): string[] {
  const groups = new Map<
    string,
    { edges: SceneEdge[]; color: string; width: number; arrow: boolean; dashed: boolean }
  >();
  const ordered = [...edges.filter((edge) => edge.faded), ...edges.filter((edge) => !edge.faded)];
  for (const edge of ordered) {
    const color = safeColor(edge.color);
    const width = Math.max(0.1, Math.round(edge.width * 100) / 100);
    const dashed = edge.dashed === true;
    const key = `${edge.faded ? 1 : 0}|${color}|${width}|${edge.arrow ? 1 : 0}|${dashed ? 1 : 0}`;
    const group = groups.get(key);
    if (group) group.edges.push(edge);
    else groups.set(key, { edges: [edge], color, width, arrow: edge.arrow, dashed });
  }
  return [...groups.values()].map(({ edges: members, color, width, arrow, dashed }) => {
    // Dashes as the web map draws them (src/web/map/survey-ties.ts); butt ends, or round caps would close the gaps.
    const style = `${members[0]?.faded ? ' opacity="0.5"' : ''}${dashed ? ' stroke-dasharray="6 4" stroke-linecap="butt"' : ''}`;
    if (!arrow) {
      const d = members.map((e) => `M${num(e.x1)} ${num(e.y1)}L${num(e.x2)} ${num(e.y2)}`).join('');
      return `<g stroke="${color}" stroke-width="${width}"${style}><path d="${d}"/></g>\n`;
    }
    let marker = markers.get(color);
    if (!marker) {
      marker = `kv-arrow-${markers.size}`;
      markers.set(color, marker);
    }
    const lines = members
      .map((e) => `<line x1="${num(e.x1)}" y1="${num(e.y1)}" x2="${num(e.x2)}" y2="${num(e.y2)}"/>`)
      .join('\n');
    return `<g stroke="${color}" stroke-width="${width}" marker-end="url(#${marker})"${style}>\n${lines}\n</g>\n`;
  });
}

/** Names beside their nodes: first every halo (white, stroked), then every name on top of all halos. */
function labels(nodes: readonly SceneNode[], scale: number): string {
  const size = TEXT.label * scale;
  const texts: string[] = [];
  for (const node of nodes) {
    if (node.faded || !node.label) continue;
    const gap = node.radius + 3 * scale;
    const y = num(node.y + size / 3);
    const place = node.labelLeft ? `x="${num(node.x - gap)}" text-anchor="end"` : `x="${num(node.x + gap)}"`;
    texts.push(`<text ${place} y="${y}">${escapeXml(shorten(node.label))}</text>`);
  }
  if (texts.length === 0) return '';
  const all = texts.join('\n');
  return [
    `<g class="kv-labels" font-family="${escapeXml(FONT_FAMILY)}" font-size="${num(size)}">\n`,
    `<g class="kv-halo" fill="#ffffff" stroke="#ffffff" stroke-width="${num(3 * scale)}" stroke-linejoin="round">\n${all}\n</g>\n`,
    `<g fill="${TEXT_COLOR}">\n${all}\n</g>\n`,
    '</g>\n',
  ].join('');
}

/** Sector names: bold, muted, with the same white halo as the speler names. */
function captions(items: readonly SceneCaption[], scale: number): string {
  if (items.length === 0) return '';
  const all = items
    .map(
      (item) =>
        `<text x="${num(item.x)}" y="${num(item.y)}" text-anchor="${item.anchor}">${escapeXml(item.text)}</text>`,
    )
    .join('\n');
  return [
    `<g class="kv-captions" font-family="${escapeXml(FONT_FAMILY)}" font-size="${num(TEXT.caption * scale)}" font-weight="bold" letter-spacing="${num(0.06 * TEXT.caption * scale)}">\n`,
    `<g fill="#ffffff" stroke="#ffffff" stroke-width="${num(4 * scale)}" stroke-linejoin="round">\n${all}\n</g>\n`,
    `<g fill="${MUTED_TEXT_COLOR}">\n${all}\n</g>\n`,
    '</g>\n',
  ].join('');
}

function header(scene: MapScene, scale: number): string {
  const band = headerHeight(scene);
  if (band === 0) return '';
  const parts = [`<g class="kv-header" font-family="${escapeXml(FONT_FAMILY)}">\n`];
  let y = MARGIN;
  if (scene.title) {
    y += TEXT.title * scale;
    parts.push(
      `<text x="${MARGIN}" y="${num(y)}" font-size="${num(TEXT.title * scale)}" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(scene.title)}</text>\n`,
    );
  }
  if (scene.subtitle) {
    y += TEXT.subtitle * 1.5 * scale;
    parts.push(
      `<text x="${MARGIN}" y="${num(y)}" font-size="${num(TEXT.subtitle * scale)}" fill="${MUTED_TEXT_COLOR}">${escapeXml(scene.subtitle)}</text>\n`,
    );
  }
  parts.push('</g>\n');
  return parts.join('');
}

function legend(scene: MapScene, content: SceneLegend, scale: number): string {
  const box = legendBox(content, scale);
  const corner =
    content.corner && content.corner !== 'auto' ? content.corner : emptiestCorner(scene, box, scene.nodes);
  const origin = legendOrigin(scene, box, corner);
  const itemSize = TEXT.legendItem * scale;
  const parts = [
    `<g class="kv-legend" transform="translate(${num(origin.x)},${num(origin.y)})" font-family="${escapeXml(FONT_FAMILY)}">\n`,
    `<rect width="${box.width}" height="${box.height}" rx="4" fill="#ffffff" fill-opacity="0.92" stroke="#cbd2d9"/>\n`,
  ];
  let y = box.padding + TEXT.legendTitle * scale;
  parts.push(
    `<text x="${num(box.padding)}" y="${num(y)}" font-size="${num(TEXT.legendTitle * scale)}" font-weight="bold" fill="${TEXT_COLOR}">${escapeXml(content.title)}</text>\n`,
  );
  y += TEXT.legendTitle * 0.4 * scale;
  for (const item of content.items) {
    y += box.row;
    const textX = box.padding + itemSize * 1.3;
    if (item.color)
      parts.push(
        `<circle cx="${num(box.padding + itemSize * 0.45)}" cy="${num(y - itemSize * 0.35)}" r="${num(itemSize * 0.42)}" fill="${safeColor(item.color)}"/>\n`,
      );
    parts.push(
      `<text x="${num(textX)}" y="${num(y)}" font-size="${num(itemSize)}" fill="${TEXT_COLOR}">${escapeXml(item.label)}</text>\n`,
    );
  }
  parts.push('</g>\n');
  return parts.join('');
}

const CORNERS: readonly LegendCorner[] = ['top-right', 'bottom-right', 'bottom-left', 'top-left'];

/**
 * The corner whose legend box would cover the least: spelers (named ones and their names count more, faded
 * ones less); ties go to the first corner in the order above.
 */
export function emptiestCorner(
  scene: MapScene,
  box: { width: number; height: number },
  nodes: readonly SceneNode[],
): LegendCorner {
  const labelSize = TEXT.label * (scene.textScale ?? 1);
  let best: LegendCorner = 'top-right';
  let fewest = Number.POSITIVE_INFINITY;
  for (const corner of CORNERS) {
    const { x, y } = legendOrigin(scene, box, corner);
    let covered = 0;
    for (const node of nodes) {
      // A name reaches to the right of its node.
      const right = node.x + node.radius + (node.label && !node.faded ? textWidth(node.label, labelSize) : 0);
      if (
        right >= x &&
        node.x - node.radius <= x + box.width &&
        node.y + node.radius >= y &&
        node.y - node.radius <= y + box.height
      )
        covered += node.faded ? 1 : node.label ? 6 : 4;
    }
    if (covered < fewest) {
      fewest = covered;
      best = corner;
    }
  }
  return best;
}

/** A number with at most one decimal, as short as possible ("12", "12.5", never "1e-7" or "-0"). */
function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? '0' : String(rounded);
}

/**
 * Escapes text for XML content and attribute values, and drops what XML 1.0 cannot hold at all (control
 * characters, lone surrogates, U+FFFE/U+FFFF) rather than write a document no reader accepts.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB = /^rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\)$/i;
const HSL = /^hsla?\(\s*(-?[\d.]+)(?:deg)?[\s,]+([\d.]+)%[\s,]+([\d.]+)%\s*(?:[,/]\s*[\d.]+%?\s*)?\)$/i;
const NAMED = /^[a-z]{3,20}$/i;

/**
 * A colour SVG 1.1 knows: `#rgb`, `#rrggbb`, `rgb(…)` and names pass; `hsl(…)` (the cluster colours beyond the
 * fixed palette) becomes `#rrggbb`; 8-digit hex loses its alpha; anything else is grey.
 */
export function safeColor(color: string): string {
  const value = color.trim();
  if (HEX.test(value) || RGB.test(value) || NAMED.test(value)) return value;
  if (/^#[0-9a-f]{8}$/i.test(value)) return value.slice(0, 7);
  const hsl = HSL.exec(value);
  if (hsl) return hslToHex(Number(hsl[1]), Number(hsl[2]) / 100, Number(hsl[3]) / 100);
  return '#808080';
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const h = (((hue % 360) + 360) % 360) / 30;
  const s = Math.min(1, Math.max(0, saturation));
  const l = Math.min(1, Math.max(0, lightness));
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + h) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
