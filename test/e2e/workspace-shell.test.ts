/**
 * The werkruimte as an app shell, in real Chromium on the demo: the map fills the window, panels open beside
 * it (below it on a phone) at their own address and survive a reload, search finds parts of names and says
 * when nothing matches, a second speler with an existing name is asked about, a new speler has no kracht
 * until one is chosen, and no page is wider than a 390 px phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

interface SigmaView {
  sigma: {
    graphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getDimensions(): { width: number; height: number };
  };
  graph: { nodes(): string[]; getNodeAttributes(id: string): { label: string; x: number; y: number } };
}

/** A speler near the middle of the map, where a click hits it and nothing else. */
function clickableActor(page: Page) {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __krachtenveldMap?: SigmaView }).__krachtenveldMap;
    if (!map) return null;
    const { width, height } = map.sigma.getDimensions();
    const points = map.graph.nodes().map((id) => ({
      id,
      label: map.graph.getNodeAttributes(id).label,
      ...map.sigma.graphToViewport(map.graph.getNodeAttributes(id)),
    }));
    const isolated = points.filter(
      (p) =>
        p.x > 30 &&
        p.y > 30 &&
        p.x < width - 30 &&
        p.y < height - 30 &&
        points.every((q) => q === p || Math.hypot(q.x - p.x, q.y - p.y) > 24),
    );
    return isolated[0] ?? null;
  });
}

/** Whether an element is wholly inside the window, as it is right now (after any scrolling). */
function inView(page: Page, selector: string) {
  return page.evaluate((css) => {
    const element = document.querySelector(css);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return (
      box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth
    );
  }, selector);
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe.skipIf(!HAS_CHROMIUM)('the werkruimte screen', () => {
  const session = useBrowserSession();
  let base = '';

  it('fills the window with the map and opens a clicked speler beside it, at its own address', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/');
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    base = new URL(page.url()).pathname;
    expect(await pageWidth(page)).toBeLessThanOrEqual(1400);
    // The map takes the window below the title bar: no page scroll needed to see all of it.
    const map = await page.locator('.kv-map').boundingBox();
    expect(map?.height).toBeGreaterThan(450);
    expect((map?.y ?? 0) + (map?.height ?? 0)).toBeLessThanOrEqual(900);

    const target = await clickableActor(page);
    expect(target).not.toBeNull();
    await page.mouse.click((map?.x ?? 0) + (target?.x ?? 0), (map?.y ?? 0) + (target?.y ?? 0));
    const heading = page.getByRole('heading', { level: 2, name: target?.label ?? '' });
    await expect.poll(() => heading.count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(`${base}/spelers/${target?.id}`);
    // Beside the map, wholly in the window, with the keyboard focus on its heading.
    expect(await inView(page, '#actor-panel-title')).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('actor-panel-title');

    await page.reload();
    await expect.poll(() => heading.count()).toBe(1);
    await expectAccessible(page);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname).toBe(base);
    await expect.poll(() => page.getByTestId('side-panel').count()).toBe(0);
  });

  it('finds spelers by a part of their name and says when nothing matches', async () => {
    const { page } = session;
    const search = page.getByRole('searchbox', { name: 'Zoek een speler' });
    await search.fill('voedsel');
    const results = page.getByRole('list', { name: 'Gevonden spelers' });
    await expect.poll(() => results.getByRole('link').count()).toBeGreaterThan(0);
    const first = (await results.getByRole('link').first().textContent()) ?? '';
    expect(first.toLowerCase()).toContain('voedsel');
    await search.press('Enter');
    const name = first.split(' · ')[0]?.trim() ?? '';
    await expect.poll(() => page.getByRole('heading', { level: 2, name }).count()).toBe(1);

    await search.fill('xyzzy');
    await expect.poll(() => page.getByText('Geen speler gevonden voor “xyzzy”.').count()).toBe(1);
    await search.fill('');
  });

  it('asks for a kracht and about a name that exists before adding a speler', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Speler toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Speler toevoegen' });
    await expect.poll(() => form.getByLabel('Kracht').inputValue()).toBe('');
    await form.getByLabel('Naam').fill('wijkteam  noord');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => form.getByText('Kies de kracht waar deze speler bij hoort.').count()).toBe(1);
    await expect.poll(() => form.getByText('Er is al een speler met deze naam:').count()).toBe(1);
    await form.getByLabel('Kracht').selectOption('professional');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect
      .poll(() => form.getByText('Kies een andere naam, of vink aan dat dit een andere speler is.').count())
      .toBe(1);
    await expectAccessible(page);
    await form.getByLabel('Ja, dit is een andere speler met dezelfde naam').check();
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'wijkteam  noord' }).count()).toBe(1);
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(68);
  });

  it('gives every section its own address, readable by keyboard and screen reader', async () => {
    const { page } = session;
    for (const [link, path, heading] of [
      ['Spelers', 'spelers', 'Spelers'],
      ['Relaties', 'relaties', 'Relaties'],
      ['Diagnose', 'diagnose', 'Diagnose: waar valt de samenwerking uiteen?'],
      ['Uitvraag', 'uitvraag', 'Uitvraag'],
      ['Uitwisselen', 'uitwisselen', 'Uitwisselen'],
      ['Tijd', 'tijd', 'Tijd'],
      ['Rapport', 'rapport', 'Rapport'],
      ['Geschiedenis', 'geschiedenis', 'Geschiedenis'],
      ['Leden', 'leden', 'Leden'],
      ['Over', 'over', 'Over deze werkruimte'],
    ] as const) {
      await page
        .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
        .getByRole('link', { name: link })
        .click();
      await expect.poll(() => page.getByRole('heading', { level: 2, name: heading }).count()).toBe(1);
      expect(new URL(page.url()).pathname).toBe(`${base}/${path}`);
      await expectAccessible(page);
    }
    // The filters open from the map's toolbar, at their own address too.
    await page.getByRole('link', { name: 'Filters', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Filters' }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(`${base}/filters`);
    await expectAccessible(page);
    // The demo says what it is: fictitious, and its description is shown in full.
    await expect.poll(() => page.getByText(/fictieve voorbeeldwerkruimte/).count()).toBeGreaterThan(0);
    // Ten sections, each checked by axe: more than the default 30 s on a busy machine.
  }, 60_000);

  it('is never wider than a phone, and a panel opened on a phone scrolls into view', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    for (const path of [
      '',
      '/spelers',
      '/relaties',
      '/diagnose',
      '/filters',
      '/uitvraag',
      '/uitwisselen',
      '/geschiedenis',
      '/leden',
      '/over',
      '/spelers/nieuw',
    ]) {
      await page.goto(`${base}${path}`);
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(68);
      await page.waitForTimeout(300);
      expect({ path, width: await pageWidth(page) }).toEqual({ path, width: 390 });
    }
    await page.goto(base);
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(68);
    const search = page.getByRole('searchbox', { name: 'Zoek een speler' });
    await search.fill('wijkteam noord');
    await search.press('Enter');
    await expect.poll(() => inView(page, '#actor-panel-title')).toBe(true);
    await page.setViewportSize({ width: 1400, height: 900 });
  });
});
