/**
 * Vraagstukken in real Chromium on the demo: a vraagstuk made in the form, spelers put on its power/interest
 * grid by the position form, one moved by keyboard (arrow, Enter) and one by dragging — each move a new,
 * dated position while the old one stays (checked through the API) — the perspective switcher (one, all
 * merged, two side by side), the table equivalent with each speler's first and latest position, axe on the
 * panel, and screenshots of the grid saved to a temporary folder for a look by eye.
 *
 * Then the map side, on a werkruimte of its own (not the demo): "Kaart volgens" in the address (kept across
 * a panel change, a reload and Back), a perspective that said nothing explained over the map, two maps side
 * by side with the relaties only one has marked, and the spelers coloured by their standpunt on a vraagstuk
 * with the beweging as arrows — checked in the pixels of screenshots, not only in the map's state.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ONLY_HERE_COLOR } from '../../src/web/map/compare-maps.ts';
import { NO_POSITION_COLOR, stanceFill } from '../../src/web/map/stance.ts';
import { xOf, yOf } from '../../src/web/pages/workspace/topics/topic-grid.ts';
import { TEST_PASSWORD } from '../helpers/build-test-app.ts';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

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
// The demo's perspectives of the gemeente and of the residents (data/demo/voorbeeldgemeente.json).
const GEMEENTE = 'Gemeente — beleid';
const BEWONERS = 'Bewoners Noord';

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
        `/topics/${topicId}/positions?current=${current}&actorId=${actorId}&perspective=${perspectiveId(GEMEENTE)}`,
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
    expect(perspectives.map((p) => p.name)).toEqual(expect.arrayContaining([GEMEENTE, BEWONERS]));

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
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: GEMEENTE });
    const form = page.getByRole('form', { name: 'Positie toevoegen' });
    for (const [actor, invloed, belang, stance, movement, why] of [
      [first, '4', '2', 'voor', 'van_boven', 'Voert het beleid uit.'],
      [second, '2', '5', 'sterk tegen', 'van_onderop', 'Merkt de wachtlijst als eerste.'],
    ] as const) {
      await form.getByLabel('Speler').selectOption(actor.id);
      expect(await form.getByLabel('Perspectief: wie zegt dit?').inputValue()).toBe(perspectiveId(GEMEENTE));
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
          .getByText(`Nieuwe positie van ${first.name} opgeslagen: invloed 5, belang 2 (${GEMEENTE}).`)
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
    expect(cells[1]).toBe(GEMEENTE);
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
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: BEWONERS });
    await expect.poll(() => page.getByText('Er staan nog geen spelers op dit raster.').count()).toBe(2); // grid and table
    const form = page.getByRole('form', { name: 'Positie toevoegen' });
    expect(await form.getByLabel('Perspectief: wie zegt dit?').inputValue()).toBe(perspectiveId(BEWONERS));
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
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: GEMEENTE });
    await page.getByLabel('Naast elkaar zetten met').selectOption({ label: BEWONERS });
    await expect.poll(() => page.locator('figure.kv-topic-grid').count()).toBe(2);
    await expect.poll(() => page.getByText(`Invloed en belang volgens ${GEMEENTE}`).count()).toBe(1);
    expect(await page.getByText(`Invloed en belang volgens ${BEWONERS}`).count()).toBe(1);
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
    await page.getByLabel('Perspectief', { exact: true }).selectOption({ label: GEMEENTE });
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

interface ExposedMap {
  sigma: {
    getNodeDisplayData(id: string): { color: string; borderColor?: string; type?: string } | undefined;
    getCamera(): {
      getState(): { x: number; y: number; ratio: number; angle: number };
      setState(state: { ratio?: number; x?: number; y?: number }): void;
    };
  };
  graph: { size: number; nodes(): string[] };
  movementMarks(): {
    id: string;
    movement: string;
    box: { x: number; y: number; width: number; height: number };
  }[];
}

/** What one of the maps (the first, or the one beside it) holds and draws right now. */
function mapInfo(page: Page, which: 'main' | 'beside') {
  return page.evaluate((side) => {
    const exposed = globalThis as unknown as {
      __krachtenveldMap?: ExposedMap;
      __krachtenveldMapBeside?: ExposedMap;
    };
    const map = side === 'main' ? exposed.__krachtenveldMap : exposed.__krachtenveldMapBeside;
    if (!map) return null;
    const nodes: Record<string, { color: string; border: string | null; type: string | null }> = {};
    for (const id of map.graph.nodes()) {
      const display = map.sigma.getNodeDisplayData(id);
      nodes[id] = {
        color: display?.color ?? '',
        border: display?.borderColor ?? null,
        type: display?.type ?? null,
      };
    }
    return {
      edges: map.graph.size,
      nodes,
      marks: map.movementMarks().map(({ id, movement, box }) => ({ id, movement, box: { ...box } })),
      camera: map.sigma.getCamera().getState(),
    };
  }, which);
}

