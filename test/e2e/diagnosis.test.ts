/**
 * The Diagnose panel on the demo werkruimte, in real Chromium: the analysis runs in the module worker (no
 * CSP error), every index card carries its explanation, the headline names a broker, colouring by cluster
 * changes what sigma draws (and only that: the map graph keeps its kracht colours), brokers and suggestions
 * point at spelers on the map, what-if shows the change of the cross-koker indices — one tie on a map this
 * size is "nauwelijks verschil" — and resets, and the open panel passes axe. On a small werkruimte (8
 * spelers) the panel says its diagnosis is a first impression only.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INDEX_KEYS } from '../../src/analysis/index.ts';
import type { WorkspaceGraph } from '../../src/domain/index.ts';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

interface SigmaView {
  sigma: {
    getNodeDisplayData(
      id: string,
    ): { color: string; highlighted?: boolean; x: number; y: number } | undefined;
    graphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getDimensions(): { width: number; height: number };
  };
  graph: {
    nodes(): string[];
    getNodeAttributes(id: string): { label: string; color: string; x: number; y: number };
  };
}

/** What sigma draws for each speler (after the reducers), by id. */
function drawn(page: Page) {
  return page.evaluate(() => {
    const map = (globalThis as unknown as { __krachtenveldMap?: SigmaView }).__krachtenveldMap;
    if (!map) return {};
    return Object.fromEntries(
      map.graph.nodes().map((id) => {
        const display = map.sigma.getNodeDisplayData(id);
        return [id, { color: display?.color ?? '', highlighted: Boolean(display?.highlighted) }];
      }),
    );
  });
}

/** Where a speler sits on the screen, and whether that is inside the map. */
function onScreen(page: Page, id: string) {
  return page.evaluate((node) => {
    const map = (globalThis as unknown as { __krachtenveldMap?: SigmaView }).__krachtenveldMap;
    if (!map) return null;
    const point = map.sigma.graphToViewport(map.graph.getNodeAttributes(node));
    const { width, height } = map.sigma.getDimensions();
    return { ...point, inside: point.x >= 0 && point.y >= 0 && point.x <= width && point.y <= height };
  }, id);
}

/** The Diagnose panel: a section of the werkruimte, opened from its navigation. */
function openDiagnose(page: Page) {
  return page
    .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
    .getByRole('link', { name: 'Diagnose', exact: true })
    .click();
}

