/**
 * The web app as a new user meets it, in real Chromium: the demo on the list, a new werkruimte for a real
 * gemeente made through the form (with a validation error first), the demo's map and register, renaming,
 * deleting with confirmation, the English switch — and no serious accessibility violations on any page.
 * Inside a werkruimte the map fills the screen; the register and each speler open in a panel beside it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

/** Whether sigma draws a speler highlighted (the selected one) right now. */
function drawnHighlighted(page: Page, id: string) {
  return page.evaluate((node) => {
    const map = (
      globalThis as unknown as {
        __krachtenveldMap?: {
          sigma: { getNodeDisplayData(id: string): { highlighted?: boolean } | undefined };
        };
      }
    ).__krachtenveldMap;
    return map?.sigma.getNodeDisplayData(node)?.highlighted === true;
  }, id);
}

describe.skipIf(!HAS_CHROMIUM)('werkruimtes in the browser', () => {
  const session = useBrowserSession();

  it('shows the demo werkruimte and passes axe on the list page', async () => {
    const { page, admin } = session;
    await page.goto('/');
    await expect.poll(() => page.getByRole('link', { name: 'Voorbeeldgemeente' }).count()).toBe(1);
    // Its gemeente by name, not by code (the demo's gemeente is a fictitious one, beside CBS's list).
    const { items } = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { name: string; gemeente: string }[];
    };
    const code = items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.gemeente;
    const gemeenten = (await (await admin.fetch('/api/v1/gemeenten')).json()) as {
      items: { code: string; name: string }[];
    };
    const gemeente = gemeenten.items.find((g) => g.code === code)?.name as string;
    expect(gemeente).toMatch(/\w{3,}/);
    await expect.poll(() => page.getByText(gemeente, { exact: true }).count()).toBe(1);
    await expectAccessible(page);
    // The first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document
            .activeElement.textContent,
      ),
    ).toBe('Naar de inhoud');
  });

  it('explains a bad field, then creates a werkruimte for a real gemeente', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByLabel('Gemeente', { exact: true }).fill('Utrecht (GM0344)');
    await page.getByRole('button', { name: 'Werkruimte maken' }).click();
    await expect.poll(() => page.locator('#name-error').textContent()).toBe('Dit veld is verplicht.');
    expect(await page.getByLabel('Naam', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Naam', { exact: true }).fill('Wijkaanpak Overvecht');
    await page.getByLabel('Wijken (niet verplicht)').fill('Overvecht-Noord, Overvecht-Zuid');
    await page.getByRole('button', { name: 'Werkruimte maken' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Wijkaanpak Overvecht');
    expect(page.url()).toMatch(/\/werkruimtes\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('Deze werkruimte heeft nog geen spelers').count()).toBe(1);

    // The address survives a reload (the server hands app routes to the app).
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Wijkaanpak Overvecht');
  });

  it('draws the demo map coloured by kracht, with a register that selects on the map', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    const state = await mapState(page);
    expect(state?.edges).toBe(210);
    const forces = new Set(state?.nodes.map((node) => node.force));
    expect([...forces].sort()).toEqual(['bewoner', 'gemeente', 'instelling', 'professional', 'rijk']);
    expect(new Set(state?.nodes.filter((n) => n.force === 'rijk').map((n) => n.color))).toEqual(
      new Set(['#0072B2']),
    );
    const legend = page.getByRole('complementary', { name: 'Legenda' });
    for (const label of ['Rijk', 'Instellingen', 'Gemeente', 'Professionals', 'Bewoners']) {
      expect(await legend.getByText(label, { exact: true }).count()).toBe(1);
    }

    // The register of spelers is a panel beside the map; a speler opened from it is selected on the map.
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Spelers', exact: true })
      .click();
    await page.getByLabel('Zoek in de lijst van spelers').fill('wijkteam noord');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^\d+ spelers?$/ })
          .textContent(),
      )
      .toBe('1 speler');
    await page.getByRole('button', { name: 'Wijkteam Noord' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Wijkteam Noord' }).count()).toBe(1);
    const id = (await mapState(page))?.nodes.find((node) => node.label === 'Wijkteam Noord')?.id;
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`/spelers/${id}$`));
    // Selected on the map: sigma draws it highlighted, and a speler it has no relatie with fades.
    await expect.poll(() => drawnHighlighted(page, id as string)).toBe(true);
    await expectAccessible(page);
  });

  it('lets a keyboard user find a speler and open its panel without the mouse', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    await page.getByLabel('Zoek een speler').focus();
    await page.keyboard.type('sociaal makelaar');
    await page.keyboard.press('Tab'); // the first match, a link to its panel
    const focused = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document
          .activeElement.textContent,
    );
    expect(focused).toMatch(/^Sociaal makelaar · /);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Sociaal makelaar' }).count()).toBe(1);
    // The keyboard user's place moved into the panel, to its heading.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement
              .id,
        ),
      )
      .toBe('actor-panel-title');
  });

  it('renames and deletes a werkruimte with confirmation', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('button', { name: 'Naam wijzigen: Wijkaanpak Overvecht' }).click();
    await page.getByLabel('Naam', { exact: true }).first().fill('Wijkaanpak Overvecht 2027');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Wijkaanpak Overvecht 2027' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Verwijderen: Wijkaanpak Overvecht 2027' }).click();
    const dialog = page.getByRole('dialog', { name: 'Werkruimte verwijderen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect(await page.getByRole('link', { name: 'Wijkaanpak Overvecht 2027' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Verwijderen: Wijkaanpak Overvecht 2027' }).click();
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Wijkaanpak Overvecht 2027' }).count()).toBe(0);
    await expect
      .poll(() => page.getByText('Werkruimte “Wijkaanpak Overvecht 2027” is verwijderd.').count())
      .toBe(1);
  });

  it('switches to English and remembers it', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByLabel('Taal').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Workspaces');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Workspaces');
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
            .documentElement.lang,
      ),
    ).toBe('en');
    await page.getByLabel('Language').selectOption('nl');
  });
});
