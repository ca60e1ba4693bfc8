import { describe, expect, it } from 'vitest';
import { demoBackup, syntheticBackup } from '../../../test/helpers/map-backups.ts';
import { FORCE_COLORS, FORCES } from '../../domain/index.ts';
import { LABEL_LARGEST, sceneFromWorkspace, type WorkspaceSceneOptions } from './from-workspace.ts';
import { captionBox, headerHeight, labelBox, legendBox, legendOrigin, type MapScene } from './scene.ts';

const options: WorkspaceSceneOptions = {
  labels: {
    legendTitle: 'Krachten',
    forces: {
      rijk: 'Rijk',
      instelling: 'Instellingen',
      gemeente: 'Gemeente',
      professional: 'Professionals',
      bewoner: 'Bewoners',
    },
  },
  width: 1200,
  height: 800,
};

/** Every node lies in the image, below the header, and clear of the legend box. */
function expectFitted(scene: MapScene) {
  const top = headerHeight(scene);
  const legend = scene.legend as NonNullable<MapScene['legend']>;
  const box = legendBox(legend, scene.textScale);
  const origin = legendOrigin(scene, box, 'top-right');
  for (const node of scene.nodes) {
    expect(node.x - node.radius).toBeGreaterThanOrEqual(0);
    expect(node.x + node.radius).toBeLessThanOrEqual(scene.width);
    expect(node.y - node.radius).toBeGreaterThanOrEqual(top);
    expect(node.y + node.radius).toBeLessThanOrEqual(scene.height);
    expect(node.x + node.radius < origin.x || node.y - node.radius > origin.y + box.height).toBe(true);
  }
}

describe('sceneFromWorkspace', () => {
  it('fits the five-forces layout of the demo into the image, with every name and the kracht legend', () => {
    const backup = demoBackup();
    const scene = sceneFromWorkspace(backup, options);
    expect(scene.nodes).toHaveLength(backup.actors.length);
    expect(scene.edges).toHaveLength(backup.relations.length);
    expect(scene.title).toBe('Voorbeeldgemeente');
    expect(scene.nodes.every((node) => node.label)).toBe(true);
    expect(scene.legend?.items).toEqual(
      FORCES.map((force) => ({ color: FORCE_COLORS[force], label: options.labels.forces[force] })),
    );
    expectFitted(scene);
  });

  it('names the five sectors of the five-forces layout inside the image, and no sectors on a network map', () => {
    const backup = demoBackup();
    const scene = sceneFromWorkspace(backup, options);
    expect(scene.captions?.map((caption) => caption.text)).toEqual([
      'RIJK',
      'INSTELLINGEN',
      'GEMEENTE',
      'PROFESSIONALS',
      'BEWONERS',
    ]);
    for (const caption of scene.captions ?? []) {
      expect(caption.x).toBeGreaterThan(0);
      expect(caption.x).toBeLessThan(scene.width);
      expect(caption.y).toBeGreaterThan(headerHeight(scene));
      expect(caption.y).toBeLessThanOrEqual(scene.height);
    }
    const positions = Object.fromEntries(backup.actors.map((actor, i) => [actor.id, { x: i, y: i % 7 }]));
    const network = sceneFromWorkspace(
      { ...backup, layouts: { ...backup.layouts, force: positions } },
      options,
    );
    expect(network.captions).toEqual([]);
  });

  it('gives the same scene every time', () => {
    const backup = demoBackup();
    expect(sceneFromWorkspace(backup, options)).toEqual(sceneFromWorkspace(demoBackup(), options));
  });

  it('uses saved network positions, flipping y as sigma does', () => {
    const backup = demoBackup();
    const [first, second] = backup.actors;
    if (!first || !second) throw new Error('demo has spelers');
    // Every speler on a diagonal; the first at the far upper right in layout terms (y up).
    const positions = Object.fromEntries(backup.actors.map((actor, i) => [actor.id, { x: i, y: i }]));
    positions[first.id] = { x: 1000, y: 1000 };
    const scene = sceneFromWorkspace({ ...backup, layouts: { force: positions } }, options);
    const node = scene.nodes.find((n) => n.label === first.name);
    expect(node?.x).toBe(Math.max(...scene.nodes.map((n) => n.x)));
    expect(node?.y).toBe(Math.min(...scene.nodes.map((n) => n.y)));
    expectFitted(scene);
    // The five-forces layout is asked for by name.
    const fiveForces = sceneFromWorkspace(
      { ...backup, layouts: { force: positions } },
      {
        ...options,
        layout: 'vijf_krachten',
      },
    );
    expect(fiveForces).toEqual(sceneFromWorkspace(backup, options));
  });

  it('draws arrow heads only for directed relation types', () => {
    const backup = demoBackup();
    const scene = sceneFromWorkspace(backup, options);
    const undirected = new Set(['werkt_samen', 'spanning']);
    const expected = backup.relations.filter((relation) => !undirected.has(relation.type)).length;
    expect(scene.edges.filter((edge) => edge.arrow)).toHaveLength(expected);
  });

  it('names only the best-connected spelers on a big map, and caps the image size', () => {
    const scene = sceneFromWorkspace(syntheticBackup(400, 1200), { ...options, width: 9000, height: 50 });
    expect(scene.nodes.filter((node) => node.label)).toHaveLength(LABEL_LARGEST);
    expect([scene.width, scene.height]).toEqual([4000, 200]);
  });

  it('draws an empty werkruimte as title and legend only', () => {
    const scene = sceneFromWorkspace({ ...demoBackup(), actors: [], relations: [] }, options);
    expect(scene.nodes).toEqual([]);
    expect(scene.legend?.items).toHaveLength(5);
  });
});

describe('sceneFromWorkspace with separateLabels (a printed page)', () => {
  const printed = { ...options, width: 800, height: 600, labelled: 40, separateLabels: true };

  const nameBoxes = (scene: MapScene) =>
    scene.nodes.flatMap(({ label, ...node }) =>
      label ? [labelBox({ ...node, label }, scene.textScale)] : [],
    );

  it('draws no name over another, off the image, under the legend or over a sector name', () => {
    const scene = sceneFromWorkspace(demoBackup(), printed);
    const boxes = nameBoxes(scene);
    expect(boxes.length).toBeGreaterThan(20);
    const legend = scene.legend as NonNullable<MapScene['legend']>;
    const box = legendBox(legend, scene.textScale);
    const origin = legendOrigin(scene, box, 'top-right');
    const clear = [
      { left: origin.x, right: origin.x + box.width, top: origin.y, bottom: origin.y + box.height },
      ...(scene.captions ?? []).map((caption) => captionBox(caption, scene.textScale)),
    ];
    const overlap = (a: (typeof boxes)[number], b: (typeof boxes)[number]) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    boxes.forEach((name, index) => {
      expect(name.left).toBeGreaterThanOrEqual(0);
      expect(name.right).toBeLessThanOrEqual(scene.width);
      for (const other of [...boxes.slice(index + 1), ...clear]) expect(overlap(name, other)).toBe(false);
    });
  });

  it('keeps the name of the best-connected speler', () => {
    const backup = demoBackup();
    const degree = new Map<string, number>();
    for (const relation of backup.relations)
      for (const id of [relation.sourceId, relation.targetId]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const busiest = [...backup.actors].sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0))[0];
    const scene = sceneFromWorkspace(backup, printed);
    expect(scene.nodes.map((node) => node.label)).toContain(busiest?.name);
  });
});
