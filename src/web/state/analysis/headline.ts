/**
 * The panel's headline: three or four short B1 sentences a policy adviser can repeat in a meeting, made
 * of the figures that matter most — how much collaboration stays inside the kokers (with the E-I card's
 * band as the verdict), who connects the most kokers, and how many residents' initiatives get subsidy
 * from the gemeente without working with it directly. On a map too small to judge (`mapReliability`) the
 * same sentences are worded as a first impression, and `indicativeNotice` says why at the top. Returns
 * message keys and values; the words live in the i18n files.
 */
import {
  type Diagnosis,
  formatIndexValue,
  groupingWord,
  type Locale,
  mapReliability,
  RELIABLE_MIN_ACTORS,
  RELIABLE_MIN_TIES,
} from '../../../analysis/index.ts';

export interface Sentence {
  key: string;
  values?: Record<string, string | number>;
}

/** Why the diagnosis is only a first impression; null when the map is large enough. */
export interface IndicativeNotice {
  /** Which of the two limits the map is under: `actors`, `ties` or `both`. */
  reason: 'actors' | 'ties' | 'both';
  spelers: number;
  ties: number;
  minActors: number;
  minTies: number;
}

export function indicativeNotice(diagnosis: Diagnosis): IndicativeNotice | null {
  const { spelers, ties } = diagnosis.network;
  const reliability = mapReliability(diagnosis.network);
  if (!reliability.indicative) return null;
  const reason =
    reliability.tooFewActors && reliability.tooFewTies
      ? 'both'
      : reliability.tooFewActors
        ? 'actors'
        : 'ties';
  return { reason, spelers, ties, minActors: RELIABLE_MIN_ACTORS, minTies: RELIABLE_MIN_TIES };
}

export function headlineSentences(diagnosis: Diagnosis, locale: Locale): Sentence[] {
  const { grouping } = diagnosis.parameters;
  // "per groep" alone does not say which labels: name the prefix ("per groep “moeder”").
  const word = groupingWord(grouping, locale);
  const koker = grouping.startsWith('tag:') ? `${word} “${grouping.slice(4)}”` : word;
  // A first impression says "lijkt" where a large map can say "is".
  const prefix = mapReliability(diagnosis.network).indicative
    ? 'diagnose.headline.tentative'
    : 'diagnose.headline';
  const sentences: Sentence[] = [];

  if (diagnosis.network.ties === 0) {
    // Without ties there is nothing to say about kokers or brokers, and saying "nobody connects the
    // kokers" would suggest a finding where there is only an empty map.
    sentences.push({ key: 'diagnose.headline.noTies' });
  } else {
    const cross = diagnosis.indices.find((card) => card.key === 'crossShare');
    const ei = diagnosis.indices.find((card) => card.key === 'eiIndex');
    if (cross?.value != null) {
      const share = formatIndexValue({ value: 1 - cross.value, format: 'share' }, locale);
      sentences.push({ key: `${prefix}.inside`, values: { koker, share } });
      if (ei && ei.band !== 'none') sentences.push({ key: `${prefix}.verdict.${ei.band}` });
    } else if (diagnosis.kokers.ungrouped === diagnosis.network.spelers) {
      sentences.push({ key: 'diagnose.headline.insideUnknown', values: { koker } });
    } else {
      // Spelers have a koker, but no tie joins two of them: "fill in a koker" would be the wrong advice.
      sentences.push({ key: 'diagnose.headline.insideNoGroupedTies', values: { koker } });
    }

    const names = new Map(diagnosis.spelers.map((speler) => [speler.id, speler.name]));
    const [first, second] = diagnosis.brokers.slice(0, 2).map((id) => names.get(id) ?? id);
    if (first && second) sentences.push({ key: `${prefix}.brokersTwo`, values: { first, second } });
    else if (first) sentences.push({ key: `${prefix}.brokersOne`, values: { first } });
    else sentences.push({ key: `${prefix}.brokersNone` });
  }

  // A fact about the relaties as entered, not a statistic: the same words on any map size.
  const subsidyOnly = diagnosis.residents.filter((row) => row.subsidyOnly).length;
  if (subsidyOnly > 0)
    sentences.push({ key: 'diagnose.headline.subsidyOnly', values: { count: subsidyOnly } });
  return sentences;
}
