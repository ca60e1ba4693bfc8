import { describe, expect, it } from 'vitest';
import { buildSnapshot, diagnose } from '../../../analysis/index.ts';
import { CLUSTER_PALETTE, clusterColor, clusterColouring } from './cluster-colors.ts';
import {
  brokerRows,
  carrierShare,
  profileLevel,
  reachRows,
  suggestionRows,
  weakSpotRows,
} from './diagnosis-rows.ts';
import { groupingChoices, siloLabel } from './groupings.ts';
import { headlineSentences, indicativeNotice } from './headline.ts';
import { analysisInput } from './input.ts';
import { reliableMap, SUBSIDY_ACTORS, SUBSIDY_RELATIONS, TEST_ACTORS, TEST_RELATIONS } from './test-map.ts';

const diagnosis = diagnose(buildSnapshot(TEST_ACTORS, TEST_RELATIONS), { grouping: 'domein' });

describe('cluster colours', () => {
  it('gives every cluster its own colour, even past the palette', () => {
    const colours = Array.from({ length: 60 }, (_, k) => clusterColor(k));
    expect(new Set(colours).size).toBe(60);
    expect(colours.slice(0, CLUSTER_PALETTE.length)).toEqual(CLUSTER_PALETTE);
  });

  it('colours every speler by its cluster, biggest cluster first', () => {
    const { colors, legend } = clusterColouring(diagnosis.clusters);
    expect(colors.size).toBe(TEST_ACTORS.length);
    expect(legend.map((row) => row.number)).toEqual(legend.map((_, k) => k + 1));
    expect(legend.map((row) => row.size)).toEqual([...legend.map((row) => row.size)].sort((a, b) => b - a));
    expect(new Set(colors.values()).size).toBe(diagnosis.clusters.count);
    for (const row of legend) for (const id of row.memberIds) expect(colors.get(id)).toBe(row.color);
  });
});

describe('groupings', () => {
  it('offers the fixed groupings and the tag prefixes in use', () => {
    expect(groupingChoices(TEST_ACTORS)).toEqual([
      'kracht',
      'domein',
      'wijk',
      'wet',
      'financier',
      'tag:moeder',
    ]);
    expect(groupingChoices([{ tags: [':x', 'los', 'a:b:c', 'rol:trekker'] }])).toContain('tag:rol');
  });

  it('puts krachten and domeinen into words, other kokers as they are', () => {
    const words = { force: (c: string) => `F(${c})`, domain: (c: string) => `D(${c})` };
    expect(siloLabel('kracht', 'rijk', words)).toBe('F(rijk)');
    expect(siloLabel('domein', 'werk_inkomen', words)).toBe('D(werk_inkomen)');
    expect(siloLabel('tag:moeder', 'GGD', words)).toBe('GGD');
  });
});

describe('headline', () => {
  it('on a small map, words the share inside the kokers, the verdict and the brokers as a first impression', () => {
    const sentences = headlineSentences(diagnosis, 'nl');
    const cross = diagnosis.indices.find((card) => card.key === 'crossShare')?.value as number;
    // 7 collaboration ties, 1 across: 86% stays inside.
    expect(cross).toBeCloseTo(1 / 7);
    expect(sentences[0]).toEqual({
      key: 'diagnose.headline.tentative.inside',
      values: { koker: 'domein', share: '86%' },
    });
    expect(sentences[1]?.key).toMatch(/^diagnose\.headline\.tentative\.verdict\./);
    expect(sentences[2]).toEqual({
      key: 'diagnose.headline.tentative.brokersTwo',
      values: { first: 'PROF-J', second: 'PROF-S' },
    });
    expect(sentences[3]).toEqual({ key: 'diagnose.headline.subsidyOnly', values: { count: 1 } });
  });

  it('speaks plainly on a map large enough to judge', () => {
    const { actors, relations } = reliableMap();
    const large = diagnose(buildSnapshot(actors, relations), { grouping: 'domein' });
    expect(large.network).toMatchObject({ spelers: 24, ties: 51 });
    const keys = headlineSentences(large, 'nl').map((s) => s.key);
    expect(keys[0]).toBe('diagnose.headline.inside');
    expect(keys.some((key) => key.includes('tentative'))).toBe(false);
  });

  it('on a map without ties says only that, not that nobody connects the kokers', () => {
    const empty = diagnose(buildSnapshot(TEST_ACTORS, []), { grouping: 'domein' });
    expect(headlineSentences(empty, 'en').map((s) => s.key)).toEqual(['diagnose.headline.noTies']);
  });

  it('does not advise filling in kokers that are filled in when no tie joins two grouped spelers', () => {
    // Only gem-j has a wet: the ties all touch spelers without one.
    const fewGrouped = diagnose(buildSnapshot(TEST_ACTORS, TEST_RELATIONS), { grouping: 'wet' });
    expect(fewGrouped.kokers.ungrouped).toBe(TEST_ACTORS.length - 1);
    expect(headlineSentences(fewGrouped, 'nl')[0]).toEqual({
      key: 'diagnose.headline.insideNoGroupedTies',
      values: { koker: 'wet' },
    });
    const noneGrouped = diagnose(buildSnapshot(TEST_ACTORS, TEST_RELATIONS), { grouping: 'financier' });
    expect(headlineSentences(noneGrouped, 'nl')[0]?.key).toBe('diagnose.headline.insideUnknown');
  });
});

