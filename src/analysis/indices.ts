/**
 * The index cards: every whole-map figure the Diagnose panel, the API and the CLI show, with the band it
 * falls in. Bands are what the explanations hang on ("how to read this value, what one could do"), so the
 * thresholds live here, once, beside the figures. They are reading aids, not norms: they follow the
 * literature's usual reading of each index (Krackhardt & Stern 1988 for E-I; Newman 2006 for modularity,
 * "above about 0.3 indicates significant community structure") and are stated in the explanations.
 */
export const INDEX_KEYS = [
  'eiIndex',
  'crossShare',
  'formalModularity',
  'clusterAgreement',
  'clusterModularity',
  'components',
  'density',
  'reciprocity',
  'degreeCentralisation',
  'averagePathLength',
] as const;
export type IndexKey = (typeof INDEX_KEYS)[number];

/** From "strongly siloed / fragile" to "open / robust"; `none` when the value cannot be computed. */
export const BANDS = ['strong', 'some', 'mixed', 'open', 'none'] as const;
export type Band = (typeof BANDS)[number];

export type IndexFormat = 'index' | 'share' | 'count' | 'steps';

export interface IndexCard {
  key: IndexKey;
  /** null when undefined for this map (e.g. no ties between grouped spelers). */
  value: number | null;
  band: Band;
  format: IndexFormat;
}

export type IndexValues = Record<IndexKey, number | null>;

const FORMATS: Record<IndexKey, IndexFormat> = {
  eiIndex: 'index',
  crossShare: 'share',
  formalModularity: 'index',
  clusterAgreement: 'index',
  clusterModularity: 'index',
  components: 'count',
  density: 'share',
  reciprocity: 'share',
  degreeCentralisation: 'index',
  averagePathLength: 'steps',
};

/** Upper bounds per band for indices where higher means more siloed / more fragile. */
const RISING: Partial<Record<IndexKey, [number, number, number]>> = {
  formalModularity: [0.4, 0.25, 0.1],
  clusterAgreement: [0.6, 0.4, 0.2],
  clusterModularity: [0.5, 0.3, 0.15],
  degreeCentralisation: [0.5, 0.3, 0.15],
  averagePathLength: [4, 3, 2.2],
};

/** Bounds for indices where lower means more siloed. */
const FALLING: Partial<Record<IndexKey, [number, number, number]>> = {
  eiIndex: [-0.5, -0.2, 0.2],
  crossShare: [0.25, 0.4, 0.6],
  density: [0.02, 0.05, 0.15],
  reciprocity: [0.3, 0.5, 0.7],
};

/** What some bands need besides the value itself. */
export interface BandContext {
  /** Share of spelers in the largest component: three isolated spelers are not a split map. */
  largestComponentShare?: number;
}

export function bandOf(key: IndexKey, value: number | null, context: BandContext = {}): Band {
  if (value === null || !Number.isFinite(value)) return 'none';
  if (key === 'components') {
    if (value <= 1) return 'open';
    const share = context.largestComponentShare ?? 0;
    return share >= 0.9 ? 'mixed' : share >= 0.7 ? 'some' : 'strong';
  }
  const rising = RISING[key];
  if (rising)
    return value >= rising[0]
      ? 'strong'
      : value >= rising[1]
        ? 'some'
        : value >= rising[2]
          ? 'mixed'
          : 'open';
  const falling = FALLING[key] as [number, number, number];
  return value <= falling[0]
    ? 'strong'
    : value <= falling[1]
      ? 'some'
      : value <= falling[2]
        ? 'mixed'
        : 'open';
}

export function indexCards(values: IndexValues, context: BandContext = {}): IndexCard[] {
  return INDEX_KEYS.map((key) => {
    const value = values[key];
    const finite = value !== null && Number.isFinite(value) ? value : null;
    return { key, value: finite, band: bandOf(key, finite, context), format: FORMATS[key] };
  });
}
