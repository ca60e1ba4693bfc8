/**
 * A register you can trust, for relaties, in a real browser: find a relatie in the register by part of a
 * name and open it, edit every field of it, delete it after a confirmation and undo that, delete it again
 * and restore it from the history; find spelers in their register by part of a name (accents and case do
 * not matter), and the registers fit a 390 px phone screen. The records are made through the API; every
 * step after that goes through the screens, by role and label.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, useBrowserSession } from './browser.ts';

interface Relation {
  version: number;
  updatedAt: string;
  id: string;
  sourceId: string;
  targetId: string;
  type: string;
  strength: number;
  description: string;
  validFrom: string | null;
  validTo: string | null;
  perspective: string | null;
  sources: string[];
}

const SENTENCE = 'Gemeente Zwolle – schulden financiert Buurtkamer Holtenbroek';

describe.skipIf(!HAS_CHROMIUM)('relaties in the browser', () => {
  // A missing element fails its step in 10 s with the locator named, instead of timing out the whole test.
  const session = useBrowserSession({ prepare: ({ page }) => page.setDefaultTimeout(10_000) });
  let workspaceId = '';
  let relationId = '';
  let gemeenteId = '';

  async function api<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
    const response = await session.admin.fetch(`/api/v1${path}`, {
      ...init,
      headers: init?.body ? { 'content-type': 'application/json' } : {},
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }
  const post = <T>(path: string, body: unknown) =>
    api<T>(path, { method: 'POST', body: JSON.stringify(body) });
  const relationNow = async () => api<Relation>(`/workspaces/${workspaceId}/relations/${relationId}`);
  const at = (page: Page, path = '') => page.goto(`/werkruimtes/${workspaceId}${path}`);

  it('sets up a werkruimte with two spelers and a relatie (through the API)', async () => {
    const workspace = await post<{ id: string }>('/workspaces', {
      name: 'Schulden Zwolle',
      gemeente: 'GM0193',
    });
    workspaceId = workspace.body.id;
    const gemeente = await post<{ id: string }>(`/workspaces/${workspaceId}/actors`, {
      name: 'Gemeente Zwolle – schulden',
      force: 'gemeente',
    });
    const buurtkamer = await post<{ id: string }>(`/workspaces/${workspaceId}/actors`, {
      name: 'Buurtkamer Holtenbroek',
      force: 'bewoner',
    });
    await post(`/workspaces/${workspaceId}/actors`, { name: 'Café Het Hoekje', force: 'bewoner' });
    gemeenteId = gemeente.body.id;
    const relation = await post<Relation>(`/workspaces/${workspaceId}/relations`, {
      sourceId: gemeente.body.id,
      targetId: buurtkamer.body.id,
      type: 'financiert',
      strength: 3,
      description: 'Subsidie voor de inloop',
    });
    expect(relation.status).toBe(201);
    relationId = relation.body.id;
  });

  it('finds the relatie in the register by part of a name and opens it', async () => {
    const { page } = session;
    await at(page, '/relaties');
    const search = page.getByRole('searchbox', { name: 'Zoek een relatie' });
    await search.fill('HOLTENBR');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 relatie' }).count()).toBe(1);
    // Descriptions arrive in the background; then the row shows them too.
    await expect.poll(() => page.getByRole('cell', { name: 'Subsidie voor de inloop' }).count()).toBe(1);
    await search.fill('bibliotheek');
    await expect.poll(() => page.getByText('Geen relaties gevonden voor “bibliotheek”.').count()).toBe(1);
    await search.fill('inloop');
    await page.getByRole('button', { name: SENTENCE }).click();
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toBe(`/werkruimtes/${workspaceId}/relaties/${relationId}`);
    await expect.poll(() => page.getByRole('region', { name: `Relatie ${SENTENCE}` }).count()).toBe(1);
  });

  it('edits every field of the relatie in its panel', async () => {
    const { page } = session;
    await at(page, `/relaties/${relationId}`);
    const panel = page.getByRole('region', { name: `Relatie ${SENTENCE}` });
    await panel.getByRole('button', { name: 'Relatie bewerken' }).click();
    await panel.getByLabel('Sterkte (1 zwak – 5 sterk)').fill('5');
    await panel.getByLabel('Begindatum').fill('2025-01-01');
    await panel.getByLabel('Einddatum').fill('2024-12-31');
    await panel.getByLabel('Toelichting').fill('Subsidie en een vaste contactpersoon');
    await panel.getByLabel('Perspectief').fill('wijkteam Holtenbroek');
    await panel.getByLabel('Bronnen').fill('Jaarverslag 2025\nhttps://example.org/subsidie');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    // The end date before the start date is refused, with the reason beside the field.
    await expect.poll(() => panel.locator('#edit-relation-validTo-error').count()).toBe(1);
    expect(await panel.getByLabel('Einddatum').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await panel.getByLabel('Einddatum').fill('2026-12-31');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => panel.getByText('De relatie is opgeslagen.').count()).toBe(1);
    await expect.poll(() => panel.getByText('1 jan 2025 tot en met 31 dec 2026').count()).toBe(1);
    expect(await panel.getByText('Subsidie en een vaste contactpersoon').count()).toBe(1);
    expect(await panel.getByText('wijkteam Holtenbroek').count()).toBe(1);
    const saved = await relationNow();
    expect(saved.body).toMatchObject({
      strength: 5,
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
      description: 'Subsidie en een vaste contactpersoon',
      perspective: 'wijkteam Holtenbroek',
      sources: ['Jaarverslag 2025', 'https://example.org/subsidie'],
    });
    await expectAccessible(page);
  });

  it('deletes the relatie from its panel after a confirmation, and undoes that', async () => {
    const { page } = session;
    await at(page, `/relaties/${relationId}`);
    const panel = page.getByRole('region', { name: `Relatie ${SENTENCE}` });
    await panel.getByRole('button', { name: 'Relatie verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Relatie verwijderen' });
    // Cancelling keeps it.
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect((await relationNow()).status).toBe(200);

    await panel.getByRole('button', { name: 'Relatie verwijderen' }).click();
    await dialog.getByRole('button', { name: 'Relatie verwijderen' }).click();
    await expect.poll(async () => (await relationNow()).status).toBe(404);
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect.poll(async () => (await relationNow()).status).toBe(200);
    expect((await relationNow()).body).toMatchObject({ strength: 5, perspective: 'wijkteam Holtenbroek' });
  });

  it("deletes a relatie from the speler's list after a confirmation, with an undo in its message", async () => {
    const { page } = session;
    await at(page, `/spelers/${gemeenteId}`);
    const panel = page.getByRole('region', { name: 'Gemeente Zwolle – schulden' });
    await panel.getByRole('button', { name: `Relatie verwijderen: ${SENTENCE}` }).click();
    await page
      .getByRole('dialog', { name: 'Relatie verwijderen' })
      .getByRole('button', { name: 'Relatie verwijderen' })
      .click();
    await expect
      .poll(() =>
        panel
          .getByRole('status')
          .filter({ hasText: `De relatie “${SENTENCE}” is verwijderd.` })
          .count(),
      )
      .toBe(1);
    expect((await relationNow()).status).toBe(404);
    await expectAccessible(page);

    await panel.getByRole('button', { name: 'Ongedaan maken' }).click();
    await expect
      .poll(() =>
        panel
          .getByRole('status')
          .filter({ hasText: `De relatie “${SENTENCE}” is teruggezet.` })
          .count(),
      )
      .toBe(1);
    expect((await relationNow()).status).toBe(200);
  });

  it("opens a relatie from the speler's list", async () => {
    const { page } = session;
    await at(page, `/spelers/${gemeenteId}`);
    const panel = page.getByRole('region', { name: 'Gemeente Zwolle – schulden' });
    await panel.getByRole('button', { name: `Relatie openen: ${SENTENCE}` }).click();
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toBe(`/werkruimtes/${workspaceId}/relaties/${relationId}`);
  });

  it('restores a deleted relatie from the history', async () => {
    const { page } = session;
    const before = (await relationNow()).body;
    const removed = await api(`/workspaces/${workspaceId}/relations/${relationId}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    await at(page, '/geschiedenis');
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect
      .poll(() => history.getByText(`Beheerder verwijderde de relatie ${SENTENCE}`).count())
      .toBeGreaterThan(0);
    await history
      .getByRole('button', { name: `Terugzetten: relatie ${SENTENCE}` })
      .first()
      .click();
    await expect.poll(() => history.getByText(`De relatie “${SENTENCE}” is teruggezet.`).count()).toBe(1);
    const { version: _v, updatedAt: _u, ...fields } = before;
    expect((await relationNow()).body).toMatchObject(fields);
    await expectAccessible(page);
  });

  it('finds spelers in the register by part of a name, ignoring case and accents, and opens one', async () => {
    const { page } = session;
    await at(page, '/spelers');
    const search = page.getByRole('searchbox', { name: 'Zoek in de lijst van spelers' });
    await search.fill('cafe het');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '1 speler' }).count()).toBe(1);
    await search.fill('xyz');
    await expect.poll(() => page.getByText('Geen spelers gevonden voor “xyz”.').count()).toBe(1);
    await search.fill('');
    // Sorting by the number of relaties, most first.
    await page.getByRole('button', { name: 'Relaties' }).click();
    await page.getByRole('button', { name: 'Relaties' }).click();
    expect(await page.getByRole('columnheader', { name: 'Relaties' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.getByRole('button', { name: 'Buurtkamer Holtenbroek', exact: true }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Buurtkamer Holtenbroek' }).count()).toBe(1);
    await expectAccessible(page);
  });

  it('keeps the registers within a 390 px phone screen', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const path of ['/relaties', '/spelers']) {
        await at(page, path);
        await expect.poll(() => page.getByRole('table').count()).toBe(1);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, path).toBeLessThanOrEqual(390);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
