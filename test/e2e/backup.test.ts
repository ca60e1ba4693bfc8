/**
 * Backups in the browser: download a werkruimte's backup from its Uitwisselen section, read it in as a new
 * werkruimte from the list (with the summary), and see a broken file refused with the place of each problem.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, useBrowserSession } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('backups in the web app', () => {
  const session = useBrowserSession({ timeoutMs: 120_000 });

  it('downloads a backup and reads it in as a new werkruimte; a broken file is refused', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).first().click();
    await page
      .getByRole('navigation', { name: 'Onderdelen van de werkruimte' })
      .getByRole('link', { name: 'Uitwisselen', exact: true })
      .click();
    const link = page
      .getByRole('region', { name: 'Uitwisselen' })
      .getByRole('link', { name: 'Back-up (JSON)' });
    const href = (await link.getAttribute('href')) as string;
    expect(await link.getAttribute('download')).not.toBeNull();
    const backup = await page.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(JSON.parse(backup).actors).toHaveLength(67);

    const folder = mkdtempSync(join(tmpdir(), 'kv-backup-'));
    const good = join(folder, 'voorbeeld.json');
    writeFileSync(good, backup);
    const broken = join(folder, 'kapot.json');
    writeFileSync(broken, backup.replace(/"werkt_samen"/, '"vriendschap"'));

    await page.goto('/');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles(broken);
    await page.getByRole('button', { name: 'Inlezen' }).click();
    const problems = page.getByTestId('import-problems');
    await expect.poll(() => problems.count()).toBe(1);
    expect(await problems.textContent()).toContain('er is niets opgeslagen');
    expect(await problems.textContent()).toMatch(/relations\.\d+\.type/);

    await page.getByLabel('Bestand', { exact: true }).setInputFiles(good);
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe(
        'Werkruimte Voorbeeldgemeente is gemaakt: 67 spelers en 210 relaties ingelezen. Open “Voorbeeldgemeente”',
      );
    await expect
      .poll(() => page.getByRole('link', { name: 'Voorbeeldgemeente', exact: true }).count())
      .toBe(2);
    // The message links to the new werkruimte.
    await expect.poll(() => page.getByRole('link', { name: 'Open “Voorbeeldgemeente”' }).count()).toBe(1);
    await expectAccessible(page);
  }, 120_000);
});
