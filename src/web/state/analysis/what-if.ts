/**
 * What-if mode: the stack of imagined changes (a tie added, a relatie taken away) as pure producers, the
 * change set the analysis takes, and the delta table — every index before and after, and whether the
 * change moves the map towards less or more verkokering. Nothing here is ever saved.
 */
import {
  bandOf,
  type ChangeSet,
  type IndexFormat,
  type IndexKey,
  isMeaningfulDelta,
  type Locale,
  type WhatIfResult,
} from '../../../analysis/index.ts';
import type { RelationType } from '../../../domain/index.ts';

export type WhatIfChange =
  | { kind: 'add'; id: string; source: string; target: string; type: RelationType; strength: number }
  | { kind: 'remove'; relationId: string };

/** Strength of an imagined tie: the middle of the 1–5 scale. */
export const WHAT_IF_STRENGTH = 3;

export function addTie(
  changes: readonly WhatIfChange[],
  tie: { source: string; target: string; type: RelationType },
): WhatIfChange[] {
  if (!tie.source || !tie.target || tie.source === tie.target) return [...changes];
  const same = changes.some(
    (change) =>
      change.kind === 'add' &&
      change.type === tie.type &&
      ((change.source === tie.source && change.target === tie.target) ||
        (change.source === tie.target && change.target === tie.source)),
  );
  if (same) return [...changes];
  const used = changes.filter((change) => change.kind === 'add').length;
  return [...changes, { kind: 'add', id: `what-if-${used + 1}`, ...tie, strength: WHAT_IF_STRENGTH }];
}

/** Whether the werkruimte already has this tie (either way round), not counting relaties taken away. */
export function tieExists(
  relations: readonly { id: string; source: string; target: string; type: RelationType }[],
  changes: readonly WhatIfChange[],
  tie: { source: string; target: string; type: RelationType },
): boolean {
  const removed = new Set(changes.flatMap((change) => (change.kind === 'remove' ? [change.relationId] : [])));
  return relations.some(
    (relation) =>
      relation.type === tie.type &&
      !removed.has(relation.id) &&
      ((relation.source === tie.source && relation.target === tie.target) ||
        (relation.source === tie.target && relation.target === tie.source)),
  );
}

export function removeRelation(changes: readonly WhatIfChange[], relationId: string): WhatIfChange[] {
  if (changes.some((change) => change.kind === 'remove' && change.relationId === relationId))
    return [...changes];
  return [...changes, { kind: 'remove', relationId }];
}

export function undoChange(changes: readonly WhatIfChange[], index: number): WhatIfChange[] {
  return changes.filter((_, i) => i !== index);
}

export function toChangeSet(changes: readonly WhatIfChange[]): ChangeSet {
  const set: Required<Pick<ChangeSet, 'addRelations' | 'removeRelationIds'>> = {
    addRelations: [],
    removeRelationIds: [],
  };
  for (const change of changes) {
    if (change.kind === 'add') {
      const { id, source, target, type, strength } = change;
      set.addRelations.push({ id, source, target, type, strength });
    } else set.removeRelationIds.push(change.relationId);
  }
  return set;
}

/** Spelers named in the changes, for the map to point out. */
export function changedActors(
  changes: readonly WhatIfChange[],
  relationEnds: (relationId: string) => [string, string] | undefined,
): string[] {
  const ids = new Set<string>();
  for (const change of changes) {
    const ends = change.kind === 'add' ? [change.source, change.target] : relationEnds(change.relationId);
    for (const id of ends ?? []) ids.add(id);
  }
  return [...ids];
}

/**
 * `slight`: a change below the index' meaningful threshold (`MEANINGFUL_DELTA` in src/analysis), shown as
 * "nauwelijks verschil" in a neutral colour, so one tie on a big map is not sold as less verkokering.
 */
export type Direction = 'less' | 'more' | 'slight' | 'same' | 'unknown';

/**
 * +1 when a higher value means a more open map (E-I, share of cross ties…), −1 when it means more siloed
 * or fragile (modularity, path length…). Read from the bands themselves, so it cannot drift from them.
 */
export function towardsOpen(key: IndexKey): 1 | -1 {
  return bandOf(key, Number.MAX_SAFE_INTEGER) === 'open' ? 1 : -1;
}

const EPSILON = 1e-9;

export function directionOf(key: IndexKey, delta: number | null): Direction {
  if (delta === null) return 'unknown';
  if (Math.abs(delta) < EPSILON) return 'same';
  if (!isMeaningfulDelta(key, delta)) return 'slight';
  return delta * towardsOpen(key) > 0 ? 'less' : 'more';
}

/** For counts where fewer means less verkokering (clusters, subsidy-only initiatives). */
export function countDirection(before: number, after: number): Direction {
  return after === before ? 'same' : after < before ? 'less' : 'more';
}

export interface DeltaRow {
  key: IndexKey;
  format: IndexFormat;
  before: number | null;
  after: number | null;
  delta: number | null;
  direction: Direction;
}

export function deltaRows(result: WhatIfResult): DeltaRow[] {
  return result.deltas.map((delta, k) => ({
    ...delta,
    format: result.before[k]?.format ?? 'index',
    direction: directionOf(delta.key, delta.delta),
  }));
}

/**
 * A change in words and numbers: "+0,08", "−1", and for shares the change in percentage points ("+3,2"),
 * with `points` telling the caller to add the unit. Only called for a change (not for zero).
 */
export function formatDelta(
  delta: number,
  format: IndexFormat,
  locale: Locale,
): { text: string; points: boolean } {
  const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
  // A change too small for the usual decimals still shows as a change ("+0,0004"), never as "0,00".
  const number = (value: number, digits: number, minimum = 0) =>
    new Intl.NumberFormat(
      tag,
      Math.abs(value) < 0.5 * 10 ** -digits
        ? { maximumSignificantDigits: 1, signDisplay: 'exceptZero' }
        : { maximumFractionDigits: digits, minimumFractionDigits: minimum, signDisplay: 'exceptZero' },
    ).format(value);
  switch (format) {
    case 'share':
      return { text: number(delta * 100, 1), points: true };
    case 'count':
      return { text: number(delta, 0), points: false };
    case 'steps':
      return { text: number(delta, 2), points: false };
    default:
      return { text: number(delta, 3, 2), points: false };
  }
}
