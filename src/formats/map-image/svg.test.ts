import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { headerHeight, legendBox, type MapScene } from './scene.ts';
import { escapeXml, renderMapSvg, safeColor } from './svg.ts';

/** Parses strictly: any warning or error of the XML parser fails the test. */
function parse(svg: string) {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  const document = new DOMParser({
    errorHandler: { warning: report, error: report, fatalError: report },
  }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  return document;
}

const elements = (document: ReturnType<typeof parse>, tag: string) => [
  ...Array.from(document.getElementsByTagName(tag)),
];
const inGroup = (document: ReturnType<typeof parse>, group: string, tag: string) =>
  elements(document, 'g')
    .filter((g) => g.getAttribute('class') === group)
    .flatMap((g) => Array.from(g.getElementsByTagName(tag)));

const scene: MapScene = {
  width: 800,
  height: 500,
  background: '#ffffff',
  title: 'Wijk <Noord> & "Zuid"',
  subtitle: 'Kaart van 12 maart 2026',
  nodes: [
    { x: 100, y: 200, radius: 6, color: '#0072B2', label: 'Stichting <A> & "B" \'C\'' },
    { x: 300, y: 250, radius: 8, color: 'hsl(137 55% 45%)', label: 'Gemeente' },
    { x: 500, y: 300, radius: 4, color: '#e4e7eb', label: 'Verborgen', faded: true },
  ],
  edges: [
    { x1: 100, y1: 200, x2: 292, y2: 250, color: '#8a6d00', width: 2.5, arrow: true },
    { x1: 300, y1: 250, x2: 500, y2: 300, color: '#9aa5b1', width: 1.3, arrow: false },
    { x1: 100, y1: 200, x2: 500, y2: 300, color: '#9aa5b1', width: 1.3, arrow: true },
    { x1: 100, y1: 200, x2: 300, y2: 250, color: '#c62828', width: 2, arrow: false, faded: true },
  ],
  legend: {
    title: 'Krachten',
    items: [
      { color: '#0072B2', label: 'Rijk' },
      { color: '#D55E00', label: 'Gemeente & co' },
      { label: 'en 3 andere' },
    ],
  },
};

describe('renderMapSvg', () => {
  it('writes a well-formed standalone SVG 1.1 document', () => {
    const svg = renderMapSvg(scene);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const root = parse(svg).documentElement;
    expect(root?.nodeName).toBe('svg');
    expect(root?.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root?.getAttribute('version')).toBe('1.1');
    expect(root?.getAttribute('viewBox')).toBe('0 0 800 500');
    expect([root?.getAttribute('width'), root?.getAttribute('height')]).toEqual(['800', '500']);
  });

  it('escapes every text, so names cannot break the document', () => {
    const document = parse(renderMapSvg(scene));
    const texts = elements(document, 'text').map((text) => text.textContent);
    expect(texts).toContain('Stichting <A> & "B" \'C\'');
    expect(texts).toContain('Wijk <Noord> & "Zuid"');
    expect(elements(document, 'title')[0]?.textContent).toBe('Wijk <Noord> & "Zuid"');
    expect(texts).toContain('Gemeente & co');
    expect(renderMapSvg(scene)).not.toContain('<A>');
  });

  it('draws one circle per speler, faded ones first, and names only the ones not faded, with a halo', () => {
    const document = parse(renderMapSvg(scene));
    const circles = inGroup(document, 'kv-nodes', 'circle');
    expect(circles).toHaveLength(3);
    expect(circles[0]?.getAttribute('fill')).toBe('#e4e7eb');
    // hsl() is not SVG 1.1: it becomes hex.
    expect(circles.map((circle) => circle.getAttribute('fill'))).toContain('#34b257');
    const halo = inGroup(document, 'kv-halo', 'text').map((text) => text.textContent);
    const names = inGroup(document, 'kv-labels', 'text').map((text) => text.textContent);
    expect(halo).toEqual(['Stichting <A> & "B" \'C\'', 'Gemeente']);
    expect(names.filter((name) => name === 'Gemeente')).toHaveLength(2); // halo copy + name
    expect(names).not.toContain('Verborgen');
  });

  it('puts arrow heads only on directed relaties, one marker per colour', () => {
    const document = parse(renderMapSvg(scene));
    const markers = elements(document, 'marker');
    expect(markers.map((marker) => marker.getElementsByTagName('path')[0]?.getAttribute('fill'))).toEqual([
      '#8a6d00',
      '#9aa5b1',
    ]);
    const groups = Array.from(
      elements(document, 'g').filter((g) => g.getAttribute('class') === 'kv-edges')[0]?.childNodes ?? [],
    ).filter((node) => node.nodeName === 'g') as unknown as Element[];
    const arrowed = groups.filter((g) => g.getAttribute('marker-end'));
    expect(arrowed.flatMap((g) => Array.from(g.getElementsByTagName('line')))).toHaveLength(2);
    const plain = groups.filter((g) => !g.getAttribute('marker-end'));
    expect(plain.flatMap((g) => Array.from(g.getElementsByTagName('line')))).toHaveLength(0);
    expect(plain.map((g) => g.getAttribute('stroke'))).toEqual(['#c62828', '#9aa5b1']); // faded first
    expect(plain[0]?.getAttribute('opacity')).toBe('0.5');
  });

  it('draws a dashed relatie dashed, in a group of its own, with or without an arrow head', () => {
    const dashed = renderMapSvg({
      ...scene,
      edges: [
        { x1: 100, y1: 200, x2: 300, y2: 250, color: '#9aa5b1', width: 1.3, arrow: false },
        { x1: 300, y1: 250, x2: 500, y2: 300, color: '#9aa5b1', width: 1.3, arrow: false, dashed: true },
        { x1: 100, y1: 200, x2: 500, y2: 300, color: '#9aa5b1', width: 1.3, arrow: true, dashed: true },
      ],
    });
    const groups = inGroup(parse(dashed), 'kv-edges', 'g');
    expect(
      groups.map((g) => [g.hasAttribute('marker-end'), g.getAttribute('stroke-dasharray') || null]),
    ).toEqual([
      [false, null],
      [false, '6 4'],
      [true, '6 4'],
    ]);
  });

  it('writes the legend: title and every item, swatches where given', () => {
    const document = parse(renderMapSvg(scene));
    const legend = elements(document, 'g').find((g) => g.getAttribute('class') === 'kv-legend');
    const texts = Array.from(legend?.getElementsByTagName('text') ?? []).map((text) => text.textContent);
    expect(texts).toEqual(['Krachten', 'Rijk', 'Gemeente & co', 'en 3 andere']);
    expect(legend?.getElementsByTagName('circle')).toHaveLength(2);
  });

  it('puts the legend in the corner that covers the fewest spelers, below the title', () => {
    const box = legendBox(scene.legend as NonNullable<MapScene['legend']>);
    const top = headerHeight(scene) + 12;
    // Spelers fill the top right corner: the legend moves to the bottom right.
    const crowded: MapScene = {
      ...scene,
      nodes: Array.from({ length: 20 }, (_, i) => ({
        x: 800 - 12 - (i % 5) * 20,
        y: top + Math.floor(i / 5) * 20,
        radius: 5,
        color: '#0072B2',
      })),
    };
    const transform = (s: MapScene) =>
      elements(parse(renderMapSvg(s)), 'g')
        .find((g) => g.getAttribute('class') === 'kv-legend')
        ?.getAttribute('transform');
    const legend = scene.legend as NonNullable<MapScene['legend']>;
    expect(transform({ ...scene, legend: { ...legend, corner: 'top-right' } })).toBe(
      `translate(${800 - 12 - box.width},${top})`,
    );
    expect(transform(crowded)).toBe(`translate(${800 - 12 - box.width},${500 - 12 - box.height})`);
  });

  it('leaves out the header without title and the legend without one', () => {
    const svg = renderMapSvg({ ...scene, title: undefined, subtitle: undefined, legend: undefined });
    const document = parse(svg);
    expect(elements(document, 'g').map((g) => g.getAttribute('class'))).not.toContain('kv-header');
    expect(elements(document, 'g').map((g) => g.getAttribute('class'))).not.toContain('kv-legend');
  });

  it('writes an empty map as a valid document', () => {
    const document = parse(
      renderMapSvg({ width: 300, height: 200, background: '#fff', nodes: [], edges: [] }),
    );
    expect(elements(document, 'circle')).toHaveLength(0);
  });
});

describe('escapeXml and safeColor', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b>&"c\'')).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
    expect(escapeXml('x\u0001y\uFFFEz\uD800')).toBe('xyz');
    expect(escapeXml('emoji 😀 blijft')).toBe('emoji 😀 blijft');
  });

  it('passes SVG 1.1 colours and turns the rest into them or grey', () => {
    expect(safeColor('#0072B2')).toBe('#0072B2');
    expect(safeColor('#abc')).toBe('#abc');
    expect(safeColor('#0072B2ff')).toBe('#0072B2');
    expect(safeColor('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(safeColor('hsl(0 100% 50%)')).toBe('#ff0000');
    expect(safeColor('hsl(120, 100%, 25%)')).toBe('#008000');
    expect(safeColor('red')).toBe('red');
    expect(safeColor('"/><script>')).toBe('#808080');
    expect(safeColor('url(#x)')).toBe('#808080');
  });
});
