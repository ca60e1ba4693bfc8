/**
 * A register you can trust, for relaties, in a real browser: find a relatie in the register by part of a
 * name and open it, edit every field of it, delete it after a confirmation and undo that, delete it again
 * and restore it from the history; find spelers in their register by part of a name (accents and case do
 * not matter), and the registers fit a 390 px phone screen. The records are made through the API; every
 * step after that goes through the screens, by role and label.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/build-test-app.ts';
import { expectAccessible, expectLeaveGuard, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

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
  sources: string[];
}

interface Assessment {
  id: string;
  perspectiveId: string;
  present: boolean;
  strength: number | null;
  trust: number | null;
  value: number | null;
  note: string;
  source: string | null;
  version: number;
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
    const saved = await relationNow();
    expect(saved.body).toMatchObject({
      strength: 5,
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
      description: 'Subsidie en een vaste contactpersoon',
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
    expect((await relationNow()).body).toMatchObject({
      strength: 5,
      sources: ['Jaarverslag 2025', 'https://example.org/subsidie'],
    });
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
  describe('wie zegt wat over de relatie', () => {
    const perspectiveIds = new Map<string, string>();
    const assessmentsNow = async () =>
      (await api<{ items: Assessment[] }>(`/workspaces/${workspaceId}/relations/${relationId}/assessments`))
        .body.items;
    const says = (page: Page) =>
      page
        .getByRole('region', { name: `Relatie ${SENTENCE}` })
        .getByRole('region', { name: 'Wie zegt wat over deze relatie?' });
    const status = (page: Page, text: string) =>
      says(page).getByRole('status').filter({ hasText: text }).count();
    const mapEdges = async (perspective: string) => {
      const graph = await api<{ relations: { id: string; strength: number }[] }>(
        `/workspaces/${workspaceId}/graph?perspective=${perspective}`,
      );
      return graph.body.relations;
    };

    it('shows that the relatie as entered is what the editors say, while nobody else said anything', async () => {
      const { page } = session;
      const list = await api<{ items: { id: string; name: string }[] }>(
        `/workspaces/${workspaceId}/perspectives?pageSize=100`,
      );
      for (const perspective of list.body.items) perspectiveIds.set(perspective.name, perspective.id);
      await at(page, `/relaties/${relationId}`);
      const section = says(page);
      const items = section.getByRole('list', { name: 'Wat elk perspectief zegt' }).getByRole('listitem');
      await expect.poll(() => items.count()).toBe(1);
      expect(await items.first().textContent()).toContain(
        'Daarom telt de relatie zoals die is ingevoerd als wat de redactie zegt: de relatie bestaat, met sterkte 5 van 5.',
      );
      expect(await section.getByText('Nog niets over deze relatie gezegd: Bewoners, Gemeente,').count()).toBe(
        1,
      );
    });

    it('records that Bewoners deny the relatie and Gemeente confirms it with strength 4, errors beside their field', async () => {
      const { page } = session;
      const section = says(page);
      await section.getByRole('button', { name: 'Beoordeling toevoegen' }).click();
      const form = section.getByRole('form', { name: 'Beoordeling toevoegen' });
      // The form's heading takes the focus, so a keyboard user continues from there.
      await expect
        .poll(() =>
          page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`),
        )
        .toBe('H4 Beoordeling toevoegen');
      // Without a perspective the form says so beside the field.
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const perspectiveError = form.locator('[id$="-perspective-error"]');
      await expect.poll(() => perspectiveError.textContent()).toBe('Kies een perspectief');
      expect(await form.getByLabel('Perspectief', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await form.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Bewoners' });
      await form.getByLabel('Nee, deze relatie bestaat niet').check();
      // The ratings go: a tie that does not exist has none.
      expect(await form.getByRole('group', { name: 'Sterkte: hoe sterk is de relatie?' }).count()).toBe(0);
      await form.getByLabel('Notitie').fill('Bewoners merken niets van deze subsidie.');
      await form.getByLabel('Bron').fill('Bewonersavond 12 maart');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => status(page, 'Wat Bewoners zegt, is vastgelegd.')).toBe(1);

      // With the keyboard: the button, then Enter; the choices by arrow keys inside each group.
      await section.getByRole('button', { name: 'Beoordeling toevoegen' }).focus();
      await page.keyboard.press('Enter');
      const second = section.getByRole('form', { name: 'Beoordeling toevoegen' });
      await second.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Gemeente' });
      const strength = second.getByRole('group', { name: 'Sterkte: hoe sterk is de relatie?' });
      await strength.getByLabel('4: sterk').check();
      await second
        .getByRole('group', { name: /^Vertrouwen/ })
        .getByLabel('3: redelijk veel vertrouwen')
        .check();
      await second
        .getByRole('group', { name: /^Waarde/ })
        .getByLabel('2: levert een beetje op')
        .focus();
      await page.keyboard.press('Space');
      // A source longer than the API allows: the API's reason shows beside the field, in Dutch.
      await second.getByLabel('Bron').fill('x'.repeat(2_001));
      await expectAccessible(page);
      await second.getByRole('button', { name: 'Opslaan' }).click();
      const sourceError = second.locator('[id$="-source-error"]');
      await expect.poll(() => sourceError.count()).toBe(1);
      expect(await sourceError.textContent()).toMatch(/2\.?000/);
      expect(await second.getByLabel('Bron').getAttribute('aria-invalid')).toBe('true');
      await second.getByLabel('Bron').fill('Gesprek met team schulden');
      await second.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => status(page, 'Wat Gemeente zegt, is vastgelegd.')).toBe(1);

      expect(
        (await assessmentsNow()).map(({ perspectiveId, present, strength, trust, value, note, source }) => ({
          perspectiveId,
          present,
          strength,
          trust,
          value,
          note,
          source,
        })),
      ).toEqual(
        expect.arrayContaining([
          {
            perspectiveId: perspectiveIds.get('Bewoners'),
            present: false,
            strength: null,
            trust: null,
            value: null,
            note: 'Bewoners merken niets van deze subsidie.',
            source: 'Bewonersavond 12 maart',
          },
          {
            perspectiveId: perspectiveIds.get('Gemeente'),
            present: true,
            strength: 4,
            trust: 3,
            value: 2,
            note: '',
            source: 'Gesprek met team schulden',
          },
        ]),
      );
    });

    it('lists what each perspective says, and the map according to Bewoners lacks the tie', async () => {
      const { page } = session;
      await at(page, `/relaties/${relationId}`);
      const section = says(page);
      const items = section.getByRole('list', { name: 'Wat elk perspectief zegt' }).getByRole('listitem');
      await expect.poll(() => items.count()).toBe(3);
      const bewoners = items.filter({ hasText: /^Bewoners/ });
      expect(await bewoners.textContent()).toContain(
        'Ontkent: volgens dit perspectief bestaat deze relatie niet.',
      );
      expect(await bewoners.textContent()).toContain('Bron: Bewonersavond 12 maart');
      expect(await bewoners.textContent()).toMatch(
        /Vastgelegd door Beheerder op \d+ \w+ \d{4} om \d\d:\d\d\./,
      );
      const gemeente = items.filter({ hasText: /^Gemeente/ });
      expect(await gemeente.textContent()).toContain('kracht: Gemeente');
      expect(await gemeente.textContent()).toContain('Bevestigt: de relatie bestaat.');
      expect(await gemeente.textContent()).toContain('Sterkte 4 van 5: sterk.');
      expect(await gemeente.textContent()).toContain('Vertrouwen 3 van 4: redelijk veel vertrouwen.');
      expect(await gemeente.textContent()).toContain('Waarde 2 van 4: levert een beetje op.');
      expect(
        await section
          .getByText('Nog niets over deze relatie gezegd: Instellingen, Professionals en Rijk.')
          .count(),
      ).toBe(1);
      await expectAccessible(page);

      // Through the API: Bewoners alone draw no tie, Gemeente draws it with its own strength, all together
      // lose it (Bewoners deny it).
      expect(await mapEdges(perspectiveIds.get('Bewoners') as string)).toEqual([]);
      expect(await mapEdges(perspectiveIds.get('Gemeente') as string)).toEqual([
        expect.objectContaining({ id: relationId, strength: 4 }),
      ]);
      expect(await mapEdges('all')).toEqual([]);
      // And on the map: "Kaart volgens" Gemeente shows the tie, Bewoners does not.
      await at(page);
      await expect.poll(async () => (await mapState(page))?.edges).toBe(1);
      await page.getByLabel('Kaart volgens').selectOption({ label: 'Gemeente' });
      await expect.poll(async () => (await mapState(page))?.edges).toBe(1);
      await page.getByLabel('Kaart volgens').selectOption({ label: 'Bewoners' });
      await expect.poll(async () => (await mapState(page))?.edges).toBe(0);
    });

    it('offers the assessment someone else added meanwhile, keeping what the user typed', async () => {
      const { page } = session;
      await at(page, `/relaties/${relationId}`);
      const section = says(page);
      await section.getByRole('button', { name: 'Beoordeling toevoegen' }).click();
      const form = section.getByRole('form', { name: 'Beoordeling toevoegen' });
      await form.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Professionals' });
      await form
        .getByRole('group', { name: 'Sterkte: hoe sterk is de relatie?' })
        .getByLabel('2: zwak')
        .check();
      await form.getByLabel('Notitie').fill('Het wijkteam ziet hen zelden.');
      // Meanwhile a colleague records what Professionals say.
      const theirs = await post<Assessment>(
        `/workspaces/${workspaceId}/relations/${relationId}/assessments`,
        {
          perspectiveId: perspectiveIds.get('Professionals'),
          strength: 5,
          note: 'Wekelijks overleg',
        },
      );
      expect(theirs.status).toBe(201);
      await form.getByRole('button', { name: 'Opslaan' }).click();

      const changing = section.getByRole('form', { name: 'Wijzigen wat Professionals zegt' });
      const alert = changing.getByRole('alert');
      await expect
        .poll(() =>
          alert.filter({ hasText: 'Iemand anders heeft intussen al vastgelegd wat Professionals' }).count(),
        )
        .toBe(1);
      expect(await alert.textContent()).toContain('Sterkte 5 van 5: heel sterk.');
      expect(await alert.textContent()).toContain('Wekelijks overleg');
      // What the user typed is still there; the focus is on the message.
      expect(await changing.getByLabel('Notitie').inputValue()).toBe('Het wijkteam ziet hen zelden.');
      expect(await changing.getByLabel('2: zwak').isChecked()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
      await expectAccessible(page);

      await alert.getByRole('button', { name: 'Die beoordeling wijzigen met mijn invoer' }).click();
      await expect.poll(() => status(page, 'Wat Professionals zegt, is gewijzigd.')).toBe(1);
      const stored = (await assessmentsNow()).find(
        (a) => a.perspectiveId === perspectiveIds.get('Professionals'),
      );
      expect(stored).toMatchObject({
        id: theirs.body.id,
        strength: 2,
        note: 'Het wijkteam ziet hen zelden.',
        version: 2,
      });
    });

    it('shows a newer version when someone else changed the assessment meanwhile', async () => {
      const { page } = session;
      const section = says(page);
      const gemeente = (await assessmentsNow()).find(
        (a) => a.perspectiveId === perspectiveIds.get('Gemeente'),
      );
      await section.getByRole('button', { name: 'Wijzigen wat Gemeente zegt' }).click();
      const form = section.getByRole('form', { name: 'Wijzigen wat Gemeente zegt' });
      await form.getByLabel('Notitie').fill('Mijn aanvulling');
      // Leaving the relatie with the assessment half written asks first; dismissing keeps what was typed.
      await expectLeaveGuard(page, 'Gemeente Zwolle');
      expect(await form.getByLabel('Notitie').inputValue()).toBe('Mijn aanvulling');
      const patched = await api<Assessment>(
        `/workspaces/${workspaceId}/relations/${relationId}/assessments/${gemeente?.id}`,
        { method: 'PATCH', body: JSON.stringify({ version: gemeente?.version, strength: 5 }) },
      );
      expect(patched.status).toBe(200);
      await form.getByRole('button', { name: 'Opslaan' }).click();
      const alert = form.getByRole('alert');
      await expect
        .poll(() => alert.filter({ hasText: 'Iemand anders heeft intussen gewijzigd wat Gemeente' }).count())
        .toBe(1);
      expect(await alert.textContent()).toContain('Sterkte 5 van 5: heel sterk.');
      expect(await form.getByLabel('Notitie').inputValue()).toBe('Mijn aanvulling');
      await alert.getByRole('button', { name: 'Neem over wat er nu staat' }).click();
      expect(await form.getByLabel('Notitie').inputValue()).toBe('');
      expect(await form.getByLabel('5: heel sterk').isChecked()).toBe(true);
      await form.getByRole('button', { name: 'Annuleren' }).click();
      // Cancelling gives the keyboard back to the button that opened the form.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Wijzigen wat Gemeente zegt');
    });

    it('removes an assessment only after asking', async () => {
      const { page } = session;
      const section = says(page);
      await section.getByRole('button', { name: 'Weghalen wat Professionals zegt' }).click();
      const dialog = page.getByRole('dialog', { name: 'Beoordeling weghalen' });
      await dialog.getByRole('button', { name: 'Annuleren' }).click();
      expect((await assessmentsNow()).length).toBe(3);
      await section.getByRole('button', { name: 'Weghalen wat Professionals zegt' }).click();
      await dialog.getByRole('button', { name: 'Weghalen' }).click();
      await expect.poll(() => status(page, 'Wat Professionals zei, is weggehaald.')).toBe(1);
      expect((await assessmentsNow()).map((a) => a.perspectiveId).sort()).toEqual(
        [perspectiveIds.get('Bewoners'), perspectiveIds.get('Gemeente')].sort(),
      );
    });

    it('shows a lezer what each perspective says, without buttons to change it', async () => {
      const { page, context, server } = session;
      const invitation = await post<{ token: string }>(`/workspaces/${workspaceId}/invitations`, {
        role: 'lezer',
      });
      const accepted = await fetch(`${server.url}/api/v1/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: invitation.body.token,
          account: { email: 'lezer@example.org', password: TEST_PASSWORD, displayName: 'Lotte Lezer' },
        }),
      });
      expect(accepted.status).toBe(200);
      const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const [name, value] = cookie.split('=') as [string, string];
      await context.clearCookies();
      await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);
      try {
        await at(page, `/relaties/${relationId}`);
        const section = says(page);
        const items = section.getByRole('list', { name: 'Wat elk perspectief zegt' }).getByRole('listitem');
        await expect.poll(() => items.count()).toBe(3);
        expect(await items.filter({ hasText: /^Gemeente/ }).textContent()).toContain('Sterkte 5 van 5');
        expect(await section.getByRole('button').count()).toBe(0);
        await expectAccessible(page);
      } finally {
        const [adminName, adminValue] = session.admin.cookie.split('=') as [string, string];
        await context.clearCookies();
        await context.addCookies([
          { name: adminName, value: adminValue, url: server.url, httpOnly: true, sameSite: 'Strict' },
        ]);
      }
    });
  });
});
