/**
 * Takes the screenshots of docs/user-guide.md, page by page, as a user walks through the demo werkruimte:
 * the list, the map, a speler beside it, the filters, the registers, a relatie, the diagnosis, the
 * perspectives (who says what about a relatie, a vraagstuk's grid, "Waar verschillen de beelden?", two maps
 * side by side, the map coloured by a vraagstuk), exchange, history and members at 1400×900, and the map
 * and a speler on a 390×844 phone. Run with
 * KRACHTENVELD_SCREENSHOTS=1 (`npm run docs:screenshots`) to refresh docs/images/; otherwise the same walk
 * runs and the images go to a temporary folder, so the guide's path stays tested without touching docs/.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stanceFill } from '../../src/web/map/stance.ts';
import { HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

const OUT = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-guide-'));

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };
const SPELERS = 67;
// The demo's perspectives and vraagstuk (data/demo/voorbeeldgemeente.json).
const GEMEENTE = 'Gemeente — beleid';
const BEWONERS = 'Bewoners Noord';
const ARMOEDE = 'Lokaal armoedebeleid';
const COALITION = 'Armoedecoalitie Voorbeeldgemeente';

interface ExposedCamera {
  sigma: {
    getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number } };
    getNodeDisplayData(id: string): { color: string } | undefined;
  };
  graph: {
    nodes(): string[];
    getNodeAttributes(id: string): { x: number; y: number; color: string; label: string };
  };
  movementMarks(): { id: string; movement: string }[];
}

/** How the map draws one speler now: its fill and the beweging arrow beside it, if any. */
function drawnSpeler(page: Page, name: string) {
  return page.evaluate((label) => {
    const map = (globalThis as unknown as { __krachtenveldMap?: ExposedCamera }).__krachtenveldMap;
    const id = map?.graph.nodes().find((node) => map.graph.getNodeAttributes(node).label === label);
    if (!map || !id) return null;
    const mark = map.movementMarks().find((each) => each.id === id);
    return { color: map.sigma.getNodeDisplayData(id)?.color, movement: mark?.movement ?? null };
  }, name);
}

/** Where the map's spelers and camera are now: equal twice in a row means the map has settled. */
function mapSnapshot(page: Page) {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __krachtenveldMap?: ExposedCamera }).__krachtenveldMap;
    if (!map) return null;
    const camera = map.sigma.getCamera().getState();
    const nodes = map.graph.nodes().map((id) => {
      const { x, y, color } = map.graph.getNodeAttributes(id);
      return `${x.toFixed(2)},${y.toFixed(2)},${color}`;
    });
    return JSON.stringify({ camera, nodes });
  });
}

/** Waits until the map has its spelers and stops moving (layout and camera animation done), then a frame. */
async function mapSettled(page: Page, spelers = SPELERS) {
  await expect.poll(async () => (await mapState(page))?.nodes.length, { timeout: 20_000 }).toBe(spelers);
  let previous = '';
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(400);
        const now = (await mapSnapshot(page)) ?? '';
        const still = now !== '' && now === previous;
        previous = now;
        return still;
      },
      { timeout: 30_000, interval: 100 },
    )
    .toBe(true);
  await page.waitForTimeout(200);
}

/** Scrolls the side panel so that this part of it is at its top. */
async function scrollPanelTo(part: Locator) {
  await part.evaluate((element) => {
    const panel = element.closest('[data-testid="side-panel"]');
    if (!panel) return;
    const top = element.getBoundingClientRect().top - panel.getBoundingClientRect().top;
    panel.scrollTo({ top: panel.scrollTop + top - 8 });
  });
  await part.page().waitForTimeout(200);
}

