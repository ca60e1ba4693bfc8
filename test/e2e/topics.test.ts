/**
 * Vraagstukken in real Chromium on the demo: a vraagstuk made in the form, spelers put on its power/interest
 * grid by the position form, one moved by keyboard (arrow, Enter) and one by dragging — each move a new,
 * dated position while the old one stays (checked through the API) — the perspective switcher (one, all
 * merged, two side by side), the table equivalent with each speler's first and latest position, axe on the
 * panel, and screenshots of the grid saved to a temporary folder for a look by eye.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xOf, yOf } from '../../src/web/pages/workspace/topics/topic-grid.ts';
import { TEST_PASSWORD } from '../helpers/build-test-app.ts';
import { expectAccessible, HAS_CHROMIUM, useBrowserSession } from './browser.ts';

interface Position {
  actorId: string;
  perspectiveId: string;
  invloed: number;
  belang: number;
  standpunt: number;
  assessedOn: string;
  createdAt: string;
}

const TOPIC = 'Toegang tot het wijkteam (proef)';

describe.skipIf(!HAS_CHROMIUM)('vraagstukken: the power/interest grid', () => {
  const session = useBrowserSession();
  const shots = mkdtempSync(join(tmpdir(), 'kv-topic-grid-'));
  let workspaceId = '';
  let topicId = '';
  let first = { id: '', name: '' };
  let second = { id: '', name: '' };
  let perspectives: { id: string; name: string }[] = [];

  async function api<T>(path: string): Promise<T> {
    const response = await session.admin.fetch(`/api/v1/workspaces/${workspaceId}${path}`);
    expect(response.status, `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  }
  const perspectiveId = (name: string) => perspectives.find((p) => p.name === name)?.id as string;
  const positionsOf = async (actorId: string, current: boolean) =>
    (
      await api<{ items: Position[] }>(
        `/topics/${topicId}/positions?current=${current}&actorId=${actorId}&perspective=${perspectiveId('Gemeente')}`,
      )
    ).items;

  it('adds a vraagstuk in the form and opens its grid', async () => {
    const { page, admin } = session;
    await page.setViewportSize({ width: 1440, height: 1000 });
    const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { id: string; name: string }[];
    };
    workspaceId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
    const graph = await api<{ actors: { id: string; name: string }[] }>('/graph');
    const byName = [...graph.actors].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    first = byName[0] as typeof first;
    second = byName[1] as typeof second;
    perspectives = (await api<{ items: { id: string; name: string }[] }>('/perspectives')).items;
    expect(perspectives.map((p) => p.name)).toEqual(expect.arrayContaining(['Gemeente', 'Bewoners']));

    await page.goto(`/werkruimtes/${workspaceId}/vraagstukken`);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Vraagstukken' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Vraagstuk toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Vraagstuk toevoegen' });
    await form.getByLabel('Naam').fill(TOPIC);
    await form
      .getByLabel('Omschrijving')
      .fill('Hoe komen bewoners bij het wijkteam terecht, en wie beslist daarover?');
    await form.getByRole('button', { name: 'Vraagstuk toevoegen' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: TOPIC }).count()).toBe(1);
    topicId = new URL(page.url()).pathname.split('/').pop() as string;
    const topic = await api<{ name: string; status: string }>(`/topics/${topicId}`);
    expect(topic).toMatchObject({ name: TOPIC, status: 'actief' });
    await expectAccessible(page);
  });

  it('puts two spelers on the grid of one perspective by the form', async () => {
    const { page } = session;
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Gemeente' });
    const form = page.getByRole('form', { name: 'Positie toevoegen' });
    for (const [actor, invloed, belang, stance, movement, why] of [
      [first, '4', '2', 'voor', 'van_boven', 'Voert het beleid uit.'],
      [second, '2', '5', 'sterk tegen', 'van_onderop', 'Merkt de wachtlijst als eerste.'],
    ] as const) {
      await form.getByLabel('Speler').selectOption(actor.id);
      expect(await form.getByLabel('Perspectief: wie zegt dit?').inputValue()).toBe(
        perspectiveId('Gemeente'),
      );
      await form.getByLabel('Invloed (1 is weinig, 5 is veel)').selectOption(invloed);
      await form.getByLabel('Belang (1 is weinig, 5 is veel)').selectOption(belang);
      await form.getByLabel('Standpunt').selectOption({ label: stance });
      await form.getByLabel('Beweging').selectOption(movement);
      await form.getByLabel('Toelichting: waarom deze positie?').fill(why);
      await form.getByRole('button', { name: 'Positie opslaan' }).click();
      await expect
        .poll(() =>
          page.getByRole('button', { name: `${actor.name}: invloed ${invloed}, belang ${belang}` }).count(),
        )
        .toBe(1);
    }
    expect(await positionsOf(first.id, true)).toMatchObject([{ invloed: 4, belang: 2, standpunt: 1 }]);
    // The quadrant is part of each dot's name.
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: `${second.name}: invloed 2, belang 5, sterk tegen. Informeren.` })
          .count(),
      )
      .toBe(1);
  });

  it('moves a speler by keyboard: a new dated position, the old one kept', async () => {
    const { page } = session;
    const dot = page.getByRole('button', { name: `${first.name}: invloed 4, belang 2` });
    await dot.focus();
    await page.keyboard.press('ArrowUp');
    // Not saved until Enter; the live region says where it is going.
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'naar invloed 5, belang 2' }).count())
      .toBe(1);
    expect(await positionsOf(first.id, false)).toHaveLength(1);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page
          .getByText(`Nieuwe positie van ${first.name} opgeslagen: invloed 5, belang 2 (Gemeente).`)
          .count(),
      )
      .toBe(1);
    const history = await positionsOf(first.id, false);
    expect(history).toHaveLength(2);
    expect(history.map((p) => p.invloed)).toEqual([4, 5]);
    const today = new Date().toISOString().slice(0, 10);
    expect(history[1]).toMatchObject({ invloed: 5, belang: 2, standpunt: 1, assessedOn: today });
    expect(history[0]?.assessedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await positionsOf(first.id, true)).toMatchObject([{ invloed: 5, belang: 2 }]);
    // The dot keeps the focus, so the next move is one more key press.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-actor-id'))).toBe(first.id);

    // Escape puts an unsaved move back.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: `${first.name}: invloed 5, belang 2` }).count()).toBe(1);
    expect(await positionsOf(first.id, false)).toHaveLength(2);
  });

  it('moves a speler by dragging its dot', async () => {
    const { page } = session;
    const svg = await page.locator('.kv-grid-svg').first().boundingBox();
    const dot = await page.getByRole('button', { name: `${second.name}: invloed 2, belang 5` }).boundingBox();
    if (!svg || !dot) throw new Error('the grid is not drawn');
    const scale = svg.width / 560;
    await page.mouse.move(dot.x + 8, dot.y + dot.height / 2);
    await page.mouse.down();
    await page.mouse.move(svg.x + xOf(5) * scale, svg.y + yOf(4) * scale, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await positionsOf(second.id, false)).length).toBe(2);
    expect(await positionsOf(second.id, true)).toMatchObject([{ invloed: 4, belang: 5, standpunt: -2 }]);
    await expect
      .poll(() =>
        page
          .getByRole('button', { name: `${second.name}: invloed 4, belang 5, sterk tegen. Nauw betrekken.` })
          .count(),
      )
      .toBe(1);
  });

  it('shows the table equivalent with the first and the latest position', async () => {
    const { page } = session;
    const table = page.getByRole('table', { name: `Posities op “${TOPIC}”` });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: first.name, exact: true }) });
    await expect.poll(() => row.count()).toBe(1);
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('Gemeente');
    expect(cells.slice(2, 6)).toEqual(['5', '2', 'voor', 'van boven (beleid)']);
    expect(cells[7]).toBe('Voert het beleid uit.');
    expect(cells[8]).toContain('Eerst (');
    expect(cells[8]).toContain('invloed 4, belang 2, voor.');
    expect(cells[8]).toContain('Alle 2 posities');
    await page
      .locator('.kv-topic-grid')
      .first()
      .screenshot({ path: join(shots, 'grid-gemeente.png') });
  });

  it('switches perspective: another group, all merged, and two side by side', async () => {
    const { page } = session;
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Bewoners' });
    await expect.poll(() => page.getByText('Er staan nog geen spelers op dit raster.').count()).toBe(2); // grid and table
    const form = page.getByRole('form', { name: 'Positie toevoegen' });
    expect(await form.getByLabel('Perspectief: wie zegt dit?').inputValue()).toBe(perspectiveId('Bewoners'));
    await form.getByLabel('Speler').selectOption(first.id);
    await form.getByLabel('Invloed (1 is weinig, 5 is veel)').selectOption('1');
    await form.getByLabel('Belang (1 is weinig, 5 is veel)').selectOption('1');
    await form.getByLabel('Standpunt').selectOption({ label: 'tegen' });
    await form.getByRole('button', { name: 'Positie opslaan' }).click();
    await expect
      .poll(() =>
        page.getByRole('button', { name: `${first.name}: invloed 1, belang 1, tegen. Monitoren.` }).count(),
      )
      .toBe(1);

    // All merged: the mean per speler, not movable, and said so.
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Alle perspectieven samen' });
    await expect
      .poll(() => page.getByRole('img', { name: `${first.name}: invloed 3, belang 1,5` }).count())
      .toBe(1);
    expect(await page.getByRole('button', { name: `${first.name}: invloed` }).count()).toBe(0);
    await expect.poll(() => page.getByText('Kies dan één perspectief.', { exact: false }).count()).toBe(1);
    const table = page.getByRole('table', { name: `Posities op “${TOPIC}”` });
    const merged = table
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: first.name, exact: true }) });
    const cells = await merged.getByRole('cell').allTextContents();
    expect(cells.slice(1, 5)).toEqual(['gemiddelde van 2 perspectieven', '3', '1,5', 'neutraal']);
    expect(cells[5]).toBe('verschilt per perspectief');

    // Two side by side: each its own grid, both movable, and the table lists both.
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Gemeente' });
    await page.getByLabel('Naast elkaar zetten met').selectOption({ label: 'Bewoners' });
    await expect.poll(() => page.locator('figure.kv-topic-grid').count()).toBe(2);
    await expect.poll(() => page.getByText('Invloed en belang volgens Gemeente').count()).toBe(1);
    expect(await page.getByText('Invloed en belang volgens Bewoners').count()).toBe(1);
    expect(await page.getByRole('button', { name: `${first.name}: invloed` }).count()).toBe(2);
    expect(await table.getByRole('button', { name: first.name, exact: true }).count()).toBe(2);
    const boxes = await page
      .locator('figure.kv-topic-grid')
      .evaluateAll((figures) => figures.map((figure) => figure.getBoundingClientRect().top));
    expect(Math.abs((boxes[0] ?? 0) - (boxes[1] ?? 1))).toBeLessThan(2); // side by side, not stacked
    await page.locator('.kv-topic-grids').screenshot({ path: join(shots, 'grids-side-by-side.png') });
    // The whole panel, for a look at how it reads from top to bottom (a tall window, so nothing scrolls).
    await page.setViewportSize({ width: 1440, height: 3400 });
    await page.getByTestId('side-panel').screenshot({ path: join(shots, 'topic-panel.png') });
    await page.setViewportSize({ width: 1440, height: 1000 });
    await expectAccessible(page);
    console.log(`[topics e2e] screenshots in ${shots}`);
  });

  it('opens a speler from the table', async () => {
    const { page } = session;
    const table = page.getByRole('table', { name: `Posities op “${TOPIC}”` });
    await table.getByRole('button', { name: second.name, exact: true }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: second.name }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceId}/spelers/${second.id}`);
  });

  it('shows a lezer the grid and the table, and nothing that changes them', async () => {
    const { page, context, server, admin } = session;
    const invitation = await admin.fetch(`/api/v1/workspaces/${workspaceId}/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'lezer' }),
    });
    const { token } = (await invitation.json()) as { token: string };
    const accepted = await fetch(`${server.url}/api/v1/invitations/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        account: { email: 'lezer@example.org', password: TEST_PASSWORD, displayName: 'Lotte Lezer' },
      }),
    });
    expect(accepted.status).toBe(200);
    const cookie = (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const [name, value] = cookie.split('=') as [string, string];
    await context.clearCookies();
    await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Strict' }]);

    await page.goto(`/werkruimtes/${workspaceId}/vraagstukken`);
    await expect.poll(() => page.getByRole('link', { name: TOPIC }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Vraagstuk toevoegen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: `${TOPIC} verwijderen` }).count()).toBe(0);
    await page.getByRole('link', { name: TOPIC }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: TOPIC }).count()).toBe(1);
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Gemeente' });
    // The dots are pictures with a name, not buttons; there is no form; the table is all there.
    await expect
      .poll(() => page.getByRole('img', { name: `${first.name}: invloed 5, belang 2` }).count())
      .toBe(1);
    expect(await page.getByRole('button', { name: `${first.name}: invloed` }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Positie toevoegen' }).count()).toBe(0);
    const table = page.getByRole('table', { name: `Posities op “${TOPIC}”` });
    expect(await table.getByRole('row').count()).toBe(3);
    await expectAccessible(page);
  });
});
