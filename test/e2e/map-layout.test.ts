/**
 * Switching layouts: the network layout runs in a worker and stops by itself when the map settles; it is
 * saved only on "Bewaar deze indeling", and after a reload the map looks the same without running again.
 */
import { describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, mapState, useBrowserSession } from './browser.ts';

describe.skipIf(!HAS_CHROMIUM)('map layouts in the browser', () => {
  const session = useBrowserSession();

  const positionsOf = async () =>
    Object.fromEntries(
      ((await mapState(session.page))?.nodes ?? []).map((node) => [node.id, [node.x, node.y]]),
    );

  it('switches to the network layout, lets it settle, saves it on request and keeps it after a reload', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('link', { name: 'Voorbeeldgemeente' }).click();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    const fiveForces = await positionsOf();

    await page.getByLabel('Netwerk (wie met wie samenhangt)').check();
    await expect
      .poll(() => page.getByTestId('layout-status').textContent(), { timeout: 30_000 })
      .toBe('De kaart is geschikt. Deze indeling is nog niet bewaard.');
    await page.getByRole('button', { name: 'Bewaar deze indeling' }).click();
    await expect
      .poll(() => page.getByTestId('layout-status').textContent())
      .toBe('De indeling is bewaard. Iedereen ziet de kaart nu zo.');
    const network = await positionsOf();
    expect(Object.keys(network)).toHaveLength(67);
    expect(network).not.toEqual(fiveForces);

    await page.reload();
    await expect.poll(async () => (await mapState(page))?.nodes.length).toBe(67);
    expect(await page.getByLabel('Netwerk (wie met wie samenhangt)').isChecked()).toBe(true);
    expect(await positionsOf()).toEqual(network);
    expect(await page.getByTestId('layout-status').textContent()).toBe('');

    await page.getByLabel('Vijf krachten (elke kracht een eigen vak)').check();
    await expect.poll(positionsOf).toEqual(fiveForces);
  });
});
