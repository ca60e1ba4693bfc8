/**
 * The facilitator's moderation queue without React: which key does what (j/k or the arrows move, a takes
 * over, s merges, r or x rejects), which contribution is selected after a move or a decision, which
 * contributions arrived since the last look (for "2 nieuwe bijdragen"), and what a refused decision says.
 */
import type { TFunction } from 'i18next';
import type { Contribution } from '../../../domain/index.ts';
import { ApiProblem } from '../../api/client.ts';

export type QueueAction = 'next' | 'previous' | 'accept' | 'merge' | 'reject';

/** The keys, as the "Sneltoetsen" list shows them (one action may have two). */
export const QUEUE_SHORTCUTS: ReadonlyArray<{ keys: readonly string[]; action: QueueAction }> = [
  { keys: ['j', '↓'], action: 'next' },
  { keys: ['k', '↑'], action: 'previous' },
  { keys: ['a'], action: 'accept' },
  { keys: ['s'], action: 'merge' },
  { keys: ['r', 'x'], action: 'reject' },
];

const ACTION_BY_KEY: ReadonlyMap<string, QueueAction> = new Map([
  ['j', 'next'],
  ['ArrowDown', 'next'],
  ['k', 'previous'],
  ['ArrowUp', 'previous'],
  ['a', 'accept'],
  ['s', 'merge'],
  ['r', 'reject'],
  ['x', 'reject'],
]);

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * The queue's action for a key press, or null. Never while typing (a name in a search box has an "a"), and
 * never with Ctrl, Alt or Cmd: those belong to the browser and the screen reader (Ctrl+R reloads).
 */
export function shortcutOf(press: KeyPress, typing: boolean): QueueAction | null {
  if (typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return ACTION_BY_KEY.get(key) ?? null;
}

/** Buttons and checkboxes do nothing with letters; any other input, a select or editable text does. */
const NOT_TYPING_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'image']);

/** Whether a key press on this element is typing (then the shortcuts keep quiet). */
export function isTypingTarget(
  element: { tagName: string; isContentEditable?: boolean; type?: string } | null,
): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPING_INPUTS.has((element.type ?? 'text').toLowerCase());
}

/**
 * The selection after moving by `step` (1 down, −1 up): it stops at the ends rather than wrapping, so holding
 * j does not jump back to the oldest. Nothing selected yet: down selects the first, up the last.
 */
export function moveSelection(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at === -1) return (step === 1 ? ids[0] : ids[ids.length - 1]) ?? null;
  return ids[Math.min(ids.length - 1, Math.max(0, at + step))] ?? null;
}

/** The selection that stays valid while the queue changes: the same one, else the first. */
export function keptSelection(ids: readonly string[], current: string | null): string | null {
  return current !== null && ids.includes(current) ? current : (ids[0] ?? null);
}

/**
 * Who is next after deciding on one: the one below it, or, when it was the last, the one above; null when
 * the queue is then empty. `ids` is the queue before the decision.
 */
export function nextAfterDecision(ids: readonly string[], decided: string): string | null {
  const at = ids.indexOf(decided);
  if (at === -1) return ids[0] ?? null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}

/** Contributions the room sees and the facilitator has not yet been told about. */
const ARRIVING = new Set<Contribution['status']>(['pending', 'accepted', 'merged']);

/**
 * The ids of contributions not seen before (a sender's withdrawn or a rejected one is not news). The first
 * call, with `seen` null, reports nothing: what the page loaded with did not just arrive.
 */
export function arrivals(
  seen: ReadonlySet<string> | null,
  contributions: readonly Pick<Contribution, 'id' | 'status'>[],
): string[] {
  if (seen === null) return [];
  return contributions
    .filter((contribution) => ARRIVING.has(contribution.status) && !seen.has(contribution.id))
    .map((contribution) => contribution.id);
}

/**
 * A refused decision in words: already decided (409, by a colleague or by auto-accept) or gone (404, withdrawn)
 * said as such; a 400 with the server's reasons per field; otherwise the server's sentence.
 */
export function decisionProblem(error: unknown, t: TFunction): string {
  // No answer at all (the client says so as status 0): the connection, not the decision.
  if (!(error instanceof ApiProblem) || error.status === 0) return t('meetings.problem.network');
  if (error.status === 409) return t('meetings.problem.decided');
  if (error.status === 404) return t('meetings.problem.gone');
  if (error.status === 400 && error.invalidParams.length > 0) {
    const reasons = [...new Set(error.invalidParams.map((param) => param.reason))].join(' ');
    return t('meetings.problem.invalid', { reasons });
  }
  return error.detail ?? error.title ?? t('errors.generic');
}
