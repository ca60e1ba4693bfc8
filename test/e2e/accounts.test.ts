/**
 * Accounts, roles, members and history in real Chromium: the first-administrator step and logging in and
 * out on a fresh installation; inviting a lezer with a link who joins in a second browser and sees no edit
 * controls, then is promoted; the history of the werkruimte and of one speler, with restoring a deleted
 * speler; stored markup in every text field staying text everywhere; and keyboard use and axe on the Leden
 * and Geschiedenis sections. Each section of a werkruimte is a panel beside the map, opened from the
 * werkruimte's navigation; a speler opens from the map's search.
 *
 * One Chromium for the file (test/helpers/shared-chromium.ts), each browser a context of its own in it, and
 * two servers. The members tests have one of their own: they change the demo. The fresh installation, once
 * its administrator is made and logged in, goes on to the history of its demo and to a werkruimte with
 * markup in every text field. (Its logins and the members tests' invitation links together would pass the
 * per-address login limit of 10 in 5 minutes.)
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../helpers/build-test-app.ts';
import { ADMIN_EMAIL, type HttpSession } from '../helpers/http-session.ts';
import { sharedChromium, useSessionIn } from '../helpers/shared-chromium.ts';
import { expectAccessible, HAS_CHROMIUM, mapState } from './browser.ts';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function apiJson<T>(session: HttpSession, path: string, init?: RequestInit): Promise<T> {
  const response = await session.fetch(`/api/v1${path}`, init);
  expect(response.ok, `${init?.method ?? 'GET'} ${path}: ${response.status}`).toBe(true);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

interface Graph {
  workspace: { id: string };
  actors: { id: string; name: string }[];
  relations: { id: string; source: string; target: string; type: string }[];
}

/** The page's focused element, as far as these tests look at it (the tests' TypeScript has no DOM types). */
interface FocusedElement {
  id: string;
  textContent: string | null;
  value?: string;
  selectionStart?: number | null;
  selectionEnd?: number | null;
  getAttribute(name: string): string | null;
}

/** Id and accessible label of the focused element, for keyboard checks. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = (globalThis as unknown as { document: { activeElement: FocusedElement | null } }).document
      .activeElement;
    return {
      id: element?.id ?? '',
      role: element?.getAttribute('role') ?? '',
      label: element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '',
    };
  });
}

/** Presses Tab until the focused element's label matches, failing after `max` presses. */
async function tabTo(page: Page, label: string | RegExp, max = 25): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (typeof label === 'string' ? now.label === label : label.test(now.label)) return;
    path.push(now.label.slice(0, 40));
  }
  throw new Error(`Tab never reached ${label}; it went through: ${path.join(' | ')}`);
}

async function openDemo(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
  await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
}

/** The werkruimte's id, from its address or that of any panel in it. */
function workspaceIdOf(page: Page): string {
  const id = new URL(page.url()).pathname.split('/')[2];
  if (!id) throw new Error(`not in a werkruimte: ${page.url()}`);
  return id;
}

/** Opens a section of the werkruimte beside the map (Leden, Geschiedenis …) and returns its region. */
async function openSection(page: Page, name: string, region = name) {
  await page
    .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
    .getByRole('link', { name, exact: true })
    .click();
  // The first region of that name: a register's table scrolls in a region named like its section.
  const section = page.getByRole('region', { name: region, exact: true }).first();
  await expect.poll(() => section.isVisible()).toBe(true);
  return section;
}

/** Opens a speler's panel through the map's search: its match is a link to the panel. */
async function openActor(page: Page, name: string) {
  await page.getByRole('searchbox', { name: 'Zoek een speler' }).fill(name);
  await page
    .getByRole('list', { name: 'Gevonden spelers' })
    .getByRole('link', { name: `${name} · ` })
    .first()
    .click();
  await expect.poll(() => page.getByRole('region', { name, exact: true }).count()).toBe(1);
  return page.getByRole('region', { name, exact: true });
}

const chromium = sharedChromium();