describe('the indicative-only notice', () => {
  it('is there below 20 spelers or 30 ties, saying which, and not on a map large enough', () => {
    expect(indicativeNotice(diagnosis)).toEqual({
      reason: 'both',
      spelers: 7,
      ties: 7,
      minActors: 20,
      minTies: 30,
    });
    const { actors, relations } = reliableMap();
    expect(indicativeNotice(diagnose(buildSnapshot(actors, relations)))).toBeNull();
    // Enough spelers, too few ties.
    const sparse = diagnose(buildSnapshot(actors, relations.slice(0, 20)));
    expect(indicativeNotice(sparse)?.reason).toBe('ties');
  });
});

describe('list rows', () => {
  it('lists brokers with the roles they play, most often first', () => {
    const rows = brokerRows(diagnosis);
    expect(rows.map((row) => row.name)).toEqual(['PROF-J', 'PROF-S']); // a tie: by id
    const roles = rows[0]?.roles ?? [];
    expect(roles.every((entry) => entry.count > 0)).toBe(true);
    expect(roles.map((entry) => entry.count)).toEqual(
      [...roles.map((entry) => entry.count)].sort((a, b) => b - a),
    );
    expect(rows[0]?.crossTies).toBe(1);
  });

  it('lists the weak spots with what hangs on them', () => {
    const rows = weakSpotRows(diagnosis);
    // Without prof-s, the jeugd triangle and the schulden pair fall apart.
    expect(rows.cutOff.map((row) => row.name).sort()).toEqual(['PROF-J', 'PROF-S']);
    expect(rows.cutOff.every((row) => row.separated > 0)).toBe(true);
    expect(rows.soleBridges.map((row) => row.name).sort()).toEqual(['PROF-J', 'PROF-S']);
    // The map has one tie between kokers: each carries "the only one", never "1 of the 1".
    expect(rows.carriers.map((row) => [row.crossTies, row.total, row.share])).toEqual([
      [1, 1, 'only'],
      [1, 1, 'only'],
    ]);
    expect([carrierShare(3, 3), carrierShare(1, 3)]).toEqual(['all', 'part']);
  });

  it('words the most common kracht of a cluster as "vooral" only for a majority', () => {
    expect(profileLevel(1)).toBe('all');
    expect(profileLevel(0.6)).toBe('mostly');
    expect(profileLevel(0.5)).toBe('largest');
    expect(profileLevel(0.3)).toBe('largest');
  });

  it('names both ends of each suggestion', () => {
    for (const row of suggestionRows(diagnosis)) {
      expect(row.sourceName).toBe(row.sourceId.toUpperCase());
      expect(row.targetName).toBe(row.targetId.toUpperCase());
    }
  });

  it('puts residents without a path and subsidy-only initiatives first', () => {
    const rows = reachRows(diagnosis, (a, b) => a.localeCompare(b));
    expect(rows.map((row) => row.id)).toEqual(['bew-x', 'bew-s']);
    expect(rows[0]).toMatchObject({ toGemeente: null, subsidyOnly: true, gemeentePath: [] });
    expect(rows[1]).toMatchObject({ toGemeente: 1, gemeentePath: ['BEW-S', 'GEM-S'], subsidyOnly: false });
    expect(rows.map((row) => row.directContact)).toEqual(['subsidyOnly', 'collaboration']);
  });

  it('reads "subsidy only" together with a three-step reach: money direct, collaboration through others', () => {
    const subsidy = diagnose(buildSnapshot(SUBSIDY_ACTORS, SUBSIDY_RELATIONS));
    const [row] = reachRows(subsidy, (a, b) => a.localeCompare(b));
    expect(row).toMatchObject({
      toGemeente: 3,
      gemeentePath: ['BEW', 'PROF', 'INST', 'GEM'],
      subsidyOnly: true,
      directContact: 'subsidyOnly',
    });
  });
});

describe('analysisInput', () => {
  it('sends only what the analysis reads', () => {
    const input = analysisInput({
      workspace: {} as never,
      actors: [
        {
          id: 'a',
          name: 'A',
          force: 'rijk',
          kind: 'organisatie',
          domains: [],
          scale: null,
          wijken: [],
          tags: [],
        },
      ],
      relations: [
        {
          id: 'r',
          source: 'a',
          target: 'b',
          type: 'financiert',
          strength: 2,
          validFrom: null,
          validTo: null,
        },
      ],
    });
    expect(input.relations).toEqual([{ id: 'r', source: 'a', target: 'b', type: 'financiert', strength: 2 }]);
    expect(Object.keys(input.actors[0] ?? {}).sort()).toEqual(
      ['domains', 'force', 'id', 'kind', 'name', 'scale', 'tags', 'wijken'].sort(),
    );
  });
});