describe.skipIf(!HAS_CHROMIUM)('user guide screenshots', () => {
  const session = useBrowserSession({
    prepare: ({ page }) => {
      mkdirSync(OUT, { recursive: true });
      page.setDefaultTimeout(15_000);
    },
  });

  const shot = (name: string, fullPage = false) =>
    session.page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  const section = (name: string) =>
    session.page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name, exact: true })
      .click();
  const panelHeading = (name: string) =>
    expect.poll(() => session.page.getByRole('heading', { level: 2, name, exact: true }).count()).toBe(1);
  let base = '';

  it('walks through the demo werkruimte on a wide screen', { timeout: 180_000 }, async () => {
    const { page } = session;
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    await expect.poll(() => page.getByRole('link', { name: 'Voorbeeldgemeente' }).count()).toBe(1);
    await shot('werkruimtes', true);

    // The map alone, in the five-forces layout.
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await mapSettled(page);
    base = new URL(page.url()).pathname;
    await shot('kaart-vijf-krachten');

    // A speler found by part of its name: its panel beside the map, the map showing its relaties.
    const search = page.getByRole('searchbox', { name: 'Zoek een speler' });
    await search.fill('wijkteam no');
    await expect
      .poll(() => page.getByRole('list', { name: 'Gevonden spelers' }).getByRole('link').count())
      .toBeGreaterThan(0);
    await search.press('Enter');
    await panelHeading('Wijkteam Noord');
    await mapSettled(page);
    await shot('kaart-speler');

    // Filters: only the Bewoners stand out.
    await page.goto(base);
    await mapSettled(page);
    await page.getByRole('link', { name: 'Filters' }).click();
    await panelHeading('Filters');
    await page.getByRole('group', { name: 'Kracht' }).getByLabel('Bewoners').check();
    await expect.poll(() => page.getByRole('link', { name: /^Filters \(\d+ van 67\)$/ }).count()).toBe(1);
    await mapSettled(page);
    await shot('kaart-filter');
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();

    // The registers.
    await section('Spelers');
    await panelHeading('Spelers');
    await expect.poll(() => page.getByRole('table').count()).toBe(1);
    await mapSettled(page);
    await shot('spelers-register');

    await section('Relaties');
    await panelHeading('Relaties');
    await page.getByRole('searchbox', { name: 'Zoek een relatie' }).fill('voedselbank');
    const relation = page.getByRole('table').getByRole('button').filter({ hasText: 'Voedselbank' }).first();
    await relation.click();
    const title = page.locator('#relation-panel-title');
    await expect.poll(() => title.count()).toBe(1);
    // The heading reads "Relatie" and then the relatie as a sentence.
    const sentence = ((await title.textContent()) ?? '').replace(/^Relatie\s*/, '').trim();
    const relationUrl = new URL(page.url()).pathname;
    await mapSettled(page);
    await shot('relatie-paneel');

    // Diagnose: the clusters coloured on the map, with the hint to look at them in the network layout.
    await section('Diagnose');
    await expect.poll(() => page.getByTestId('diagnose-headline').count()).toBe(1);
    await page.getByRole('tab', { name: 'Clusters en kokers' }).click();
    await page.getByLabel('Kleur de kaart per cluster').check();
    await mapSettled(page);
    await scrollPanelTo(page.getByRole('tablist', { name: 'Onderdelen van de diagnose' }));
    await shot('diagnose');

    // Trying the network layout: the clusters as groups, and the offer to keep this layout.
    const networkHint = page.getByRole('button', { name: 'Toon de netwerkindeling' });
    if ((await networkHint.count()) > 0) {
      await networkHint.click();
      await expect.poll(() => page.getByRole('button', { name: 'Bewaar deze indeling' }).count()).toBe(1);
      // The switch reloads the diagnosis (its tab and colouring start over): colour by cluster again.
      await page.getByRole('tab', { name: 'Clusters en kokers' }).click();
      await page.getByLabel('Kleur de kaart per cluster').check();
      await mapSettled(page);
      await scrollPanelTo(page.getByRole('tablist', { name: 'Onderdelen van de diagnose' }));
      await shot('kaart-netwerk');
      await page.getByLabel('Vijf krachten (elke kracht een eigen vak)').check();
      await mapSettled(page);
    }

    await page.getByRole('tab', { name: 'Wat als', exact: true }).click();
    await page.getByLabel('Speler 1').selectOption({ label: 'Voedselbank Voorbeeldgemeente' });
    await page.getByLabel('Speler 2').selectOption({ label: 'GGZ Oostland' });
    await page.getByRole('button', { name: 'Contact toevoegen' }).click();
    await expect.poll(() => page.getByTestId('delta-table').count()).toBe(1);
    await mapSettled(page);
    await scrollPanelTo(page.getByRole('heading', { name: 'Uw wijzigingen' }));
    await shot('diagnose-wat-als');

    // Perspectieven: the editors and the demo's three groups, with the way to compare them on top.
    await section('Perspectieven');
    const perspectives = page.getByRole('region', { name: 'Perspectieven' });
    await expect.poll(() => perspectives.getByRole('listitem').count()).toBe(6);
    for (const name of [GEMEENTE, 'Wijkteam Noord', BEWONERS])
      expect(await perspectives.getByText(name, { exact: true }).count()).toBe(1);
    await mapSettled(page);
    await shot('perspectieven');

    // Wie zegt wat over een relatie: the gemeente and the wijkteam confirm it, the residents deny it.
    await section('Relaties');
    await page.getByRole('searchbox', { name: 'Zoek een relatie' }).fill('armoedecoalitie');
    await page
      .getByRole('row')
      .filter({ hasText: 'vertegenwoordigt' })
      .filter({ hasText: 'Schulden en Armoede' })
      .getByRole('button')
      .first()
      .click();
    const claims = page.getByRole('list', { name: 'Wat elk perspectief zegt' });
    await expect.poll(() => claims.getByRole('listitem').count()).toBe(4);
    expect(await claims.getByRole('listitem').filter({ hasText: BEWONERS }).textContent()).toContain(
      'Ontkent: volgens dit perspectief bestaat deze relatie niet.',
    );
    await mapSettled(page);
    await scrollPanelTo(page.getByRole('heading', { name: 'Wie zegt wat over deze relatie?' }));
    await shot('relatie-wie-zegt-wat');

    // A vraagstuk's grid: the gemeente beside the residents; the armoedecoalitie sits far apart.
    await section('Vraagstukken');
    await page.getByRole('link', { name: ARMOEDE, exact: true }).click();
    await panelHeading(ARMOEDE);
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: GEMEENTE });
    await page.getByLabel('Naast elkaar zetten met').selectOption({ label: BEWONERS });
    await expect.poll(() => page.locator('figure.kv-topic-grid').count()).toBe(2);
    const coalition = (place: string) =>
      page.getByRole('button', { name: `${COALITION}: ${place}`, exact: true }).count();
    expect(await coalition('invloed 2, belang 5, sterk voor. Informeren.')).toBe(1);
    expect(await coalition('invloed 4, belang 5, sterk tegen. Nauw betrekken.')).toBe(1);
    await mapSettled(page);
    await scrollPanelTo(page.getByRole('group', { name: 'Welk beeld wilt u zien?' }));
    await shot('vraagstuk-raster');

    // Waar verschillen de beelden? Opens on the gemeente against the residents and on armoedebeleid.
    await section('Perspectieven');
    await page.getByRole('link', { name: /^Waar verschillen de beelden\?/ }).click();
    const summary = page.getByTestId('divergence-summary');
    await expect.poll(() => summary.count()).toBe(1);
    await expect
      .poll(() => summary.textContent())
      .toContain(`verschillen de beelden het meest over ${COALITION}`);
    expect(await summary.textContent()).toMatch(
      new RegExp(`^${GEMEENTE} en ${BEWONERS} zien de relaties voor \\d+% hetzelfde`),
    );
    // The one speler the two see most apart: a supporter to the one, an opponent to the other.
    expect(await page.getByTestId('divergence-position').first().textContent()).toMatch(
      new RegExp(`^${COALITION} .*De een ziet deze speler als voorstander, de ander als tegenstander\\.$`),
    );
    // The verkokering sentence ends the summary once both perspectives' maps are diagnosed.
    await expect.poll(() => page.getByTestId('divergence-silo-comparison').count()).toBe(1);
    await mapSettled(page);
    await shot('verschillen');

    // Both maps side by side, from the panel; the panel closed so they have the room.
    await page.getByRole('link', { name: 'Bekijk op de kaart, naast elkaar' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('naast')).toBe(true);
    await section('Kaart');
    const panes = page.getByTestId('map-pane');
    await expect.poll(() => panes.count()).toBe(2);
    expect(await panes.nth(0).locator('figcaption').innerText()).toMatch(
      new RegExp(`^Volgens ${GEMEENTE}\\n\\d+ relaties alleen in dit beeld$`),
    );
    expect(await panes.nth(1).locator('figcaption').innerText()).toMatch(
      new RegExp(`^Volgens ${BEWONERS}\\n\\d+ relaties alleen in dit beeld$`),
    );
    await mapSettled(page);
    await shot('kaart-naast-elkaar');

    // One map again, coloured by the standpunten on armoedebeleid, in the five-forces layout.
    await page.getByLabel('Tweede kaart ernaast').selectOption({ label: 'Geen: één kaart' });
    await page.getByLabel('Kaart volgens').selectOption({ label: BEWONERS });
    await page.getByLabel('Kleur volgens vraagstuk').selectOption({ label: ARMOEDE });
    await expect
      .poll(() => page.getByTestId('legend-stance').getByText(`Kleur: standpunt op “${ARMOEDE}”`).count())
      .toBe(1);
    // The residents see the armoedecoalitie as sterk tegen, moving from below.
    await expect
      .poll(() => drawnSpeler(page, COALITION))
      .toEqual({ color: stanceFill(-2), movement: 'van_onderop' });
    await mapSettled(page);
    await shot('kaart-vraagstuk');
    // Back to the map as entered, coloured by kracht, for the rest of the walk.
    await page.getByLabel('Kleur volgens vraagstuk').selectOption({ label: 'Geen: kleur volgens kracht' });
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Zoals ingevoerd' });
    await expect.poll(() => new URL(page.url()).search).toBe('');

    await section('Uitwisselen');
    await panelHeading('Uitwisselen');
    await mapSettled(page);
    await shot('uitwisselen');

    // A relatie deleted (after a confirmation) so the history shows it with "Terugzetten".
    await page.goto(relationUrl);
    await page.getByRole('button', { name: 'Relatie verwijderen' }).click();
    await page
      .getByRole('dialog', { name: 'Relatie verwijderen' })
      .getByRole('button', { name: 'Relatie verwijderen' })
      .click();
    await expect.poll(() => page.getByRole('button', { name: 'Ongedaan maken' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
    await section('Geschiedenis');
    await panelHeading('Geschiedenis');
    const restore = page.getByRole('button', { name: `Terugzetten: relatie ${sentence}` }).first();
    await expect.poll(() => restore.count()).toBe(1);
    await mapSettled(page, SPELERS);
    await shot('geschiedenis');
    await restore.click();
    await expect.poll(() => page.getByText(`De relatie “${sentence}” is teruggezet.`).count()).toBe(1);

    await section('Leden');
    await panelHeading('Leden');
    await mapSettled(page);
    await shot('leden');
  });

  it('shows the map and a speler on a phone', { timeout: 120_000 }, async () => {
    const { page } = session;
    await page.setViewportSize(PHONE);
    try {
      await page.goto(base);
      await mapSettled(page);
      await shot('telefoon-kaart');

      const search = page.getByRole('searchbox', { name: 'Zoek een speler' });
      await search.fill('wijkteam noord');
      await search.press('Enter');
      await panelHeading('Wijkteam Noord');
      await mapSettled(page);
      // The panel scrolls into view below the map; a strip of the map above it shows where it is.
      await page.evaluate(() => {
        const panel = document.querySelector('[data-testid="side-panel"]');
        if (panel) window.scrollTo(0, panel.getBoundingClientRect().top + window.scrollY - 220);
      });
      await page.waitForTimeout(300);
      await shot('telefoon-speler');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });
});
