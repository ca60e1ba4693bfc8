/**
 * Het stadsgesprek in real Chromium, as a room meets it, on the demo werkruimte: the facilitator starts a
 * meeting on a vraagstuk from the Bijeenkomsten panel and opens the projection in a second window; two
 * phones (390×844, their own browser profiles, no account) join, one from the QR code's address and one by
 * typing the code; one names a missing speler, the other a tie; the facilitator accepts both with the
 * keyboard; the projection and the other phone show them at once; a phone says "klopt"; the facilitator
 * closes the meeting and reads the summary, and the phones see that it is closed.
 *
 * Axe checks the join, participant, facilitator and projection pages. The user guide's pictures of the
 * three screens are taken here (`npm run docs:screenshots`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedChromium, useSessionIn } from '../helpers/shared-chromium.ts';
import { drawnLabels, expectAccessible, HAS_CHROMIUM, mapState } from './browser.ts';

const MEETING = 'Stadsgesprek Noord';
const NEW_SPELER = 'Buurtkamer De Hoek';
const WELZIJN = 'Welzijn Voorbeeldgemeente';
const GGD = 'GGD regio';

const SHOTS = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-meeting-shots-'));
const shot = (target: Page | Locator, name: string) =>
  target.screenshot({ path: join(SHOTS, `${name}.png`), animations: 'disabled' });

const chromium = sharedChromium();

describe.skipIf(!HAS_CHROMIUM)('het stadsgesprek in the browser', () => {
  const session = useSessionIn(chromium);
  let anna: Page;
  let piet: Page;
  let projection: Page;
  let workspaceId = '';
  let code = '';

  beforeAll(async () => {
    // The phones: one context (cookies, storage) each in the file's Chromium, as a browser of their own.
    const phone = async (): Promise<BrowserContext> =>
      (await chromium.browser()).newContext({
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        baseURL: session.server.url,
      });
    anna = await (await phone()).newPage();
    piet = await (await phone()).newPage();
  }, 60_000);
  afterAll(async () => {
    await anna?.context().close();
    await piet?.context().close();
    if (!process.env.KRACHTENVELD_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
  });

  const panel = () => session.page.getByRole('region', { name: 'Bijeenkomsten', exact: true });

  it('lets a facilitator start a meeting on a vraagstuk in a few steps', async () => {
    const { page, admin } = session;
    await page.setViewportSize({ width: 1440, height: 1000 });
    const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { id: string; name: string }[];
    };
    workspaceId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
    await page.goto(`/werkruimtes/${workspaceId}`);
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);

    const started = Date.now();
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Bijeenkomsten' })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/werkruimtes/${workspaceId}/bijeenkomsten`);
    await panel().getByRole('button', { name: 'Nieuwe bijeenkomst' }).click();
    const form = panel().getByRole('form', { name: 'Nieuwe bijeenkomst' });
    await form.getByLabel('Naam', { exact: true }).fill(MEETING);
    const topic = form.getByLabel('Vraagstuk (niet verplicht)');
    await expect.poll(() => topic.locator('option').count()).toBeGreaterThan(1);
    await topic.selectOption({ index: 1 });
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Beginnen' }).click();

    await expect.poll(() => panel().getByRole('heading', { level: 3, name: MEETING }).count()).toBe(1);
    expect(new URL(page.url()).pathname).toMatch(
      new RegExp(`^/werkruimtes/${workspaceId}/bijeenkomsten/[0-9a-f-]{36}$`),
    );
    const meetings = (await (await admin.fetch(`/api/v1/workspaces/${workspaceId}/meetings`)).json()) as {
      items: { code: string; name: string }[];
    };
    code = meetings.items.find((meeting) => meeting.name === MEETING)?.code as string;
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await expect
      .poll(() =>
        panel()
          .getByRole('img', { name: new RegExp(`QR-code.*${code}`) })
          .count(),
      )
      .toBe(1);
    // Scripted this takes seconds; the issue asks a person to manage it in under a minute.
    expect(Date.now() - started).toBeLessThan(60_000);
    await expectAccessible(page);
  });

  it('opens the projection for the big screen, with the code to join', async () => {
    const { context } = session;
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      panel()
        .getByRole('link', { name: /Scherm voor de zaal openen/ })
        .click(),
    ]);
    projection = opened;
    await projection.setViewportSize({ width: 1920, height: 1080 });
    await projection.waitForURL(/\/scherm$/);
    await expect.poll(() => projection.getByRole('heading', { level: 1, name: MEETING }).count()).toBe(1);
    await expect.poll(async () => (await projection.textContent('body')) ?? '').toContain(code.slice(3));
    await expect.poll(async () => (await mapState(projection))?.nodes.length).toBe(67);
    await expectAccessible(projection);
  });

  it('lets two phones join without an account, by the QR address and by typing the code', async () => {
    // Anna scans the QR code: its address carries the code.
    await anna.goto(`/doe-mee?code=${code}`);
    await expect.poll(() => anna.getByRole('heading', { level: 1 }).first().textContent()).toContain(MEETING);
    await expectAccessible(anna);
    await anna.getByRole('radio', { name: 'Bewoners' }).check();
    await anna.getByLabel(/Uw voornaam of bijnaam/).fill('Anna');
    await anna.getByRole('button', { name: 'Meedoen' }).click();
    await expect.poll(() => anna.getByText('U spreekt voor: Bewoners. Uw naam: Anna.').count()).toBe(1);
    await expectAccessible(anna);

    // Piet types it, in lower case with a space.
    await piet.goto('/doe-mee');
    await expectAccessible(piet);
    await piet.getByLabel('Code', { exact: true }).fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    await piet.getByRole('button', { name: 'Verder' }).click();
    await piet.getByRole('radio', { name: 'Professionals' }).check();
    await piet.getByRole('button', { name: 'Meedoen' }).click();
    await expect.poll(() => piet.getByText('U spreekt voor: Professionals.').count()).toBe(1);

    // The facilitator sees who joined, per group.
    const counts = panel().getByRole('table', { name: 'Deelnemers en bijdragen per groep' });
    await expect
      .poll(async () => (await counts.getByRole('row', { name: /Bewoners/ }).textContent()) ?? '')
      .toMatch(/1/);
  });

  it('sends a missing speler and a tie from the phones; the facilitator accepts both with the keyboard', async () => {
    await anna.getByLabel('Naam van de speler').fill(NEW_SPELER);
    await anna.getByLabel('Bij welke kracht hoort deze speler?').selectOption('bewoner');
    await anna.getByLabel(/Waarom is deze speler belangrijk/).fill('Hier komen de ouderen van de wijk samen');
    await anna.getByRole('button', { name: 'Speler sturen' }).click();
    await expect
      .poll(() =>
        anna
          .getByRole('status')
          .filter({ hasText: /Verstuurd/ })
          .count(),
      )
      .toBeGreaterThan(0);

    await chooseSpeler(piet, 'Eerste speler', WELZIJN);
    await chooseSpeler(piet, 'Tweede speler', GGD);
    await piet.getByLabel('Wat doet de eerste speler?').selectOption('werkt_samen');
    await piet.getByRole('button', { name: 'Relatie sturen' }).click();
    await expect
      .poll(() =>
        piet
          .getByRole('status')
          .filter({ hasText: /Verstuurd/ })
          .count(),
      )
      .toBeGreaterThan(0);
    await shot(piet, 'bijeenkomst-telefoon');

    // Both wait in the facilitator's queue, oldest first; "a" accepts the one that has focus.
    const accept = panel().getByRole('button', { name: /^Overnemen: / });
    await expect.poll(() => accept.count()).toBe(2);
    await accept.last().scrollIntoViewIfNeeded();
    await shot(session.page, 'bijeenkomst-wachtrij');
    await accept.first().focus();
    await session.page.keyboard.press('a');
    await expect.poll(() => accept.count()).toBe(1);
    await session.page.keyboard.press('a');
    await expect.poll(() => accept.count()).toBe(0);
    await expectAccessible(session.page);

    // The projection shows both: the speler on the map, both in the ticker.
    await expect.poll(async () => (await mapState(projection))?.nodes.length).toBe(68);
    // Just added, so named on the map (emphasised for a few seconds from when the map first shows it, however
    // long its refetch took), whatever names crowd around it.
    await expect.poll(() => drawnLabels(projection)).toContain(NEW_SPELER);
    await expect.poll(async () => (await projection.textContent('body')) ?? '').toContain(NEW_SPELER);
    await shot(projection, 'bijeenkomst-scherm');
    await expectAccessible(projection);

    // Piet's phone shows Anna's speler among what others say, and can pick it now.
    await expect.poll(async () => (await piet.textContent('body')) ?? '').toContain(NEW_SPELER);
    await piet
      .getByRole('button', { name: /^Klopt \(0\)/ })
      .first()
      .click();
    await expect.poll(() => piet.getByRole('button', { name: /^Klopt \(1\)/ }).count()).toBe(1);
    // Anna's phone says hers was accepted.
    await expect.poll(async () => (await anna.textContent('body')) ?? '').toMatch(/overgenomen/i);
    await expectAccessible(piet);
  });

  it('closes the meeting: the summary counts what happened and the phones see it closed', async () => {
    await panel().getByRole('button', { name: 'Sluiten…' }).click();
    await session.page.getByRole('dialog').getByRole('button', { name: 'Sluiten', exact: true }).click();
    await expect.poll(() => panel().getByRole('heading', { name: 'Samenvatting' }).count()).toBe(1);
    await expect
      .poll(async () => (await panel().textContent()) ?? '')
      .toContain('1 nieuwe speler op de kaart');
    await expectAccessible(session.page);
    for (const phone of [anna, piet]) {
      await expect.poll(async () => (await phone.textContent('body')) ?? '').toContain('gesloten');
    }
    await expect.poll(async () => (await projection.textContent('body')) ?? '').toContain('Gesloten');
  });
});

/** Picks a speler in one of the phone's speler pickers by typing part of its name. */
async function chooseSpeler(page: Page, label: string, name: string): Promise<void> {
  await page.getByLabel(`${label}: zoek op naam`).fill(name.slice(0, 6));
  await page
    .getByRole('button', { name: new RegExp(`Kies.*${name}`) })
    .first()
    .click();
  await expect.poll(() => page.getByText(`${label}: ${name}`).count()).toBeGreaterThan(0);
}
