import { describe, expect, it } from 'vitest';
import { LABEL_SETTINGS, type LabelBox, LabelLayer } from './labels.ts';

/** A canvas context that measures 6 px per character and draws nothing. */
function fakeContext(width: number, height: number) {
  return {
    canvas: { clientWidth: width, clientHeight: height },
    font: '',
    lineJoin: 'round',
    lineWidth: 1,
    strokeStyle: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 6 }),
    strokeText: () => undefined,
    fillText: () => undefined,
  } as unknown as CanvasRenderingContext2D;
}

const settings = {
  labelSize: LABEL_SETTINGS.labelSize,
  labelFont: LABEL_SETTINGS.labelFont,
  labelWeight: LABEL_SETTINGS.labelWeight,
  labelColor: LABEL_SETTINGS.labelColor,
};

function drawAll(nodes: { key: string; x: number; y: number; label: string }[], width = 400, height = 300) {
  const layer = new LabelLayer();
  const context = fakeContext(width, height);
  layer.beginFrame();
  for (const node of nodes) layer.draw(context, { ...node, size: 5, color: '#000' }, settings);
  layer.endFrame();
  return layer;
}

const overlap = (a: LabelBox, b: LabelBox) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('LabelLayer', () => {
  it('moves a name to a free side instead of overlapping, and keeps it inside the canvas', () => {
    const layer = drawAll([
      { key: 'a', x: 100, y: 100, label: 'Afdeling Werk en Inkomen' },
      { key: 'b', x: 130, y: 104, label: 'Sociaal wijkteam Noord' },
      { key: 'c', x: 395, y: 150, label: 'Huurdersvereniging Oost' },
      { key: 'd', x: 5, y: 295, label: 'Bewonersinitiatief' },
    ]);
    expect([...layer.drawn].sort()).toEqual(['a', 'b', 'c', 'd']);
    const boxes = layer.boxes();
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(400);
      expect(box.y + box.height).toBeLessThanOrEqual(300);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    // At the right edge the name goes left of its node.
    const c = boxes.find((box) => box.id === 'c');
    expect((c?.x ?? 0) + (c?.width ?? 0)).toBeLessThan(395);
  });

  it('leaves a name out when every place around its node is taken, and starts afresh each frame', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      key: `n${i}`,
      x: 200,
      y: 150,
      label: 'Een lange naam',
    }));
    const layer = drawAll(crowd);
    expect(layer.drawn.size).toBeGreaterThan(0);
    expect(layer.drawn.size).toBeLessThan(40);
    layer.beginFrame();
    layer.endFrame();
    expect(layer.drawn.size).toBe(0);
  });

  it('keeps names clear of reserved areas (the sector names)', () => {
    const layer = new LabelLayer();
    layer.onFrame(() => [{ x: 100, y: 80, width: 300, height: 40 }]);
    layer.beginFrame();
    layer.draw(
      fakeContext(400, 300),
      { key: 'a', x: 90, y: 100, size: 5, color: '#000', label: 'Gemeente' },
      settings,
    );
    const [box] = layer.boxes();
    expect(box && box.x + box.width <= 100).toBe(true);
  });
});
