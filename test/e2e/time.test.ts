/**
 * The Tijd section in real Chromium, as a policy adviser uses it on the demo: it starts with two snapshots
 * a year apart; comparing them names the sociaal makelaar as new and says how each index moved; a new
 * snapshot is taken and deleted again (the eigenaar confirms). Axe checks the section with the comparison
 * shown. By keyboard: the compare form is reached and submitted with Tab and Enter. The time slider shows
 * the map, register and a speler as they were a year ago (read-only), colours what changed since then, and
 * leaves out the relaties that did not hold on a chosen day.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

interface SigmaView {
  sigma: {
    getNodeDisplayData(id: string): { color: string } | undefined;
    getEdgeDisplayData(id: string): { color: string; hidden?: boolean } | undefined;
  };
  graph: { edges(): string[]; extremities(id: string): [string, string] };
}

/** What sigma draws: each speler's colour, and each relatie's colour and whether it is hidden. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __krachtenveldMap?: SigmaView }).__krachtenveldMap;
    if (!map) return null;
    const nodes = (map.graph as unknown as { nodes(): string[] }).nodes();
    return {
      nodes: Object.fromEntries(nodes.map((id) => [id, map.sigma.getNodeDisplayData(id)?.color ?? ''])),
      edges: map.graph.edges().map((id) => ({
        id,
        ends: map.graph.extremities(id),
        color: map.sigma.getEdgeDisplayData(id)?.color ?? '',
        hidden: Boolean(map.sigma.getEdgeDisplayData(id)?.hidden),
      })),
    };
  });
}

/** The user guide's picture of a comparison (`npm run docs:screenshots`); else a throwaway folder. */
const SHOTS = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-time-shots-'));