/**
 * How many pixels of a PNG screenshot lie near each colour (distance in RGB at most `tolerance`), decoded in
 * the page itself (no image library here): proof that the map drew them, not just that an image exists.
 */
function colourCounts(page: Page, png: Buffer, colours: Record<string, string>, tolerance = 28) {
  return page.evaluate(
    async ({ base64, colours: wanted, tolerance: limit }) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const targets = Object.entries(wanted).map(([name, hex]) => ({
        name,
        rgb: [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)),
      }));
      const counts: Record<string, number> = Object.fromEntries(targets.map((target) => [target.name, 0]));
      for (let i = 0; i < data.length; i += 4) {
        for (const target of targets) {
          const [r, g, b] = target.rgb as [number, number, number];
          if (Math.hypot((data[i] ?? 0) - r, (data[i + 1] ?? 0) - g, (data[i + 2] ?? 0) - b) <= limit)
            counts[target.name] = (counts[target.name] ?? 0) + 1;
        }
      }
      return counts;
    },
    { base64: png.toString('base64'), colours, tolerance },
  );
}

const MAP_ACTORS = [
  { name: 'Ministerie van Sociale Zaken', force: 'rijk' },
  { name: 'Zorgverzekeraar Noord', force: 'instelling' },
  { name: 'Afdeling Werk en Inkomen', force: 'gemeente' },
  { name: 'Team Wmo', force: 'gemeente' },
  { name: 'Sociaal wijkteam Oost', force: 'professional' },
  { name: 'Schuldhulpmaatje', force: 'professional' },
  { name: 'Bewonersinitiatief De Buurtkamer', force: 'bewoner' },
  { name: 'Huurdersvereniging Oost', force: 'bewoner' },
] as const;
const MAP_TOPIC = 'Armoedebeleid op de kaart';

