import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, PROFILE_FIELDS } from '../../domain/index.ts';
import { en } from './en.ts';
import { nl } from './nl.ts';

// The history and the Tijd section name a profile text as the speler form labels it; the command line's
// diff names it from the domain's field words. They must say the same.
describe('field words', () => {
  it('name every profile text as the speler form does, in lower case', () => {
    for (const field of PROFILE_FIELDS) {
      expect(FIELD_LABELS[field].nl, field).toBe(nl.actorForm[field].toLocaleLowerCase('nl'));
      expect(FIELD_LABELS[field].en, field).toBe(en.actorForm[field].toLocaleLowerCase('en'));
    }
  });

  it('are the history’s field words', () => {
    for (const [field, label] of Object.entries(FIELD_LABELS)) {
      expect(nl.history.fields[field as keyof typeof nl.history.fields], field).toBe(label.nl);
      expect(en.history.fields[field as keyof typeof en.history.fields], field).toBe(label.en);
    }
  });
});
