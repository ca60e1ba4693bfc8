import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from './negotiate.ts';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['fr', 'nl'],
    ['de-DE, fr;q=0.8', 'nl'],
    ['fr, en;q=0.5', 'en'],
    ['*', 'nl'],
    ['nl;q=0, *', 'en'],
    ['en, *;q=0.5', 'en'],
    ['fr;q=0.9, *;q=0.1, en;q=0.05', 'nl'],
  ] as const)('%j → %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('honours q-values over the order of the list', () => {
    expect(localeFromAcceptLanguage('nl;q=0.4, en;q=0.8')).toBe('en');
    expect(localeFromAcceptLanguage('en;q=0.4, nl-NL;q=0.8')).toBe('nl');
    expect(localeFromAcceptLanguage('en; q=0.9, nl ; q=1.0')).toBe('nl');
  });

  it('takes the first listed on a tie', () => {
    expect(localeFromAcceptLanguage('en;q=0.5, nl;q=0.5')).toBe('en');
    expect(localeFromAcceptLanguage('nl-BE, en-GB')).toBe('nl');
  });

  it('never picks a language the client refused', () => {
    expect(localeFromAcceptLanguage('en;q=0')).toBe('nl');
    expect(localeFromAcceptLanguage('nl;q=0, en;q=0.1')).toBe('en');
  });

  it('ignores entries with a malformed q-value and reads a header sent more than once', () => {
    expect(localeFromAcceptLanguage('en;q=2, nl;q=0.1')).toBe('nl');
    expect(localeFromAcceptLanguage('en;q=abc')).toBe('nl');
    expect(localeFromAcceptLanguage(['fr', 'en-GB;q=0.7'])).toBe('en');
    expect(localeFromAcceptLanguage(',,; ,en')).toBe('en');
  });
});
