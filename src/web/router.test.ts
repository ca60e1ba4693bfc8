import { describe, expect, it } from 'vitest';
import { comparePath, nextAddress, parseRoute, workspacePath } from './router.ts';

const A = '/werkruimtes/11111111-1111-4111-8111-111111111111';
const B = '/werkruimtes/22222222-2222-4222-8222-222222222222';
const ACTOR = '33333333-3333-4333-8333-333333333333';

describe('nextAddress: the map view in the query string', () => {
  const here = { pathname: `${A}/diagnose`, search: '?kaart=alle&vraagstuk=x' };

  it('keeps the query string when another panel of the same werkruimte opens', () => {
    expect(nextAddress(here, `${A}/spelers/${ACTOR}`)).toBe(`${A}/spelers/${ACTOR}?kaart=alle&vraagstuk=x`);
    expect(nextAddress(here, A)).toBe(`${A}?kaart=alle&vraagstuk=x`);
  });

  it('drops it for another werkruimte or a page outside one', () => {
    expect(nextAddress(here, B)).toBe(B);
    expect(nextAddress(here, '/')).toBe('/');
    expect(nextAddress({ pathname: '/', search: '?kaart=alle' }, A)).toBe(A);
  });

  it('takes a target’s own query string, and an empty one clears it', () => {
    expect(nextAddress(here, `${A}?kaart=alle&naast=${ACTOR}`)).toBe(`${A}?kaart=alle&naast=${ACTOR}`);
    expect(nextAddress(here, `${A}/diagnose?`)).toBe(`${A}/diagnose`);
  });

  it('leaves the route to the path alone', () => {
    expect(parseRoute(`${A}/spelers/${ACTOR}`)).toEqual({
      page: 'workspace',
      workspaceId: A.split('/')[2],
      panel: { kind: 'actor', actorId: ACTOR },
    });
  });
});

describe('the uitvraag panel', () => {
  it('has its own address inside a werkruimte, read and written the same way', () => {
    const workspaceId = A.split('/')[2] as string;
    expect(parseRoute(`${A}/uitvraag`)).toEqual({
      page: 'workspace',
      workspaceId,
      panel: { kind: 'surveys' },
    });
    expect(workspacePath(workspaceId, { kind: 'surveys' })).toBe(`${A}/uitvraag`);
    // A round has an address of its own, so it can be shared and survives a reload.
    const surveyId = ACTOR;
    expect(parseRoute(`${A}/uitvraag/${surveyId}`)).toEqual({
      page: 'workspace',
      workspaceId,
      panel: { kind: 'survey', surveyId },
    });
    expect(workspacePath(workspaceId, { kind: 'survey', surveyId })).toBe(`${A}/uitvraag/${surveyId}`);
    expect(parseRoute(`${A}/uitvraag/nieuw`)).toEqual({ page: 'not-found' });
  });
});

describe('the comparison of two werkruimtes', () => {
  it('is a page of its own whose query string names the two', () => {
    const [a, b] = [A.split('/')[2] as string, B.split('/')[2] as string];
    expect(parseRoute('/vergelijken')).toEqual({ page: 'compare' });
    expect(comparePath()).toBe('/vergelijken');
    expect(comparePath(a)).toBe(`/vergelijken?a=${a}`);
    expect(comparePath(a, b)).toBe(`/vergelijken?a=${a}&b=${b}`);
    // Leaving a werkruimte for it drops the map's query string; its own stays.
    expect(nextAddress({ pathname: `${A}/tijd`, search: '?kaart=alle' }, comparePath(a))).toBe(
      `/vergelijken?a=${a}`,
    );
  });
});
