import { describe, expect, it } from 'vitest';
import { perspectivesByForce } from './perspective-groups.ts';

describe('perspectives grouped by kracht', () => {
  it('lists the forces in their order, then those without a kracht, names sorted within each', () => {
    const groups = perspectivesByForce([
      { name: 'Redactie', force: null },
      { name: 'Wijkteam Zuid', force: 'professional' },
      { name: 'Bewoners Noord', force: 'bewoner' },
      { name: 'Huisartsen', force: 'professional' },
      { name: 'Gemeente — beleid', force: 'gemeente' },
    ]);
    expect(groups.map((group) => [group.force, group.perspectives.map((p) => p.name)])).toEqual([
      ['gemeente', ['Gemeente — beleid']],
      ['professional', ['Huisartsen', 'Wijkteam Zuid']],
      ['bewoner', ['Bewoners Noord']],
      [null, ['Redactie']],
    ]);
  });

  it('gives no group without perspectives', () => {
    expect(perspectivesByForce([])).toEqual([]);
  });
});
