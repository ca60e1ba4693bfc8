/**
 * De uitvraag in real Chromium, in one browser session on one server (with a mail server the test starts),
 * as its users meet it, on the demo werkruimte:
 *
 * - the coordinator makes a round (the form says what is missing before asking the server), opens it, adds
 *   two respondents (one with contact data), sees and copies their links once, downloads new links as CSV,
 *   and adds a speler a respondent proposed to the map;
 * - an eigenaar mails an invitation from the app: an unknown placeholder is named while typing, the preview
 *   shows the mail, the result says per respondent what happened, and the mail that arrived holds a working
 *   link;
 * - respondents answer without an account, on a phone (390×844) and at a desk: what is stored and why
 *   first, finding spelers by mouse and keyboard, the round's questions, a proposed speler, an error summary
 *   when a save is refused, their answers again with the same link, and removing them; the coordinator then
 *   sees the ties on the map as the respondent's perspective, and on the Diagnose panel and in the round who
 *   did not answer and what that means; a link that does not work gets a plain page.
 *
 * Axe checks every state. One file, one session: each browser session costs a server start and a page load.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

const COORDINATOR_TITLE = 'Samenwerking in de wijk (proef)';
const MAIL_TITLE = 'Samenwerking rond jeugd (mail)';
const WELZIJN = 'Welzijn Voorbeeldgemeente';
const GGD = 'GGD regio';
const PROPOSED = 'Buurtsportcoach Oost';

// The user guide's uitvraag pictures: with KRACHTENVELD_SCREENSHOTS=1 (`npm run docs:screenshots`) into
// docs/images/, otherwise into a temporary folder that goes afterwards, so the pictures' path stays tested.
const SHOTS = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-survey-shots-'));
const shot = (target: Page | Locator, name: string) =>
  target.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });

interface Link {
  respondentId: string;
  actorId: string;
  token: string;
  path: string;
}

describe.skipIf(!HAS_CHROMIUM)('de uitvraag in the browser', () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => {
    if (!process.env.KRACHTENVELD_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
  });
  const session = useBrowserSession({
    env: () => ({
      KRACHTENVELD_SMTP_URL: smtp.url,
      KRACHTENVELD_MAIL_FROM: 'Krachtenveld <krachtenveld@gemeente.example>',
    }),
    cleanUp: () => smtp?.close(),
  });

  describe('for a coordinator', () => {
    let workspaceId = '';

    it('makes a round, opens it, adds two respondents and shows their links once, to copy', async () => {
      const { page, admin, context, server } = session;
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
      await page.setViewportSize({ width: 1440, height: 1000 });
      const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
        items: { id: string; name: string }[];
      };
      workspaceId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
      await page.goto(`/werkruimtes/${workspaceId}`);
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
      await page
        .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
        .getByRole('link', { name: 'Uitvraag' })
        .click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceId}/uitvraag`);
      const panel = page.getByRole('region', { name: 'Uitvraag', exact: true });
      await expect.poll(() => panel.getByText('Er is nog geen uitvraag.').count()).toBe(1);

      // The form says what is missing before asking the server.
      await panel.getByRole('button', { name: 'Nieuwe uitvraag' }).click();
      const form = panel.getByRole('form', { name: 'Nieuwe uitvraag' });
      await form.getByLabel('Titel').fill(COORDINATOR_TITLE);
      await form.getByRole('button', { name: 'Uitvraag maken' }).click();
      await expect.poll(() => form.getByText('Kies de laatste dag van de uitvraag.').count()).toBe(1);
      expect(await form.getByRole('checkbox', { name: 'werkt samen met' }).isChecked()).toBe(true);
      await expectAccessible(page);
      // Leaving the form with edits asks first; staying keeps them.
      let asked = '';
      page.once('dialog', (dialog) => {
        asked = dialog.message();
        void dialog.dismiss();
      });
      await page
        .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
        .getByRole('link', { name: 'Kaart', exact: true })
        .click();
      await expect.poll(() => asked).toContain('nog niet zijn opgeslagen');
      expect(new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceId}/uitvraag`);
      expect(await form.getByLabel('Titel').inputValue()).toBe(COORDINATOR_TITLE);
      await form.getByLabel('Laatste dag', { exact: true }).fill('2099-12-31');
      await form.getByRole('checkbox', { name: /^Het profiel van de eigen organisatie/ }).check();
      // The vraagstukken of the werkruimte can be asked about; the first is ticked.
      const topics = form.getByRole('group', { name: 'Vraagstukken' }).getByRole('checkbox');
      await expect.poll(() => topics.count()).toBeGreaterThan(0);
      await topics.first().check();
      // Tall enough for the whole form without scrolling (a scrolled element picture repeats the sticky bar).
      await page.setViewportSize({ width: 1440, height: 2400 });
      await shot(form, 'uitvraag-formulier');
      await page.setViewportSize({ width: 1440, height: 1000 });
      await form.getByRole('button', { name: 'Uitvraag maken' }).click();
      await expect
        .poll(() => panel.getByRole('heading', { level: 3, name: COORDINATOR_TITLE }).count())
        .toBe(1);
      await expect.poll(() => panel.getByText(/is gemaakt, als concept/).count()).toBe(1);
      // The round has its own address.
      expect(new URL(page.url()).pathname).toMatch(
        new RegExp(`^/werkruimtes/${workspaceId}/uitvraag/[0-9a-f-]{36}$`),
      );

      await panel.getByRole('button', { name: 'Uitvraag openen' }).click();
      await expect
        .poll(() =>
          panel.getByText('De uitvraag is open. De links werken tot en met 31 december 2099.').count(),
        )
        .toBe(1);

      // Two respondents: one found by typing and Enter, one chosen with the button; one with contact data.
      const search = panel.getByLabel('Zoek een speler om uit te nodigen');
      await search.fill('welzijn voorb');
      await search.press('Enter');
      await search.fill('GGD');
      await panel.getByRole('button', { name: 'Op de lijst zetten', exact: true }).click();
      await panel.getByLabel(`Contactpersoon voor ${WELZIJN}`).fill('Fatima Yilmaz');
      await panel.getByLabel(`E-mailadres voor ${WELZIJN}`).fill('welzijn@example.org');
      await panel.getByRole('button', { name: '2 deelnemers toevoegen' }).click();

      const links = panel.getByRole('region', { name: 'De links van de 2 nieuwe deelnemers' });
      await expect.poll(() => links.getByRole('textbox').count()).toBe(2);
      expect(await links.textContent()).toContain('U ziet de links alleen nu.');
      const link = await links.getByRole('textbox', { name: `Link voor ${GGD}` }).inputValue();
      expect(link).toMatch(new RegExp(`^${server.url}/uitvraag#[\\w-]{43}$`));
      await links.getByRole('button', { name: `Kopieer link voor ${GGD}` }).click();
      await expect
        .poll(() => links.getByText(`De link voor ${GGD} is gekopieerd.`, { exact: false }).count())
        .toBe(1);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
      await shot(links, 'uitvraag-links');

      const respondents = panel.getByRole('table', { name: `Deelnemers van “${COORDINATOR_TITLE}”` });
      await expect.poll(() => respondents.getByRole('row').count()).toBe(3);
      expect(await respondents.getByRole('row', { name: new RegExp(WELZIJN) }).textContent()).toContain(
        'welzijn@example.org',
      );
      await expectAccessible(page);
    });

    it('downloads new links as a CSV file, and adds a speler a respondent proposed', async () => {
      const { page, server } = session;
      const panel = page.getByRole('region', { name: 'Uitvraag', exact: true });
      await panel.getByRole('checkbox', { name: 'Alle deelnemers kiezen' }).check();
      await panel.getByRole('radio', { name: /^Downloaden als CSV-bestand/ }).check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        panel.getByRole('button', { name: 'Nieuwe links maken voor 2 deelnemers' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('uitvraag-links.csv');
      const [header, ...rows] = readFileSync(await download.path(), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(header).toBe('speler;kracht;contactpersoon;e-mailadres;link;sluitdatum');
      expect(rows).toHaveLength(2);
      const row = rows.find((line) => line.startsWith(WELZIJN)) as string;
      expect(row).toContain(';Fatima Yilmaz;welzijn@example.org;');
      await expect.poll(() => panel.getByText(/staan in het bestand uitvraag-links\.csv/).count()).toBe(1);

      // The respondent answers with the new link's token and proposes a speler that is not on the map.
      const token = row.match(/\/uitvraag#([\w-]{43});/)?.[1] as string;
      const answered = await fetch(`${server.url}/api/v1/survey-response/answers`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token,
          answers: {
            ties: [{ proposed: { name: PROPOSED, force: 'professional' }, types: ['werkt_samen'] }],
          },
        }),
      });
      expect(answered.status, await answered.clone().text()).toBe(200);

      await panel.getByRole('button', { name: 'Bijwerken' }).click();
      const proposals = panel.getByRole('table', { name: 'Voorgestelde spelers' });
      const proposal = proposals.getByRole('row', { name: new RegExp(PROPOSED) });
      await expect.poll(() => proposal.count()).toBe(1);
      expect(await proposal.textContent()).toContain('Wacht op uw besluit');
      await expectAccessible(page);
      await proposal.getByRole('button', { name: `${PROPOSED}: toevoegen als nieuwe speler` }).click();
      await expect
        .poll(() =>
          panel.getByText(`“${PROPOSED}” is toegevoegd als nieuwe speler.`, { exact: false }).count(),
        )
        .toBe(1);
      await expect.poll(() => proposal.textContent()).toContain('Toegevoegd als speler');
      await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(68);
    });
  });

  describe('mailing respondents', () => {
    let workspaceId = '';

    it('lets an eigenaar write, preview and send an invitation, and shows what was sent', async () => {
      const { page, admin, server } = session;
      const json = async (response: Response) => {
        expect(response.status, await response.clone().text()).toBeLessThan(300);
        return response.json();
      };
      const post = (path: string, body: unknown, method = 'POST') =>
        admin.fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const list = await json(await admin.fetch('/api/v1/workspaces'));
      workspaceId = list.items.find((item: { name: string }) => item.name === 'Voorbeeldgemeente').id;
      const base = `/api/v1/workspaces/${workspaceId}`;
      const actors = (await json(await admin.fetch(`${base}/actors?pageSize=500`))).items as {
        id: string;
        name: string;
      }[];
      const idOf = (name: string) => actors.find((actor) => actor.name === name)?.id as string;
      const other = actors.find((actor) => ![WELZIJN, GGD].includes(actor.name)) as { id: string };
      const survey = await json(await post(`${base}/surveys`, { title: MAIL_TITLE, closesOn: '2099-12-31' }));
      await json(
        await post(`${base}/surveys/${survey.id}`, { version: survey.version, state: 'open' }, 'PATCH'),
      );
      await json(
        await post(`${base}/surveys/${survey.id}/respondents`, {
          respondents: [
            { actorId: idOf(WELZIJN), contactName: 'Fatima Yilmaz', email: 'welzijn@example.org' },
            { actorId: idOf(GGD), email: 'ggd@example.org' },
            { actorId: other.id },
          ],
        }),
      );

      await page.goto(`/werkruimtes/${workspaceId}/uitvraag`);
      const panel = page.getByRole('region', { name: 'Uitvraag', exact: true });
      await panel.getByRole('button', { name: MAIL_TITLE }).click();
      const mail = panel.getByRole('region', { name: 'E-mail versturen' });
      await expect.poll(() => mail.getByText('De e-mail komt van Krachtenveld').count()).toBe(1);
      expect(await mail.getByLabel('Onderwerp').inputValue()).toBe('Uitnodiging: {titel}');
      // Both with an address are chosen; the third has none and is not on the list.
      expect(await mail.getByRole('checkbox').count()).toBe(2);
      expect(await mail.getByRole('checkbox', { name: new RegExp(`^${GGD}`) }).isChecked()).toBe(true);
      await expect.poll(() => mail.getByText('1 deelnemer heeft geen e-mailadres').count()).toBe(1);
      await expectAccessible(page);

      // An unknown placeholder is named while typing; the default text comes back with one click.
      const body = mail.getByLabel('Tekst van de e-mail');
      await body.fill(`${await body.inputValue()}\n{voornaam}`);
      await expect
        .poll(() => mail.getByText('{voornaam} kent Krachtenveld niet.', { exact: false }).count())
        .toBe(1);
      expect(await body.getAttribute('aria-invalid')).toBe('true');
      await mail.getByRole('button', { name: 'Standaardtekst terugzetten' }).click();
      await expect.poll(() => mail.getByText('kent Krachtenveld niet', { exact: false }).count()).toBe(0);

      // The English text is a choice away; the Dutch one stays as it was.
      await mail.getByLabel('Taal van de e-mail').selectOption('en');
      expect(await mail.getByLabel('Onderwerp').inputValue()).toBe('Invitation: {titel}');
      await mail.getByLabel('Taal van de e-mail').selectOption('nl');
      await mail.getByLabel('Onderwerp').fill('Doet u mee? {titel}');

      // Only Welzijn gets it; the preview shows that mail.
      await mail.getByRole('checkbox', { name: new RegExp(`^${GGD}`) }).uncheck();
      const preview = mail.getByRole('region', { name: 'Voorbeeld' });
      await expect.poll(() => preview.getByText('Beste Fatima Yilmaz,', { exact: false }).count()).toBe(1);
      const previewText = (await preview.textContent()) ?? '';
      expect(previewText).toContain('welzijn@example.org');
      expect(previewText).toContain(`Doet u mee? ${MAIL_TITLE}`);
      expect(previewText).toContain('[nieuwe persoonlijke link]');
      expect(previewText).toContain('tot en met 31 december 2099');

      await mail.getByRole('button', { name: 'Uitnodiging sturen naar 1 deelnemer' }).click();
      const dialog = page.getByRole('dialog', { name: 'E-mail versturen?' });
      await dialog.getByRole('button', { name: 'Versturen' }).click();
      const result = mail.getByRole('table', { name: 'Resultaat per deelnemer' });
      await expect.poll(() => result.getByRole('row').count()).toBe(2);
      expect(await result.getByRole('row', { name: new RegExp(WELZIJN) }).textContent()).toContain(
        'Verstuurd. De nieuwe link werkt',
      );
      await expectAccessible(page);

      await expect.poll(() => smtp.received.length).toBe(1);
      const [sent] = smtp.received as [ReceivedMail];
      expect(sent.envelopeTo).toEqual(['welzijn@example.org']);
      expect(sent.subject).toBe(`Doet u mee? ${MAIL_TITLE}`);
      const token = new RegExp(`${server.url}/uitvraag#([\\w-]{43})`).exec(sent.text)?.[1];
      expect(token, sent.text).toBeTruthy();
      const opened = await fetch(`${server.url}/api/v1/survey-response/open`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      expect(opened.status).toBe(200);
      expect((await opened.json()).respondent.actorName).toBe(WELZIJN);
    });
  });

  describe('for a respondent', () => {
    const round = {
      workspaceId: '',
      surveyId: '',
      links: [] as Link[],
      names: [] as string[],
      other: '',
      topic: { id: '', name: '' },
    };

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
      const [topic] = (await api(`/workspaces/${workspace.id}/topics?pageSize=10`)).items;
      if (!topic) throw new Error('the demo has no vraagstuk');
      round.topic = topic;
      const survey = await api(`/workspaces/${workspace.id}/surveys`, 'POST', {
        title: 'Samenwerking rond jeugd',
        intro: 'We willen weten wie met wie samenwerkt rond jeugd en gezin.',
        closesOn: '2099-12-31',
        relationTypes: ['werkt_samen', 'financiert', 'verwijst'],
        questions: ['frequentie', 'vertrouwen', 'waarde', 'profiel'],
        topicIds: [topic.id],
      });
      round.surveyId = survey.id;
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
      // The tie whole, at the phone's width (a viewport tall enough not to scroll).
      await page.setViewportSize({ width: 390, height: 2400 });
      await shot(tie, 'telefoon-uitvraag');
      await page.setViewportSize({ width: 390, height: 844 });
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
    });

    it('places spelers on the round’s vraagstuk and corrects the own profile, then says it is done', async () => {
      const { page } = session;
      const own = round.names[0] as string;
      const step = page.getByRole('region', { name: `Vraagstuk: ${round.topic.name}` });
      expect(await step.getByText('U hebt bij dit vraagstuk nog geen spelers gezet.').count()).toBe(1);
      // The own organisation and the spelers named as ties are one tap away.
      await step.getByRole('button', { name: `${own} toevoegen bij “${round.topic.name}”` }).click();
      const position = step.getByRole('group', { name: `${own} (uw eigen organisatie)` });
      await expect.poll(() => position.count()).toBe(1);
      await position.getByLabel('Invloed').selectOption({ label: '4: veel' });
      await position.getByLabel('Belang').selectOption({ label: '5: heel groot' });
      expect(await position.getByText(/Nog niet compleet/).count()).toBe(1);
      await position.getByLabel('Standpunt').selectOption({ label: 'voor' });
      await expect.poll(() => position.getByText(/Nog niet compleet/).count()).toBe(0);
      // Any other speler can be searched.
      await step.getByRole('searchbox', { name: 'Een andere speler zoeken' }).fill(round.other.slice(0, 5));
      await step.getByRole('button', { name: `${round.other} toevoegen bij “${round.topic.name}”` }).click();
      await expect.poll(() => step.getByRole('group').count()).toBe(2);

      const profile = page.getByRole('region', { name: 'Klopt de beschrijving van uw organisatie?' });
      await profile.getByLabel('Rol in de decentralisatie').fill('Wij coördineren de zorg rond gezinnen.');
      await expect
        .poll(() => profile.getByText('U hebt dit verbeterd. De organisator ziet uw tekst.').count())
        .toBe(1);
      await profile
        .getByLabel('Wilt u verder nog iets kwijt over uw organisatie? Dit is niet verplicht.')
        .fill('Wij heten sinds kort anders.');
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: /Bewaard om/ })
            .count(),
        )
        .toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await expectAccessible(page);
      await page.setViewportSize({ width: 390, height: 2400 });
      await shot(step, 'telefoon-uitvraag-vraagstuk');
      await page.setViewportSize({ width: 390, height: 844 });
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

    it('keeps a change the respondent makes just before leaving, while the page still waits to save it', async () => {
      const { page } = session;
      const tie = page.locator('details.kv-tie', { hasText: round.names[1] as string });
      await tie.getByLabel('Toelichting (mag leeg blijven)').fill('Samen het spreekuur, elke week');
      // Gone at once, well within the save delay: the page sends the answers as it goes.
      await page.goto('about:blank');
      const noteNow = async () => {
        const { answers } = await api('/survey-response/open', 'POST', { token: round.links[0]?.token });
        return (answers.ties as { actorId: string; note: string }[]).find(
          (candidate) => candidate.actorId === round.links[1]?.actorId,
        )?.note;
      };
      await expect.poll(noteNow).toBe('Samen het spreekuur, elke week');
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
      const perspectives = (await api(`/workspaces/${round.workspaceId}/perspectives?pageSize=100`))
        .items as {
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
      const perspectives = (await api(`/workspaces/${round.workspaceId}/perspectives?pageSize=100`))
        .items as {
        id: string;
        name: string;
      }[];
      const own = perspectives.find((perspective) => perspective.name === round.names[0]);
      await page.goto(`/werkruimtes/${round.workspaceId}?kaart=${own?.id}`);
      // The first respondent's two ties to roster spelers (werkt samen, financiert); the proposal waits.
      await expect.poll(async () => (await mapState(page))?.edges).toBe(2);
      // The complete position landed on the vraagstuk as the same perspective; the other waits unanswered.
      const positions = (
        await api(
          `/workspaces/${round.workspaceId}/topics/${round.topic.id}/positions?perspective=${own?.id}`,
        )
      ).items;
      expect(positions).toMatchObject([
        { actorId: round.links[0]?.actorId, invloed: 4, belang: 5, standpunt: 1 },
      ]);

      // The second respondent withdrew, so only the first names their werkt_samen tie: dashed on the map,
      // explained in the legend, and the relatie panel says who named it.
      const [first, second] = [round.links[0]?.actorId, round.links[1]?.actorId];
      const tie = (await api(`/workspaces/${round.workspaceId}/graph`)).relations.find(
        (r: { source: string; target: string; type: string }) =>
          r.type === 'werkt_samen' && [r.source, r.target].sort().join() === [first, second].sort().join(),
      );
      expect(tie.reportedBy).toBe(tie.source === first ? 'source' : 'target');
      const edgeType = (id: string) =>
        (
          globalThis as unknown as {
            __krachtenveldMap?: { graph: { getEdgeAttribute(edge: string, name: string): unknown } };
          }
        ).__krachtenveldMap?.graph.getEdgeAttribute(id, 'type');
      expect(await page.evaluate(edgeType, tie.id)).toBe('dashedLine');
      expect(await page.getByTestId('legend-one-sided').count()).toBe(1);
      await page.goto(`/werkruimtes/${round.workspaceId}/relaties/${tie.id}`);
      await expect
        .poll(() => page.getByTestId('relation-reported').textContent())
        .toBe(`Eenzijdig: alleen ${round.names[0]} noemde deze relatie in een uitvraag.`);
      await shot(page, 'uitvraag-eenzijdig');
    });

    it('shows the coordinator the profile correction beside the profile, to take over', async () => {
      const { page } = session;
      await page.goto(`/werkruimtes/${round.workspaceId}/uitvraag`);
      await page.getByRole('button', { name: 'Samenwerking rond jeugd', exact: true }).click();
      const checks = page.getByRole('region', { name: 'Profielen volgens de deelnemers' });
      await expect
        .poll(() => checks.getByText('Wij coördineren de zorg rond gezinnen.').count(), { timeout: 20_000 })
        .toBe(1);
      expect(await checks.textContent()).toContain('Wij heten sinds kort anders.');
      await expectAccessible(page);
      await checks
        .getByRole('button', {
          name: `Voorstel voor Rol in de decentralisatie van ${round.names[0]} overnemen`,
        })
        .click();
      await expect
        .poll(() => checks.getByText(/Rol in de decentralisatie van .* is aangepast/).count())
        .toBe(1);
      const actor = await api(`/workspaces/${round.workspaceId}/actors/${round.links[0]?.actorId}`);
      expect(actor.rol).toBe('Wij coördineren de zorg rond gezinnen.');
      // The list of checks is read again after the change: the proposal goes once it has been.
      await expect.poll(() => checks.getByRole('button', { name: /overnemen$/ }).count()).toBe(0);
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
      // Straight to the round: it has an address of its own.
      await expect
        .poll(() => new URL(page.url()).pathname)
        .toBe(`/werkruimtes/${round.workspaceId}/uitvraag/${round.surveyId}`);
      const byForce = page.getByRole('table', { name: 'Respons per kracht' });
      await expect.poll(() => byForce.count(), { timeout: 20_000 }).toBe(1);
      // One is done, the other withdrew (no one to remind); the withdrawn answers count as not answered.
      expect(await page.getByRole('heading', { name: 'Nog niet klaar (0)' }).count()).toBe(1);
      // Two respondents (of whichever kracht): both opened the link, one answered and is done.
      const rows = byForce.getByRole('row');
      const totals = [0, 0, 0, 0];
      for (let k = 1; k < (await rows.count()); k++) {
        const cells = await rows.nth(k).getByRole('cell').allTextContents();
        cells.slice(0, 4).forEach((cell, column) => {
          totals[column] = (totals[column] as number) + Number(cell);
        });
      }
      expect(totals).toEqual([2, 2, 1, 1]);
      await expectAccessible(page);
      await shot(page.locator('.kv-survey-results'), 'uitvraag-respons');
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
});
