/**
 * The effective map: which relaties count, and how strong they are, when the map is read through a chosen
 * set of perspectives under a chosen rule. Every consumer of "the map as these groups see it" — the graph
 * endpoint, the diagnosis, later exports, snapshots and the report — calls this one function, so none can
 * read the claims differently (docs/analysis.md, "Perspectives: the effective map").
 *
 * A relatie is itself the editors' claim (present, with the relatie's own strength), unless the editors'
 * perspective has an assessment of it, which then replaces that claim, or unless someone else named it
 * first (`claimedByEditors: false`, a relatie an uitvraag's respondent drew): then the editors claim
 * nothing about it until they assess it. Every other perspective's claim is
 * an assessment. Pure and linear in relaties + assessments.
 */

/** How the selected perspectives' claims decide whether a tie counts. */
export const CLAIM_RULES = ['default', 'majority', 'any'] as const;
export type ClaimRule = (typeof CLAIM_RULES)[number];
export const DEFAULT_CLAIM_RULE: ClaimRule = 'default';

/** Which perspectives' claims are read: every perspective, or the ones listed (by id). */
export type PerspectiveSelection = 'all' | readonly string[];

/** One perspective's claim about one relatie: an assessment as the store lists it, or the editors' own. */
export interface RelationClaim {
  relationId: string;
  perspectiveId: string;
  /** False: this perspective says the tie does not exist. */
  present: boolean;
  /** 1–5; null when denied or not rated. */
  strength: number | null;
  trust?: number | null;
  value?: number | null;
  /** True for the editors' claim that the relatie itself makes (no assessment row behind it). */
  implicit?: boolean;
}

/** What the function needs of a relatie; anything else it carries is passed through. */
export interface ClaimableRelation {
  id: string;
  strength: number;
  /** False when the relatie is not the editors' own claim (named by a respondent); absent means true. */
  claimedByEditors?: boolean;
}

/** Whether the relatie itself stands for the editors' claim (when they have not assessed it). */
export function editorsClaimIt(relation: ClaimableRelation): boolean {
  return relation.claimedByEditors !== false;
}

export interface EffectiveMapInput<R extends ClaimableRelation> {
  /** The werkruimte's relaties as stored (the editors' claims). */
  relations: readonly R[];
  /** Its assessments, in any order; assessments of relaties not in `relations` are ignored. */
  assessments: readonly RelationClaim[];
  /** The werkruimte's editors' perspective; null means no relatie claims anything by itself. */
  editorsPerspectiveId: string | null;
  selection: PerspectiveSelection;
  /** Default `default`. */
  rule?: ClaimRule;
}

/** How many of the selected perspectives claim and deny a relatie. */
export interface ClaimTally {
  claims: number;
  denials: number;
}

/** A relatie that counts: as given, with its effective strength and its tally. */
export type EffectiveRelation<R extends ClaimableRelation> = R & ClaimTally;

export interface EffectiveMap<R extends ClaimableRelation> {
  /** The relaties that count, in input order; `strength` is the effective strength. */
  relations: EffectiveRelation<R>[];
  /** The relaties that do not count, in input order, with their tally (claims 0: nobody selected says so). */
  excluded: Array<{ id: string } & ClaimTally>;
}

/**
 * Every relatie's claims, the editors' implicit one included (replaced by the editors' assessment when
 * there is one): relation id → claims, in the order the assessments came, the implicit one first.
 */
export function claimsByRelation(
  relations: readonly ClaimableRelation[],
  assessments: readonly RelationClaim[],
  editorsPerspectiveId: string | null,
): Map<string, RelationClaim[]> {
  const byRelation = new Map<string, RelationClaim[]>();
  for (const relation of relations) byRelation.set(relation.id, []);
  const editorsAssessed = new Set<string>();
  for (const claim of assessments) {
    const list = byRelation.get(claim.relationId);
    if (!list) continue;
    list.push(claim);
    if (claim.perspectiveId === editorsPerspectiveId) editorsAssessed.add(claim.relationId);
  }
  if (editorsPerspectiveId !== null) {
    for (const relation of relations) {
      if (editorsAssessed.has(relation.id) || !editorsClaimIt(relation)) continue;
      (byRelation.get(relation.id) as RelationClaim[]).unshift({
        relationId: relation.id,
        perspectiveId: editorsPerspectiveId,
        present: true,
        strength: relation.strength,
        implicit: true,
      });
    }
  }
  return byRelation;
}

