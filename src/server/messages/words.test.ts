import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { nl } from './nl.ts';
import { acceptedWords, alternatives } from './words.ts';

describe('message words', () => {
  it('lists a vocabulary’s words with the code beside a label that reads differently', () => {
    expect(acceptedWords('force', 'nl')).toBe(
      'Rijk, Instellingen (instelling), Gemeente, Professionals (professional), Bewoners (bewoner)',
    );
    expect(acceptedWords('relationType', 'en')).toContain('works with (werkt_samen)');
    expect(acceptedWords('nothing', 'nl')).toBeUndefined();
    expect(alternatives(['a', 'b', 'c'], 'of')).toBe('a, b of c');
  });

  it('says which words a spreadsheet cell takes and how to separate a list, in both languages', () => {
    const params = {
      values: ['jeugd'],
      vocabulary: 'domain',
      value: 'jeugd/schulden',
      item: 1,
      separators: ['|', ';', ','],
    };
    expect(nl.reasons.invalid_enum(params)).toMatch(
      /^"jeugd\/schulden" kennen we niet\. Kies uit: Schulden, .*Werk en inkomen \(werk_inkomen\).*\. Scheid twee waarden met een streep \(\|\), een puntkomma \(;\) of een komma \(,\)\.$/,
    );
    expect(en.reasons.invalid_enum(params)).toContain(
      'Separate two values with a bar (|), a semicolon (;) or a comma (,).',
    );
    // The API's own enums keep the plain list of codes.
    expect(nl.reasons.invalid_enum({ values: ['rijk', 'bewoner'] })).toBe(
      'Kies een van deze waarden: rijk, bewoner.',
    );
  });

  it('suggests the ids of an ambiguous name and the column to put one in, or the rows of new spelers', () => {
    const id = '2f1c6b8e-4d3a-4b7e-9c1d-0a5e8f3b2c71';
    expect(nl.reasons.ambiguous_name({ name: 'Wijkteam', ids: [id], idColumn: 'van_id' })).toBe(
      `Er zijn meer spelers met de naam "Wijkteam". Bedoelt u ${id}? Zet die id in de kolom van_id.`,
    );
    expect(nl.reasons.ambiguous_name({ name: 'Buurtkamer', sheet: 'spelers', rows: [3, 7] })).toBe(
      'Er zijn meer spelers met de naam "Buurtkamer". In de rijen 3 en 7 van het blad spelers staan nieuwe spelers met deze naam. Geef elke speler een eigen naam.',
    );
    expect(en.reasons.ambiguous_name({ name: 'Buurtkamer', sheet: 'spelers', rows: [3] })).toContain(
      'Row 3 of sheet spelers holds a new actor with this name.',
    );
  });

  it('suggests gemeenten for a name that fits none', () => {
    expect(
      nl.reasons.unknown_gemeente({
        name: 'Bergen',
        suggestions: ['Bergen (L.) (GM0893)', 'Bergen (NH.) (GM0373)'],
      }),
    ).toBe(
      'Er is geen gemeente met de naam "Bergen". Bedoelt u Bergen (L.) (GM0893) of Bergen (NH.) (GM0373)?',
    );
    expect(nl.reasons.unknown_gemeente({})).toBe(
      'Deze gemeentecode staat niet in de lijst van gemeenten van het CBS.',
    );
  });
});
