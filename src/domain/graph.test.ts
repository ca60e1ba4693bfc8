import { describe, expect, it } from 'vitest';
import { surveyReportOf } from './graph.ts';

describe('surveyReportOf', () => {
  it('says which ends of a relatie named it in an uitvraag', () => {
    expect(surveyReportOf(['a', 'b'], 'a', 'b')).toBe('both');
    expect(surveyReportOf(['b', 'a', 'b'], 'a', 'b')).toBe('both');
    expect(surveyReportOf(['a'], 'a', 'b')).toBe('source');
    expect(surveyReportOf(['b'], 'a', 'b')).toBe('target');
  });

  it('says nothing when no end named it', () => {
    expect(surveyReportOf(undefined, 'a', 'b')).toBeUndefined();
    expect(surveyReportOf([], 'a', 'b')).toBeUndefined();
    expect(surveyReportOf(['c'], 'a', 'b')).toBeUndefined();
  });
});
