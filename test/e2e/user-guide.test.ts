/**
 * Takes the screenshots of docs/user-guide.md, page by page, as a user walks through the demo. Run with
 * KRACHTENVELD_SCREENSHOTS=1 (`npm run docs:screenshots`) to refresh docs/images/; otherwise the same walk
 * runs and the images go to a temporary folder, so the guide's path stays tested without touching docs/.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

const OUT = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-guide-'));

describe.skipIf(!HAS_CHROMIUM)('user guide screenshots', () => {
  const session = useBrowserSession({ prepare: () => mkdirSync(OUT, { recursive: true }) });

  const shot = (name: string, fullPage = false) =>
    session.page.screenshot({ path: join(OUT, `${name}.png`), fullPage });

  it('walks through the demo werkruimte', async () => {
    const { page } = session;
    await page.goto('/');
    await expect.poll(() => page.getByRole('link', { name: 'Voorbeeldgemeente' }).count()).toBe(1);
    await shot('werkruimtes', true);

    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    await page.waitForTimeout(500);
    await shot('kaart-vijf-krachten');

    await page.getByLabel('Zoek op de kaart').fill('Wijkteam Noord');
    await expect.poll(() => page.getByRole('region', { name: 'Wijkteam Noord' }).count()).toBe(1);
    await page.waitForTimeout(600);
    await shot('kaart-selectie');
    await page
      .getByRole('region', { name: 'Wijkteam Noord' })
      .screenshot({ path: join(OUT, 'speler-paneel.png') });

    await page.getByRole('group', { name: 'Kracht' }).getByLabel('Bewoners').check();
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await page.waitForTimeout(400);
    await shot('kaart-filter');
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();

    await page.getByRole('region', { name: 'Register' }).screenshot({ path: join(OUT, 'register.png') });

    // Diagnose: a taller window, so the map and the top of the panel fit in one picture; reloaded, so
    // the map shows whole again (the search above zoomed in).
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.reload();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    await page.getByRole('tab', { name: 'Diagnose' }).click();
    await expect.poll(() => page.getByTestId('diagnose-headline').count()).toBe(1);
    await page.getByRole('tab', { name: 'Clusters en kokers' }).click();
    await page.getByLabel('Kleur de kaart per cluster').check();
    await page.waitForTimeout(600);
    await shot('diagnose');

    await page.getByRole('tab', { name: 'Wat als', exact: true }).click();
    await page.getByLabel('Speler 1').selectOption({ label: 'Voedselbank Voorbeeldgemeente' });
    await page.getByLabel('Speler 2').selectOption({ label: 'GGZ Oostland' });
    await page.getByRole('button', { name: 'Contact toevoegen' }).click();
    await expect.poll(() => page.getByTestId('delta-table').count()).toBe(1);
    await page.getByTestId('delta-table').screenshot({ path: join(OUT, 'diagnose-wat-als.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
