import { describe, expect, it } from 'vitest';
import { type AnalysisActor, type AnalysisRelation, buildSnapshot } from '../snapshot.ts';
import { missingLinks } from './missing-links.ts';
import { residentsReach } from './residents-reach.ts';

function actor(
  id: string,
  force: AnalysisActor['force'],
  domains: string[] = [],
  wijken: string[] = [],
): AnalysisActor {
  return { id, name: id.toUpperCase(), force, domains, wijken, tags: [] };
}

let next = 0;
function tie(
  source: string,
  target: string,
  type: AnalysisRelation['type'] = 'werkt_samen',
): AnalysisRelation {
  return { id: `r${next++}`, source, target, type, strength: 3 };
}

describe('missingLinks', () => {
  const actors = [
    actor('schuldhulp', 'professional', ['schulden'], ['Noord']),
    actor('buurtteam', 'professional', ['schulden'], ['Noord']),
    actor('jeugd', 'professional', ['jeugd'], ['Zuid']),
    { ...actor('rijk-a', 'rijk', ['schulden']), scale: 'landelijk' },
    actor('regio-b', 'instelling', ['schulden']),
  ];

  it('suggests pairs that share a domein and wijk but have no tie, with the reason', () => {
    const snapshot = buildSnapshot(actors, [tie('jeugd', 'buurtteam')]);
    const links = missingLinks(snapshot, { clusterOf: Int32Array.from([0, 1, 1, 2, 3]) });
    const first = links[0];
    expect(first && [snapshot.ids[first.source], snapshot.ids[first.target]]).toEqual([
      'schuldhulp',
      'buurtteam',
    ]);
    expect(first?.reason).toEqual({ code: 'same_domain_and_wijk', domain: 'schulden', wijk: 'Noord' });
    // Two ministries sharing a domein are not a local contact to broker.
    expect(
      links.some((link) => snapshot.ids[link.source] === 'rijk-a' && snapshot.ids[link.target] === 'rijk-b'),
    ).toBe(false);
  });

  it('leaves out pairs in the same cluster and pairs with any relatie, even spanning', () => {
    const sameCluster = missingLinks(buildSnapshot(actors, []), {
      clusterOf: Int32Array.from([0, 0, 1, 2, 3]),
    });
    expect(sameCluster.some((link) => link.source === 0 && link.target === 1)).toBe(false);
    const tense = missingLinks(buildSnapshot(actors, [tie('schuldhulp', 'buurtteam', 'spanning')]), {
      clusterOf: Int32Array.from([0, 1, 2, 3, 4]),
    });
    expect(tense.some((link) => link.source === 0 && link.target === 1)).toBe(false);
  });
});

describe('residentsReach', () => {
  it('finds the shortest collaboration path to the gemeente and flags subsidy-only initiatives', () => {
    const actors = [
      actor('wmo', 'gemeente'),
      actor('wijkteam', 'professional'),
      actor('buurtkamer', 'bewoner'),
      actor('taalcafe', 'bewoner'),
      actor('huurders', 'bewoner'),
    ];
    const relations = [
      tie('buurtkamer', 'wijkteam'),
      tie('wijkteam', 'wmo', 'verwijst'),
      tie('wmo', 'buurtkamer', 'financiert'),
      tie('wmo', 'taalcafe', 'financiert'),
      tie('huurders', 'wmo', 'informeert'),
      tie('wmo', 'huurders', 'financiert'),
    ];
    const snapshot = buildSnapshot(actors, relations);
    const rows = residentsReach(snapshot);
    const byId = Object.fromEntries(rows.map((row) => [snapshot.ids[row.node], row]));
    expect(byId.buurtkamer?.toGemeente.distance).toBe(2);
    expect(byId.buurtkamer?.toGemeente.path.map((node: number) => snapshot.ids[node])).toEqual([
      'buurtkamer',
      'wijkteam',
      'wmo',
    ]);
    expect(byId.buurtkamer?.toProfessional.distance).toBe(1);
    // Money is not a path: the taalcafé reaches nobody.
    expect(byId.taalcafe?.toGemeente.distance).toBeNull();
    // Both are funded, but the buurtkamer has no other line to the gemeente; the huurders do.
    expect(byId.buurtkamer?.subsidyOnly).toBe(true);
    expect(byId.taalcafe?.subsidyOnly).toBe(true);
    expect(byId.huurders?.subsidyOnly).toBe(false);
  });
});
