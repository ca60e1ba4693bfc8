import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/client.ts';
import { en } from '../../i18n/en.ts';
import { nl } from '../../i18n/nl.ts';
import {
  arrivals,
  decisionProblem,
  isTypingTarget,
  keptSelection,
  moveSelection,
  nextAfterDecision,
  QUEUE_SHORTCUTS,
  shortcutOf,
} from './facilitator-queue.ts';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  t = i18n.getFixedT('nl');
});

describe('shortcuts', () => {
  it('maps j/k and the arrows to moving, a/s/r/x to deciding, in either case', () => {
    expect(shortcutOf({ key: 'j' }, false)).toBe('next');
    expect(shortcutOf({ key: 'ArrowDown' }, false)).toBe('next');
    expect(shortcutOf({ key: 'k' }, false)).toBe('previous');
    expect(shortcutOf({ key: 'ArrowUp' }, false)).toBe('previous');
    expect(shortcutOf({ key: 'a' }, false)).toBe('accept');
    expect(shortcutOf({ key: 'A' }, false)).toBe('accept');
    expect(shortcutOf({ key: 's' }, false)).toBe('merge');
    expect(shortcutOf({ key: 'r' }, false)).toBe('reject');
    expect(shortcutOf({ key: 'x' }, false)).toBe('reject');
    expect(shortcutOf({ key: 'q' }, false)).toBeNull();
    expect(shortcutOf({ key: 'Enter' }, false)).toBeNull();
  });

  it('keeps quiet while typing and with Ctrl, Alt or Cmd', () => {
    expect(shortcutOf({ key: 'a' }, true)).toBeNull();
    expect(shortcutOf({ key: 'r', ctrlKey: true }, false)).toBeNull();
    expect(shortcutOf({ key: 'r', metaKey: true }, false)).toBeNull();
    expect(shortcutOf({ key: 'ArrowDown', altKey: true }, false)).toBeNull();
  });

  it('counts text fields, selects and editable text as typing, buttons and checkboxes not', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('lists every action once for the "Sneltoetsen" list, with the keys the map knows', () => {
    expect(QUEUE_SHORTCUTS.map((shortcut) => shortcut.action)).toEqual([
      'next',
      'previous',
      'accept',
      'merge',
      'reject',
    ]);
    for (const { keys, action } of QUEUE_SHORTCUTS)
      for (const key of keys) {
        const pressed = key === '↓' ? 'ArrowDown' : key === '↑' ? 'ArrowUp' : key;
        expect(shortcutOf({ key: pressed }, false)).toBe(action);
      }
  });
});

describe('selection', () => {
  const ids = ['a', 'b', 'c'];

  it('moves down and up and stops at the ends', () => {
    expect(moveSelection(ids, 'a', 1)).toBe('b');
    expect(moveSelection(ids, 'c', 1)).toBe('c');
    expect(moveSelection(ids, 'b', -1)).toBe('a');
    expect(moveSelection(ids, 'a', -1)).toBe('a');
  });

  it('starts at the first going down and the last going up; nothing in an empty queue', () => {
    expect(moveSelection(ids, null, 1)).toBe('a');
    expect(moveSelection(ids, 'gone', -1)).toBe('c');
    expect(moveSelection([], 'a', 1)).toBeNull();
  });

  it('keeps the selected one while others arrive, else takes the first', () => {
    expect(keptSelection(['x', ...ids], 'b')).toBe('b');
    expect(keptSelection(ids, 'gone')).toBe('a');
    expect(keptSelection([], null)).toBeNull();
  });

  it('goes to the next one after a decision, or the one above after the last', () => {
    expect(nextAfterDecision(ids, 'a')).toBe('b');
    expect(nextAfterDecision(ids, 'b')).toBe('c');
    expect(nextAfterDecision(ids, 'c')).toBe('b');
    expect(nextAfterDecision(['a'], 'a')).toBeNull();
    expect(nextAfterDecision(ids, 'gone')).toBe('a');
  });
});

describe('arrivals', () => {
  it('reports nothing for what the page loaded with', () => {
    expect(arrivals(null, [{ id: 'a', status: 'pending' }])).toEqual([]);
  });

  it('reports new pending and taken-over contributions, not withdrawn or rejected ones', () => {
    const seen = new Set(['a']);
    expect(
      arrivals(seen, [
        { id: 'a', status: 'pending' },
        { id: 'b', status: 'pending' },
        { id: 'c', status: 'accepted' },
        { id: 'd', status: 'withdrawn' },
        { id: 'e', status: 'rejected' },
      ]),
    ).toEqual(['b', 'c']);
  });
});

describe('a refused decision', () => {
  it('says a 409 means someone decided first', () => {
    const problem = new ApiProblem(409, 'Conflict', 'Al beslist', []);
    expect(decisionProblem(problem, t)).toMatch(/wacht niet meer/);
  });

  it('gives the reasons of a 400 per field, once each', () => {
    const problem = new ApiProblem(400, 'Ongeldig', undefined, [
      { name: 'actorId', code: 'not_found', reason: 'Deze speler bestaat niet.' },
      { name: 'relationId', code: 'not_found', reason: 'Deze speler bestaat niet.' },
    ]);
    expect(decisionProblem(problem, t)).toBe('Dit kon niet worden bewaard. Deze speler bestaat niet.');
  });

  it('uses the server’s sentence otherwise, and says so when the server cannot be reached', () => {
    expect(decisionProblem(new ApiProblem(403, 'Geen toegang', 'U mag dit niet.', []), t)).toBe(
      'U mag dit niet.',
    );
    expect(decisionProblem(new TypeError('fetch failed'), t)).toMatch(/niet bereikbaar/);
    expect(decisionProblem(new ApiProblem(0, 'Geen verbinding met de server', undefined, []), t)).toMatch(
      /niet bereikbaar/,
    );
    expect(decisionProblem(new ApiProblem(404, 'Niet gevonden', undefined, []), t)).toMatch(
      /bestaat niet meer/,
    );
  });
});
