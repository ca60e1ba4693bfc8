/**
 * Verkokering as each perspective sees the map: the E-I index of the diagnosis of that perspective's map
 * (GET …/analysis?perspective=), and one sentence comparing two — "Volgens Gemeente is er minder
 * verkokering dan volgens Bewoners". A higher E-I means more contact between kokers, so less verkokering.
 * A difference below the what-if's meaningful change (src/analysis/reliability.ts) is "about the same",
 * and a map too small to judge (`mapReliability`) makes the sentence a first impression.
 */
import { type Band, type Diagnosis, MEANINGFUL_DELTA, mapReliability } from '../../../../analysis/index.ts';

export interface SiloView {
  /** The perspective's name. */
  name: string;
  /** The E-I index of its map; null when it cannot be computed (no ties between grouped spelers). */
  value: number | null;
  band: Band;
  spelers: number;
  /** Collaboration ties on its map. */
  ties: number;
  /** Too small a map to judge: a first impression only. */
  indicative: boolean;
}

/** The part of the diagnosis (or of the API's answer, which has the same shape) the comparison reads. */
type DiagnosisLike = Pick<Diagnosis, 'network'> & {
  indices: readonly Pick<Diagnosis['indices'][number], 'key' | 'value' | 'band'>[];
};

export function siloView(name: string, diagnosis: DiagnosisLike): SiloView {
  const card = diagnosis.indices.find((index) => index.key === 'eiIndex');
  return {
    name,
    value: card?.value ?? null,
    band: card?.band ?? 'none',
    spelers: diagnosis.network.spelers,
    ties: diagnosis.network.ties,
    indicative: mapReliability(diagnosis.network).indicative,
  };
}

/**
 * A perspective that names no relatie: its map holds the spelers and no tie, so there is nothing to judge.
 * Said without asking the server.
 */
export function silentView(name: string, spelers: number): SiloView {
  return { name, value: null, band: 'none', spelers, ties: 0, indicative: true };
}

export interface Sentence {
  key: string;
  values: Record<string, string | number>;
}

/**
 * One sentence comparing two perspectives' verkokering, `a` named first. Which side a missing figure is
 * on is said, because "niet te vergelijken" alone leaves the reader guessing why.
 */
export function compareSilos(a: SiloView, b: SiloView): Sentence {
  const names = { a: a.name, b: b.name };
  if (a.value === null && b.value === null) return { key: 'divergence.silos.compare.neither', values: names };
  if (a.value === null) return { key: 'divergence.silos.compare.unknown', values: { name: a.name } };
  if (b.value === null) return { key: 'divergence.silos.compare.unknown', values: { name: b.name } };
  const prefix =
    a.indicative || b.indicative ? 'divergence.silos.compare.tentative' : 'divergence.silos.compare';
  const difference = a.value - b.value;
  if (Math.abs(difference) < MEANINGFUL_DELTA.eiIndex) return { key: `${prefix}.same`, values: names };
  return { key: `${prefix}.${difference > 0 ? 'less' : 'more'}`, values: names };
}
