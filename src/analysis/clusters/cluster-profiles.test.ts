/**
 * Cluster profiles on hand-made memberships: sizes, members, dominant labels, shares and tie-breaking.
 */
import { describe, expect, it } from 'vitest';
import { clusterProfiles } from './cluster-profiles.ts';

describe('clusterProfiles', () => {
  const communities = Int32Array.from([1, 0, 0, 1, 0, 2, 0, 1]);
  const force = [
    'gemeente',
    'instelling',
    'instelling',
    'bewoner',
    'gemeente',
    'rijk',
    'instelling',
    'professional',
  ];
  const primaryDomain = ['jeugd', 'jeugd', 'wmo', undefined, 'jeugd', undefined, 'jeugd', 'schulden'];
  const profiles = clusterProfiles(communities, 3, { force, primaryDomain });

  it('lists each cluster with its members in ascending order', () => {
    expect(profiles.map((p) => p.cluster)).toEqual([0, 1, 2]);
    expect(profiles.map((p) => p.size)).toEqual([4, 3, 1]);
    expect(Array.from(profiles[0]?.members ?? [])).toEqual([1, 2, 4, 6]);
    expect(Array.from(profiles[1]?.members ?? [])).toEqual([0, 3, 7]);
  });

  it('finds the dominant kracht and domein with their shares of all members', () => {
    expect(profiles[0]).toMatchObject({
      dominantForce: 'instelling',
      forceShare: 0.75,
      dominantDomain: 'jeugd',
      domainShare: 0.75,
    });
    expect(profiles[2]).toMatchObject({
      dominantForce: 'rijk',
      forceShare: 1,
      dominantDomain: null,
      domainShare: 0,
    });
  });

  it('breaks ties by the first label in code-unit order', () => {
    // Cluster 1: one each of gemeente, bewoner, professional → bewoner; jeugd and schulden once → jeugd.
    expect(profiles[1]).toMatchObject({ dominantForce: 'bewoner', dominantDomain: 'jeugd' });
    expect(profiles[1]?.forceShare).toBeCloseTo(1 / 3, 15);
    expect(profiles[1]?.domainShare).toBeCloseTo(1 / 3, 15);
    const tied = clusterProfiles(Int32Array.from([0, 0]), 1, {
      force: ['rijk', 'bewoner'],
      primaryDomain: ['wmo', 'jeugd'],
    });
    expect(tied[0]).toMatchObject({ dominantForce: 'bewoner', dominantDomain: 'jeugd', forceShare: 0.5 });
  });

  it('treats an empty domein as none and leaves −1 out', () => {
    const result = clusterProfiles(Int32Array.from([0, 0, -1]), 1, {
      force: ['gemeente', 'gemeente', 'rijk'],
      primaryDomain: ['', 'wmo', 'wmo'],
    });
    expect(result[0]).toMatchObject({ size: 2, dominantDomain: 'wmo', domainShare: 0.5, forceShare: 1 });
  });

  it('describes an empty cluster without dividing by zero', () => {
    const result = clusterProfiles(Int32Array.from([0]), 2, { force: ['rijk'], primaryDomain: [undefined] });
    expect(result[1]).toMatchObject({
      size: 0,
      dominantForce: '',
      forceShare: 0,
      dominantDomain: null,
      domainShare: 0,
    });
  });

  it('rejects attributes or communities that do not fit', () => {
    expect(() =>
      clusterProfiles(Int32Array.from([0, 0]), 1, { force: ['rijk'], primaryDomain: [undefined] }),
    ).toThrow(RangeError);
    expect(() =>
      clusterProfiles(Int32Array.from([3]), 1, { force: ['rijk'], primaryDomain: [undefined] }),
    ).toThrow(/below 1/);
  });
});
