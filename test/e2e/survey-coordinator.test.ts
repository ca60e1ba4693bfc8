/**
 * The coordinator's side of de uitvraag in real Chromium, on the demo werkruimte: a round is made (the form
 * says what is missing before asking the server), opened, and gets two respondents (one with contact data);
 * the new personal links are shown once and copied; new links come as a CSV file; a respondent (through the
 * API, with a token from that file) proposes a speler, which the coordinator then adds to the map. Axe looks
 * at the panel with the form open, with the links shown and with a proposal.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

const TITLE = 'Samenwerking in de wijk (proef)';
const WELZIJN = 'Welzijn Voorbeeldgemeente';
const GGD = 'GGD regio';
const PROPOSED = 'Buurtsportcoach Oost';

describe.skipIf(!HAS_CHROMIUM)('the uitvraag for a coordinator in the browser', () => {
  const session = useBrowserSession();
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
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByRole('button', { name: 'Uitvraag maken' }).click();
    await expect.poll(() => form.getByText('Kies de laatste dag van de uitvraag.').count()).toBe(1);
    expect(await form.getByRole('checkbox', { name: 'werkt samen met' }).isChecked()).toBe(true);
    await expectAccessible(page);
    await form.getByLabel('Laatste dag', { exact: true }).fill('2099-12-31');
    await form.getByRole('checkbox', { name: /^Opmerkingen over het profiel/ }).check();
    await form.getByRole('button', { name: 'Uitvraag maken' }).click();
    await expect.poll(() => panel.getByRole('heading', { level: 3, name: TITLE }).count()).toBe(1);
    await expect.poll(() => panel.getByText(/is gemaakt, als concept/).count()).toBe(1);

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

    const respondents = panel.getByRole('table', { name: `Deelnemers van “${TITLE}”` });
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
        answers: { ties: [{ proposed: { name: PROPOSED, force: 'professional' }, types: ['werkt_samen'] }] },
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
      .poll(() => panel.getByText(`“${PROPOSED}” is toegevoegd als nieuwe speler.`, { exact: false }).count())
      .toBe(1);
    await expect.poll(() => proposal.textContent()).toContain('Toegevoegd als speler');
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(68);
  });
});