/** Whether a tie with this tally counts under the rule. */
export function countsUnder(rule: ClaimRule, tally: ClaimTally): boolean {
  switch (rule) {
    case 'default':
      return tally.claims > 0 && tally.denials === 0;
    case 'majority':
      return tally.claims > tally.denials;
    case 'any':
      return tally.claims > 0;
  }
}

/**
 * The map as the selected perspectives see it under `rule`:
 * - `default`: a tie counts when some selected perspective claims it and none denies it;
 * - `majority`: when more selected perspectives claim it than deny it;
 * - `any`: when some selected perspective claims it (denials are ignored).
 * Its strength is the mean of the selected claims' strengths, rounded half up; a claim without a strength
 * is left out of the mean, and when no selected claim has one, the relatie keeps its own strength.
 */
export function effectiveMap<R extends ClaimableRelation>(input: EffectiveMapInput<R>): EffectiveMap<R> {
  const rule = input.rule ?? DEFAULT_CLAIM_RULE;
  const { relations, editorsPerspectiveId } = input;
  const selected = input.selection === 'all' ? null : new Set<string>(input.selection as readonly string[]);
  const isSelected = (perspectiveId: string) => selected === null || selected.has(perspectiveId);
  // Tallies in typed arrays by relatie index: 60,000 assessments must not mean 20,000 little arrays.
  const n = relations.length;
  const indexOf = new Map<string, number>();
  for (let k = 0; k < n; k++) indexOf.set((relations[k] as R).id, k);
  const claims = new Int32Array(n);
  const denials = new Int32Array(n);
  const strengthSum = new Int32Array(n);
  const rated = new Int32Array(n);
  const editorsAssessed = new Uint8Array(n);
  for (const claim of input.assessments) {
    const k = indexOf.get(claim.relationId);
    if (k === undefined) continue;
    if (claim.perspectiveId === editorsPerspectiveId) editorsAssessed[k] = 1;
    if (!isSelected(claim.perspectiveId)) continue;
    if (!claim.present) {
      denials[k] = (denials[k] as number) + 1;
      continue;
    }
    claims[k] = (claims[k] as number) + 1;
    if (claim.strength !== null) {
      strengthSum[k] = (strengthSum[k] as number) + claim.strength;
      rated[k] = (rated[k] as number) + 1;
    }
  }
  // The relatie itself is the editors' claim where the editors did not assess it.
  const implicit = editorsPerspectiveId !== null && isSelected(editorsPerspectiveId);
  const result: EffectiveMap<R> = { relations: [], excluded: [] };
  for (let k = 0; k < n; k++) {
    const relation = relations[k] as R;
    if (implicit && editorsAssessed[k] === 0 && editorsClaimIt(relation)) {
      claims[k] = (claims[k] as number) + 1;
      strengthSum[k] = (strengthSum[k] as number) + relation.strength;
      rated[k] = (rated[k] as number) + 1;
    }
    const tally = { claims: claims[k] as number, denials: denials[k] as number };
    if (countsUnder(rule, tally)) {
      const count = rated[k] as number;
      const strength = count > 0 ? Math.round((strengthSum[k] as number) / count) : relation.strength;
      // Object.assign, not a spread with extra keys: that was 10× slower on 20,000 parsed relaties.
      result.relations.push(Object.assign({}, relation, { strength }, tally));
    } else {
      result.excluded.push({ id: relation.id, ...tally });
    }
  }
  return result;
}

/** A reading of the map: whose claims, under which rule (the `perspective` and `rule` of the API). */
export interface PerspectiveView {
  selection: PerspectiveSelection;
  rule: ClaimRule;
}

/** The perspective ids a view names that are not among `known` (empty for `all`). */
export function unknownPerspectives(selection: PerspectiveSelection, known: readonly string[]): string[] {
  if (selection === 'all') return [];
  const set = new Set(known);
  return (selection as readonly string[]).filter((id) => !set.has(id));
}
