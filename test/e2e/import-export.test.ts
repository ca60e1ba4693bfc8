/**
 * Import and export in the browser, as a user does it: download the template and the werkruimte in every
 * format from the Uitwisselen section; fill in a spreadsheet with a mistake and see the problem named by
 * sheet, row and column with nothing saved; fix it and see the summary; read a CSV in as a new werkruimte
 * for a chosen gemeente.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, useBrowserSession } from './browser.ts';

/** A spreadsheet as a user fills it in: our Dutch headers, one extra column of their own. */
async function spreadsheet(folder: string, name: string, kracht: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const spelers = workbook.addWorksheet('spelers');
  spelers.addRow(['naam', 'kracht', 'soort', 'domeinen', 'kleur']);
  spelers.addRow(['Taalcafé De Brug', kracht, 'initiatief', 'taal_onderwijs | participatie', 'groen']);
  spelers.addRow(['Schuldhulp Oost', 'instelling', 'team', 'schulden', 'rood']);
  const relaties = workbook.addWorksheet('relaties');
  relaties.addRow(['van', 'naar', 'relatietype', 'sterkte']);
  relaties.addRow(['Taalcafé De Brug', 'Schuldhulp Oost', 'verwijst', 4]);
  const path = join(folder, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe.skipIf(!HAS_CHROMIUM)('import and export in the web app', () => {
  let folder: string;
  const session = useBrowserSession({
    timeoutMs: 120_000,
    prepare: () => {
      folder = mkdtempSync(join(tmpdir(), 'kv-e2e-import-'));
    },
  });

  it('offers every download and the templates, and reads a spreadsheet into the werkruimte', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).first().click();
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Uitwisselen', exact: true })
      .click();
    const transfer = page.getByRole('region', { name: 'Uitwisselen' });
    await transfer.scrollIntoViewIfNeeded();
    expect(new URL(page.url()).pathname).toMatch(/^\/werkruimtes\/[0-9a-f-]{36}\/uitwisselen$/);

    // A mistake: nothing saved, the place named.
    const wrong = await spreadsheet(folder, 'fout.xlsx', 'buurtbewoners');
    const form = page.getByRole('form', { name: 'Bestand inlezen in deze werkruimte' });
    await form.getByLabel('Bestand', { exact: true }).setInputFiles(wrong);
    await form.getByRole('button', { name: 'Inlezen' }).click();
    const problems = form.getByTestId('import-problems');
    await expect.poll(() => problems.count()).toBe(1);
    expect(await problems.textContent()).toContain('spelers.2.kracht');
    // The allowed values are named ("Kies uit: …" in the spreadsheet's words since the import messages
    // name the vocabulary; "Kies een van deze waarden: …" before).
    expect(await problems.textContent()).toMatch(/Kies (een van deze waarden|uit): .*bewoner/);

    // Fixed: the summary, and the new spelers in the register.
    const right = await spreadsheet(folder, 'goed.xlsx', 'bewoner');
    await form.getByLabel('Bestand', { exact: true }).setInputFiles(right);
    await form.getByRole('button', { name: 'Inlezen' }).click();
    const summary = form.getByTestId('import-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.textContent()).toContain('2 spelers en 1 relatie ingelezen; 1 kolom genegeerd');
    expect(await summary.textContent()).toContain('Genegeerd: spelers: kleur');
    // The status line over the map says so too.
    await expect
      .poll(() => page.getByTestId('shell-status').textContent())
      .toContain('Bestand ingelezen: 2 spelers en 1 relatie ingelezen');
    const mapLabels = () =>
      page.evaluate(() => {
        const map = (
          globalThis as unknown as {
            __krachtenveldMap: {
              graph: { nodes(): string[]; getNodeAttribute(id: string, key: string): string };
            };
          }
        ).__krachtenveldMap;
        return map.graph.nodes().map((id) => map.graph.getNodeAttribute(id, 'label'));
      });
    await expect.poll(async () => (await mapLabels()).includes('Taalcafé De Brug')).toBe(true);
    expect(await mapLabels()).toHaveLength(69);
    // Every download answers with a file of its kind.
    const links = transfer.getByRole('link');
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((a) => (a as unknown as { href: string }).href),
    );
    expect(hrefs.length).toBeGreaterThanOrEqual(8);
    for (const href of hrefs) {
      const answer = await page.evaluate(async (url) => {
        const response = await fetch(url);
        const bytes = new Uint8Array(await response.arrayBuffer());
        return {
          status: response.status,
          head: Array.from(bytes.slice(0, 4)),
          type: response.headers.get('content-type'),
        };
      }, href);
      expect(answer.status, href).toBe(200);
      if (/format=(xlsx)/.test(href)) expect(answer.head.slice(0, 2), href).toEqual([0x50, 0x4b]);
    }

    await expectAccessible(page);
  }, 120_000);

  it('reads a CSV in as a new werkruimte for the gemeente the user picks', async () => {
    const { page } = session;
    const csv = join(folder, 'spelers.csv');
    writeFileSync(csv, '\uFEFFnaam;kracht\r\nBuurtteam Zuid;professional\r\nWijkraad Zuid;bewoner\r\n');
    await page.goto('/');
    const form = page.getByRole('form', { name: 'Werkruimte inlezen uit een bestand' });
    await form.getByLabel('Bestand', { exact: true }).setInputFiles(csv);
    await form.getByRole('button', { name: 'Inlezen' }).click();
    const problems = form.getByTestId('import-problems');
    await expect.poll(() => problems.count()).toBe(1);
    expect(await problems.textContent()).toMatch(/gemeente/);

    await form.getByLabel('Naam van de nieuwe werkruimte (niet verplicht)').fill('Zuid uit CSV');
    await form.getByLabel('Gemeente (niet verplicht)').fill('Zwolle');
    await form.getByRole('button', { name: 'Inlezen' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Werkruimte Zuid uit CSV is gemaakt: 2 spelers en 0 relaties ingelezen. Open “Zuid uit CSV”');
    await expect.poll(() => page.getByRole('link', { name: 'Zuid uit CSV', exact: true }).count()).toBe(1);
    // The message links to the new werkruimte, which opens.
    await page.getByRole('link', { name: 'Open “Zuid uit CSV”' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Zuid uit CSV');
  }, 120_000);
});
