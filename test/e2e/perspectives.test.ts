/**
 * The Perspectieven panel in real Chromium: a werkruimte starts with the editors' perspective and one per
 * kracht; an editor adds and renames one, a name in use is refused beside the field, and a perspective that
 * already said something is removed only after a second question that says what goes with it. "Waar
 * verschillen de beelden?" compares two perspectives on a werkruimte of its own (made through the API, so
 * it does not depend on the demo): the agreement figure, the tie one claims and the other denies, the
 * speler most contested on a vraagstuk and the verkokering each sees, with a screenshot for a look by eye.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    await form.getByLabel('Naam').fill('bewoners noord');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    // The name exists already (case does not count): the server's reason beside the field.
    await expect.poll(() => form.getByText(/bestaat al|al een perspectief/i).count()).toBeGreaterThan(0);
    await form.getByLabel('Naam').fill('Wijkteam Zuid');
    await form.getByLabel('Spreekt voor (kracht)').selectOption('professional');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => panel.getByText('Perspectief “Wijkteam Zuid” is toegevoegd.').count()).toBe(1);
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(7);

    await panel.getByRole('button', { name: 'Wijkteam Zuid wijzigen' }).click();
    const edit = panel.getByRole('form', { name: 'Wijkteam Zuid wijzigen' });
    await edit.getByLabel('Naam').fill('Wijkteam Zuid-Oost');
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect
      .poll(() => panel.getByText('Perspectief “Wijkteam Zuid-Oost” is opgeslagen.').count())
      .toBe(1);
    await expectAccessible(page);
  });

  it('removes a perspective that made claims only after saying what goes with it', async () => {
    const { page, admin } = session;
    const workspaceId = base.split('/')[2] as string;
    const list = await (
      await admin.fetch(`/api/v1/workspaces/${workspaceId}/perspectives?pageSize=100`)
    ).json();
    const wijkteam = list.items.find((p: { name: string }) => p.name === 'Wijkteam Zuid-Oost');
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
    await panel.getByRole('button', { name: 'Wijkteam Zuid-Oost verwijderen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Verwijderen' }).click();
    const second = page.getByRole('dialog');
    await expect
      .poll(() => second.getByRole('button', { name: 'Verwijderen, met wat het zei' }).count())
      .toBe(1);
    expect(await second.textContent()).toMatch(/1 beoordeling/);
    await second.getByRole('button', { name: 'Verwijderen, met wat het zei' }).click();
    await expect
      .poll(() => panel.getByText('Perspectief “Wijkteam Zuid-Oost” is verwijderd.').count())
      .toBe(1);
    await expect.poll(() => panel.getByRole('listitem').count()).toBe(6);
  });

  it('draws the map as all perspectives together see it: a tie one of them denies drops out', async () => {
    const { page, admin } = session;
    const workspaceId = base.split('/')[2] as string;
    const list = await (
      await admin.fetch(`/api/v1/workspaces/${workspaceId}/perspectives?pageSize=100`)
    ).json();
    // The demo's residents (data/demo/voorbeeldgemeente.json) already name and deny some ties.
    const bewoners = list.items.find((p: { name: string }) => p.name === 'Bewoners Noord');
    const api = (path: string) => admin.fetch(`/api/v1/workspaces/${workspaceId}${path}`);
    const graph = await (await api('/graph')).json();
    const together = async () => (await (await api('/graph?perspective=all')).json()).relations.length;
    const before = await together();
    // A tie nobody denies yet, which the bewoners now deny: one fewer on the map of all together.
    let tie = graph.relations[0];
    for (const relation of graph.relations) {
      const { items } = await (await api(`/relations/${relation.id}/assessments`)).json();
      if (items.length === 0) {
        tie = relation;
        break;
      }
    }
    const denied = await admin.fetch(`/api/v1/workspaces/${workspaceId}/relations/${tie.id}/assessments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ perspectiveId: bewoners.id, present: false }),
    });
    expect(denied.status).toBe(201);
    await page.goto(base);
    await expect.poll(async () => (await mapState(page))?.edges).toBe(graph.relations.length);
    expect(await together()).toBe(before - 1);
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Alle perspectieven samen' });
    await expect.poll(async () => (await mapState(page))?.edges).toBe(before - 1);
    // Only the bewoners: the ties they name themselves, none they deny.
    const theirs = (await (await api(`/graph?perspective=${bewoners.id}`)).json()).relations.length;
    expect(theirs).toBeGreaterThan(0);
    expect(theirs).toBeLessThan(30);
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Bewoners Noord' });
    await expect.poll(async () => (await mapState(page))?.edges).toBe(theirs);
    // The diagnosis is of the map shown, and says whose map that is.
    await page.getByRole('link', { name: 'Diagnose' }).click();
    await expect
      .poll(() => page.getByTestId('diagnose-map-caption').textContent())
      .toBe('Deze diagnose gaat over de kaart volgens Bewoners Noord.');
    await page.getByLabel('Kaart volgens').selectOption({ label: 'Zoals ingevoerd' });
    await expect.poll(async () => (await mapState(page))?.edges).toBe(graph.relations.length);
    expect(await page.getByTestId('diagnose-map-caption').count()).toBe(0);
    await expectAccessible(page);
  });
});

describe.skipIf(!HAS_CHROMIUM)('waar verschillen de beelden? in the browser', () => {
  const session = useBrowserSession();
  const shots = mkdtempSync(join(tmpdir(), 'kv-divergence-'));
  let workspaceId = '';
  const actor: Record<string, string> = {};
  const perspective: Record<string, string> = {};
  const TOPIC = 'Armoedebeleid (proef)';

  async function post<T = { id: string }>(path: string, body: unknown): Promise<T> {
    const response = await session.admin.fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status, `POST ${path}: ${await response.clone().text()}`).toBe(201);
    return (await response.json()) as T;
  }

  it('sets up two perspectives that disagree, through the API', async () => {
    workspaceId = (await post('/workspaces', { name: 'Twee beelden (proef)', gemeente: 'GM0363' })).id;
    const base = `/workspaces/${workspaceId}`;
    for (const [key, name, force, domain] of [
      ['beleid', 'Beleidsteam armoede', 'gemeente', 'armoede'],
      ['schuldhulp', 'Schuldhulp gemeente', 'gemeente', 'schulden'],
      ['wijkteam', 'Wijkteam Oost', 'professional', 'wmo_ondersteuning'],
      ['voedselbank', 'Voedselbank', 'bewoner', 'armoede'],
      ['ster', 'Bewonersinitiatief De Ster', 'bewoner', 'participatie'],
      ['buurtkamer', 'Buurtkamer', 'bewoner', 'participatie'],
    ] as const)
      actor[key] = (await post(`${base}/actors`, { name, force, domains: [domain] })).id;
    const list = await (await session.admin.fetch(`/api/v1${base}/perspectives?pageSize=100`)).json();
    for (const item of list.items as { id: string; name: string }[]) perspective[item.name] = item.id;
    const tie = async (source: string, target: string, claims: Record<string, object>) => {
      const relation = await post(`${base}/relations`, {
        sourceId: actor[source],
        targetId: actor[target],
        type: 'werkt_samen',
      });
      for (const [by, fields] of Object.entries(claims))
        await post(`${base}/relations/${relation.id}/assessments`, {
          perspectiveId: perspective[by],
          ...fields,
        });
    };
    // Contested: the gemeente says it exists, the bewoners deny it.
    await tie('beleid', 'ster', { Gemeente: { strength: 4 }, Bewoners: { present: false } });
    await tie('beleid', 'schuldhulp', { Gemeente: { strength: 5 } }); // only the gemeente names it
    await tie('ster', 'buurtkamer', { Bewoners: { strength: 4 } }); // only the bewoners name it
    await tie('beleid', 'voedselbank', { Gemeente: { strength: 4 }, Bewoners: { strength: 2 } });
    await tie('wijkteam', 'voedselbank', { Gemeente: { strength: 3 }, Bewoners: { strength: 3 } });
    const topic = await post(`${base}/topics`, { name: TOPIC });
    const place = (by: string, key: string, invloed: number, standpunt: number) => ({
      actorId: actor[key],
      perspectiveId: perspective[by],
      invloed,
      belang: 3,
      standpunt,
    });
    await post(`${base}/topics/${topic.id}/positions`, [
      place('Gemeente', 'beleid', 5, 2),
      place('Bewoners', 'beleid', 4, -1),
      place('Gemeente', 'voedselbank', 2, 1),
      place('Bewoners', 'voedselbank', 4, 2),
      place('Gemeente', 'ster', 2, 0),
      place('Bewoners', 'ster', 3, 0),
    ]);
  });

  it('is found from the Perspectieven panel and says where the views differ', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto(`/werkruimtes/${workspaceId}/perspectieven`);
    await page.getByRole('link', { name: /^Waar verschillen de beelden\?/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceId}/verschillen`);
    const panel = page.getByRole('region', { name: 'Waar verschillen de beelden?' });
    // The Perspectieven section stays the current one in the nav.
    const nav = page.getByRole('navigation', { name: 'Onderdelen van de werkruimte' });
    expect(await nav.getByRole('link', { name: 'Perspectieven' }).getAttribute('aria-current')).toBe('page');
    // It opens on the gemeente against the bewoners, and on the only active vraagstuk.
    expect(await panel.getByLabel('Perspectief', { exact: true }).inputValue()).toBe(perspective.Gemeente);
    expect(await panel.getByLabel('Vergelijken met').inputValue()).toBe(perspective.Bewoners);

    // Weighted Jaccard: Σ min / Σ max = (0 + 0 + 0 + 2 + 3) / (4 + 5 + 4 + 4 + 3) = 5/20.
    await expect
      .poll(() => panel.getByTestId('divergence-agreement').textContent())
      .toBe('25% overeenstemming');
    await panel.getByText('Hoe wordt dit berekend?').click();
    expect(await panel.getByTestId('divergence-definition').textContent()).toMatch(/^Gewogen Jaccard-index/);

    const contested = panel.getByTestId('divergence-contested');
    expect(await contested.getByRole('heading').textContent()).toBe(
      'De een noemt ze, de ander ontkent ze (1)',
    );
    expect(await contested.getByRole('listitem').textContent()).toBe(
      'Volgens Gemeente werkt Beleidsteam armoede samen met Bewonersinitiatief De Ster; volgens Bewoners niet. Bekijk de relatie',
    );
    expect(await contested.getByRole('link', { name: 'Beleidsteam armoede' }).getAttribute('href')).toBe(
      `/werkruimtes/${workspaceId}/spelers/${actor.beleid}`,
    );
    expect(await contested.getByRole('link', { name: 'Bekijk de relatie' }).getAttribute('href')).toMatch(
      new RegExp(`^/werkruimtes/${workspaceId}/relaties/[0-9a-f-]{36}$`),
    );
    expect(await panel.getByTestId('divergence-only-b').getByRole('listitem').textContent()).toBe(
      'Volgens Bewoners werkt Bewonersinitiatief De Ster samen met Buurtkamer. Van Gemeente is hierover niets bekend. Bekijk de relatie',
    );
    expect(await panel.getByTestId('divergence-strength').getByRole('listitem').textContent()).toBe(
      'Beleidsteam armoede werkt samen met Voedselbank: volgens Gemeente sterkte 4 van 5, volgens Bewoners sterkte 2 van 5. Bekijk de relatie',
    );

    // The most contested speler: one side sees it for, the other against; the grid one click away.
    const spelers = panel.getByRole('list', {
      name: `Spelers op “${TOPIC}” waarover de beelden verschillen`,
    });
    expect(await spelers.getByRole('listitem').first().textContent()).toBe(
      'Beleidsteam armoede heeft volgens Gemeente veel invloed (5 van 5) en is sterk voor; volgens Bewoners veel invloed (4 van 5) en tegen. De een ziet deze speler als voorstander, de ander als tegenstander.',
    );
    expect(await spelers.getByRole('listitem').count()).toBe(3);
    expect(
      await panel.getByRole('link', { name: `Bekijk het raster van “${TOPIC}”` }).getAttribute('href'),
    ).toMatch(new RegExp(`^/werkruimtes/${workspaceId}/vraagstukken/[0-9a-f-]{36}$`));

    // E-I per perspective: the gemeente's map (3 of 4 ties across domeinen) is more open than the
    // bewoners' (1 of 3); on six spelers both are a first impression, and the sentence says so.
    await expect.poll(() => panel.getByTestId('divergence-silo').count()).toBe(2);
    const cards = await panel.getByTestId('divergence-silo').allTextContents();
    expect(cards[0]).toContain('Kleine kaart: alleen een eerste indruk.');
    await expect
      .poll(() => panel.getByTestId('divergence-silo-comparison').textContent())
      .toBe(
        'Volgens Gemeente lijkt er minder verkokering te zijn dan volgens Bewoners. De kaarten zijn klein: zie dit als een eerste indruk.',
      );
    expect(await panel.getByTestId('divergence-summary').textContent()).toBe(
      `Gemeente en Bewoners zien de relaties voor 25% hetzelfde. Over 1 relatie spreken ze elkaar tegen. Op “${TOPIC}” verschillen de beelden het meest over Beleidsteam armoede. Volgens Gemeente lijkt er minder verkokering te zijn dan volgens Bewoners. De kaarten zijn klein: zie dit als een eerste indruk.`,
    );
    // Every perspective's E-I, asked for only when opened: the two above and the four that said nothing.
    await panel.getByText('Verkokering volgens alle perspectieven').click();
    const all = panel.getByRole('table', { name: 'E-I-index per perspectief' });
    await expect.poll(() => all.getByRole('row').count()).toBe(7);
    await expect.poll(() => all.getByText('Bezig met laden…').count()).toBe(0);
    expect(await all.getByRole('row', { name: /^Gemeente/ }).textContent()).toBe(
      'Gemeente0,50open (Kleine kaart: alleen een eerste indruk.)6 spelers, 4 samenwerkingscontacten',
    );
    await expectAccessible(page);
    // The whole panel, for a look at how it reads from top to bottom (a tall window, so nothing scrolls).
    await page.setViewportSize({ width: 1440, height: 3000 });
    await page.getByTestId('side-panel').screenshot({ path: join(shots, 'divergence-panel.png') });
    await page.setViewportSize({ width: 1440, height: 1000 });
    console.log(`[divergence e2e] screenshots in ${shots}`);
    // Six diagnoses (two, then all perspectives) and two axe runs: more than the default half minute on a
    // slow machine.
  }, 60_000);

  it('says so when a perspective has not said anything yet', async () => {
    const { page } = session;
    const panel = page.getByRole('region', { name: 'Waar verschillen de beelden?' });
    await panel.getByLabel('Vergelijken met').selectOption({ label: 'Instellingen' });
    await expect
      .poll(() => panel.getByTestId('divergence-silent').textContent())
      .toBe(
        'Het perspectief “Instellingen” noemt nog geen enkele relatie. Zolang het niets zegt, valt er weinig te vergelijken.',
      );
    // The positions load on their own: wait for them, as for the relaties above.
    await expect
      .poll(() =>
        panel
          .getByText('Het perspectief “Instellingen” heeft nog geen spelers op dit vraagstuk gezet.')
          .count(),
      )
      .toBe(1);
    // No relatie named, so no map to judge: said on its card, without asking the server for a diagnosis.
    await expect
      .poll(() => panel.getByTestId('divergence-silo').nth(1).textContent())
      .toBe(
        'Instellingen–niet te berekenenHet perspectief “Instellingen” noemt nog geen enkele relatie. Er is dus nog geen kaart om te beoordelen.',
      );
    await expect
      .poll(() => panel.getByTestId('divergence-silo-comparison').textContent())
      .toBe(
        'Volgens Instellingen is de verkokering nog niet te berekenen: de kaart van dit perspectief heeft te weinig samenwerkingscontacten.',
      );
    await expectAccessible(page);
    await panel.getByLabel('Vergelijken met').selectOption({ label: 'Bewoners' });
    await expect
      .poll(() => panel.getByTestId('divergence-agreement').textContent())
      .toBe('25% overeenstemming');
  });

  it('puts the two maps side by side from "Bekijk op de kaart", and opens a speler from a sentence', async () => {
    const { page } = session;
    const panel = page.getByRole('region', { name: 'Waar verschillen de beelden?' });
    // The pair this test compares, whatever the test before left chosen.
    await panel.getByLabel('Vergelijken met').selectOption({ label: 'Bewoners' });
    await panel.getByRole('link', { name: 'Bekijk op de kaart, naast elkaar' }).click();
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe(`?kaart=${perspective.Gemeente}&naast=${perspective.Bewoners}`);
    expect(new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceId}/verschillen`);
    await panel
      .getByTestId('divergence-contested')
      .getByRole('link', { name: 'Bewonersinitiatief De Ster' })
      .click();
    await expect
      .poll(() => new URL(page.url()).pathname)
      .toBe(`/werkruimtes/${workspaceId}/spelers/${actor.ster}`);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: 'Bewonersinitiatief De Ster' }).count())
      .toBe(1);
  });
});
