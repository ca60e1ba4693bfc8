/**
 * The analysis runner on real worker threads: diagnoses sent at once (a comparison sends two) each come
 * back exactly as computed inline, whichever thread ran them; closing fails what still waits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DOMAINS, FORCES } from '../../domain/index.ts';
import { computeDiagnosis, type MapData } from '../../services/analysis-compute.ts';
import { createAnalysisRunner } from './runner.ts';

/** A map of 300 spelers over the krachten and domeinen, each tied to a few others; `seed` varies the ties. */
function mapOf(seed: number): MapData {
  const n = 300;
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `speler-${seed}-${i}`,
    name: `Speler ${i}`,
    force: FORCES[i % FORCES.length],
    kind: 'organisatie',
    domains: [DOMAINS[(i * seed) % DOMAINS.length]],
    scale: null,
    wijken: [],
    tags: [],
  }));
  const relations = Array.from({ length: 4 * n }, (_, k) => {
    const source = k % n;
    const target = (source + 1 + ((k * (seed + 6)) % (n - 1))) % n;
    return {
      id: `relatie-${seed}-${k}`,
      source: `speler-${seed}-${source}`,
      target: `speler-${seed}-${target}`,
      type: 'werkt_samen',
      strength: 1 + (k % 5),
      validFrom: null,
      validTo: null,
    };
  });
  return { actors, relations } as unknown as MapData;
}

describe('the analysis runner', () => {
  const runner = createAnalysisRunner();
  afterAll(() => runner.close());

  it('answers diagnoses sent at once, each exactly as computed inline', async () => {
    const maps = [mapOf(1), mapOf(2), mapOf(3)];
    const answers = await Promise.all(maps.map((map) => runner.diagnose(map, { grouping: 'domein' }, 'nl')));
    answers.forEach((answer, k) => {
      expect(answer).toEqual(computeDiagnosis(maps[k] as MapData, { grouping: 'domein' }, 'nl'));
    });
    // And once they are done, the next goes through as well.
    expect((await runner.diagnose(maps[0] as MapData, {}, 'en')).network.spelers).toBe(300);
  }, 60_000);

  it('fails the requests of a closed runner with a reason', async () => {
    const closing = createAnalysisRunner(1);
    const pending = closing.diagnose(mapOf(4), {}, 'nl');
    await closing.close();
    await expect(pending).rejects.toThrow(/closing|stopped/);
  }, 60_000);
});
