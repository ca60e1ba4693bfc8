import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../formats/index.ts';
import type { Catalogue } from './catalogue.ts';
import { CATALOGUES } from './index.ts';

/** Every key path of a catalogue, with what sits there: 'text' or 'function'. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path}: text`];
  if (typeof value === 'function') return [`${path}: function(${value.length})`];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    shape(inner, path ? `${path}.${key}` : key),
  );
}

/** Every text of a catalogue, the parameterised ones filled in with these params. */
function texts(catalogue: Catalogue, params: Record<string, unknown>): [string, string][] {
  const { details: d } = catalogue;
  const detailTexts: Record<keyof Catalogue['details'], string> = {
    fixFields: d.fixFields,
    someListed: d.someListed({ total: 1_700_000, listed: 1_000 }),
    notFound: d.notFound('workspace'),
    noSuchAddress: d.noSuchAddress,
    versionConflict: d.versionConflict('actor'),
    forbidden: d.forbidden({ needed: 'redacteur', actual: 'lezer' }),
    busyAccount: d.busyAccount({ seconds: 5 }),
    busyInstallation: d.busyInstallation({ seconds: 5 }),
    memoryLimit: d.memoryLimit({ megabytes: 512 }),
    timeLimit: d.timeLimit({ seconds: 60 }),
    tooManyRequests: d.tooManyRequests,
    surveyLink: d.surveyLink,
    meetingCode: d.meetingCode,
    contributionRate: d.contributionRate({ perMinute: 20 }),
    forbiddenKey: d.forbiddenKey,
    badRequest: d.badRequest,
    internal: d.internal,
    oidcUnavailable: d.oidcUnavailable,
    mailUnavailable: d.mailUnavailable,
  };
  return [
    ...Object.entries(catalogue.titles),
    ...Object.entries(catalogue.resources),
    ...Object.entries(catalogue.roles),
    ...Object.entries(catalogue.authentication),
    ...Object.entries(catalogue.conflicts).map(([reason, text]): [string, string] => [
      reason,
      typeof text === 'function' ? text({ assessments: 2, positions: 1 }) : text,
    ]),
    ...Object.entries(catalogue.requestErrors),
    ...Object.entries(catalogue.reasons).map(([code, reason]): [string, string] => [code, reason(params)]),
    ...Object.entries(detailTexts),
    ['forbidden (admin)', d.forbidden({ needed: 'beheerder', actual: null })],
    ['forbidden (no role)', d.forbidden({ needed: 'eigenaar', actual: null })],
  ];
}

const FULL_PARAMS = {
  expected: 'string',
  values: ['bewoner', 'gemeente'],
  origin: 'string',
  minimum: 1,
  maximum: LIMITS.cells,
  formats: 'json, xlsx, csv',
  message: 'regel 3',
  column: 'naam',
  firstRow: 4,
  name: 'Wijkteam Noord',
  vocabulary: 'force',
  value: 'Bewonerz',
  separators: ['|', ';', ','],
  ids: ['2f1c6b8e-4d3a-4b7e-9c1d-0a5e8f3b2c71'],
  idColumn: 'van_id',
  sheet: 'spelers',
  rows: [3, 7],
  suggestions: ['Bergen (L.) (GM0893)', 'Bergen (NH.) (GM0373)'],
};

describe('the server message catalogue', () => {
  it('has exactly the same keys in Dutch and English', () => {
    expect(shape(CATALOGUES.en)).toEqual(shape(CATALOGUES.nl));
  });

  it.each(Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])(
    'has no empty or unfilled text in %s',
    (locale) => {
      for (const params of [FULL_PARAMS, { ...FULL_PARAMS, origin: 'array', minimum: 2, maximum: 3 }]) {
        for (const [key, text] of texts(CATALOGUES[locale], params)) {
          expect(text.trim(), `${locale} ${key}`).not.toBe('');
          expect(text, `${locale} ${key}`).not.toMatch(/\b(?:undefined|null|NaN)\b|\[object|\$\{/);
        }
      }
      // Optional params left out (a reason without `expected`, a sentence without a row number).
      for (const [key, text] of texts(CATALOGUES[locale], {}))
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
    },
  );

  it('differs between the languages wherever there are words to translate', () => {
    const nl = new Map(texts(CATALOGUES.nl, FULL_PARAMS));
    const same = texts(CATALOGUES.en, FULL_PARAMS)
      .filter(([key, text]) => nl.get(key) === text)
      .map(([key]) => key);
    expect(same).toEqual([]);
  });

  it('names each limit in both languages, as their readers write numbers', () => {
    const limits = [
      ['too_many_cells', LIMITS.cells, '1.600.000', '1,600,000'],
      ['too_many_shared_strings', LIMITS.sharedStrings, '1.600.000', '1,600,000'],
      ['too_many_styles', LIMITS.styleElements, '100.000', '100,000'],
      ['too_many_zip_entries', LIMITS.zipEntries, '10.000', '10,000'],
      ['too_many_elements', LIMITS.xmlElements, '5.000.000', '5,000,000'],
      ['too_many_attributes', LIMITS.xmlAttributes, '15.000.000', '15,000,000'],
      ['too_many_rows', LIMITS.rows, '600000', '600000'],
      ['too_deep', LIMITS.xmlDepth, '64', '64'],
      ['uncompressed_too_large', LIMITS.uncompressedBytes, '300 MB', '300 MB'],
    ] as const;
    for (const [code, maximum, nl, en] of limits) {
      expect(CATALOGUES.nl.reasons[code]({ maximum }), code).toContain(nl);
      expect(CATALOGUES.en.reasons[code]({ maximum }), code).toContain(en);
    }
    expect(CATALOGUES.en.reasons.too_many_attributes({ maximum: LIMITS.xmlAttributesPerElement })).toMatch(
      /at most 1,000 per element/,
    );
  });

  it('says one character or value, and several characters or values, in English', () => {
    const tooShort = CATALOGUES.en.reasons.too_short;
    expect(tooShort({ minimum: 12, origin: 'string' })).toBe('Use at least 12 characters.');
    expect(tooShort({ minimum: 1, origin: 'string' })).toBe('Use at least 1 character.');
    expect(tooShort({ minimum: 2, origin: 'array' })).toBe('Give at least 2 values.');
    expect(tooShort({ minimum: 1, origin: 'array' })).toBe('Give at least 1 value.');
  });
});