describe.skipIf(!HAS_CHROMIUM)('the Tijd section in the browser', () => {
  const session = useBrowserSession();
  const section = () => session.page.getByRole('region', { name: 'Tijd', exact: true });
  afterAll(() => {
    if (!process.env.KRACHTENVELD_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
  });

  it('compares the demo a year ago with now, by keyboard, and says what changed', async () => {
    const { page, admin } = session;
    const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { id: string; name: string }[];
    };
    const workspaceId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
    await page.goto(`/werkruimtes/${workspaceId}/tijd`);
    const year = new Date().getFullYear();
    await expect
      .poll(() =>
        section()
          .getByRole('heading', { level: 4, name: `Nulmeting ${year - 1}` })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() =>
        section()
          .getByRole('heading', { level: 4, name: `Stand ${year}` })
          .count(),
      )
      .toBe(1);

    // The oldest snapshot is chosen to compare with now: Tab to the button, Enter.
    await section().getByLabel('Tot').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => section().getByText('Nieuw: Sociaal makelaar', { exact: true }).count()).toBe(1);
    await expect
      .poll(async () => (await section().textContent()) ?? '')
      .toMatch(/De E-I-index ging van .* naar .*\(beter\)/);
    // Fields as the forms name them: a tie that got stronger says "sterkte".
    expect((await section().textContent()) ?? '').toMatch(/— sterkte: \d → \d/);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await section()
      .getByRole('heading', { level: 3, name: /^Van "Nulmeting/ })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'tijd-vergelijken.png'), animations: 'disabled' });
    await expectAccessible(page);
  });

  it('takes a snapshot by name and lets the eigenaar delete it after confirming', async () => {
    const { page } = session;
    await section().getByLabel('Naam', { exact: true }).fill('Na de wijkavond');
    await section().getByRole('button', { name: 'Momentopname maken' }).click();
    await expect
      .poll(() => section().getByRole('heading', { level: 4, name: 'Na de wijkavond' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByTestId('time-status').textContent())
      .toBe('Momentopname "Na de wijkavond" is gemaakt.');
    await section().getByRole('button', { name: 'Momentopname "Na de wijkavond" verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Momentopname verwijderen?' });
    await expect.poll(() => dialog.count()).toBe(1);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect
      .poll(() => section().getByRole('heading', { level: 4, name: 'Na de wijkavond' }).count())
      .toBe(0);
    await expect
      .poll(() => page.getByTestId('time-status').textContent())
      .toBe('Momentopname "Na de wijkavond" is verwijderd.');
  });

  it('shows the map, the register and a speler as they were, and colours what changed since', async () => {
    const { page, admin } = session;
    const year = new Date().getFullYear();
    const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { id: string; name: string }[];
    };
    const workspaceId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
    await page.goto(`/werkruimtes/${workspaceId}/tijd`);
    const makelaarOnMap = async () =>
      ((await mapState(page))?.nodes ?? []).some((node) => node.label === 'Sociaal makelaar');
    await expect.poll(makelaarOnMap).toBe(true);

    // By keyboard: the slider to its first step, the Nulmeting.
    const slider = section().getByRole('slider', { name: 'Moment op de kaart' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('time-moment').textContent()).toMatch(`Nulmeting ${year - 1}`);
    await expect
      .poll(() => page.getByTestId('map-time').locator('figcaption').textContent())
      .toMatch(`Momentopname "Nulmeting ${year - 1}"`);
    await expect.poll(makelaarOnMap).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('range');
    expect(new URL(page.url()).searchParams.get('moment')).toMatch(/^[0-9a-f-]{36}$/);

    // The register of that moment: one speler fewer than now, and a speler's card cannot be changed.
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Spelers', exact: true })
      .click();
    const register = page.getByRole('region', { name: 'Spelers', exact: true });
    await expect.poll(() => register.getByText('66 spelers', { exact: true }).count()).toBe(1);
    await register.getByLabel('Zoek in de lijst van spelers').fill('makelaar');
    await expect.poll(() => register.getByRole('button', { name: 'Sociaal makelaar' }).count()).toBe(0);
    await register.getByLabel('Zoek in de lijst van spelers').fill('Wijkteam');
    await expect.poll(() => register.getByRole('button', { name: 'Wijkteam Noord' }).count()).toBe(1);
    await register.getByRole('button', { name: 'Wijkteam Noord', exact: true }).click();
    const card = page.getByRole('region', { name: 'Wijkteam Noord' });
    await expect.poll(() => card.getByText(/Zoals in momentopname "Nulmeting/).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('moment')).toMatch(/^[0-9a-f-]{36}$/);
    await expectAccessible(page);

    // Back to now, colouring what changed since the Nulmeting: the sociaal makelaar and its ties are new.
    await page.getByTestId('map-time').getByRole('button', { name: 'Terug naar nu' }).click();
    await expect.poll(makelaarOnMap).toBe(true);
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Tijd', exact: true })
      .click();
    // Oldest first: the first moment after "Niets kleuren" is the Nulmeting.
    const since = section().getByLabel('Kleur wat veranderde sinds');
    await since.selectOption({ index: 1 });
    expect(await since.locator('option:checked').textContent()).toMatch(`Nulmeting ${year - 1}`);
    await expect
      .poll(() => page.getByTestId('map-time').locator('figcaption').textContent())
      .toMatch(/Spelers: 1 nieuw, 0 weg, 0 gewijzigd\. Relaties: 10 nieuw, 0 weg, \d+ gewijzigd\./);
    const makelaar = ((await mapState(page))?.nodes ?? []).find((node) => node.label === 'Sociaal makelaar');
    await expect.poll(async () => (await drawn(page))?.nodes[makelaar?.id ?? '']).toBe('#009e73');
    const colours = await drawn(page);
    const ties = colours?.edges.filter((edge) => edge.ends.includes(makelaar?.id ?? '')) ?? [];
    expect(ties.length).toBe(10);
    expect(new Set(ties.map((edge) => edge.color))).toEqual(new Set(['#009e73']));
    await expectAccessible(page);

    // A day long ago: relaties that began later are left out, and the caption says how many.
    await section().getByLabel('Kleur wat veranderde sinds').selectOption('');
    const all = (await drawn(page))?.edges.filter((edge) => !edge.hidden).length ?? 0;
    await section().getByLabel('Relaties op een dag').fill('2000-01-01');
    await expect
      .poll(() => page.getByTestId('time-day').textContent())
      .toMatch(/^Relaties op 1 januari 2000: \d+ relaties? golden? toen niet/);
    const hidden = Number((await page.getByTestId('time-day').textContent())?.match(/: (\d+) relatie/)?.[1]);
    expect(hidden).toBeGreaterThan(0);
    await expect
      .poll(async () => (await drawn(page))?.edges.filter((edge) => !edge.hidden).length)
      .toBe(all - hidden);
    await page.getByTestId('map-time').getByRole('button', { name: 'Alle relaties tonen' }).click();
    expect(new URL(page.url()).search).toBe('');
  });
});
