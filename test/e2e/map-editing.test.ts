/**
 * The end-to-end path: in a new werkruimte for a real gemeente, add two spelers and a relatie
 * through the forms, see them on the map (asserted through the sigma graph state), edit a profile, see a
 * validation message beside its field, filter by kracht, reload and find everything persisted, delete.
 * The werkruimte screen is an app shell: "Speler toevoegen", "Filters" and the sections are links that open
 * a panel beside the map; the status line over the map says what just happened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectLeaveGuard, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

/** The werkruimte's id, from its address or that of any panel in it. */
function workspaceIdOf(page: Page): string {
  const id = new URL(page.url()).pathname.split('/')[2];
  if (!id) throw new Error(`not in a werkruimte: ${page.url()}`);
  return id;
}

/** Opens a section of the werkruimte (Spelers, Relaties, Geschiedenis …) through its navigation. */
function openSection(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
    .getByRole('link', { name, exact: true })
    .click();
}

describe.skipIf(!HAS_CHROMIUM)('building a map in the browser', () => {
  const session = useBrowserSession();

  async function addActor(name: string, force: string) {
    const { page } = session;
    await page.getByRole('link', { name: 'Speler toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Speler toevoegen' });
    await form.getByLabel('Naam').fill(name);
    await form.getByLabel('Kracht').selectOption(force);
    await form.getByLabel('Schulden').check();
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name }).count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('shell-status').textContent())
      .toBe(`Speler “${name}” is toegevoegd.`);
  }

  it('adds two spelers and a relatie through the forms and shows them on the map', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByLabel('Naam', { exact: true }).fill('Armoedeaanpak Zwolle');
    await page.getByLabel('Gemeente', { exact: true }).fill('Zwolle (GM0193)');
    await page.getByRole('button', { name: 'Werkruimte maken' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Armoedeaanpak Zwolle');
    await page.goto('/');
    await page.getByLabel('Naam', { exact: true }).fill('Armoedeaanpak Zwolle');
    await page.getByLabel('Gemeente', { exact: true }).fill('Zwolle (GM0193)');
    await page.getByRole('button', { name: 'Werkruimte maken' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Armoedeaanpak Zwolle');
    await addActor('Gemeente Zwolle – schulden', 'gemeente');
    await addActor('Buurtkamer Holtenbroek', 'bewoner');

    const panel = page.getByRole('region', { name: 'Buurtkamer Holtenbroek' });
    await panel.getByLabel('Andere speler', { exact: true }).fill('Gemeente Zwolle – schulden');
    await panel.getByLabel('Van de andere speler naar deze').check();
    await panel.getByLabel('Soort relatie').selectOption('financiert');
    await panel.getByRole('button', { name: 'Relatie toevoegen' }).click();
    await expect.poll(() => panel.getByText('Relatie toegevoegd.').count()).toBe(1);
    await expect.poll(() => panel.getByRole('listitem').filter({ hasText: 'financiert' }).count()).toBe(1);

    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(2);
    const state = await mapState(page);
    expect(state?.edges).toBe(1);
    expect(state?.nodes.map((node) => node.label).sort()).toEqual([
      'Buurtkamer Holtenbroek',
      'Gemeente Zwolle – schulden',
    ]);
    expect(state?.nodes.find((node) => node.label === 'Buurtkamer Holtenbroek')?.force).toBe('bewoner');
    await expectAccessible(page);
  });

  it('edits a profile, showing a validation message beside the field', async () => {
    const { page } = session;
    const panel = page.getByRole('region', { name: 'Buurtkamer Holtenbroek' });
    await panel.getByRole('button', { name: 'Bewerken' }).click();
    await panel.getByLabel('Motieven').fill('Bewoners helpen elkaar met de administratie.');
    await panel.getByLabel('Website').fill('buurtkamer.example');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => panel.locator('#edit-actor-website-error').textContent())
      .toBe('Geef een webadres dat begint met http:// of https://.');
    expect(await panel.getByLabel('Website').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await panel.getByLabel('Website').fill('https://buurtkamer.example');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => panel.getByText('Opgeslagen.').count()).toBe(1);
    await expect.poll(() => panel.getByText('Bewoners helpen elkaar met de administratie.').count()).toBe(1);
  });

  it("explains a 409 when someone else saved first, keeping the user's edits", async () => {
    const { page, admin } = session;
    const panel = page.getByRole('region', { name: 'Buurtkamer Holtenbroek' });
    await panel.getByRole('button', { name: 'Bewerken' }).click();
    await panel.getByLabel('Kenmerken').fill('Mijn nieuwe tekst');

    // A colleague saves the same speler in the meantime.
    const workspaceId = workspaceIdOf(page);
    const response = await admin.fetch(`/api/v1/workspaces/${workspaceId}/actors?q=Buurtkamer`);
    const list = (await response.json()) as { items: { id: string; version: number }[] };
    const actor = list.items[0] as { id: string; version: number };
    const colleague = await admin.fetch(`/api/v1/workspaces/${workspaceId}/actors/${actor.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ version: actor.version, kenmerken: 'Tekst van een collega' }),
    });
    expect(colleague.status).toBe(200);

    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'Iemand anders' }).count()).toBe(1);
    expect(await panel.getByLabel('Kenmerken').inputValue()).toBe('Mijn nieuwe tekst');

    // Switching to another speler with unsaved edits asks first; dismissing keeps them.
    await expectLeaveGuard(page, 'Gemeente Zwolle');
    expect(await panel.getByLabel('Kenmerken').inputValue()).toBe('Mijn nieuwe tekst');

    await panel.getByRole('button', { name: 'Nieuwste versie laden' }).click();
    await expect.poll(() => panel.getByLabel('Kenmerken').inputValue()).toBe('Tekst van een collega');
    await panel.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('fades spelers outside a kracht filter', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Filters', exact: true }).click();
    await page.getByRole('group', { name: 'Kracht' }).getByLabel('Bewoners').check();
    await expect.poll(() => page.getByText('1 van 2 spelers zichtbaar').count()).toBe(1);
    // The toolbar's link says a filter is on, wherever the user goes.
    expect(await page.getByRole('link', { name: 'Filters (1 van 2)' }).count()).toBe(1);
    const faded = await page.evaluate(() => {
      const map = (
        globalThis as unknown as {
          __krachtenveldMap: {
            sigma: { getNodeDisplayData(id: string): { color: string; label: string } };
            graph: { nodes(): string[]; getNodeAttribute(id: string, key: string): string };
          };
        }
      ).__krachtenveldMap;
      return map.graph.nodes().map((id) => ({
        label: map.graph.getNodeAttribute(id, 'label'),
        shown: map.sigma.getNodeDisplayData(id).color,
      }));
    });
    expect(faded.find((node) => node.label === 'Gemeente Zwolle – schulden')?.shown).toBe('#e4e7eb');
    expect(faded.find((node) => node.label === 'Buurtkamer Holtenbroek')?.shown).toBe('#E69F00');
    // The register follows the map's filters.
    await openSection(page, 'Spelers');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /^1 speler$/ })
          .count(),
      )
      .toBe(1);
    await page.getByRole('link', { name: 'Filters (1 van 2)' }).click();
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Filters', exact: true }).count()).toBe(1);
  });

  it('finds everything after a reload, and deletes a speler with its relatie', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(2);
    expect((await mapState(page))?.edges).toBe(1);
    await openSection(page, 'Spelers');
    await page.getByRole('button', { name: 'Buurtkamer Holtenbroek' }).click();
    const panel = page.getByRole('region', { name: 'Buurtkamer Holtenbroek' });
    await expect.poll(() => panel.getByText('Bewoners helpen elkaar met de administratie.').count()).toBe(1);

    await panel.getByRole('button', { name: 'Speler verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Speler verwijderen' }).click();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(1);
    expect((await mapState(page))?.edges).toBe(0);
    await expect
      .poll(() => page.getByTestId('shell-status').textContent())
      .toBe('Speler “Buurtkamer Holtenbroek” is verwijderd.');
    // The deleted speler's panel closed: the map shows alone.
    expect(new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceIdOf(page)}`);
  });
});