describe.skipIf(!HAS_CHROMIUM)('members, invitations and roles in the browser', () => {
  const session = useSessionIn(chromium);
  let guest: Page;
  const guestErrors: string[] = [];
  let link = '';

  beforeAll(async () => {
    // A second, separate browser (a context of its own): the invitee has no cookies of the eigenaar.
    guest = await (await chromium.newContext(session.server.url)).newPage();
    guest.on('pageerror', (error) => guestErrors.push(error.message));
  }, 60_000);
  afterAll(async () => {
    await guest?.context().close();
    expect(guestErrors, 'uncaught errors in the invitee’s page').toEqual([]);
  });

  it('lists the eigenaar and makes an invitation link for a lezer, with the keyboard', async () => {
    const { page, context, server } = session;
    await openDemo(page);
    const members = await openSection(page, 'Leden');
    expect(new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceIdOf(page)}/leden`);
    await expect.poll(() => members.getByRole('row', { name: /Beheerder/ }).count()).toBe(1);
    expect(await members.getByLabel('Rol van Beheerder', { exact: true }).inputValue()).toBe('eigenaar');
    expect(await members.getByText('beheer@example.org').count()).toBe(1);

    // A wrong number of days is refused beside the field.
    await members.getByLabel('Aantal dagen geldig').fill('31');
    await members.getByRole('button', { name: 'Link maken' }).click();
    await expect
      .poll(() => page.locator('#invite-days-error').textContent())
      .toBe('Kies een heel getal van 1 tot en met 30.');
    expect(await members.getByLabel('Aantal dagen geldig').getAttribute('aria-invalid')).toBe('true');
    await members.getByLabel('Aantal dagen geldig').fill('7');

    // Keyboard only: role, days, the button; the new link gets the focus, then "Kopieer link".
    await members.getByLabel('Rol van het nieuwe lid').focus();
    expect(await members.getByLabel('Rol van het nieuwe lid').inputValue()).toBe('lezer');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('invite-days');
    expect(await members.getByLabel('Aantal dagen geldig').inputValue()).toBe('7');
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Link maken');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).id).toBe('invite-link');
    link = await members.getByLabel('Uitnodigingslink').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/uitnodiging#[A-Za-z0-9_-]{43}$`));
    expect(await members.getByLabel('Uitnodigingslink').getAttribute('readonly')).not.toBeNull();
    await expect
      .poll(() => members.getByText(/Deze link werkt één keer, en alleen tot .*2\d{3}/).count())
      .toBe(1);

    // With a clipboard the link is copied…
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Kopieer link');
    await page.keyboard.press('Enter');
    await expect.poll(() => members.getByText('De link is gekopieerd.', { exact: false }).count()).toBe(1);
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      ),
    ).toBe(link);

    // …without one, the link is selected and the user is told to press Ctrl+C.
    await page.evaluate(() => {
      const { navigator } = globalThis as unknown as { navigator: object };
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    await members.getByRole('button', { name: 'Kopieer link' }).click();
    await expect
      .poll(() => members.getByText('kopieer de link met Ctrl+C', { exact: false }).count())
      .toBe(1);
    const selection = await page.evaluate(() => {
      const input = (globalThis as unknown as { document: { activeElement: FocusedElement } }).document
        .activeElement;
      return {
        id: input.id,
        start: input.selectionStart,
        end: input.selectionEnd,
        length: input.value?.length,
      };
    });
    expect(selection).toEqual({
      id: 'invite-link',
      start: 0,
      end: selection.length,
      length: selection.length,
    });

    const open = members.getByRole('table', { name: 'Uitnodigingen die nog niet zijn gebruikt' });
    await expect.poll(() => open.getByRole('row').count()).toBe(2);
    expect(await open.getByRole('button', { name: /^Intrekken: uitnodiging voor een lezer/ }).count()).toBe(
      1,
    );
    await expectAccessible(page);
  });

  it('lets the invitee make an account with the link and land in the werkruimte as lezer, read only', async () => {
    await guest.goto(link);
    await expect.poll(() => guest.getByRole('heading', { level: 1 }).textContent()).toBe('Uitnodiging');
    expect(
      await guest.getByText('U bent uitgenodigd voor de werkruimte Voorbeeldgemeente, als lezer.').count(),
    ).toBe(1);
    await guest.getByLabel('E-mailadres').fill('lotte@example.org');
    await guest.getByLabel('Uw naam').fill('Lotte Lezer');
    await guest.getByLabel('Wachtwoord', { exact: true }).fill(TEST_PASSWORD);
    await guest.getByRole('button', { name: 'Account maken en lid worden' }).click();

    await expect.poll(() => guest.getByRole('heading', { level: 1 }).textContent()).toBe('Voorbeeldgemeente');
    await expect.poll(async () => (await mapState(guest))?.nodes.length).toBe(67);
    // The title bar says the lezer can look but not change.
    expect(await guest.getByText('U kunt hier kijken, niet wijzigen (lezer)', { exact: false }).count()).toBe(
      1,
    );
    // No control that changes the map, in the toolbar or in any section.
    expect(await guest.getByRole('link', { name: /^Speler toevoegen$/ }).count()).toBe(0);
    expect(await guest.getByRole('button', { name: /^Speler toevoegen$/ }).count()).toBe(0);
    const sections: [string, RegExp[]][] = [
      ['Uitwisselen', [/^Inlezen$/]],
      ['Geschiedenis', [/^Terugzetten/]],
      ['Leden', [/^Link maken$/, /^Opslaan: rol/]],
    ];
    for (const [section, buttons] of sections) {
      await openSection(guest, section);
      for (const name of buttons) {
        expect(await guest.getByRole('button', { name }).count(), `${section}: ${name}`).toBe(0);
      }
    }
    // The form for a new speler is not there for a lezer, not even at its own address.
    await guest.goto(`/werkruimtes/${workspaceIdOf(guest)}/spelers/nieuw`);
    await expect.poll(() => guest.getByRole('heading', { level: 2, name: 'Niet gevonden' }).count()).toBe(1);
    expect(await guest.getByRole('form', { name: 'Speler toevoegen' }).count()).toBe(0);
    const panel = await openActor(guest, 'Wijkteam Noord');
    for (const name of ['Bewerken', 'Speler verwijderen', 'Relatie toevoegen', 'Relatie verwijderen']) {
      expect(await panel.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await panel.getByRole('listitem').filter({ hasText: 'Wijkteam Noord' }).count()).toBeGreaterThan(
      0,
    );
    const members = await openSection(guest, 'Leden');
    expect(
      await members.getByText('Alleen een eigenaar kan leden uitnodigen', { exact: false }).count(),
    ).toBe(1);
    expect(await members.getByRole('combobox').count()).toBe(0);
    await expect.poll(() => members.getByRole('row', { name: /Lotte Lezer/ }).count()).toBe(1);
    await expectAccessible(guest);

    // The link worked once: opening it again says so.
    await guest.goto(link);
    await expect.poll(() => guest.getByRole('alert').textContent()).toMatch(/al gebruikt/);
  });

  it('shows the new member to the eigenaar, who promotes them to redacteur', async () => {
    const { page } = session;
    await page.reload();
    // The reload keeps the open section: its address is /leden.
    const members = page.getByRole('region', { name: 'Leden', exact: true });
    await expect.poll(() => members.getByRole('row', { name: /Lotte Lezer/ }).count()).toBe(1);
    expect(await members.getByText('lotte@example.org').count()).toBe(1);
    expect(await members.getByText('Er zijn geen open uitnodigingen.').count()).toBe(1);

    const select = members.getByLabel('Rol van Lotte Lezer', { exact: true });
    expect(await select.inputValue()).toBe('lezer');
    await select.selectOption('redacteur');
    await select.focus();
    await page.keyboard.press('Tab');
    expect((await focused(page)).label).toBe('Opslaan: rol van Lotte Lezer');
    await page.keyboard.press('Enter');
    await expect.poll(() => members.getByText('Lotte Lezer is nu redacteur.').count()).toBe(1);
    const history = await openSection(page, 'Geschiedenis');
    await expect
      .poll(() => history.getByRole('listitem').first().textContent())
      .toContain('Beheerder gaf Lotte Lezer de rol redacteur: was lezer');
    expect(await history.getByText('Lotte Lezer werd lid als lezer').count()).toBe(1);

    // The redacteur's page now has the edit controls, and no read-only notice; inviting stays the eigenaar's.
    await guest.goto('/');
    await guest.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await expect.poll(() => guest.getByRole('link', { name: 'Speler toevoegen' }).count()).toBe(1);
    expect(await guest.getByText('U kunt hier kijken, niet wijzigen', { exact: false }).count()).toBe(0);
    await openSection(guest, 'Leden');
    expect(await guest.getByRole('button', { name: 'Link maken' }).count()).toBe(0);
  });

  it('keeps the last eigenaar, with the server’s message shown clearly', async () => {
    const { page } = session;
    const members = await openSection(page, 'Leden');
    await members.getByRole('button', { name: 'Uit de werkruimte halen: Beheerder' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lid uit de werkruimte halen' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByText('uzelf', { exact: false }).count()).toBe(1);
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await members.getByRole('button', { name: 'Uit de werkruimte halen: Beheerder' }).click();
    await dialog.getByRole('button', { name: 'Uit de werkruimte halen' }).click();
    await expect
      .poll(() => members.getByRole('alert').textContent())
      .toBe('Een werkruimte heeft altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.');

    await members.getByLabel('Rol van Beheerder', { exact: true }).selectOption('lezer');
    await members.getByRole('button', { name: 'Opslaan: rol van Beheerder' }).click();
    await expect.poll(() => members.getByRole('alert').textContent()).toMatch(/minstens één eigenaar/);
    await expect
      .poll(() => members.getByLabel('Rol van Beheerder', { exact: true }).inputValue())
      .toBe('eigenaar');
    expect(await page.getByRole('link', { name: 'Speler toevoegen' }).count()).toBe(1);
  });

  it('revokes an open invitation', async () => {
    const { page } = session;
    const members = page.getByRole('region', { name: 'Leden', exact: true });
    await members.getByLabel('Rol van het nieuwe lid').selectOption('redacteur');
    await members.getByLabel('Aantal dagen geldig').fill('1');
    await members.getByRole('button', { name: 'Link maken' }).click();
    const revoke = members.getByRole('button', { name: /^Intrekken: uitnodiging voor een redacteur/ });
    await expect.poll(() => revoke.count()).toBe(1);
    const revoked = await members.getByLabel('Uitnodigingslink').inputValue();
    await revoke.click();
    await expect
      .poll(() => members.getByText('De uitnodiging is ingetrokken.', { exact: false }).count())
      .toBe(1);
    await expect.poll(() => members.getByText('Er zijn geen open uitnodigingen.').count()).toBe(1);
    const history = await openSection(page, 'Geschiedenis');
    await expect
      .poll(() => history.getByRole('listitem').first().textContent())
      .toContain('Beheerder trok een uitnodigingslink voor een redacteur in');

    await guest.goto(revoked);
    await expect.poll(() => guest.getByRole('alert').textContent()).toMatch(/ingetrokken/);
  });
});

describe.skipIf(!HAS_CHROMIUM)('a fresh installation, then its history and stored markup', () => {
  // In this order: the first administrator is made on the fresh installation; the history tests work in the
  // demo, the markup test in a werkruimte of its own (and the list of werkruimtes), so neither sees what the
  // other changed. The markup test goes last, as it leaves a listener that dismisses any dialog.
  const session = useSessionIn(chromium, { signedIn: false });

  describe('a fresh installation in the browser', () => {
    it('makes the first administrator, refusing a short password beside the field', async () => {
      const { page } = session;
      await page.goto('/');
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent())
        .toBe('Welkom bij Krachtenveld');
      await expectAccessible(page);

      await page.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
      await page.getByLabel('Uw naam').fill('Beheerder');
      await page.getByLabel('Wachtwoord', { exact: true }).fill('te kort');
      await page.getByRole('button', { name: 'Account aanmaken en beginnen' }).click();
      await expect.poll(() => page.locator('#setup-password-error').textContent()).toMatch(/minstens 12/);
      expect(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);

      await page.getByLabel('Wachtwoord', { exact: true }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Account aanmaken en beginnen' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Werkruimtes');
      await expect.poll(() => page.getByRole('link', { name: 'Voorbeeldgemeente' }).count()).toBe(1);
      expect(await page.getByText('Uw rol: eigenaar').count()).toBe(1);
    });

    it('logs out, refuses a wrong password with one message for every mistake, and logs in again', async () => {
      const { page } = session;
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Inloggen');
      await expectAccessible(page);

      const message = 'Het e-mailadres of het wachtwoord klopt niet.';
      for (const email of [ADMIN_EMAIL, 'niemand@example.org']) {
        await page.getByLabel('E-mailadres').fill(email);
        await page.getByLabel('Wachtwoord', { exact: true }).fill('fout wachtwoord 123');
        await page.getByRole('button', { name: 'Inloggen' }).click();
        await expect.poll(() => page.locator('#login-form-error').textContent()).toContain(message);
        // The same words whether the account exists or not: nothing to learn about who has an account.
        expect(await page.locator('#login-form-error').textContent()).toMatch(new RegExp(`${message}$`));
      }

      await page.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
      await page.getByLabel('Wachtwoord', { exact: true }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await expect.poll(() => page.getByRole('link', { name: 'Voorbeeldgemeente' }).count()).toBe(1);
    });
  });

  describe('history in the browser', () => {
    // The administrator made above, logged in on the page: the tests' requests go through its session.
    beforeAll(() => session.signInFromPage());

    it('shows an edit in the werkruimte’s history and in the speler’s own', async () => {
      const { page } = session;
      await openDemo(page);
      const history = await openSection(page, 'Geschiedenis');
      await expect
        .poll(() => history.getByRole('listitem').first().textContent())
        .toContain(
          'Import van bestand demo door Krachtenveld (voorbeeld): 67 spelers toegevoegd; 210 relaties toegevoegd',
        );

      let panel = await openActor(page, 'Wijkteam Noord');
      await panel.getByRole('button', { name: 'Bewerken' }).click();
      await panel.getByLabel('Kenmerken').fill('Werkt vanuit het buurthuis.');
      await panel.getByLabel('Labels').fill('wet:Wmo, team');
      await panel.getByRole('button', { name: 'Opslaan' }).click();
      await expect.poll(() => panel.getByText('Opgeslagen.').count()).toBe(1);

      const sentence = 'Beheerder wijzigde speler Wijkteam Noord: kenmerken en labels';
      await openSection(page, 'Geschiedenis');
      await expect.poll(() => history.getByRole('listitem').first().textContent()).toContain(sentence);
      const when = await history.getByRole('listitem').first().locator('time').getAttribute('datetime');
      expect(Date.now() - Date.parse(when ?? '')).toBeLessThan(60_000);

      panel = await openActor(page, 'Wijkteam Noord');
      const toggle = panel.getByRole('button', { name: 'Geschiedenis', exact: true });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      const own = panel.locator('#actor-history');
      await expect.poll(() => own.getByRole('listitem').count()).toBe(2);
      expect(await own.getByRole('listitem').first().textContent()).toContain(sentence);
      expect(await own.getByRole('listitem').last().textContent()).toContain('Import van bestand demo');
      await expectAccessible(page);
    });

    it('restores a deleted speler with its relaties, from the history, with the keyboard', async () => {
      const { page, admin } = session;
      const workspaceId = workspaceIdOf(page);
      const graph = await apiJson<Graph>(admin, `/workspaces/${workspaceId}/graph`);
      const makelaar = graph.actors.find((actor) => actor.name === 'Sociaal makelaar');
      const ties = graph.relations.filter(
        (r) => r.source === makelaar?.id || r.target === makelaar?.id,
      ).length;
      expect(ties).toBeGreaterThan(1);

      const panel = await openActor(page, 'Sociaal makelaar');
      await panel.getByRole('button', { name: 'Speler verwijderen' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Speler verwijderen' }).click();
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(66);

      const history = await openSection(page, 'Geschiedenis');
      await expect
        .poll(() => history.getByRole('listitem').first().textContent())
        .toContain(`Beheerder verwijderde speler Sociaal makelaar: ${ties} relaties gingen mee`);
      const restore = history.getByRole('button', { name: 'Terugzetten: speler Sociaal makelaar' });
      await restore.focus();
      await page.keyboard.press('Enter');
      await expect
        .poll(() => history.getByRole('status').textContent())
        .toBe(`Speler “Sociaal makelaar” is teruggezet, met ${ties} relaties.`);
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
      expect((await mapState(page))?.edges).toBe(210);
      expect(await restore.count()).toBe(0);
      // The keyboard user's place moved to the message, not to the top of the page.
      await expect.poll(async () => (await focused(page)).role).toBe('status');
      await expect
        .poll(() => history.getByRole('listitem').first().textContent())
        .toContain(`Beheerder zette speler Sociaal makelaar terug: met ${ties} relaties`);
      // Back in the register of spelers, too.
      const register = await openSection(page, 'Spelers');
      await register.getByLabel('Zoek in de lijst van spelers').fill('Sociaal makelaar');
      await expect
        .poll(() => register.getByRole('button', { name: 'Sociaal makelaar', exact: true }).count())
        .toBe(1);
    });

    it('says which relaties could not come back because the other speler is gone too', async () => {
      const { page, admin } = session;
      const workspaceId = workspaceIdOf(page);
      const graph = await apiJson<Graph>(admin, `/workspaces/${workspaceId}/graph`);
      const name = (id: string) => graph.actors.find((actor) => actor.id === id)?.name as string;
      const tie = graph.relations[0];
      if (!tie) throw new Error('the demo has relaties');
      const between = graph.relations.filter(
        (r) =>
          (r.source === tie.source && r.target === tie.target) ||
          (r.source === tie.target && r.target === tie.source),
      ).length;
      await apiJson(admin, `/workspaces/${workspaceId}/actors/${tie.source}`, { method: 'DELETE' });
      await apiJson(admin, `/workspaces/${workspaceId}/actors/${tie.target}`, { method: 'DELETE' });
      await page.reload();
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(65);

      const history = await openSection(page, 'Geschiedenis');
      await history.getByRole('button', { name: `Terugzetten: speler ${name(tie.source)}` }).click();
      await expect
        .poll(() => history.getByRole('status').textContent())
        .toContain(
          between === 1
            ? '1 relatie kwam niet terug, omdat de andere speler er niet meer is'
            : `${between} relaties kwamen niet terug, omdat de andere speler er niet meer is`,
        );
      expect(await history.getByRole('status').textContent()).toContain(name(tie.source));
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(66);
      // The other speler can still come back.
      expect(
        await history.getByRole('button', { name: `Terugzetten: speler ${name(tie.target)}` }).count(),
      ).toBe(1);
    });

    it('pages through a long history with the keyboard, and passes axe', async () => {
      const { page, admin } = session;
      const workspaceId = workspaceIdOf(page);
      for (let i = 0; i < 22; i++) {
        const workspace = await apiJson<{ version: number }>(admin, `/workspaces/${workspaceId}`);
        await apiJson(
          admin,
          `/workspaces/${workspaceId}`,
          json('PATCH', { version: workspace.version, description: `Versie ${i}` }),
        );
      }
      await page.reload();
      // The reload keeps the open section: its address is /geschiedenis.
      expect(new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceId}/geschiedenis`);
      const history = page.getByRole('region', { name: 'Geschiedenis', exact: true });
      await expect
        .poll(() => history.getByRole('listitem').first().textContent())
        .toContain('Beheerder wijzigde de werkruimte: toelichting');
      expect(await history.getByRole('listitem').count()).toBe(20);
      const pager = history.getByRole('navigation', { name: 'Pagina’s van de geschiedenis' });
      expect(await pager.getByText('Pagina 1 van 2').count()).toBe(1);

      await history.getByRole('listitem').last().locator('time').scrollIntoViewIfNeeded();
      // From the section's heading (where the focus lands when the panel opens), Tab reaches the pager's
      // "Volgende" past nothing but the pager ("Vorige" is disabled on page 1).
      await history.getByRole('heading', { level: 2, name: 'Geschiedenis' }).focus();
      await tabTo(page, 'Volgende', 3);
      await page.keyboard.press('Enter');
      await expect.poll(() => pager.getByText('Pagina 2 van 2').count()).toBe(1);
      await expect
        .poll(() => history.getByRole('listitem').last().textContent())
        .toContain('Import van bestand demo');
      // "Volgende" is disabled on the last page: the focus went to "Vorige", not to the top of the page.
      await expect.poll(async () => (await focused(page)).label).toBe('Vorige');
      await page.keyboard.press('Enter');
      await expect.poll(() => pager.getByText('Pagina 1 van 2').count()).toBe(1);
      await expect.poll(async () => (await focused(page)).label).toBe('Volgende');
      await expectAccessible(page);
    });
  });

  const PAYLOADS = {
    img: '<img src=x onerror="window.__xss=1">',
    script: '<script>window.__xss=1</script>',
    svg: '"><svg onload=window.__xss=1>',
    js: 'javascript:window.__xss=1',
  } as const;

  describe('stored markup stays text in the web app', () => {
    it('shows every text field as text on every page, running nothing', async () => {
      const { page, admin, server } = session;
      const { img, script, svg, js } = PAYLOADS;
      const workspace = await apiJson<{ id: string }>(
        admin,
        '/workspaces',
        json('POST', { name: img, gemeente: 'GM0363', wijken: [svg, js], description: script }),
      );
      const base = `/workspaces/${workspace.id}`;
      // A javascript: website is refused by the API; a quote in an https address is the attempt left.
      const refused = await admin.fetch(
        `/api/v1${base}/actors`,
        json('POST', { name: 'x', force: 'bewoner', kind: 'team', website: js }),
      );
      expect(refused.status).toBe(400);
      const website = `https://example.org/?q=${svg}`;
      const first = await apiJson<{ id: string; version: number }>(
        admin,
        `${base}/actors`,
        json('POST', {
          name: img,
          force: 'bewoner',
          kind: 'initiatief',
          achtergrond: script,
          motieven: svg,
          kenmerken: js,
          perspectief: img,
          rol: script,
          belangen: svg,
          wijken: [svg, js],
          tags: [script, `wet:${svg}`],
          website,
          sources: [img, js],
        }),
      );
      const second = await apiJson<{ id: string }>(
        admin,
        `${base}/actors`,
        json('POST', { name: svg, force: 'gemeente', kind: 'team' }),
      );
      const third = await apiJson<{ id: string }>(
        admin,
        `${base}/actors`,
        json('POST', { name: script, force: 'rijk', kind: 'organisatie' }),
      );
      const funding = await apiJson<{ id: string }>(
        admin,
        `${base}/relations`,
        json('POST', {
          sourceId: first.id,
          targetId: second.id,
          type: 'financiert',
          description: script,
          sources: [svg],
        }),
      );
      // Who says so, in hostile words: a perspective's name and its note on the relatie.
      const says = await apiJson<{ id: string }>(admin, `${base}/perspectives`, json('POST', { name: img }));
      await apiJson(
        admin,
        `${base}/relations/${funding.id}/assessments`,
        json('POST', { perspectiveId: says.id, strength: 2, note: img }),
      );
      await apiJson(
        admin,
        `${base}/relations`,
        json('POST', { sourceId: second.id, targetId: third.id, type: 'spanning', description: js }),
      );
      await apiJson(
        admin,
        `${base}/actors/${first.id}`,
        json('PATCH', { version: first.version, kenmerken: `${js} ${img}` }),
      );
      await apiJson(admin, `${base}/actors/${third.id}`, { method: 'DELETE' });
      const file = new FormData();
      file.append(
        'file',
        new Blob(['naam;kracht;soort\nImport;bewoner;initiatief\n'], { type: 'text/csv' }),
        `${svg}.csv`,
      );
      expect((await admin.fetch(`/api/v1${base}/import`, { method: 'POST', body: file })).status).toBe(200);
      // A member whose name is markup, through an invitation.
      const invitation = await apiJson<{ token: string }>(
        admin,
        `${base}/invitations`,
        json('POST', { role: 'lezer', expiresInDays: 3 }),
      );
      const accepted = await fetch(
        `${server.url}/api/v1/invitations/accept`,
        json('POST', {
          token: invitation.token,
          account: { email: 'xss@example.org', displayName: img, password: TEST_PASSWORD },
        }),
      );
      expect(accepted.status).toBe(200);
      const open = await apiJson<{ token: string; path: string }>(
        admin,
        `${base}/invitations`,
        json('POST', { role: 'redacteur', expiresInDays: 3 }),
      );

      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const ranNothing = async (where: string) => {
        expect(
          await page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss),
          where,
        ).toBeUndefined();
        expect(dialogs, where).toEqual([]);
        // No element from the payloads made it into the page as markup.
        expect(
          await page.locator('img[src="x"], [onerror], [onload], a[href^="javascript:"]').count(),
          where,
        ).toBe(0);
      };
      const shows = async (text: string, scope = page.locator('body')) =>
        expect.poll(() => scope.getByText(text, { exact: false }).count()).toBeGreaterThan(0);

      await page.goto('/');
      await expect.poll(() => page.getByRole('link', { name: img }).count()).toBe(1);
      await ranNothing('werkruimtes list');

      await page.getByRole('link', { name: img }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(img);
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(3);
      // The title bar shows the start of the description; the Over panel all of it.
      await shows(script, page.locator('.kv-workspace-bar'));
      await shows(script, await openSection(page, 'Over', 'Over deze werkruimte'));
      await ranNothing('title bar and about');
      // The map's search lists matches as links.
      await page.getByRole('searchbox', { name: 'Zoek een speler' }).fill('on');
      await shows(img, page.getByRole('list', { name: 'Gevonden spelers' }));
      await page.getByRole('searchbox', { name: 'Zoek een speler' }).fill('');
      await ranNothing('search');
      const relaties = await openSection(page, 'Relaties');
      await shows(svg, relaties);
      await shows(img, relaties);
      const register = await openSection(page, 'Spelers');
      await shows(svg, register);
      await shows(img, register);
      await ranNothing('map and registers');

      await register.getByRole('button', { name: img, exact: true }).click();
      const panel = page.getByRole('region', { name: img, exact: true });
      await expect.poll(() => panel.count()).toBe(1);
      for (const text of [script, svg, js, img, `wet:${svg}`]) await shows(text, panel);
      const websiteLink = panel.getByRole('link', { name: website });
      expect(await websiteLink.getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
      await panel.getByRole('button', { name: 'Geschiedenis', exact: true }).click();
      await shows(`Beheerder wijzigde speler ${img}: kenmerken`, panel);
      await ranNothing('speler panel');

      await openSection(page, 'Diagnose', 'Diagnose: waar valt de samenwerking uiteen?');
      await expect.poll(() => page.getByTestId('diagnose-headline').count()).toBe(1);
      await ranNothing('diagnose');

      const history = await openSection(page, 'Geschiedenis');
      await shows(`Beheerder verwijderde speler ${script}`, history);
      await shows(`Beheerder voegde de relatie ${img} financiert ${svg} toe`, history);
      await shows(`Import van bestand %22><svg onload=window.__xss=1>.csv door Beheerder`, history);
      await shows(`${img} werd lid als lezer`, history);
      expect(await history.getByRole('button', { name: `Terugzetten: speler ${script}` }).count()).toBe(1);
      const members = await openSection(page, 'Leden');
      await shows(img, members);
      expect(await members.getByLabel(`Rol van ${img}`, { exact: true }).inputValue()).toBe('lezer');
      await ranNothing('history and members');

      // The restore message names the speler too.
      await openSection(page, 'Geschiedenis');
      await history.getByRole('button', { name: `Terugzetten: speler ${script}` }).click();
      await expect
        .poll(() => history.getByRole('status').textContent())
        .toContain(`Speler “${script}” is teruggezet`);
      await ranNothing('restore');

      // The invitation page shows the werkruimte's name as text.
      await page.goto(open.path);
      await shows(`U bent uitgenodigd voor de werkruimte ${img}, als redacteur.`);
      await ranNothing('invitation page');
    });
  });
});
