import { describe, expect, it } from 'vitest';
import { arrowOutline, markBox, markCaption } from './movement-marks.ts';

describe('the beweging arrows', () => {
  const box = markBox(100, 50, 8);

  it('sit left of the node, clear of its rim, centred on its height', () => {
    expect(box.x + box.width).toBeLessThan(100 - 8);
    expect(box.y + box.height / 2).toBe(50);
  });

  it('point down for van boven and up for van onderop, inside their box', () => {
    for (const movement of ['van_boven', 'van_onderop'] as const) {
      const outline = arrowOutline(box, movement);
      for (const point of outline) {
        expect(point.x).toBeGreaterThanOrEqual(box.x);
        expect(point.x).toBeLessThanOrEqual(box.x + box.width);
        expect(point.y).toBeGreaterThanOrEqual(box.y);
        expect(point.y).toBeLessThanOrEqual(box.y + box.height);
      }
      const tip = outline[4];
      expect(tip?.y).toBe(movement === 'van_boven' ? box.y + box.height : box.y);
    }
  });

  it('become ↓ and ↑ on a saved image, below its title band', () => {
    expect(markCaption(box, 'van_boven', 40)).toMatchObject({ text: '↓', anchor: 'end' });
    expect(markCaption(box, 'van_onderop', 40).text).toBe('↑');
    expect(markCaption(box, 'van_onderop', 40).y).toBeGreaterThan(40 + box.y);
  });
});
