/**
 * The web app as a new user meets it, in real Chromium: the demo on the list, a new werkruimte for a real
 * gemeente made through the form (with a validation error first), the demo's map and register, renaming,
 * deleting with confirmation, the English switch — and no serious accessibility violations on any page.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('werkruimtes in the browser', () => {
  const session = useBrowserSession();

  it('shows the demo werkruimte and passes axe on the list page', async () => {
    const { page } = session;
    await page.goto('/');
    await expect.poll(() => page.getByRole('link', { name: 'Voorbeeldgemeente' }).count()).toBe(1);
    await expect.poll(() => page.getByText('Apeldoorn').count()).toBe(1);
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
    for (const label of ['Rijk', 'Instellingen', 'Gemeente', 'Professionals', 'Bewoners']) {
      expect(await page.getByRole('complementary').getByText(label, { exact: true }).count()).toBe(1);
    }

    await page.getByLabel('Zoek een speler').fill('wijkteam noord');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'speler' }).textContent())
      .toBe('1 speler');
    await page.getByRole('button', { name: 'Wijkteam Noord' }).click();
    expect(await page.getByRole('row', { name: /Wijkteam Noord/ }).getAttribute('aria-selected')).toBe(
      'true',
    );
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
    await page.keyboard.press('Tab'); // the first sortable column header
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document
          .activeElement.textContent,
    );
    expect(focused).toBe('Sociaal makelaar');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Sociaal makelaar' }).count()).toBe(1);
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
