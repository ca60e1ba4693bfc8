/**
 * The Tijd section in real Chromium, as a policy adviser uses it on the demo: it starts with two snapshots
 * a year apart; comparing them names the sociaal makelaar as new and says how each index moved; a new
 * snapshot is taken and deleted again (the eigenaar confirms). Axe checks the section with the comparison
 * shown. By keyboard: the compare form is reached and submitted with Tab and Enter.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, useBrowserSession } from './browser.ts';

/** The user guide's picture of a comparison (`npm run docs:screenshots`); else a throwaway folder. */
const SHOTS = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-time-shots-'));

describe.skipIf(!HAS_CHROMIUM)('the Tijd section in the browser', () => {
  const session = useBrowserSession();
  const section = () => session.page.getByRole('region', { name: 'Tijd', exact: true });
  afterAll(() => {
    if (!process.env.KRACHTENVELD_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
  });

  it('compares the demo a year ago with now, by keyboard, and says what changed', async () => {
    const { page, admin } = session;
    const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { id: string; name: string }[];
    };
    const workspaceId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
    await page.goto(`/werkruimtes/${workspaceId}/tijd`);
    const year = new Date().getFullYear();
    await expect
      .poll(() =>
        section()
          .getByRole('heading', { level: 4, name: `Nulmeting ${year - 1}` })
          .count(),
      )
      .toBe(1);
    await expect
      .poll(() =>
        section()
          .getByRole('heading', { level: 4, name: `Stand ${year}` })
          .count(),
      )
      .toBe(1);

    // The oldest snapshot is chosen to compare with now: Tab to the button, Enter.
    await section().getByLabel('Tot').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => section().getByText('Nieuw: Sociaal makelaar', { exact: true }).count()).toBe(1);
    await expect
      .poll(async () => (await section().textContent()) ?? '')
      .toMatch(/De E-I-index ging van .* naar .*\(beter\)/);
    // Fields as the forms name them: a tie that got stronger says "sterkte".
    expect((await section().textContent()) ?? '').toMatch(/— sterkte: \d → \d/);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await section()
      .getByRole('heading', { level: 3, name: /^Van "Nulmeting/ })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'tijd-vergelijken.png'), animations: 'disabled' });
    await expectAccessible(page);
  });

  it('takes a snapshot by name and lets the eigenaar delete it after confirming', async () => {
    const { page } = session;
    await section().getByLabel('Naam', { exact: true }).fill('Na de wijkavond');
    await section().getByRole('button', { name: 'Momentopname maken' }).click();
    await expect
      .poll(() => section().getByRole('heading', { level: 4, name: 'Na de wijkavond' }).count())
      .toBe(1);
    await expect
      .poll(() => section().getByRole('status').textContent())
      .toBe('Momentopname "Na de wijkavond" is gemaakt.');
    await section().getByRole('button', { name: 'Momentopname "Na de wijkavond" verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Momentopname verwijderen?' });
    await expect.poll(() => dialog.count()).toBe(1);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect
      .poll(() => section().getByRole('heading', { level: 4, name: 'Na de wijkavond' }).count())
      .toBe(0);
    await expect
      .poll(() => section().getByRole('status').textContent())
      .toBe('Momentopname "Na de wijkavond" is verwijderd.');
  });
});
