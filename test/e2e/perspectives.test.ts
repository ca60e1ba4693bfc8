/**
 * The Perspectieven panel in real Chromium: a werkruimte starts with the editors' perspective and one per
 * kracht; an editor adds and renames one, a name in use is refused beside the field, and a perspective that
 * already said something is removed only after a second question that says what goes with it.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('perspectives in the browser', () => {
  const session = useBrowserSession();
  let base = '';

  it('lists the perspectives a werkruimte starts with', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    base = new URL(page.url()).pathname;
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Perspectieven' })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`${base}/perspectieven`);
    const panel = page.getByRole('region', { name: 'Perspectieven' });
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(6);
    expect(await panel.getByRole('listitem').first().textContent()).toContain('Redactie');
    // The editors' view stays: no delete button for it.
    expect(await panel.getByRole('button', { name: 'Redactie verwijderen' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('adds a perspective, refuses a name in use and renames one', async () => {
    const { page } = session;
    const panel = page.getByRole('region', { name: 'Perspectieven' });
    await panel.getByRole('button', { name: 'Perspectief toevoegen' }).click();
    const form = panel.getByRole('form', { name: 'Perspectief toevoegen' });
    await form.getByLabel('Naam').fill('bewoners');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    // The name exists already (case does not count): the server's reason beside the field.
    await expect.poll(() => form.getByText(/bestaat al|al een perspectief/i).count()).toBeGreaterThan(0);
    await form.getByLabel('Naam').fill('Wijkteam Noord');
    await form.getByLabel('Spreekt voor (kracht)').selectOption('professional');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => panel.getByText('Perspectief “Wijkteam Noord” is toegevoegd.').count()).toBe(1);
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(7);

    await panel.getByRole('button', { name: 'Wijkteam Noord wijzigen' }).click();
    const edit = panel.getByRole('form', { name: 'Wijkteam Noord wijzigen' });
    await edit.getByLabel('Naam').fill('Wijkteam Noord-Oost');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => panel.getByText('Perspectief “Wijkteam Noord-Oost” is opgeslagen.').count())
      .toBe(1);
    await expectAccessible(page);
  });

  it('removes a perspective that made claims only after saying what goes with it', async () => {
    const { page, admin } = session;
    const workspaceId = base.split('/')[2] as string;
    const list = await (
      await admin.fetch(`/api/v1/workspaces/${workspaceId}/perspectives?pageSize=100`)
    ).json();
    const wijkteam = list.items.find((p: { name: string }) => p.name === 'Wijkteam Noord-Oost');
    const graph = await (await admin.fetch(`/api/v1/workspaces/${workspaceId}/graph`)).json();
    const relation = graph.relations[0];
    const assessed = await admin.fetch(
      `/api/v1/workspaces/${workspaceId}/relations/${relation.id}/assessments`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ perspectiveId: wijkteam.id, present: false }),
      },
    );
    expect(assessed.status).toBe(201);

    const panel = page.getByRole('region', { name: 'Perspectieven' });
    await panel.getByRole('button', { name: 'Wijkteam Noord-Oost verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    const second = page.getByRole('dialog');
    await expect
      .poll(() => second.getByRole('button', { name: 'Verwijderen, met wat het zei' }).count())
      .toBe(1);
    expect(await second.textContent()).toMatch(/1 beoordeling/);
    await second.getByRole('button', { name: 'Verwijderen, met wat het zei' }).click();
    await expect
      .poll(() => panel.getByText('Perspectief “Wijkteam Noord-Oost” is verwijderd.').count())
      .toBe(1);
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(6);
  });

  it('draws the map as all perspectives together see it: a tie one of them denies drops out', async () => {
    const { page, admin } = session;
    const workspaceId = base.split('/')[2] as string;
    const list = await (
      await admin.fetch(`/api/v1/workspaces/${workspaceId}/perspectives?pageSize=100`)
    ).json();
    const bewoners = list.items.find((p: { name: string }) => p.name === 'Bewoners');
    const graph = await (await admin.fetch(`/api/v1/workspaces/${workspaceId}/graph`)).json();
    const denied = await admin.fetch(
      `/api/v1/workspaces/${workspaceId}/relations/${graph.relations[1].id}/assessments`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ perspectiveId: bewoners.id, present: false }),
      },
    );
    expect(denied.status).toBe(201);
    await page.goto(base);
    await expect.poll(async () => (await mapState(page))?.edges).toBe(graph.relations.length);
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Alle perspectieven samen' });
    await expect.poll(async () => (await mapState(page))?.edges).toBe(graph.relations.length - 1);
    // Only the bewoners: they claim no tie of the demo themselves, so the map has none.
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Bewoners' });
    await expect.poll(async () => (await mapState(page))?.edges).toBe(0);
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Zoals ingevoerd' });
    await expect.poll(async () => (await mapState(page))?.edges).toBe(graph.relations.length);
    await expectAccessible(page);
  });
});
