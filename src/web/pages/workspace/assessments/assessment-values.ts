/**
 * The data behind "Wie zegt wat over deze relatie?": which perspectives said something about one relatie
 * (the editors always do, by the relatie itself, unless they assessed it), which said nothing yet, and
 * the assessment form's values and what it sends. Pure, so the panel and its tests read the claims alike.
 */
import {
  type Assessment,
  type AssessmentCreate,
  PARTNER_SCALE_MAX,
  PARTNER_SCALE_MIN,
  type Perspective,
  STRENGTH_MAX,
  STRENGTH_MIN,
} from '../../../../domain/index.ts';

/** One perspective's line in the list: its assessment, or none for the editors' implicit claim. */
export interface ClaimRow {
  perspective: Perspective;
  /** Null only for the editors' perspective: the relatie as entered is their claim. */
  assessment: Assessment | null;
}

export interface PerspectiveClaims {
  /** In the order of the perspectives (the editors' first), those that said something. */
  said: ClaimRow[];
  /** Those that said nothing about this relatie yet. */
  silent: Perspective[];
}

/** Who says what about one relatie, from the werkruimte's perspectives and the relatie's assessments. */
export function perspectiveClaims(
  perspectives: readonly Perspective[],
  assessments: readonly Assessment[],
): PerspectiveClaims {
  const byPerspective = new Map(assessments.map((assessment) => [assessment.perspectiveId, assessment]));
  const result: PerspectiveClaims = { said: [], silent: [] };
  for (const perspective of perspectives) {
    const assessment = byPerspective.get(perspective.id) ?? null;
    if (assessment || perspective.editors) result.said.push({ perspective, assessment });
    else result.silent.push(perspective);
  }
  return result;
}

/** The perspectives that may still add an assessment: those without one, the editors' included. */
export function unassessedPerspectives(
  perspectives: readonly Perspective[],
  assessments: readonly Assessment[],
): Perspective[] {
  const assessed = new Set(assessments.map((assessment) => assessment.perspectiveId));
  return perspectives.filter((perspective) => !assessed.has(perspective.id));
}

/** What the form holds. Ratings stay while "bestaat niet" is chosen, so choosing "ja" again restores them. */
export interface AssessmentValues {
  present: boolean;
  strength: number | null;
  trust: number | null;
  value: number | null;
  note: string;
  source: string;
}

export const NEW_ASSESSMENT: AssessmentValues = {
  present: true,
  strength: null,
  trust: null,
  value: null,
  note: '',
  source: '',
};

export function valuesOf(assessment: Assessment): AssessmentValues {
  const { present, strength, trust, value, note, source } = assessment;
  return { present, strength, trust, value, note, source: source ?? '' };
}

/** Whether the form holds something its starting point does not: what leaving would lose. */
export function isAssessmentDirty(values: AssessmentValues, start: AssessmentValues): boolean {
  return (Object.keys(start) as (keyof AssessmentValues)[]).some((key) => values[key] !== start[key]);
}

/** The fields sent on create and update: a denied tie carries no ratings; an empty source is none. */
export function payloadOf(values: AssessmentValues): Omit<AssessmentCreate, 'perspectiveId'> {
  const source = values.source.trim();
  const rated = values.present;
  return {
    present: values.present,
    strength: rated ? values.strength : null,
    trust: rated ? values.trust : null,
    value: rated ? values.value : null,
    note: values.note,
    source: source === '' ? null : source,
  };
}

/** The rating scales of the form and the list: sterkte 1–5, vertrouwen and waarde 1–4 (PARTNER's). */
export const SCALES = {
  strength: { min: STRENGTH_MIN, max: STRENGTH_MAX },
  trust: { min: PARTNER_SCALE_MIN, max: PARTNER_SCALE_MAX },
  value: { min: PARTNER_SCALE_MIN, max: PARTNER_SCALE_MAX },
} as const;
export type Scale = keyof typeof SCALES;

export function scoresOf(scale: Scale): number[] {
  const { min, max } = SCALES[scale];
  return Array.from({ length: max - min + 1 }, (_, index) => min + index);
}
