import { describe, expect, it } from 'vitest';
import { answeredPercent } from './coverage.ts';

describe('the results of an uitvraag in figures', () => {
  it('gives the share that answered, and none when nobody was invited', () => {
    expect(answeredPercent({ invited: 3, answered: 2 })).toBe(67);
    expect(answeredPercent({ invited: 0, answered: 0 })).toBeNull();
  });
});
