import { describe, expect, it } from 'vitest';
import { relationsOnlyIn, saysNothing } from './compare-maps.ts';

const map = (...ids: string[]) => ({ relations: ids.map((id) => ({ id })) });

describe('two maps side by side', () => {
  it('mark the relaties each has and the other lacks', () => {
    const gemeente = map('r1', 'r2', 'r3');
    const bewoners = map('r3', 'r4');
    expect([...relationsOnlyIn(gemeente, bewoners)]).toEqual(['r1', 'r2']);
    expect([...relationsOnlyIn(bewoners, gemeente)]).toEqual(['r4']);
    expect(relationsOnlyIn(gemeente, gemeente).size).toBe(0);
    expect([...relationsOnlyIn(gemeente, map())]).toEqual(['r1', 'r2', 'r3']);
  });

  it('explain a perspective that said nothing, not the stored map or an empty werkruimte', () => {
    expect(saysNothing('p', map(), map('r1'))).toBe(true);
    expect(saysNothing('all', map(), map('r1'))).toBe(true);
    expect(saysNothing('p', map('r1'), map('r1'))).toBe(false);
    expect(saysNothing('', map(), map('r1'))).toBe(false);
    expect(saysNothing('p', map(), map())).toBe(false);
  });
});
