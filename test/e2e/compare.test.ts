/**
 * Two werkruimtes side by side in real Chromium: the demo and a second werkruimte made through the API,
 * with a GGD written another way ("G.G.D. Regio") and a buurtvereniging of the same name. Reached from the
 * werkruimte list and compared by keyboard only (type-ahead in the lists, Tab, Enter); the index table
 * reads each band in words, the matched spelers are confirmed with a box (unticking one lowers the "in
 * beide" count), and axe finds nothing serious. The Tijd section links to the same page with the demo
 * already chosen.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, useBrowserSession } from './browser.ts';

/** The user guide's picture of a comparison (`npm run docs:screenshots`); else a throwaway folder. */
const SHOTS = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-compare-shots-'));

/** The bands in the words the page uses (src/web/i18n/compare.nl.ts). */
const BAND_WORDS = {
  strong: 'zorgelijk',
  some: 'let op',
  mixed: 'gemengd',
  open: 'goed',
  none: 'niet te berekenen',
};

describe.skipIf(!HAS_CHROMIUM)('comparing two werkruimtes in the browser', () => {
  const session = useBrowserSession();
  let demoId: string;
  let otherId: string;
  afterAll(() => {
    if (!process.env.KRACHTENVELD_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
  });

  beforeAll(async () => {
    const { admin } = session;
    const post = async (path: string, body: unknown) => {
      const response = await admin.fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      return (await response.json()) as { id: string };
    };
    const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { id: string; name: string }[];
    };
    demoId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
    otherId = (await post('/api/v1/workspaces', { name: 'Wijk Oost', gemeente: 'GM0363' })).id;
    const ggd = await post(`/api/v1/workspaces/${otherId}/actors`, {
      name: 'G.G.D. Regio',
      force: 'instelling',
    });
    const buurt = await post(`/api/v1/workspaces/${otherId}/actors`, {
      name: 'Buurtvereniging Oost',
      force: 'bewoner',
    });
    await post(`/api/v1/workspaces/${otherId}/actors`, { name: 'Wijkteam Oost-Zuid', force: 'professional' });
    await post(`/api/v1/workspaces/${otherId}/relations`, {
      sourceId: ggd.id,
      targetId: buurt.id,
      type: 'werkt_samen',
    });
  }, 60_000);

  it('is reached from the werkruimte list and compares two werkruimtes by keyboard', async () => {
    const { page } = session;
    await page.goto('/');
    const link = page.getByRole('link', { name: 'Twee werkruimtes vergelijken' });
    await expect.poll(() => link.count()).toBe(1);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Twee werkruimtes vergelijken' }).count())
      .toBe(1);

    // Type-ahead in each list, Tab to the next, Enter on the button.
    await page.getByLabel('Eerste werkruimte').focus();
    await page.keyboard.type('Voorbeeld');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wijk Oost');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Vergelijken');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe(`?a=${demoId}&b=${otherId}`);

    const indices = page.getByRole('table', { name: 'Indexen van de diagnose in beide werkruimtes' });
    await expect.poll(() => indices.count(), { timeout: 20_000 }).toBe(1);
    // Each value with its band in words: the demo's as its own diagnosis gives it; Wijk Oost falls apart
    // in two parts (one of its three spelers alone), which reads worse than the demo's few isolates.
    const demo = (await (await session.admin.fetch(`/api/v1/workspaces/${demoId}/analysis`)).json()) as {
      indices: { key: string; value: number; band: keyof typeof BAND_WORDS }[];
    };
    const demoParts = demo.indices.find((card) => card.key === 'components');
    const parts = indices.getByRole('row', { name: /^Losse delen/ });
    await expect
      .poll(() => parts.getByRole('cell').first().textContent())
      .toBe(`${demoParts?.value} (${BAND_WORDS[demoParts?.band ?? 'none']})`);
    expect(await parts.getByRole('cell').nth(1).textContent()).toBe('2 (zorgelijk)');
    expect(await parts.getByRole('cell').nth(2).textContent()).toBe('Voorbeeldgemeente');
    expect(await parts.getByRole('cell').nth(3).textContent()).toMatch(
      /^Het aantal losse delen is \d+ in Voorbeeldgemeente en 2 in Wijk Oost: in Voorbeeldgemeente kunnen/,
    );
    const forces = page.getByRole('table', { name: 'Spelers en relaties per kracht in beide werkruimtes' });
    expect(
      await forces
        .getByRole('row', { name: /^Instellingen/ })
        .getByRole('cell')
        .nth(1)
        .textContent(),
    ).toBe('1 (33%)');

    // The matched spelers: the GGD despite its dots and capitals, the buurtvereniging by its very name.
    const matches = page.getByRole('table', { name: 'Spelers die in beide werkruimtes voorkomen' });
    const ggd = matches.getByRole('row', { name: /^GGD regio/ });
    expect(await ggd.getByRole('cell').first().textContent()).toBe('G.G.D. Regio (Instellingen)');
    const same = ggd.getByRole('checkbox', { name: 'Zelfde speler: GGD regio en G.G.D. Regio' });
    expect(await same.isChecked()).toBe(true);
    const inBoth = page.getByTestId('compare-in-both');
    expect(await inBoth.textContent()).toBe('In beide: 2 spelers.');
    expect(await matches.getByRole('row', { name: /^Wijkteam/ }).count()).toBe(0);

    // Not the same after all: unticked with the space bar, the count follows.
    await same.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => inBoth.textContent()).toBe('In beide: 1 speler.');
    expect(await same.isChecked()).toBe(false);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await indices.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'vergelijken.png'), animations: 'disabled' });
    await expectAccessible(page);
  });

  it('is linked from the Tijd section with this werkruimte chosen first', async () => {
    const { page } = session;
    await page.goto(`/werkruimtes/${demoId}/tijd`);
    const link = page.getByRole('link', { name: 'Deze werkruimte vergelijken met een andere' });
    await expect.poll(() => link.count()).toBe(1);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/vergelijken');
    expect(new URL(page.url()).search).toBe(`?a=${demoId}`);
    const first = page.getByLabel('Eerste werkruimte');
    await expect.poll(() => first.inputValue()).toBe(demoId);
    expect(await page.getByLabel('Tweede werkruimte').inputValue()).toBe('');
    // Comparing with nothing chosen second says so beside that list.
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await expect.poll(() => page.getByText('Kies twee werkruimtes.').count()).toBe(1);
    await expectAccessible(page);
  });

  it('says which werkruimte cannot be compared when the same one is chosen twice', async () => {
    const { page } = session;
    await page.goto(`/vergelijken?a=${otherId}&b=${otherId}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Tweede werkruimte' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain(
      'Tweede werkruimte: Dit is twee keer dezelfde werkruimte. Kies twee verschillende werkruimtes.',
    );
  });
});
