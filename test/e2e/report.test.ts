/**
 * The Rapport section in real Chromium, as a policy adviser uses it on the demo: by keyboard a few sections
 * are left out, the Nulmeting is chosen to compare with and an introduction is typed; the preview (the
 * report's own HTML page in a sandboxed frame) then shows the title, the introduction and what changed
 * since the Nulmeting, and not the register. Axe checks the section with the preview shown, and the preview's
 * page on its own (axe cannot run inside a frame that runs no scripts). The PDF link
 * downloads a tagged PDF with the title and the introduction (checked with poppler's pdfinfo and pdftotext
 * when they are installed), the Word link a DOCX (a zip).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectAccessible, HAS_CHROMIUM, useBrowserSession } from './browser.ts';

const HAS_POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
if (HAS_CHROMIUM && !HAS_POPPLER)
  console.warn(
    '\n!! poppler-utils (pdfinfo, pdftotext) not found: the downloaded report PDF is not read. Install it with `apt-get install poppler-utils`.\n',
  );

/** The user guide's picture of the section (`npm run docs:screenshots`); else a throwaway folder. */
const SHOTS = process.env.KRACHTENVELD_SCREENSHOTS
  ? join(import.meta.dirname, '../../docs/images')
  : mkdtempSync(join(tmpdir(), 'kv-report-shots-'));

const INTRODUCTION = 'Dit rapport bespreken we op 12 maart in de commissie Samenleving.';
/** Left out by keyboard: the appendix and the two sections about what people say. */
const LEFT_OUT = [
  'Bijlage: het register',
  'Vraagstukken: invloed, belang en standpunten',
  'Waar de beelden verschillen',
];

describe.skipIf(!HAS_CHROMIUM)('the Rapport section in the browser', () => {
  const session = useBrowserSession();
  const section = () => session.page.getByRole('region', { name: 'Rapport', exact: true });
  const downloads = mkdtempSync(join(tmpdir(), 'kv-report-downloads-'));
  afterAll(() => {
    rmSync(downloads, { recursive: true, force: true });
    if (!process.env.KRACHTENVELD_SCREENSHOTS) rmSync(SHOTS, { recursive: true, force: true });
  });

  it('previews the chosen sections, compared with the Nulmeting, with an own introduction', async () => {
    const { page, admin } = session;
    const list = (await (await admin.fetch('/api/v1/workspaces')).json()) as {
      items: { id: string; name: string }[];
    };
    const workspaceId = list.items.find((workspace) => workspace.name === 'Voorbeeldgemeente')?.id as string;
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.goto(`/werkruimtes/${workspaceId}/rapport`);
    await expect.poll(() => section().getByRole('heading', { level: 2, name: 'Rapport' }).count()).toBe(1);
    const since = section().getByLabel('Vergelijken met momentopname');
    // The snapshots are listed once they are loaded.
    await expect.poll(() => since.locator('option').count()).toBe(3);

    // By keyboard: Space unticks a section.
    for (const name of LEFT_OUT) {
      const box = section().getByRole('checkbox', { name, exact: true });
      await box.focus();
      await page.keyboard.press('Space');
      await expect.poll(() => box.isChecked()).toBe(false);
    }
    // The arrow keys walk the snapshots until the Nulmeting is chosen.
    await since.focus();
    for (let step = 0; step < 3; step += 1) {
      if (/Nulmeting/.test((await since.locator('option:checked').textContent()) ?? '')) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await since.locator('option:checked').textContent()).toMatch(
      `Nulmeting ${new Date().getFullYear() - 1}`,
    );
    await section()
      .getByLabel(/^Uw inleiding/)
      .focus();
    await page.keyboard.type(INTRODUCTION);
    await section().getByRole('button', { name: 'Voorbeeld bijwerken' }).focus();
    await page.keyboard.press('Enter');

    const preview = page.frameLocator('[data-testid=report-preview]');
    await expect
      .poll(() => preview.getByText(INTRODUCTION, { exact: true }).count(), { timeout: 20_000 })
      .toBe(1);
    expect(
      await preview.getByRole('heading', { level: 1, name: 'Krachtenveldanalyse Voorbeeldgemeente' }).count(),
    ).toBe(1);
    expect(await preview.getByRole('heading', { name: 'Inleiding', exact: true }).count()).toBe(1);
    expect(await preview.getByRole('heading', { name: 'Wat veranderde', exact: true }).count()).toBe(1);
    expect(await preview.getByText('Nieuw: Sociaal makelaar', { exact: true }).count()).toBe(1);
    expect(await preview.getByRole('heading', { name: 'Bijlage: register' }).count()).toBe(0);
    expect(await preview.getByRole('heading', { name: 'Vraagstukken', exact: true }).count()).toBe(0);
    expect(await preview.getByRole('heading', { name: 'Samenvatting', exact: true }).count()).toBe(1);

    // The picture: the download links at the top of the panel, the preview at the introduction.
    await section()
      .getByRole('heading', { level: 3, name: 'Downloaden' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await preview.getByRole('heading', { name: 'Inleiding', exact: true }).scrollIntoViewIfNeeded();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'rapport.png'), animations: 'disabled' });
    await expectAccessible(page);
    // The preview's document on a page of its own: axe cannot run inside the script-less frame.
    const report = await session.context.newPage();
    try {
      const src = await page.getByTestId('report-preview').getAttribute('src');
      await report.goto(src as string);
      await expect.poll(() => report.getByText(INTRODUCTION, { exact: true }).count()).toBe(1);
      await expectAccessible(report);
    } finally {
      await report.close();
    }
  }, 60_000);

  it('downloads the same report as a tagged PDF and as a DOCX', async () => {
    const { page } = session;
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      section().getByRole('link', { name: /^PDF/ }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfFile = join(downloads, 'rapport.pdf');
    await pdf.saveAs(pdfFile);
    expect(readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (HAS_POPPLER) {
      const info = execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' });
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Title:\s+Krachtenveldanalyse Voorbeeldgemeente$/m);
      const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
      expect(text).toContain('Samenvatting');
      expect(text.replace(/\s+/g, ' ')).toContain(INTRODUCTION);
      expect(text).toContain('Nieuw: Sociaal makelaar');
    } else console.warn('!! pdfinfo/pdftotext missing: the PDF is not read (tagged, title, text).');

    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      section().getByRole('link', { name: /^Word/ }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    const docxFile = join(downloads, 'rapport.docx');
    await docx.saveAs(docxFile);
    expect(readFileSync(docxFile).subarray(0, 2).toString('latin1')).toBe('PK');
  });
});
