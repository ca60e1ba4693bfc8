/**
 * From a werkruimte's graph (spelers and relaties as the API serves them) to what the analysis computes on:
 * the compact collaboration graph, the hierarchy layer and the negative ties, with the index ↔ id maps.
 *
 * Which relation types count as collaboration is a parameter: a gemeente that reads `verwijst` as a
 * one-way hand-off rather than working together can leave it out. `financiert` and `stuurt_aan` never
 * count as collaboration: money and instructions are the hierarchy (the kokers' spine), kept as their own
 * layer for subsidy dependency. `spanning` is a negative tie and never a path.
 */
import type { Force, RelationType } from '../domain/index.ts';
import { RELATION_TYPE_TRAITS } from '../domain/index.ts';
import { type CompactGraph, compactGraph, type TieInput } from './compact-graph.ts';

export const DEFAULT_COLLABORATION_TYPES: readonly RelationType[] = [
  'werkt_samen',
  'verwijst',
  'informeert',
  'maakt_deel_uit_van',
  'contracteert',
];
export const HIERARCHY_TYPES: readonly RelationType[] = ['financiert', 'stuurt_aan'];
export const NEGATIVE_TYPES: readonly RelationType[] = ['spanning'];

/** What the analysis reads of a speler (a subset of the API's graph actor). */
export interface AnalysisActor {
  id: string;
  name: string;
  force: Force;
  domains: readonly string[];
  wijken: readonly string[];
  tags: readonly string[];
  kind?: string;
  scale?: string | null;
}

/** What the analysis reads of a relatie. */
export interface AnalysisRelation {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  strength: number;
}

/** Ties outside the collaboration layer, by node index. */
export interface ArcList {
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly type: readonly RelationType[];
  readonly relationIds: readonly string[];
}

export interface Snapshot {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly actors: readonly AnalysisActor[];
  readonly collaborationTypes: readonly RelationType[];
  readonly collaboration: CompactGraph;
  readonly hierarchy: ArcList;
  readonly tension: ArcList;
  /** Every relatie between two known spelers, whatever its type (for "their only tie is …" questions). */
  readonly all: ArcList;
}

export interface SnapshotOptions {
  collaborationTypes?: readonly RelationType[];
}

function arcList(relations: readonly AnalysisRelation[], indexOf: ReadonlyMap<string, number>): ArcList {
  const source = new Int32Array(relations.length);
  const target = new Int32Array(relations.length);
  relations.forEach((relation, k) => {
    source[k] = indexOf.get(relation.source) as number;
    target[k] = indexOf.get(relation.target) as number;
  });
  return {
    source,
    target,
    type: relations.map((relation) => relation.type),
    relationIds: relations.map((relation) => relation.id),
  };
}

/**
 * Builds the snapshot. Relaties whose ends are not among `actors` are skipped (the API never serves them;
 * a what-if change set might name a removed speler).
 */
export function buildSnapshot(
  actors: readonly AnalysisActor[],
  relations: readonly AnalysisRelation[],
  options: SnapshotOptions = {},
): Snapshot {
  const collaborationTypes = options.collaborationTypes ?? DEFAULT_COLLABORATION_TYPES;
  const collaborationSet = new Set<RelationType>(collaborationTypes);
  const ids = actors.map((actor) => actor.id);
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const ties: TieInput[] = [];
  const hierarchy: AnalysisRelation[] = [];
  const tension: AnalysisRelation[] = [];
  const all: AnalysisRelation[] = [];
  for (const relation of relations) {
    const source = indexOf.get(relation.source);
    const target = indexOf.get(relation.target);
    if (source === undefined || target === undefined || source === target) continue;
    all.push(relation);
    if (collaborationSet.has(relation.type)) {
      ties.push({
        source,
        target,
        weight: relation.strength,
        directed: RELATION_TYPE_TRAITS[relation.type].directed,
      });
    } else if (HIERARCHY_TYPES.includes(relation.type)) hierarchy.push(relation);
    else if (NEGATIVE_TYPES.includes(relation.type)) tension.push(relation);
  }
  return {
    ids,
    indexOf,
    actors,
    collaborationTypes,
    collaboration: compactGraph(ids.length, ties),
    hierarchy: arcList(hierarchy, indexOf),
    tension: arcList(tension, indexOf),
    all: arcList(all, indexOf),
  };
}
