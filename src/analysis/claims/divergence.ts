/**
 * Waar verschillen de beelden? Two perspectives' claims compared: ties one claims and the other denies
 * (contested), ties only one of them names, strength differences on ties both claim, and one agreement
 * figure. Per vraagstuk, the spelers whose invloed or standpunt differ most between the two. Pure; the
 * claims come from `claimsByRelation`, so the editors' implicit claim counts exactly as on the map.
 *
 * Agreement is the weighted Jaccard index of the two tie sets, each tie weighted by its strength (a denied
 * or unnamed tie weighs 0): Σ min(a, b) / Σ max(a, b) over the ties either names. 1 means the same ties
 * with the same strengths; 0 means nothing in common. Null when neither names a tie.
 */
import { type ClaimableRelation, claimsByRelation, type RelationClaim } from './effective-map.ts';

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

function stanceOf(claims: readonly RelationClaim[] | undefined, perspectiveId: string): Stance {
  const claim = claims?.find((c) => c.perspectiveId === perspectiveId);
  if (!claim) return { kind: 'silent' };
  return claim.present ? { kind: 'claims', strength: claim.strength } : { kind: 'denies' };
}

/** The weight of a tie in the agreement figure: its strength when claimed (3, the default, when unrated). */
const weightOf = (stance: Stance, fallback: number) =>
  stance.kind === 'claims' ? (stance.strength ?? fallback) : 0;

export function tieDivergence(input: {
  relations: readonly ClaimableRelation[];
  assessments: readonly RelationClaim[];
  editorsPerspectiveId: string | null;
  a: string;
  b: string;
}): TieDivergence {
  const claims = claimsByRelation(input.relations, input.assessments, input.editorsPerspectiveId);
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
  for (const relation of input.relations) {
    const a = stanceOf(claims.get(relation.id), input.a);
    const b = stanceOf(claims.get(relation.id), input.b);
    const wa = weightOf(a, relation.strength);
    const wb = weightOf(b, relation.strength);
    minSum += Math.min(wa, wb);
    maxSum += Math.max(wa, wb);
    if (a.kind === 'claims' && b.kind === 'claims') {
      result.shared += 1;
      if (a.strength !== null && b.strength !== null && a.strength !== b.strength)
        result.strengthDifferences.push({ relationId: relation.id, a: a.strength, b: b.strength });
    } else if ((a.kind === 'claims' && b.kind === 'denies') || (a.kind === 'denies' && b.kind === 'claims')) {
      result.contested.push({ relationId: relation.id, a, b });
    } else if (a.kind === 'claims') {
      result.onlyA.push(relation.id);
    } else if (b.kind === 'claims') {
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
