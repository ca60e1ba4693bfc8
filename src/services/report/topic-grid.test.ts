import { describe, expect, it } from 'vitest';
import { captionBox, labelBox } from '../../formats/index.ts';
import { topicGridScene } from './topic-grid.ts';

const words = {
  invloed: 'Invloed',
  belang: 'Belang',
  quadrant: { manage: 'Nauw betrekken', satisfy: 'Tevreden houden', inform: 'Informeren', monitor: 'Volgen' },
  legendTitle: 'Standpunt',
  stances: ['sterk tegen', 'tegen', 'neutraal', 'voor', 'sterk voor'],
};

describe('topicGridScene', () => {
  it('places belang across and invloed up, coloured by standpunt, with the quadrants named', () => {
    const scene = topicGridScene(
      [
        { name: 'Wethouder', invloed: 5, belang: 5, standpunt: 2 },
        { name: 'Buurtkamer', invloed: 1, belang: 5, standpunt: -2 },
        { name: 'Ministerie', invloed: 5, belang: 1, standpunt: 0 },
      ],
      words,
    );
    const [wethouder, buurtkamer, ministerie] = ['Wethouder', 'Buurtkamer', 'Ministerie'].map((name) =>
      scene.nodes.find((node) => node.label === name),
    );
    // Most influence is highest on the page (y grows downwards), most interest furthest right.
    expect(wethouder?.y).toBeLessThan(buurtkamer?.y as number);
    expect(wethouder?.x).toBeGreaterThan(ministerie?.x as number);
    expect(wethouder?.color).not.toBe(buurtkamer?.color);
    expect(ministerie?.color).toBe('#8c8c8c');
    expect(scene.captions?.map((caption) => caption.text)).toEqual(
      expect.arrayContaining([
        'Nauw betrekken',
        'Tevreden houden',
        'Informeren',
        'Volgen',
        'Invloed',
        'Belang',
      ]),
    );
    expect(scene.legend?.items.map((item) => item.label)).toEqual(words.stances);
  });

  it('keeps dots on one spot apart, and names off the quadrant names and each other', () => {
    const spelers = Array.from({ length: 12 }, (_, index) => ({
      name: `Speler ${index}`,
      invloed: 4,
      belang: 4,
      standpunt: 1,
    }));
    const scene = topicGridScene(spelers, words);
    const spots = new Set(scene.nodes.map((node) => `${Math.round(node.x)}:${Math.round(node.y)}`));
    expect(spots.size).toBe(12);
    const names = scene.nodes.flatMap(({ label, ...node }) => (label ? [labelBox({ ...node, label })] : []));
    expect(names.length).toBeGreaterThan(3);
    const clear = [...names, ...(scene.captions ?? []).map((caption) => captionBox(caption))];
    names.forEach((name, index) => {
      for (const other of clear.slice(index + 1))
        expect(
          name.left < other.right &&
            other.left < name.right &&
            name.top < other.bottom &&
            other.top < name.bottom,
        ).toBe(false);
    });
  });
});
