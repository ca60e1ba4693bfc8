/**
 * The diagnosis and what-if on the demo werkruimte: the story the demo was written to tell must come out
 * of the numbers, the same way every time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGNOSIS_ERROR_TARGET, diagnose } from './diagnosis.ts';
import { INDEX_KEYS } from './indices.ts';
import { type AnalysisActor, type AnalysisRelation, buildSnapshot } from './snapshot.ts';
import { whatIf } from './what-if.ts';

interface DemoFile {
  actors: (AnalysisActor & { key: string })[];
  relations: (Omit<AnalysisRelation, 'id'> & { source: string; target: string })[];
}

const demo = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../data/demo/voorbeeldgemeente.json'), 'utf8'),
) as DemoFile;
const actors: AnalysisActor[] = demo.actors.map((actor) => ({ ...actor, id: actor.key }));
const relations: AnalysisRelation[] = demo.relations.map((relation, k) => ({ ...relation, id: `r${k}` }));

describe('diagnosis of the demo werkruimte', () => {
  const diagnosis = diagnose(buildSnapshot(actors, relations), { grouping: 'domein' });

  it('has every index card and is reproducible', () => {
    expect(diagnosis.indices.map((card) => card.key)).toEqual([...INDEX_KEYS]);
    expect(diagnose(buildSnapshot(actors, relations), { grouping: 'domein' })).toEqual(diagnosis);
    expect(diagnosis.parameters.betweennessExact).toBe(true);
  });

  it('tells the demo story: bridges, the sponge, subsidy dependency', () => {
    expect(diagnosis.brokers.slice(0, 5)).toContain('prof-sociaal-makelaar');
    expect(diagnosis.brokers.slice(0, 10)).toContain('bew-armoedecoalitie');
    const subsidyOnly = diagnosis.residents.filter((row) => row.subsidyOnly).map((row) => row.id);
    // The four initiatives written as subsidy-only, and two bewoner organisations whose only line to the
    // gemeente also turns out to be money.
    expect(subsidyOnly.sort()).toEqual([
      'bew-buurtkamer',
      'bew-buurtvereniging-oost',
      'bew-moestuin',
      'bew-schuldhulpmaatje',
      'bew-taalcafe',
      'bew-voedsel',
    ]);
    expect(diagnosis.clusters.count).toBeGreaterThan(1);
    // The wijkteam that absorbs everything carries the most ties between domeinen.
    expect(diagnosis.weakSpots.crossTieCarriers[0]).toBe('wijkteam-noord');
    const carried = diagnosis.spelers.find((speler) => speler.id === 'wijkteam-noord')?.crossTies ?? 0;
    expect(carried).toBeLessThanOrEqual(diagnosis.weakSpots.totalCrossTies);
    expect(diagnosis.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of diagnosis.suggestions) expect(suggestion.sourceId).not.toBe(suggestion.targetId);
  });

  it('keeps every number finite or null (JSON-safe)', () => {
    const json = JSON.stringify(diagnosis);
    expect(JSON.parse(json)).toEqual(diagnosis);
  });
});

describe('what-if on the demo werkruimte', () => {
  it('an empty change set changes nothing', () => {
    const result = whatIf(actors, relations, {}, { grouping: 'domein' });
    for (const row of result.deltas) if (row.delta !== null) expect(row.delta).toBeCloseTo(0, 12);
    expect(result.spelers).toEqual([]);
  });

  it('a new tie between two kokers raises the cross-koker share', () => {
    const result = whatIf(
      actors,
      relations,
      {
        addRelations: [
          {
            id: 'nieuw',
            source: 'bew-buurtkamer',
            target: 'prof-schuldhulpverlener',
            type: 'werkt_samen',
            strength: 3,
          },
        ],
      },
      { grouping: 'domein' },
    );
    const cross = result.deltas.find((row) => row.key === 'crossShare');
    expect(cross?.delta).toBeGreaterThan(0);
    expect(result.spelers.map((row) => row.id)).toContain('bew-buurtkamer');
  });

  it('removing the sociaal makelaar lowers the share of ties across kokers', () => {
    const result = whatIf(
      actors,
      relations,
      { removeActorIds: ['prof-sociaal-makelaar'] },
      { grouping: 'domein' },
    );
    const cross = result.deltas.find((row) => row.key === 'crossShare');
    expect(cross?.delta).toBeLessThan(0);
  });
});

describe('diagnosis of tiny maps', () => {
  it('says "cannot compute" rather than "all is well" for an empty map or one speler', () => {
    const empty = diagnose(buildSnapshot([], []));
    for (const card of empty.indices) expect(card.band, card.key).toBe('none');
    const one = diagnose(buildSnapshot([actors[0] as AnalysisActor], []));
    expect(one.indices.find((card) => card.key === 'components')?.band).toBe('open');
    expect(one.indices.find((card) => card.key === 'density')?.band).toBe('none');
  });
});

describe('diagnosis of a map just over the exact budget', () => {
  // 2,000 spelers in a ring, each tied to its next three: 12,000 arcs, so the exact sweep (24 million arc
  // visits) is over the budget while the budget alone would still buy 1,666 pivots.
  const ring: AnalysisActor[] = Array.from({ length: 2_000 }, (_, k) => ({
    id: `s${k}`,
    name: `Speler ${k}`,
    force: 'instelling',
    domains: [],
    wijken: [],
    tags: [],
  }));
  const ties: AnalysisRelation[] = ring.flatMap((_, k) =>
    [1, 2, 3].map((step) => ({
      id: `r${k}-${step}`,
      source: `s${k}`,
      target: `s${(k + step) % ring.length}`,
      type: 'werkt_samen' as const,
      strength: 3,
    })),
  );

  it('samples no more pivots than bring the error bound to the target', () => {
    const { parameters } = diagnose(buildSnapshot(ring, ties), {});
    expect(parameters.betweennessExact).toBe(false);
    expect(parameters.betweennessSamples).toBe(1_062);
    expect(parameters.betweennessErrorBound).toBeLessThanOrEqual(DIAGNOSIS_ERROR_TARGET);
    expect(parameters.betweennessErrorBound).toBeGreaterThan(DIAGNOSIS_ERROR_TARGET - 0.001);
  });
});
