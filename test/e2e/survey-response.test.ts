/**
 * The respondent's page of an uitvraag in real Chromium, used the way a respondent would: without an
 * account, on a phone (390×844) and at a desk. They read what is stored and why, find the spelers they
 * work with (by mouse and by keyboard), answer the questions the round asks, propose a missing speler,
 * are told what to fix when a save is refused, come back with the same link and find their answers, and
 * can have them removed. The coordinator then sees the ties on the map as the respondent's perspective.
 * A link that does not work gets a plain page saying so. axe checks every state.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

interface Link {
  respondentId: string;
  actorId: string;
  token: string;
  path: string;
}

describe.skipIf(!HAS_CHROMIUM)('the uitvraag for a respondent', () => {
  const session = useBrowserSession();
  const round = { workspaceId: '', links: [] as Link[], names: [] as string[], other: '' };

  async function api(path: string, method = 'GET', body?: unknown) {
    const response = await session.admin.fetch(`/api/v1${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    expect(response.status, `${method} ${path}`).toBeLessThan(300);
    return response.status === 204 ? null : response.json();
  }

  it('opens a personal link on a phone without an account, with what is stored and why first', async () => {
    const { page, context } = session;
    const [workspace] = (await api('/workspaces')).items;
    round.workspaceId = workspace.id;
    const actors = (
      await api(`/workspaces/${workspace.id}/actors?pageSize=100&force=instelling,professional`)
    ).items;
    const [first, second, third] = actors as { id: string; name: string }[];
    if (!first || !second || !third) throw new Error('the demo has too few spelers');
    round.names = [first.name, second.name];
    round.other = third.name;
    const survey = await api(`/workspaces/${workspace.id}/surveys`, 'POST', {
      title: 'Samenwerking rond jeugd',
      intro: 'We willen weten wie met wie samenwerkt rond jeugd en gezin.',
      closesOn: '2099-12-31',
      relationTypes: ['werkt_samen', 'financiert', 'verwijst'],
      questions: ['frequentie', 'vertrouwen', 'waarde', 'profiel'],
    });
    await api(`/workspaces/${workspace.id}/surveys/${survey.id}`, 'PATCH', {
      version: survey.version,
      state: 'open',
    });
    round.links = (
      await api(`/workspaces/${workspace.id}/surveys/${survey.id}/respondents`, 'POST', {
        respondents: [
          { actorId: first.id, contactName: 'Ans de Vries', email: 'ans@example.org' },
          { actorId: second.id },
        ],
      })
    ).links;

    await context.clearCookies();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(round.links[0]?.path as string);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Samenwerking rond jeugd' }).count())
      .toBe(1);
    await expect.poll(() => page.getByText(`U antwoordt voor: ${first.name}`).count()).toBe(1);
    expect(await page.getByText('Welkom, Ans de Vries.').count()).toBe(1);
    const privacy = page.locator('details', { hasText: 'Wat we bewaren en waarom' });
    expect(await privacy.getAttribute('open')).not.toBeNull();
    expect(await privacy.textContent()).toContain('90 dagen na de sluitdatum');
    // Nothing of the signed-in app: no account menu, no werkruimte.
    expect(await page.getByRole('navigation', { name: 'Uw account' }).count()).toBe(0);
    // The page fits the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  });

  it('finds a speler by keyboard, answers its questions and saves by itself', async () => {
    const { page } = session;
    const name = round.names[1] as string;
    const search = page.getByRole('searchbox', { name: 'Zoek een organisatie of groep' });
    await search.focus();
    await page.keyboard.type(name.slice(0, 6));
    await expect.poll(() => page.getByRole('button', { name: `Kies ${name}` }).count()).toBe(1);
    // Tab from the search field to the first match, and choose it with Enter.
    const choose = page.getByRole('button', { name: `Kies ${name}` });
    while (!(await choose.evaluate((element) => element === document.activeElement)))
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const tie = page.locator('details.kv-tie', { hasText: name });
    await expect.poll(() => tie.getAttribute('open')).not.toBeNull();
    const together = tie.getByRole('checkbox', { name: `Onze organisatie werkt samen met ${name}` });
    await together.focus();
    await page.keyboard.press('Space');
    expect(await together.isChecked()).toBe(true);
    await tie.getByRole('checkbox', { name: `${name} financiert onze organisatie` }).check();
    await tie.getByLabel('Hoe vaak hebt u contact?').selectOption({ label: 'Elke week' });
    const openness = tie.getByRole('group', { name: `Is ${name} open in het overleg?` });
    await openness.getByRole('radio', { name: 'Heel erg' }).check();
    await tie
      .getByRole('group', { name: `Doet ${name} wat ze afspreekt?` })
      .getByRole('radio', { name: 'Redelijk' })
      .check();
    await tie.getByLabel('Toelichting (mag leeg blijven)').fill('<b>Samen</b> het spreekuur');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Bewaard om/ })
          .count(),
      )
      .toBe(1);
    expect(await tie.locator('summary').textContent()).toContain('4 van 8 vragen beantwoord');
    // The note is text, never markup.
    expect(await page.locator('b', { hasText: 'Samen' }).count()).toBe(0);
    await expectAccessible(page);
  });

  it('proposes a missing speler, and says what to fix when a proposal is already on the list', async () => {
    const { page } = session;
    await page.getByText('Staat een organisatie of groep er niet bij?').click();
    const form = page.locator('details.kv-roster-propose');
    await form.getByLabel('Naam').fill(round.other);
    await form.getByLabel('Soort').selectOption('bewoner');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    // The name is a speler of the roster: the save is refused, the summary links to the tie.
    const summary = page.getByRole('alert').filter({ hasText: 'Er is iets niet goed ingevuld' });
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toContain('staat al in de lijst');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('kv-error-summary')))
      .toBe(true);
    await expectAccessible(page);
    await page
      .locator('details.kv-tie', { hasText: round.other })
      .getByRole('button', { name: `Verwijder ${round.other}` })
      .click();
    await form.getByLabel('Naam').fill('Buurtcamping Het Veld');
    await form.getByRole('button', { name: 'Toevoegen' }).click();
    await expect.poll(() => summary.count()).toBe(0);
    const proposed = page.locator('details.kv-tie', { hasText: 'Buurtcamping Het Veld' });
    await proposed
      .getByRole('checkbox', { name: 'Onze organisatie verwijst naar Buurtcamping Het Veld' })
      .check();
    await page
      .getByLabel('Schrijf hier wat er niet klopt of ontbreekt. Dit is niet verplicht.')
      .fill('Wij heten sinds kort anders.');
    await page.getByRole('button', { name: 'Ik ben klaar' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Dank u wel!' }).count()).toBe(1);
  });

  it('shows the saved answers again when the respondent comes back with the same link', async () => {
    const { page } = session;
    await page.reload();
    await expect.poll(() => page.locator('details.kv-tie').count()).toBe(2);
    const tie = page.locator('details.kv-tie', { hasText: round.names[1] as string });
    // Earlier ties come back folded to their summary line; open one to see its answers.
    expect(await tie.getAttribute('open')).toBeNull();
    await tie.locator('summary').click();
    expect(await tie.getByRole('checkbox', { name: /werkt samen met/ }).isChecked()).toBe(true);
    expect(await tie.getByLabel('Toelichting (mag leeg blijven)').inputValue()).toBe(
      '<b>Samen</b> het spreekuur',
    );
    // Having answered, the privacy notice folds.
    expect(
      await page.locator('details', { hasText: 'Wat we bewaren en waarom' }).getAttribute('open'),
    ).toBeNull();
  });

  it('lets a second respondent answer at a desk, and remove everything again', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(round.links[1]?.path as string);
    const name = round.names[0] as string;
    await page.getByRole('searchbox', { name: 'Zoek een organisatie of groep' }).fill(name);
    await page.getByRole('button', { name: `Kies ${name}` }).click();
    const tie = page.locator('details.kv-tie', { hasText: name });
    await tie.getByRole('checkbox', { name: `Onze organisatie werkt samen met ${name}` }).check();
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Bewaard om/ })
          .count(),
      )
      .toBe(1);
    await expectAccessible(page);

    // Both named each other: on the map as either one's perspective.
    const perspectives = (await api(`/workspaces/${round.workspaceId}/perspectives?pageSize=100`)).items as {
      id: string;
      name: string;
    }[];
    const own = perspectives.find((perspective) => perspective.name === round.names[1]);
    const graph = await api(`/workspaces/${round.workspaceId}/graph?perspective=${own?.id}`);
    const ids = [round.links[0]?.actorId, round.links[1]?.actorId];
    expect(
      graph.relations.filter(
        (relation: { source: string; target: string; type: string }) =>
          ids.includes(relation.source) && ids.includes(relation.target) && relation.type === 'werkt_samen',
      ),
    ).toHaveLength(1);

    await page.getByRole('button', { name: 'Verwijder mijn antwoorden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Al uw antwoorden verwijderen?' });
    await dialog.getByRole('button', { name: 'Ja, verwijder alles' }).click();
    await expect.poll(() => page.getByText('Uw antwoorden zijn verwijderd.').count()).toBe(1);
    expect(await page.locator('details.kv-tie').count()).toBe(0);
  });

  it('shows the coordinator the ties on the map drawn as the respondent’s perspective', async () => {
    const { page, context, admin, server } = session;
    const [cookieName, cookieValue] = admin.cookie.split('=') as [string, string];
    await context.addCookies([
      { name: cookieName, value: cookieValue, url: server.url, httpOnly: true, sameSite: 'Strict' },
    ]);
    const perspectives = (await api(`/workspaces/${round.workspaceId}/perspectives?pageSize=100`)).items as {
      id: string;
      name: string;
    }[];
    const own = perspectives.find((perspective) => perspective.name === round.names[0]);
    await page.goto(`/werkruimtes/${round.workspaceId}?kaart=${own?.id}`);
    // The first respondent's two ties to roster spelers (werkt samen, financiert); the proposal waits.
    await expect.poll(async () => (await mapState(page))?.edges).toBe(2);
  });

  it('tells the coordinator on the Diagnose panel and in the round who did not answer, and what that means', async () => {
    const { page } = session;
    await page.goto(`/werkruimtes/${round.workspaceId}/diagnose`);
    const notice = page.getByTestId('survey-coverage');
    // The second respondent withdrew: one of the two answered.
    await expect
      .poll(() => notice.textContent(), { timeout: 20_000 })
      .toContain('Uitvraag “Samenwerking rond jeugd”: 1 van de 2 deelnemers antwoordden.');
    await expectAccessible(page);
    await notice.getByRole('link', { name: 'Respons en wat de kaart mist' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/werkruimtes/${round.workspaceId}/uitvraag`);
    await page.getByRole('button', { name: 'Samenwerking rond jeugd' }).click();
    const byForce = page.getByRole('table', { name: 'Respons per kracht' });
    await expect.poll(() => byForce.count(), { timeout: 20_000 }).toBe(1);
    // One is done, the other withdrew (no one to remind); the withdrawn answers count as not answered.
    expect(await page.getByRole('heading', { name: 'Nog niet klaar (0)' }).count()).toBe(1);
    // Both respondents are instellingen: 2 invited, 2 opened, 1 answered, 1 done, 50%.
    const cells = await byForce.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(cells).toEqual(['2', '2', '1', '1', '50%']);
    await expectAccessible(page);
  });

  it('answers a link that does not work with a plain page, the same for every reason', async () => {
    const { page, context } = session;
    await context.clearCookies();
    await page.goto('/uitvraag#dit-is-geen-echte-link');
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' }).count())
      .toBe(1);
    expect(await page.getByRole('alert').textContent()).toContain('Vraag degene die u de link stuurde');
    await expectAccessible(page);
  });
});
