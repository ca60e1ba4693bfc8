import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';

describe('dates in one format', () => {
  it('writes the month out, in Dutch and English', () => {
    const when = new Date(2026, 11, 6, 16, 20);
    expect(formatDate(when, 'nl')).toBe('6 december 2026');
    expect(formatDate(when, 'en')).toBe('6 December 2026');
    expect(formatDateTime(when, 'nl')).toBe('6 december 2026 om 16:20');
    expect(formatDateTime(when, 'en')).toBe('6 December 2026 at 16:20');
  });

  it('leaves text that is no date as it is', () => {
    expect(formatDate('later', 'nl')).toBe('later');
  });
});
