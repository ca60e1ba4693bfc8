/**
 * The panel's headline: three or four short B1 sentences a policy adviser can repeat in a meeting, made
 * of the figures that matter most — how much collaboration stays inside the kokers (with the E-I card's
 * band as the verdict), who connects the most kokers, and how many residents' initiatives hang on the
 * gemeente by subsidy alone. Returns message keys and values; the words live in the i18n files.
 */
import { type Diagnosis, formatIndexValue, groupingWord, type Locale } from '../../../analysis/index.ts';

export interface Sentence {
  key: string;
  values?: Record<string, string | number>;
}

export function headlineSentences(diagnosis: Diagnosis, locale: Locale): Sentence[] {
  const { grouping } = diagnosis.parameters;
  // "per groep" alone does not say which labels: name the prefix ("per groep “moeder”").
  const word = groupingWord(grouping, locale);
  const koker = grouping.startsWith('tag:') ? `${word} “${grouping.slice(4)}”` : word;
  const sentences: Sentence[] = [];
  const cross = diagnosis.indices.find((card) => card.key === 'crossShare');
  const ei = diagnosis.indices.find((card) => card.key === 'eiIndex');
  if (cross?.value != null) {
    const share = formatIndexValue({ value: 1 - cross.value, format: 'share' }, locale);
    sentences.push({ key: 'diagnose.headline.inside', values: { koker, share } });
    if (ei && ei.band !== 'none') sentences.push({ key: `diagnose.headline.verdict.${ei.band}` });
  } else {
    sentences.push({ key: 'diagnose.headline.insideUnknown', values: { koker } });
  }

  const names = new Map(diagnosis.spelers.map((speler) => [speler.id, speler.name]));
  const [first, second] = diagnosis.brokers.slice(0, 2).map((id) => names.get(id) ?? id);
  if (first && second) sentences.push({ key: 'diagnose.headline.brokersTwo', values: { first, second } });
  else if (first) sentences.push({ key: 'diagnose.headline.brokersOne', values: { first } });
  else sentences.push({ key: 'diagnose.headline.brokersNone' });

  const subsidyOnly = diagnosis.residents.filter((row) => row.subsidyOnly).length;
  if (subsidyOnly > 0)
    sentences.push({ key: 'diagnose.headline.subsidyOnly', values: { count: subsidyOnly } });
  return sentences;
}
