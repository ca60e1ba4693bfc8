/**
 * Which two perspectives and which vraagstuk the comparison opens with, so the first look already answers
 * the usual question — where do the gemeente and the residents see the field differently? — without a
 * choice to make first. A pair the address names (the map's `kaart` and `naast`) wins, so the panel and
 * the map beside it compare the same two.
 */
import type { Perspective, Topic } from '../../../../domain/index.ts';

export interface Pair {
  a: string;
  b: string;
}

type PerspectiveLike = Pick<Perspective, 'id' | 'force' | 'editors'>;

/** The first perspective (not the editors') that speaks for this kracht. */
const speakingFor = (perspectives: readonly PerspectiveLike[], force: Perspective['force']) =>
  perspectives.find((perspective) => !perspective.editors && perspective.force === force);

/**
 * The pair to start with: `preferred` when both are perspectives of the list and differ; otherwise a
 * gemeente perspective (else the first) against a bewoners perspective (else the first other one). Null
 * when there are fewer than two perspectives: nothing to compare.
 */
export function defaultPair(
  perspectives: readonly PerspectiveLike[],
  preferred?: Partial<Pair>,
): Pair | null {
  if (perspectives.length < 2) return null;
  const known = new Set(perspectives.map((perspective) => perspective.id));
  if (
    preferred?.a &&
    preferred.b &&
    preferred.a !== preferred.b &&
    known.has(preferred.a) &&
    known.has(preferred.b)
  )
    return { a: preferred.a, b: preferred.b };
  const first = perspectives[0] as PerspectiveLike;
  const a = speakingFor(perspectives, 'gemeente') ?? first;
  const bewoners = speakingFor(perspectives, 'bewoner');
  const b =
    bewoners && bewoners.id !== a.id
      ? bewoners
      : (perspectives.find((perspective) => perspective.id !== a.id) as PerspectiveLike);
  return { a: a.id, b: b.id };
}

/**
 * A pair after one side changed: choosing for one side the perspective the other side holds swaps them,
 * so the two are never the same.
 */
export function choose(pair: Pair, side: keyof Pair, id: string): Pair {
  if (side === 'a') return id === pair.b ? { a: id, b: pair.a } : { ...pair, a: id };
  return id === pair.a ? { a: pair.b, b: id } : { ...pair, b: id };
}

/** The vraagstuk to start with: the first active one (the list comes by name), or '' for none. */
export function defaultTopic(topics: readonly Pick<Topic, 'id' | 'status'>[]): string {
  return topics.find((topic) => topic.status === 'actief')?.id ?? '';
}
