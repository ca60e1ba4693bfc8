/**
 * Mailing an uitvraag's respondents from the app, in real Chromium against a server with a mail server (a
 * real SMTP server the test starts): the eigenaar sees the mail section, is told at once about an unknown
 * placeholder, previews the mail for one respondent, switches to the English text and back, chooses who
 * gets it and sends; the result says per respondent what happened, and the mail that arrived holds a
 * working link. Axe looks at the section before and after sending.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReceivedMail, startSmtpServer, type TestSmtpServer } from '../helpers/smtp.ts';
import { type BrowserSession, expectAccessible, HAS_CHROMIUM, openBrowserSession } from './browser.ts';

const TITLE = 'Samenwerking rond jeugd (mail)';
const WELZIJN = 'Welzijn Voorbeeldgemeente';
const GGD = 'GGD regio';

describe.skipIf(!HAS_CHROMIUM)('mailing the uitvraag in the browser', () => {
  let smtp: TestSmtpServer;
  let session: BrowserSession;
  let workspaceId = '';

  beforeAll(async () => {
    smtp = await startSmtpServer();
    session = await openBrowserSession({
      env: {
        KRACHTENVELD_SMTP_URL: smtp.url,
        KRACHTENVELD_MAIL_FROM: 'Krachtenveld <krachtenveld@gemeente.example>',
      },
    });
  }, 60_000);
  afterAll(async () => {
    await session?.close();
    await smtp?.close();
  });

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
    const survey = await json(await post(`${base}/surveys`, { title: TITLE, closesOn: '2099-12-31' }));
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
    await panel.getByRole('button', { name: TITLE }).click();
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
    expect(previewText).toContain(`Doet u mee? ${TITLE}`);
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
    expect(sent.subject).toBe(`Doet u mee? ${TITLE}`);
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
