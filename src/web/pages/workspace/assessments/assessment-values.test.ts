import { describe, expect, it } from 'vitest';
import type { Assessment, Perspective } from '../../../../domain/index.ts';
import {
  isAssessmentDirty,
  NEW_ASSESSMENT,
  payloadOf,
  perspectiveClaims,
  scoresOf,
  unassessedPerspectives,
  valuesOf,
} from './assessment-values.ts';

const perspective = (id: string, name: string, editors = false): Perspective => ({
  id,
  name,
  force: null,
  description: '',
  editors,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const assessment = (perspectiveId: string, fields: Partial<Assessment> = {}): Assessment => ({
  id: `a-${perspectiveId}`,
  relationId: 'r1',
  perspectiveId,
  present: true,
  strength: 3,
  trust: null,
  value: null,
  note: '',
  source: null,
  origin: 'editor',
  createdBy: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const REDACTIE = perspective('p0', 'Redactie', true);
const GEMEENTE = perspective('p1', 'Gemeente');
const BEWONERS = perspective('p2', 'Bewoners');
const RIJK = perspective('p3', 'Rijk');
const ALL = [REDACTIE, GEMEENTE, BEWONERS, RIJK];

describe('perspectiveClaims', () => {
  it('always lists the editors (their claim is the relatie itself) and those that assessed, in order', () => {
    const bewoners = assessment('p2', { present: false, strength: null });
    const claims = perspectiveClaims(ALL, [bewoners]);
    expect(claims.said).toEqual([
      { perspective: REDACTIE, assessment: null },
      { perspective: BEWONERS, assessment: bewoners },
    ]);
    expect(claims.silent).toEqual([GEMEENTE, RIJK]);
  });

  it("shows the editors' own assessment when they made one", () => {
    const own = assessment('p0', { strength: 5 });
    expect(perspectiveClaims(ALL, [own]).said[0]).toEqual({ perspective: REDACTIE, assessment: own });
  });
});

describe('unassessedPerspectives', () => {
  it('offers every perspective without an assessment, the editors included', () => {
    expect(unassessedPerspectives(ALL, [assessment('p1')])).toEqual([REDACTIE, BEWONERS, RIJK]);
    expect(unassessedPerspectives(ALL, [assessment('p0')])).toEqual([GEMEENTE, BEWONERS, RIJK]);
  });
});

describe('the form values', () => {
  it('round-trips an assessment, an empty source read as none', () => {
    const stored = assessment('p1', { strength: 4, trust: 2, value: 3, note: 'Gesprek', source: 'Verslag' });
    expect(payloadOf(valuesOf(stored))).toEqual({
      present: true,
      strength: 4,
      trust: 2,
      value: 3,
      note: 'Gesprek',
      source: 'Verslag',
    });
    expect(valuesOf(assessment('p1')).source).toBe('');
    expect(payloadOf({ ...NEW_ASSESSMENT, source: '   ' }).source).toBeNull();
  });

  it('sends no ratings for a denied tie, while the form keeps them for a change of mind', () => {
    const values = { ...NEW_ASSESSMENT, present: false, strength: 4, trust: 2, value: 1 };
    expect(payloadOf(values)).toMatchObject({ present: false, strength: null, trust: null, value: null });
    expect(values.strength).toBe(4);
  });

  it('has the scales of the domain: strength 1–5, trust and value 1–4', () => {
    expect(scoresOf('strength')).toEqual([1, 2, 3, 4, 5]);
    expect(scoresOf('trust')).toEqual([1, 2, 3, 4]);
    expect(scoresOf('value')).toEqual([1, 2, 3, 4]);
  });
});

describe('unsaved input in the assessment form', () => {
  it('counts any field that differs from where the form started, and nothing else', () => {
    expect(isAssessmentDirty(NEW_ASSESSMENT, NEW_ASSESSMENT)).toBe(false);
    expect(isAssessmentDirty({ ...NEW_ASSESSMENT, note: 'x' }, NEW_ASSESSMENT)).toBe(true);
    expect(isAssessmentDirty({ ...NEW_ASSESSMENT, present: false }, NEW_ASSESSMENT)).toBe(true);
    expect(isAssessmentDirty({ ...NEW_ASSESSMENT, strength: 3 }, NEW_ASSESSMENT)).toBe(true);
  });
});