describe.skipIf(!HAS_CHROMIUM)('the Diagnose panel in the browser', () => {
  const consoleErrors: string[] = [];
  let ids: Map<string, string>;
  const session = useBrowserSession({
    prepare: ({ page }) =>
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      }),
  });

  const page = () => session.page;
  const panel = () => page().getByRole('region', { name: 'Diagnose: waar valt de samenwerking uiteen?' });
  const openTab = (name: string) => panel().getByRole('tab', { name, exact: true }).click();

  it('opens the diagnosis beside the map, computed in the worker', async () => {
    // Straight to the demo's address: the werkruimtes list and the werkruimte screen are being rebuilt.
    const list = (await (await session.admin.fetch('/api/v1/workspaces')).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    const demo = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente');
    await page().goto(`/werkruimtes/${demo?.id}`);
    await expect.poll(async () => (await mapState(page()))?.nodes.length).toBe(67);
    ids = new Map((await mapState(page()))?.nodes.map((node) => [node.label, node.id]));

    await openDiagnose(page());
    await expect.poll(() => page().getByTestId('diagnose-headline').count()).toBe(1);
    const workerLoaded = await page().evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('analysis.worker')),
    );
    expect(workerLoaded).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('shows every index card with a value and its explanation', async () => {
    const cards = panel().getByTestId('index-card');
    await expect.poll(() => cards.count()).toBe(INDEX_KEYS.length);
    for (const card of await cards.all()) {
      expect(await card.getByRole('heading', { level: 4 }).textContent()).toMatch(/\w{3,}/);
      expect(await card.getByTestId('index-value').textContent()).toMatch(/\d/);
      for (const part of ['index-reading', 'index-action', 'index-measures'])
        expect((await card.getByTestId(part).textContent())?.trim().length, part).toBeGreaterThan(20);
    }
    // "What it measures" is folded away until asked for.
    const first = cards.first();
    expect(await first.getByTestId('index-measures').isVisible()).toBe(false);
    await first.getByText('Wat meet dit?').click();
    expect(await first.getByTestId('index-measures').isVisible()).toBe(true);
  });

  it('names the top broker in the headline', async () => {
    await openTab('Verbinders');
    const brokers = panel().getByTestId('broker-list').getByRole('button');
    await expect.poll(() => brokers.count()).toBe(10);
    const top = (await brokers.first().textContent()) as string;
    const headline = (await page().getByTestId('diagnose-headline').textContent()) as string;
    expect(headline).toContain(top);
    expect(headline).toMatch(/^Per domein blijft \d+% van de samenwerking binnen de eigen koker\./);
    expect(headline).toMatch(
      /bewonersinitiatie(f|ven) krijg(t|en) subsidie van de gemeente, maar werk(t|en) niet direct met de gemeente samen\./,
    );
    // The demo is large enough to judge: no "first impression" notice.
    expect(await panel().getByTestId('diagnose-indicative').count()).toBe(0);
    // Each role says what its count means, and a disclosure explains how roles are counted.
    const roles = panel().getByTestId('broker-roles').first();
    expect(await roles.textContent()).toMatch(/\d+ keer/);
    expect(await panel().getByText('Wat betekenen de rollen en de getallen?').count()).toBe(1);
  });

  it('colours the map by cluster through sigma, one colour per cluster', async () => {
    const byForce = await drawn(page());
    await openTab('Clusters en kokers');
    const clusters = panel().getByTestId('cluster-row');
    const count = await clusters.count();
    expect(count).toBeGreaterThan(1);
    expect(await panel().getByText(`De computer vond ${count} clusters.`).count()).toBe(1);

    await panel().getByLabel('Kleur de kaart per cluster').check();
    await expect
      .poll(async () => new Set(Object.values(await drawn(page())).map((node) => node.color)).size)
      .toBe(count);
    const byCluster = await drawn(page());
    expect(byCluster).not.toEqual(byForce);
    // The map graph itself is never edited: it keeps the kracht colours.
    const graph = await mapState(page());
    expect(graph?.nodes.map((node) => node.color)).toEqual(Object.values(byForce).map((node) => node.color));

    await panel().getByLabel('Kleur de kaart per cluster').uncheck();
    await expect.poll(() => drawn(page())).toEqual(byForce);
  });

  it('shows a broker on the map while the diagnosis stays open', async () => {
    await openTab('Verbinders');
    const broker = panel().getByTestId('broker-list').getByRole('button').nth(1);
    const name = (await broker.textContent()) as string;
    const address = page().url();
    await broker.click();
    expect(await broker.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await drawn(page()))[ids.get(name) as string]?.highlighted).toBe(true);
    expect(page().url()).toBe(address);
    expect(await panel().isVisible()).toBe(true);
  });

  it('points out both spelers of a suggestion and shows them both', async () => {
    await openTab('Suggesties');
    const suggestion = panel().getByTestId('suggestion-list').getByRole('listitem').first();
    const [first, second] = ((await suggestion.locator('p').first().textContent()) as string).split(' — ');
    const pair = [ids.get(first as string) as string, ids.get(second as string) as string];
    expect(pair.every(Boolean)).toBe(true);
    expect(((await suggestion.locator('p').nth(1).textContent()) as string).length).toBeGreaterThan(20);

    await suggestion.getByRole('button', { name: /^Toon op de kaart/ }).click();
    await expect
      .poll(async () => {
        const nodes = await drawn(page());
        return Object.entries(nodes)
          .filter(([, node]) => node.highlighted)
          .map(([id]) => id)
          .sort();
      })
      .toEqual([...pair].sort());
    const nodes = await drawn(page());
    const others = Object.entries(nodes).filter(([id]) => !pair.includes(id));
    expect(new Set(others.map(([, node]) => node.color))).toEqual(new Set(['#d9dde3']));
    await expect.poll(async () => (await onScreen(page(), pair[0] as string))?.inside).toBe(true);
    await expect.poll(async () => (await onScreen(page(), pair[1] as string))?.inside).toBe(true);
    await expectAccessible(page());
  });

  it('shows what a new tie across kokers would change, and resets', async () => {
    const headline = await page().getByTestId('diagnose-headline').textContent();
    await openTab('Wat als');
    expect(await panel().getByText('Er wordt niets opgeslagen').count()).toBe(1);

    // Speler 1 by clicking it on the map: a speler with a domein, well inside the visible map.
    const data = await page().evaluate(async () => {
      // The werkruimte's id, also when the address names a panel (`/werkruimtes/{id}/diagnose`).
      const id = (globalThis as unknown as { location: { pathname: string } }).location.pathname.split(
        '/',
      )[2];
      return (await (await fetch(`/api/v1/workspaces/${id}/graph`)).json()) as WorkspaceGraph;
    });
    const dimensions = await page().evaluate(() =>
      (globalThis as unknown as { __krachtenveldMap: SigmaView }).__krachtenveldMap.sigma.getDimensions(),
    );
    let target: { id: string; x: number; y: number } | undefined;
    for (const actor of data.actors.filter((candidate) => candidate.domains.length > 0)) {
      const point = await onScreen(page(), actor.id);
      const margin = 40;
      if (
        point &&
        point.x > margin &&
        point.y > margin &&
        point.x < dimensions.width - margin &&
        point.y < dimensions.height - margin
      ) {
        target = { id: actor.id, x: point.x, y: point.y };
        break;
      }
    }
    expect(target).toBeDefined();
    await panel().getByRole('button', { name: 'Kies op de kaart (Speler 1)' }).click();
    const box = await page().locator('.kv-map').boundingBox();
    await page().mouse.click((box?.x ?? 0) + (target?.x ?? 0), (box?.y ?? 0) + (target?.y ?? 0));
    await expect.poll(() => panel().getByLabel('Speler 1').inputValue()).not.toBe('');
    // Sigma picks the topmost speler under the pointer: go on with whichever it was.
    const aId = await panel().getByLabel('Speler 1').inputValue();
    const a = data.actors.find((actor) => actor.id === aId) as WorkspaceGraph['actors'][number];
    expect(a.domains.length).toBeGreaterThan(0);

    // Speler 2 with the select: another domein (the default kokers), no relatie with speler 1.
    const tied = new Set(
      data.relations.flatMap((r) => [`${r.source}|${r.target}`, `${r.target}|${r.source}`]),
    );
    const b = data.actors.find(
      (other) =>
        other.domains.length > 0 && other.domains[0] !== a.domains[0] && !tied.has(`${a.id}|${other.id}`),
    ) as WorkspaceGraph['actors'][number];
    expect(b).toBeDefined();
    await panel().getByLabel('Speler 2').selectOption(b.id);
    expect(await panel().getByLabel('Soort relatie').inputValue()).toBe('werkt_samen');
    await panel().getByRole('button', { name: 'Contact toevoegen' }).click();

    const table = panel().getByTestId('delta-table');
    await expect.poll(() => table.count()).toBe(1);
    // One tie on 139 moves E-I by about +0.007: towards less verkokering, but too little to call it that.
    for (const key of ['crossShare', 'eiIndex']) {
      const row = table.getByTestId(`delta-${key}`);
      await expect.poll(() => row.getAttribute('data-direction')).toBe('slight');
      expect(await row.getByTestId('delta-change').textContent()).toMatch(/^\+\d/);
      expect(await row.textContent()).toContain('nauwelijks verschil');
      expect(await row.textContent()).not.toContain('minder verkokering');
    }
    expect(await panel().getByTestId('delta-slight-note').count()).toBe(1);
    expect(await table.getByTestId('delta-clusters').count()).toBe(1);
    expect(await table.getByTestId('delta-subsidyOnly').count()).toBe(1);
    await expectAccessible(page());
    // The map points out both ends of the imagined tie.
    await expect
      .poll(async () =>
        Object.entries(await drawn(page()))
          .filter(([, node]) => node.highlighted)
          .map(([id]) => id)
          .sort(),
      )
      .toEqual([a.id, b.id].sort());

    // Taking the tie away again (undo) restores; so does "reset" after stacking two changes.
    await panel()
      .getByRole('button', { name: /^Ongedaan maken/ })
      .click();
    await expect.poll(() => table.count()).toBe(0);
    expect(await panel().getByText('Nog geen wijzigingen.').count()).toBe(1);

    await panel().getByRole('button', { name: 'Contact toevoegen' }).click();
    await panel().getByLabel('Relaties van').selectOption(a.id);
    await panel()
      .getByRole('button', { name: /^Weghalen:/ })
      .first()
      .click();
    await expect.poll(() => panel().getByTestId('what-if-changes').getByRole('listitem').count()).toBe(2);
    await expect.poll(() => table.count()).toBe(1);
    await panel().getByRole('button', { name: 'Alles terugzetten' }).click();
    await expect.poll(() => table.count()).toBe(0);
    expect(await page().getByTestId('diagnose-headline').textContent()).toBe(headline);
  });

  it('keeps its state while the filters are open, and logged no console errors', async () => {
    await page().getByRole('link', { name: 'Filters', exact: true }).click();
    await expect.poll(() => page().getByRole('group', { name: 'Kracht' }).isVisible()).toBe(true);
    await openDiagnose(page());
    expect(
      await panel().getByRole('tab', { name: 'Wat als', exact: true }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(consoleErrors).toEqual([]);
  });
});