describe.skipIf(!HAS_CHROMIUM)('vraagstukken and perspectives on the map', () => {
  const session = useBrowserSession();
  const shots = mkdtempSync(join(tmpdir(), 'kv-map-view-'));
  let base = '';
  let actors: string[] = [];
  const perspective: Record<string, string> = {};
  let topicId = '';

  const api = async (path: string, init?: RequestInit) => {
    const response = await session.admin.fetch(`/api/v1${path}`, {
      ...init,
      headers: { 'content-type': 'application/json' },
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });
  const search = (page: Page) => new URL(page.url()).search;
  const pathname = (page: Page) => new URL(page.url()).pathname;

  it('keeps “Kaart volgens” in the address across a panel change, a reload and Back', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 900 });
    const workspace = (await post('/workspaces', { name: 'Kaart per perspectief', gemeente: 'GM0344' })) as {
      id: string;
    };
    const id = workspace.id;
    base = `/werkruimtes/${id}`;
    actors = [];
    for (const actor of MAP_ACTORS)
      actors.push(((await post(`/workspaces/${id}/actors`, actor)) as { id: string }).id);
    const relations: string[] = [];
    for (const [from, to, type] of [
      [0, 2, 'financiert'],
      [2, 4, 'stuurt_aan'],
      [4, 6, 'werkt_samen'],
      [6, 7, 'werkt_samen'],
      [3, 5, 'contracteert'],
    ] as const) {
      const created = (await post(`/workspaces/${id}/relations`, {
        sourceId: actors[from],
        targetId: actors[to],
        type,
      })) as { id: string };
      relations.push(created.id);
    }
    const list = (await api(`/workspaces/${id}/perspectives?pageSize=100`)) as {
      items: { id: string; name: string }[];
    };
    for (const item of list.items) perspective[item.name] = item.id;
    expect(Object.keys(perspective)).toEqual(expect.arrayContaining(['Gemeente', 'Bewoners', 'Rijk']));
    // The gemeente sees the first three ties, the bewoners the third and fourth: two only the gemeente
    // sees, one only the bewoners do.
    for (const [who, which] of [
      ['Gemeente', [0, 1, 2]],
      ['Bewoners', [2, 3]],
    ] as const) {
      for (const index of which)
        await post(`/workspaces/${id}/relations/${relations[index]}/assessments`, {
          perspectiveId: perspective[who],
          present: true,
          strength: 3,
        });
    }
    topicId = ((await post(`/workspaces/${id}/topics`, { name: MAP_TOPIC })) as { id: string }).id;
    await post(`/workspaces/${id}/topics/${topicId}/positions`, [
      {
        actorId: actors[2],
        perspectiveId: perspective.Gemeente,
        invloed: 4,
        belang: 4,
        standpunt: 2,
        beweging: 'van_boven',
      },
      {
        actorId: actors[6],
        perspectiveId: perspective.Gemeente,
        invloed: 2,
        belang: 5,
        standpunt: -2,
        beweging: 'van_onderop',
      },
      { actorId: actors[4], perspectiveId: perspective.Gemeente, invloed: 3, belang: 3, standpunt: 0 },
      {
        actorId: actors[6],
        perspectiveId: perspective.Bewoners,
        invloed: 3,
        belang: 5,
        standpunt: 2,
        beweging: 'van_onderop',
      },
      {
        actorId: actors[2],
        perspectiveId: perspective.Bewoners,
        invloed: 5,
        belang: 3,
        standpunt: -1,
        beweging: 'van_boven',
      },
    ]);

    await page.goto(base);
    await expect.poll(async () => (await mapState(page))?.edges).toBe(5);
    expect(search(page)).toBe('');
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Gemeente' });
    await expect.poll(() => search(page)).toBe(`?kaart=${perspective.Gemeente}`);
    await expect.poll(async () => (await mapState(page))?.edges).toBe(3);

    // Another panel: the path changes, the map stays the gemeente's.
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Spelers', exact: true })
      .click();
    await expect.poll(() => pathname(page)).toBe(`${base}/spelers`);
    expect(search(page)).toBe(`?kaart=${perspective.Gemeente}`);
    expect(await page.getByLabel('Kaart volgens').inputValue()).toBe(perspective.Gemeente);
    expect((await mapState(page))?.edges).toBe(3);

    await page.reload();
    await expect.poll(async () => (await mapState(page))?.edges).toBe(3);
    expect(pathname(page)).toBe(`${base}/spelers`);
    expect(await page.getByLabel('Kaart volgens').inputValue()).toBe(perspective.Gemeente);

    // Back: first the panel closes (the map still the gemeente's), then the map is as stored again.
    await page.goBack();
    await expect.poll(() => pathname(page)).toBe(base);
    expect(search(page)).toBe(`?kaart=${perspective.Gemeente}`);
    expect((await mapState(page))?.edges).toBe(3);
    await page.goBack();
    await expect.poll(() => search(page)).toBe('');
    await expect.poll(async () => (await mapState(page))?.edges).toBe(5);
    expect(await page.getByLabel('Kaart volgens').inputValue()).toBe('');
  });

  it('explains a map whose perspective said nothing about relaties yet, with a way back', async () => {
    const { page } = session;
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Rijk' });
    const note = page.getByTestId('map-note');
    await expect
      .poll(() =>
        note.getByText('Dit perspectief heeft nog niets gezegd over relaties.', { exact: false }).count(),
      )
      .toBe(1);
    expect((await mapState(page))?.edges).toBe(0);
    await expectAccessible(page);
    await note.getByRole('button', { name: 'Toon de kaart zoals ingevoerd' }).click();
    await expect.poll(() => search(page)).toBe('');
    await expect.poll(async () => (await mapState(page))?.edges).toBe(5);
    expect(await note.count()).toBe(0);
  });

  it('draws two perspectives side by side, each marking the relaties only it has', async () => {
    const { page } = session;
    // The address another panel links to (a path and the map view): both maps open at once.
    await page.goto(`${base}?kaart=${perspective.Gemeente}&naast=${perspective.Bewoners}`);
    const panes = page.getByTestId('map-pane');
    await expect.poll(() => panes.count()).toBe(2);
    await expect.poll(async () => (await mapInfo(page, 'beside'))?.edges).toBe(2);
    expect((await mapInfo(page, 'main'))?.edges).toBe(3);
    expect(await panes.nth(0).locator('figcaption').innerText()).toBe(
      'Volgens Gemeente\n2 relaties alleen in dit beeld',
    );
    expect(await panes.nth(1).locator('figcaption').innerText()).toBe(
      'Volgens Bewoners\n1 relatie alleen in dit beeld',
    );
    expect(await page.getByLabel('Tweede kaart ernaast').inputValue()).toBe(perspective.Bewoners);
    // The legend is folded over two maps; opened, it names the colour of the relaties only one map has.
    await page.getByText('Legenda', { exact: true }).click();
    expect(await page.getByTestId('legend-only-here').innerText()).toBe('Alleen in dit beeld');
    await page.getByText('Legenda', { exact: true }).click();
    const [left, right] = await panes.evaluateAll((figures) =>
      figures.map((figure) => figure.getBoundingClientRect().toJSON() as DOMRect),
    );
    expect(Math.abs((left?.top ?? 0) - (right?.top ?? 1))).toBeLessThan(2);
    expect((right?.left ?? 0) - (left?.left ?? 0)).toBeGreaterThan(300);

    // One camera: zooming the first map zooms the second.
    await page.evaluate(() =>
      (globalThis as unknown as { __krachtenveldMap: ExposedMap }).__krachtenveldMap.sigma
        .getCamera()
        .setState({ ratio: 0.8 }),
    );
    await expect.poll(async () => (await mapInfo(page, 'beside'))?.camera.ratio).toBe(0.8);
    await page.evaluate(() =>
      (globalThis as unknown as { __krachtenveldMap: ExposedMap }).__krachtenveldMap.sigma
        .getCamera()
        .setState({ ratio: 1 }),
    );
    await expect.poll(async () => (await mapInfo(page, 'beside'))?.camera.ratio).toBe(1);
    await page.waitForTimeout(300);

    // In the pixels: each map draws its own-only relaties in their colour, and its spelers in theirs.
    const pair = await page.getByTestId('map-pair').screenshot({ path: join(shots, 'side-by-side.png') });
    const colours = { onlyHere: ONLY_HERE_COLOR, gemeente: '#D55E00', bewoner: '#E69F00' };
    const first = await colourCounts(page, await panes.nth(0).screenshot(), colours);
    const second = await colourCounts(page, await panes.nth(1).screenshot(), colours);
    expect(pair.length).toBeGreaterThan(5000);
    for (const counts of [first, second]) {
      expect(counts.onlyHere).toBeGreaterThan(20);
      expect(counts.gemeente).toBeGreaterThan(20);
      expect(counts.bewoner).toBeGreaterThan(20);
    }
    // The first map has two such relaties, the second one.
    expect(first.onlyHere).toBeGreaterThan(second.onlyHere ?? 0);
    await expectAccessible(page);

    // On a phone the two stack, one above the other.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect
      .poll(async () => {
        const boxes = await panes.evaluateAll((figures) =>
          figures.map((figure) => figure.getBoundingClientRect().toJSON() as DOMRect),
        );
        return (boxes[1]?.top ?? 0) - (boxes[0]?.top ?? 0);
      })
      .toBeGreaterThan(150);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('colours the spelers by their standpunt on a vraagstuk, with the beweging as arrows', async () => {
    const { page } = session;
    await page.getByLabel('Kleur volgens vraagstuk').selectOption({ label: MAP_TOPIC });
    await expect.poll(() => new URL(page.url()).searchParams.get('vraagstuk')).toBe(topicId);
    const gemeente = actors[2] as string;
    const bewoners = actors[6] as string;
    const wijkteam = actors[4] as string;
    const other = actors[0] as string;
    // The first map is the gemeente's view, the second the bewoners': each its own standpunten.
    await expect.poll(async () => (await mapInfo(page, 'main'))?.nodes[gemeente]?.color).toBe(stanceFill(2));
    const main = await mapInfo(page, 'main');
    expect(main?.nodes[bewoners]?.color).toBe(stanceFill(-2));
    expect(main?.nodes[wijkteam]?.color).toBe(stanceFill(0));
    expect(main?.nodes[other]).toMatchObject({
      color: NO_POSITION_COLOR,
      border: '#0072B2',
      type: 'bordered',
    });
    expect(main?.nodes[gemeente]?.border).toBe('#D55E00');
    const beside = await mapInfo(page, 'beside');
    expect(beside?.nodes[bewoners]?.color).toBe(stanceFill(2));
    expect(beside?.nodes[gemeente]?.color).toBe(stanceFill(-1));
    // Five forces: the gemeente's policy comes from above, the bewoners' initiative from below.
    expect(Object.fromEntries((main?.marks ?? []).map((mark) => [mark.id, mark.movement]))).toEqual({
      [gemeente]: 'van_boven',
      [bewoners]: 'van_onderop',
    });
    const legend = page.getByTestId('legend-stance');
    expect(await legend.getByText(`Kleur: standpunt op “${MAP_TOPIC}”`).count()).toBe(1);
    expect(
      await legend
        .getByText('Elke kaart toont de standpunten van haar eigen perspectief', { exact: false })
        .count(),
    ).toBe(1);
    expect(await legend.getByText('Pijl omlaag: van boven (beleid)').count()).toBe(1);
    expect(await legend.getByText('sterk voor (++)').count()).toBe(1);

    // In the pixels of the first map: sterk voor (blue) and sterk tegen (red) as fills, the kracht as rings,
    // and a dark arrow beside the gemeente's speler.
    await page.waitForTimeout(300);
    const pane = page.getByTestId('map-pane').nth(0);
    const shot = await pane.screenshot({ path: join(shots, 'stance.png') });
    const counts = await colourCounts(page, shot, {
      strongFor: stanceFill(2),
      strongAgainst: stanceFill(-2),
      gemeenteRing: '#D55E00',
      bewonerRing: '#E69F00',
      noPosition: NO_POSITION_COLOR,
    });
    expect(counts.strongFor).toBeGreaterThan(15);
    expect(counts.strongAgainst).toBeGreaterThan(15);
    expect(counts.gemeenteRing).toBeGreaterThan(15);
    expect(counts.bewonerRing).toBeGreaterThan(15);
    expect(counts.noPosition).toBeGreaterThan(15);
    const mark = main?.marks.find((item) => item.id === gemeente)?.box;
    if (!mark) throw new Error('no arrow beside the gemeente');
    const frame = await pane.locator('.kv-map').boundingBox();
    const arrow = await page.screenshot({
      clip: {
        x: (frame?.x ?? 0) + mark.x,
        y: (frame?.y ?? 0) + mark.y,
        width: mark.width,
        height: mark.height,
      },
    });
    expect((await colourCounts(page, arrow, { dark: '#1f2933' }, 40)).dark).toBeGreaterThan(10);
    await expectAccessible(page);
  });

  it('merges the standpunten for the stored map and puts them in the saved image', async () => {
    const { page } = session;
    // Closing the second map keeps the first one as it is (the same sigma, the same camera).
    await page.evaluate(() => {
      (globalThis as unknown as { __krachtenveldMap: { sigma: object } }).__krachtenveldMap.sigma =
        Object.assign(
          (globalThis as unknown as { __krachtenveldMap: { sigma: object } }).__krachtenveldMap.sigma,
          { kvKept: true },
        );
    });
    await page.getByLabel('Tweede kaart ernaast').selectOption({ label: 'Geen: één kaart' });
    await expect.poll(() => page.getByTestId('map-pane').count()).toBe(0);
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { __krachtenveldMap: { sigma: { kvKept?: boolean } } }).__krachtenveldMap
            .sigma.kvKept,
      ),
    ).toBe(true);
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Zoals ingevoerd' });
    await expect.poll(() => search(page)).toBe(`?vraagstuk=${topicId}`);
    await expect.poll(() => page.getByTestId('map-pane').count()).toBe(0);
    const gemeente = actors[2] as string;
    const bewoners = actors[6] as string;
    // The mean of +2 and −1 is 0.5: voor; of −2 and +2: neutraal. Both agree on the beweging.
    await expect.poll(async () => (await mapInfo(page, 'main'))?.nodes[gemeente]?.color).toBe(stanceFill(1));
    const merged = await mapInfo(page, 'main');
    expect(merged?.nodes[bewoners]?.color).toBe(stanceFill(0));
    expect(merged?.marks.map((mark) => mark.movement).sort()).toEqual(['van_boven', 'van_onderop']);
    expect(
      await page.getByTestId('legend-stance').getByText('Gemiddelde van alle perspectieven.').count(),
    ).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Afbeelding opslaan als SVG' }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    writeFileSync(join(shots, 'stance.svg'), svg);
    expect(svg).toContain(`Standpunt op “${MAP_TOPIC}”`);
    expect(svg).toContain(`fill="${stanceFill(1)}"`);
    expect(svg).toContain('fill="#D55E00"'); // the kracht's ring under the fill
    expect(svg).toMatch(/>↓<\/text>/);
    expect(svg).toMatch(/>↑<\/text>/);
    console.log(`[topics e2e] map screenshots in ${shots}`);
  });
});
