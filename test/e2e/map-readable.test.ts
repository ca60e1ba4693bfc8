/**
 * A readable map: on a small werkruimte every speler's name is shown, none overlaps another or crosses the
 * canvas edge; the five-forces layout names its five sectors; trying the network layout saves nothing
 * until "Bewaar deze indeling"; the legend explains the lines as well as the colours.
 */
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

const ACTORS = [
  { name: 'Ministerie van Volksgezondheid, Welzijn en Sport', force: 'rijk' },
  { name: 'Uitvoeringsinstituut Werknemersverzekeringen', force: 'rijk' },
  { name: 'Woningcorporatie Thuis in de Wijk', force: 'instelling' },
  { name: 'Afdeling Werk en Inkomen', force: 'gemeente' },
  { name: 'Sociaal wijkteam Noord', force: 'professional' },
  { name: 'Schuldhulpmaatje Voorbeeldgemeente', force: 'professional' },
  { name: 'Bewonersinitiatief De Buurtkamer', force: 'bewoner' },
  { name: 'Huurdersvereniging Oost', force: 'bewoner' },
] as const;

interface ExposedMap {
  sigma: { getDimensions(): { width: number; height: number }; getNodeDisplayedLabels(): Set<string> };
  graph: { nodes(): string[] };
  labelBoxes(): { id: string; x: number; y: number; width: number; height: number }[];
}

interface LabelState {
  width: number;
  height: number;
  nodes: string[];
  displayed: string[];
  boxes: { id: string; x: number; y: number; width: number; height: number }[];
}

describe.skipIf(!HAS_CHROMIUM)('a readable map', () => {
  const session = useBrowserSession();
  let workspaceId = '';

  const api = async (path: string, init?: RequestInit) => {
    const response = await session.admin.fetch(`/api/v1${path}`, {
      ...init,
      headers: { 'content-type': 'application/json' },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });
  const savedForce = async () =>
    Object.keys(((await api(`/workspaces/${workspaceId}/layouts/force`)) as { positions: object }).positions)
      .length;

  const labelState = () =>
    session.page.evaluate(() => {
      const map = (globalThis as unknown as { __krachtenveldMap?: ExposedMap }).__krachtenveldMap;
      if (!map) return null;
      const { width, height } = map.sigma.getDimensions();
      return {
        width,
        height,
        nodes: map.graph.nodes().sort(),
        displayed: [...map.sigma.getNodeDisplayedLabels()].sort(),
        boxes: map
          .labelBoxes()
          .map(({ id, x, y, width: w, height: h }) => ({ id, x, y, width: w, height: h })),
      };
    }) as Promise<LabelState | null>;

  it('shows every name of an 8-speler map, none overlapping and none crossing the canvas edge', async () => {
    const workspace = (await post('/workspaces', { name: 'Leesbare kaart', gemeente: 'GM0344' })) as {
      id: string;
    };
    workspaceId = workspace.id;
    const ids: string[] = [];
    for (const actor of ACTORS) {
      const created = (await post(`/workspaces/${workspaceId}/actors`, actor)) as { id: string };
      ids.push(created.id);
    }
    const relate = (from: number, to: number, type: string) =>
      post(`/workspaces/${workspaceId}/relations`, { sourceId: ids[from], targetId: ids[to], type });
    await relate(0, 3, 'financiert');
    await relate(3, 4, 'stuurt_aan');
    await relate(4, 5, 'werkt_samen');
    await relate(2, 7, 'spanning');
    await relate(6, 4, 'verwijst');

    const { page } = session;
    await page.goto(`/werkruimtes/${workspaceId}`);
    await expect.poll(async () => (await mapState(page))?.nodes.length, { timeout: 20_000 }).toBe(8);
    await expect.poll(async () => (await labelState())?.displayed.length, { timeout: 10_000 }).toBe(8);
    const state = (await labelState()) as LabelState;
    expect(state.displayed).toEqual(state.nodes);
    expect(state.boxes.map((box) => box.id).sort()).toEqual(state.nodes);
    for (const box of state.boxes) {
      expect(box.x, `${box.id} left`).toBeGreaterThanOrEqual(0);
      expect(box.y, `${box.id} top`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${box.id} right`).toBeLessThanOrEqual(state.width);
      expect(box.y + box.height, `${box.id} bottom`).toBeLessThanOrEqual(state.height);
    }
    for (const [i, a] of state.boxes.entries())
      for (const b of state.boxes.slice(i + 1)) {
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
  });

  it('names the five sectors of the five-forces layout inside the map', async () => {
    const { page } = session;
    const sectors = page.getByTestId('map-sector');
    await expect
      .poll(() => sectors.allTextContents())
      .toEqual(['Rijk', 'Instellingen', 'Gemeente', 'Professionals', 'Bewoners']);
    const map = await page.locator('.kv-map').boundingBox();
    if (!map) throw new Error('no map on the page');
    for (const sector of await sectors.all()) {
      expect(await sector.isVisible()).toBe(true);
      const box = await sector.boundingBox();
      if (!box) throw new Error('a sector name has no box');
      expect(box.x).toBeGreaterThanOrEqual(map.x);
      expect(box.y).toBeGreaterThanOrEqual(map.y);
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
      expect(box.y + box.height).toBeLessThanOrEqual(map.y + map.height);
    }
  });

  it('explains the lines in the legend: colours per kind of relatie, arrows and thickness', async () => {
    const legend = session.page.getByRole('complementary', { name: 'Legenda' });
    const relations = legend.getByTestId('legend-relation');
    expect(await relations.allTextContents()).toEqual([
      'financiert',
      'heeft spanning met (negatief)',
      'Andere relaties',
    ]);
    const text = await legend.textContent();
    expect(text).toContain('Pijl: de richting (van wie naar wie)');
    expect(text).toContain('Dikkere lijn: sterkere relatie');
    expect(text).toContain('Grotere stip: meer relaties');
    for (const force of ['Rijk', 'Instellingen', 'Gemeente', 'Professionals', 'Bewoners'])
      expect(text).toContain(force);
  });

  it('tries the network layout without saving it, and saves it only on "Bewaar deze indeling"', async () => {
    const { page } = session;
    expect(await savedForce()).toBe(0);
    const before = await mapState(page);

    await page.getByLabel('Netwerk (wie met wie samenhangt)').check();
    await expect
      .poll(() => page.getByTestId('layout-status').textContent(), { timeout: 30_000 })
      .toBe('De kaart is geschikt. Deze indeling is nog niet bewaard.');
    const tried = await mapState(page);
    expect(tried?.nodes.map((node) => [node.x, node.y])).not.toEqual(
      before?.nodes.map((node) => [node.x, node.y]),
    );
    // Nothing saved: not the positions, so not the whole-map image or the other users either.
    expect(await savedForce()).toBe(0);
    // The sectors belong to the five-forces layout only.
    expect(await page.getByTestId('map-sector').first().isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Bewaar deze indeling' }).click();
    await expect
      .poll(() => page.getByTestId('layout-status').textContent())
      .toBe('De indeling is bewaard. Iedereen ziet de kaart nu zo.');
    expect(await savedForce()).toBe(8);
    expect(await page.getByRole('button', { name: 'Bewaar deze indeling' }).count()).toBe(0);
  });
});