describe.skipIf(!HAS_CHROMIUM)('the Diagnose panel on a small map', () => {
  const session = useBrowserSession();
  const page = () => session.page;
  const panel = () => page().getByRole('region', { name: 'Diagnose: waar valt de samenwerking uiteen?' });
  const ids = new Map<string, string>();

  async function post<T>(path: string, body: unknown): Promise<T> {
    const response = await session.admin.fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as T;
  }

  it('says at the top that the diagnosis of 8 spelers is a first impression only', async () => {
    const workspace = await post<{ id: string }>('/workspaces', { name: 'Klein begin', gemeente: 'GM0193' });
    const spelers: Array<[string, string, string]> = [
      ['Gemeente – schulden', 'gemeente', 'schulden'],
      ['Schuldhulpverlener', 'professional', 'schulden'],
      ['Kredietbank', 'instelling', 'schulden'],
      ['Buurtkamer', 'bewoner', 'schulden'],
      ['Jeugdteam', 'professional', 'jeugd'],
      ['School', 'instelling', 'jeugd'],
      ['Gemeente – jeugd', 'gemeente', 'jeugd'],
      ['Ouderplatform', 'bewoner', 'jeugd'],
    ];
    for (const [name, force, domain] of spelers) {
      const actor = await post<{ id: string }>(`/workspaces/${workspace.id}/actors`, {
        name,
        force,
        domains: [domain],
      });
      ids.set(name, actor.id);
    }
    const ties: Array<[string, string, string]> = [
      ['Gemeente – schulden', 'Schuldhulpverlener', 'werkt_samen'],
      ['Schuldhulpverlener', 'Kredietbank', 'werkt_samen'],
      ['Kredietbank', 'Buurtkamer', 'werkt_samen'],
      ['Jeugdteam', 'School', 'werkt_samen'],
      ['School', 'Gemeente – jeugd', 'werkt_samen'],
      ['Gemeente – jeugd', 'Ouderplatform', 'werkt_samen'],
      ['Schuldhulpverlener', 'Jeugdteam', 'werkt_samen'],
      ['Gemeente – schulden', 'Buurtkamer', 'financiert'],
    ];
    for (const [source, target, type] of ties)
      await post(`/workspaces/${workspace.id}/relations`, {
        sourceId: ids.get(source),
        targetId: ids.get(target),
        type,
      });

    await page().goto(`/werkruimtes/${workspace.id}`);
    await expect.poll(async () => (await mapState(page()))?.nodes.length).toBe(8);
    await openDiagnose(page());
    const notice = panel().getByTestId('diagnose-indicative');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.getAttribute('role')).toBe('note');
    const text = (await notice.textContent()) as string;
    expect(text).toContain('Alleen een eerste indruk');
    expect(text).toContain('Deze kaart heeft 8 spelers en 7 samenwerkingscontacten.');
    expect(text).toContain('minstens 20 spelers en 30 samenwerkingscontacten');
    // The headline says "lijkt", not "is".
    expect(await page().getByTestId('diagnose-headline').textContent()).toMatch(/^Per domein lijkt \d+%/);
    expect(await panel().getByTestId('indices-indicative').count()).toBe(1);
    await expectAccessible(page());
  });

  it('explains "alleen subsidie" beside the steps to the gemeente', async () => {
    await panel().getByRole('tab', { name: 'Bewoners', exact: true }).click();
    const row = panel()
      .getByTestId('residents-table')
      .getByRole('row', { name: /Buurtkamer/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByTestId('resident-contact').textContent()).toBe(
      'Alleen subsidie; samenwerken gaat via 3 stappen',
    );
    expect(await row.textContent()).toContain('3 stappen');
  });

  it('calls a change too small to matter "nauwelijks verschil", in a neutral colour', async () => {
    await panel().getByRole('tab', { name: 'Wat als', exact: true }).click();
    // An extra kind of contact between two who already work together: only the weights change.
    await panel()
      .getByLabel('Speler 1')
      .selectOption(ids.get('Gemeente – schulden') as string);
    await panel()
      .getByLabel('Speler 2')
      .selectOption(ids.get('Schuldhulpverlener') as string);
    await panel().getByLabel('Soort relatie').selectOption('informeert');
    await panel().getByRole('button', { name: 'Contact toevoegen' }).click();
    const row = panel().getByTestId('delta-table').getByTestId('delta-clusterModularity');
    await expect.poll(() => row.getAttribute('data-direction')).toBe('slight');
    const effect = row.locator('.kv-effect');
    expect(await effect.textContent()).toBe('nauwelijks verschil');
    const colour = await effect.evaluate((element) => getComputedStyle(element).color);
    expect(colour).not.toBe('rgb(27, 94, 32)'); // the green of "minder verkokering"
    expect(await panel().getByTestId('delta-slight-note').count()).toBe(1);
    await expectAccessible(page());
  });
});
