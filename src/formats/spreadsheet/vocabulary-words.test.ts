import { describe, expect, it } from 'vitest';
import {
  ACTOR_KINDS,
  DOMAINS,
  FORCES,
  type LabelledVocabulary,
  RELATION_TYPES,
  SCALES,
  VOCABULARY_LABELS,
} from '../../domain/index.ts';
import { valueOfWord } from './vocabulary-words.ts';

const VALUES: Record<LabelledVocabulary, readonly string[]> = {
  force: FORCES,
  kind: ACTOR_KINDS,
  domain: DOMAINS,
  scale: SCALES,
  relationType: RELATION_TYPES,
};

describe('vocabulary words', () => {
  it('know every value by its code and by its Dutch and English label', () => {
    for (const [vocabulary, values] of Object.entries(VALUES) as [LabelledVocabulary, string[]][]) {
      expect(Object.keys(VOCABULARY_LABELS[vocabulary])).toEqual(values);
      for (const value of values) {
        const label = (VOCABULARY_LABELS[vocabulary] as Record<string, { nl: string; en: string }>)[value];
        expect(valueOfWord(vocabulary, value)).toBe(value);
        expect(valueOfWord(vocabulary, label?.nl ?? '')).toBe(value);
        expect(valueOfWord(vocabulary, label?.en ?? '')).toBe(value);
      }
    }
  });

  it('ignore case, accents, spaces, hyphens and underscores', () => {
    expect(valueOfWord('force', 'bewoners')).toBe('bewoner');
    expect(valueOfWord('force', '  BEWONERS ')).toBe('bewoner');
    expect(valueOfWord('force', 'residents')).toBe('bewoner');
    expect(valueOfWord('relationType', 'Werkt  samen met')).toBe('werkt_samen');
    expect(valueOfWord('relationType', 'works with')).toBe('werkt_samen');
    expect(valueOfWord('relationType', 'werkt-samen')).toBe('werkt_samen');
    expect(valueOfWord('domain', 'WMO ondersteuning')).toBe('wmo_ondersteuning');
    expect(valueOfWord('kind', 'Pérsoon in een rol')).toBe('persoon_in_rol');
  });

  it('know no other words', () => {
    expect(valueOfWord('force', 'Bewonerz')).toBeUndefined();
    expect(valueOfWord('force', 'Wijk')).toBeUndefined();
    expect(valueOfWord('domain', 'schulden/armoede')).toBeUndefined();
    expect(valueOfWord('relationType', '')).toBeUndefined();
  });
});
