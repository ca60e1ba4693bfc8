/**
 * Waar verschillen de beelden? Two perspectives' claims compared: ties one claims and the other denies
 * (contested), ties only one of them names, strength differences on ties both claim, and one agreement
 * figure. Per vraagstuk, the spelers whose invloed or standpunt differ most between the two. Pure; the
 * editors' implicit claim counts exactly as on the map (`claimsByRelation`, `effectiveMap`).
 *
 * Agreement is the weighted Jaccard index of the two tie sets, each tie weighted by its strength (a denied
 * or unnamed tie weighs 0): Σ min(a, b) / Σ max(a, b) over the ties either names. 1 means the same ties
 * with the same strengths; 0 means nothing in common. Null when neither names a tie.
 */
import { type ClaimableRelation, editorsClaimIt, type RelationClaim } from './effective-map.ts';

/** What one perspective says about one tie. */
export type Stance = { kind: 'claims'; strength: number | null } | { kind: 'denies' } | { kind: 'silent' };

export interface TieDifference {
  relationId: string;
  a: Stance;
  b: Stance;
}

export interface StrengthDifference {
  relationId: string;
  a: number;
  b: number;
}

export interface TieDivergence {
  /** Ties both claim. */
  shared: number;
  /** One claims, the other denies: the clearest difference. */
  contested: TieDifference[];
  /** Only a names (b says nothing), and the other way round. */
  onlyA: string[];
  onlyB: string[];
  /** Ties both claim with a strength, that differ by at least one step; largest first. */
  strengthDifferences: StrengthDifference[];
  /** Weighted Jaccard of the two tie sets; null when neither names any tie. */
  agreement: number | null;
}

/** A side's stance per relatie index, in typed arrays: 0 silent, 1 claims, 2 denies; strength 0 when none. */
const SILENT = 0;
const CLAIMS = 1;
const DENIES = 2;

function stanceOf(kind: number, strength: number): Stance {
  if (kind === CLAIMS) return { kind: 'claims', strength: strength === 0 ? null : strength };
  return kind === DENIES ? { kind: 'denies' } : { kind: 'silent' };
}

/** The weight of a tie in the agreement figure: its strength when claimed (3, the default, when unrated). */
const weightOf = (kind: number, strength: number, fallback: number) =>
  kind === CLAIMS ? strength || fallback : 0;

/**
 * Linear in relaties + assessments, with no list per relatie: only the two perspectives' claims are read
 * (the first one when a perspective would have two), and the editors' implicit claim — the relatie itself,
 * unless the editors assessed it — as `claimsByRelation` gives it to the map.
 */
export function tieDivergence(input: {
  relations: readonly ClaimableRelation[];
  assessments: readonly RelationClaim[];
  editorsPerspectiveId: string | null;
  a: string;
  b: string;
}): TieDivergence {
  const { relations, editorsPerspectiveId } = input;
  const n = relations.length;
  const indexOf = new Map<string, number>();
  for (let k = 0; k < n; k++) indexOf.set((relations[k] as ClaimableRelation).id, k);
  const kindA = new Uint8Array(n);
  const kindB = new Uint8Array(n);
  const strengthA = new Uint8Array(n);
  const strengthB = new Uint8Array(n);
  const editorsAssessed = new Uint8Array(n);
  for (const claim of input.assessments) {
    const k = indexOf.get(claim.relationId);
    if (k === undefined) continue;
    if (claim.perspectiveId === editorsPerspectiveId) editorsAssessed[k] = 1;
    const kind = claim.present ? CLAIMS : DENIES;
    const strength = claim.present ? (claim.strength ?? 0) : 0;
    if (claim.perspectiveId === input.a && kindA[k] === SILENT) {
      kindA[k] = kind;
      strengthA[k] = strength;
    }
    if (claim.perspectiveId === input.b && kindB[k] === SILENT) {
      kindB[k] = kind;
      strengthB[k] = strength;
    }
  }
  const result: TieDivergence = {
    shared: 0,
    contested: [],
    onlyA: [],
    onlyB: [],
    strengthDifferences: [],
    agreement: null,
  };
  let minSum = 0;
  let maxSum = 0;
  for (let k = 0; k < n; k++) {
    const relation = relations[k] as ClaimableRelation;
    // The relatie itself is the editors' claim where the editors did not assess it.
    if (editorsPerspectiveId !== null && editorsAssessed[k] === 0 && editorsClaimIt(relation)) {
      if (input.a === editorsPerspectiveId) [kindA[k], strengthA[k]] = [CLAIMS, relation.strength];
      if (input.b === editorsPerspectiveId) [kindB[k], strengthB[k]] = [CLAIMS, relation.strength];
    }
    const a = kindA[k] as number;
    const b = kindB[k] as number;
    const sa = strengthA[k] as number;
    const sb = strengthB[k] as number;
    const wa = weightOf(a, sa, relation.strength);
    const wb = weightOf(b, sb, relation.strength);
    minSum += Math.min(wa, wb);
    maxSum += Math.max(wa, wb);
    if (a === CLAIMS && b === CLAIMS) {
      result.shared += 1;
      if (sa !== 0 && sb !== 0 && sa !== sb)
        result.strengthDifferences.push({ relationId: relation.id, a: sa, b: sb });
    } else if ((a === CLAIMS && b === DENIES) || (a === DENIES && b === CLAIMS)) {
      result.contested.push({ relationId: relation.id, a: stanceOf(a, sa), b: stanceOf(b, sb) });
    } else if (a === CLAIMS) {
      result.onlyA.push(relation.id);
    } else if (b === CLAIMS) {
      result.onlyB.push(relation.id);
    }
  }
  result.strengthDifferences.sort((x, y) => Math.abs(y.a - y.b) - Math.abs(x.a - x.b));
  result.agreement = maxSum > 0 ? minSum / maxSum : null;
  return result;
}

/** A current position as the divergence needs it. */
export interface PositionClaim {
  actorId: string;
  perspectiveId: string;
  invloed: number;
  standpunt: number;
}

export interface PositionDifference {
  actorId: string;
  a: { invloed: number; standpunt: number };
  b: { invloed: number; standpunt: number };
  /** |Δ invloed| + |Δ standpunt|: how far apart the two see this speler. */
  distance: number;
}

/**
 * The spelers both perspectives placed on a vraagstuk, ordered by how far apart they see them (most
 * contested first); spelers only one placed are left out, there is nothing to compare.
 */
export function positionDivergence(
  positions: readonly PositionClaim[],
  a: string,
  b: string,
): PositionDifference[] {
  const ofA = new Map<string, PositionClaim>();
  const ofB = new Map<string, PositionClaim>();
  for (const position of positions) {
    if (position.perspectiveId === a) ofA.set(position.actorId, position);
    else if (position.perspectiveId === b) ofB.set(position.actorId, position);
  }
  const differences: PositionDifference[] = [];
  for (const [actorId, pa] of ofA) {
    const pb = ofB.get(actorId);
    if (!pb) continue;
    differences.push({
      actorId,
      a: { invloed: pa.invloed, standpunt: pa.standpunt },
      b: { invloed: pb.invloed, standpunt: pb.standpunt },
      distance: Math.abs(pa.invloed - pb.invloed) + Math.abs(pa.standpunt - pb.standpunt),
    });
  }
  return differences.sort((x, y) => y.distance - x.distance || x.actorId.localeCompare(y.actorId));
}
