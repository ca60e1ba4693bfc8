/**
 * "Afbeelding opslaan" in real Chromium: the SVG holds exactly the spelers sigma shows in the viewport, with
 * the kracht legend and the werkruimte's name; zoomed in, it holds fewer; with the map coloured by cluster,
 * the legend lists the clusters; the PNG is a PNG at twice the view's size. The page with the control
 * passes axe. The buttons sit in the map's toolbar; what happened is said in the status line over the map.
 */
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerHeight } from '../../src/formats/map-image/index.ts';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

interface SigmaView {
  sigma: {
    getNodeDisplayData(id: string): { x: number; y: number; size: number; hidden: boolean } | undefined;
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
    scaleSize(size: number): number;
    getDimensions(): { width: number; height: number };
    getCamera(): { setState(state: { ratio?: number; x?: number; y?: number }): void };
  };
  graph: { nodes(): string[] };
}

/** How many spelers sigma draws inside the viewport (their circle reaches into it), and its size. */
function viewport(page: Page) {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __krachtenveldMap?: SigmaView }).__krachtenveldMap;
    if (!map) return null;
    const { width, height } = map.sigma.getDimensions();
    let visible = 0;
    for (const id of map.graph.nodes()) {
      const display = map.sigma.getNodeDisplayData(id);
      if (!display || display.hidden) continue;
      const { x, y } = map.sigma.framedGraphToViewport(display);
      const r = map.sigma.scaleSize(display.size);
      if (x + r >= 0 && x - r <= width && y + r >= 0 && y - r <= height) visible++;
    }
    return { visible, width, height };
  });
}

async function save(page: Page, name: 'PNG' | 'SVG'): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Afbeelding opslaan als ${name}` }).click(),
  ]);
  return { download, bytes: readFileSync(await download.path()) };
}

function parseSvg(bytes: Buffer) {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  const document = new DOMParser({
    errorHandler: { warning: report, error: report, fatalError: report },
  }).parseFromString(bytes.toString('utf8'), 'image/svg+xml');
  expect(problems).toEqual([]);
  const group = (name: string) =>
    Array.from(document.getElementsByTagName('g')).find((g) => g.getAttribute('class') === name);
  return {
    circles: group('kv-nodes')?.getElementsByTagName('circle').length ?? 0,
    legend: Array.from(group('kv-legend')?.getElementsByTagName('text') ?? []).map((t) => t.textContent),
    title: document.getElementsByTagName('title')[0]?.textContent,
    root: document.documentElement,
  };
}

describe.skipIf(!HAS_CHROMIUM)('saving the map as an image', () => {
  const session = useBrowserSession();
  const page = () => session.page;
  const sections = () => page().getByRole('navigation', { name: 'Onderdelen van de werkruimte' });

  it('saves the current view as SVG, with the kracht legend; zoomed in it holds fewer spelers', async () => {
    await page().goto('/');
    await page().getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await expect.poll(async () => (await mapState(page()))?.nodes.length).toBe(67);

    const whole = await viewport(page());
    const { download, bytes } = await save(page(), 'SVG');
    expect(download.suggestedFilename()).toBe('voorbeeldgemeente-kaart.svg');
    const svg = parseSvg(bytes);
    expect(svg.circles).toBe(whole?.visible);
    expect(svg.title).toBe('Voorbeeldgemeente');
    expect(svg.legend).toEqual(['Krachten', 'Rijk', 'Instellingen', 'Gemeente', 'Professionals', 'Bewoners']);
    expect(svg.root?.getAttribute('width')).toBe(String(whole?.width));
    await expect
      .poll(() => page().getByTestId('shell-status').textContent())
      .toBe('De afbeelding is opgeslagen als voorbeeldgemeente-kaart.svg.');

    await page().evaluate(() => {
      const map = (globalThis as unknown as { __krachtenveldMap: SigmaView }).__krachtenveldMap;
      map.sigma.getCamera().setState({ ratio: 0.3 });
    });
    await expect.poll(async () => (await viewport(page()))?.visible).toBeLessThan(whole?.visible as number);
    // Let sigma draw the new view (its labels are part of the image).
    await page().evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
    const zoomed = await viewport(page());
    const closer = parseSvg((await save(page(), 'SVG')).bytes);
    expect(closer.circles).toBe(zoomed?.visible);
    expect(closer.circles).toBeGreaterThan(0);
    expect(closer.circles).toBeLessThan(svg.circles);
  });

  it('saves a PNG at twice the size of the view plus its title band', async () => {
    const view = await viewport(page());
    const { download, bytes } = await save(page(), 'PNG');
    expect(download.suggestedFilename()).toBe('voorbeeldgemeente-kaart.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const band = headerHeight({ title: 'Voorbeeldgemeente', subtitle: 'x' });
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
      width: 2 * (view?.width as number),
      height: 2 * ((view?.height as number) + band),
    });
  });

  it('lists the clusters in the legend when the diagnosis colours the map by cluster', async () => {
    await sections().getByRole('link', { name: 'Diagnose', exact: true }).click();
    await expect.poll(() => page().getByTestId('diagnose-headline').count(), { timeout: 30_000 }).toBe(1);
    await page().getByRole('tab', { name: 'Clusters en kokers', exact: true }).click();
    const clusters = await page().getByTestId('cluster-row').count();
    await page().getByLabel('Kleur de kaart per cluster').check();
    const svg = parseSvg((await save(page(), 'SVG')).bytes);
    expect(svg.legend[0]).toBe('Clusters');
    expect(svg.legend[1]).toMatch(/^Cluster 1: \d+ spelers$/);
    expect(svg.legend).toHaveLength(1 + Math.min(clusters, 12) + (clusters > 12 ? 1 : 0));
    await expectAccessible(page());
  });

  it('is reachable by keyboard and passes axe', async () => {
    // Back to the map alone (the diagnosis panel closes; its cluster colours go with it).
    await sections().getByRole('link', { name: 'Kaart', exact: true }).click();
    await expect.poll(() => page().getByTestId('side-panel').isVisible()).toBe(false);
    const png = page().getByRole('button', { name: 'Afbeelding opslaan als PNG' });
    await png.focus();
    await page().keyboard.press('Tab');
    expect(
      await page().evaluate(() =>
        (globalThis as unknown as { document: Document }).document.activeElement?.getAttribute('aria-label'),
      ),
    ).toBe('Afbeelding opslaan als SVG');
    expect(await page().getByRole('group', { name: 'Afbeelding opslaan' }).count()).toBe(1);
    await expectAccessible(page());
  });
});
