import { describe, expect, it } from 'vitest';
import { partsOf, plainText, slot } from './parts.ts';

describe('partsOf', () => {
  it('cuts a sentence at its slots and capitalises its first word', () => {
    const sentence = `volgens Gemeente werkt ${slot('source')} samen met ${slot('target')}; volgens Bewoners niet.`;
    expect(partsOf(sentence, 'nl')).toEqual([
      { text: 'Volgens Gemeente werkt ' },
      { slot: 'source' },
      { text: ' samen met ' },
      { slot: 'target' },
      { text: '; volgens Bewoners niet.' },
    ]);
  });

  it('leaves a name at the start as it is spelled', () => {
    expect(partsOf(`${slot('actor')} heeft veel invloed.`, 'nl')).toEqual([
      { slot: 'actor' },
      { text: ' heeft veel invloed.' },
    ]);
  });

  it('keeps text that merely looks like a marker (braces, brackets) as text', () => {
    expect(partsOf('volgens {{x}} en [source]', 'nl')).toEqual([{ text: 'Volgens {{x}} en [source]' }]);
  });

  it('reads back as plain text with the slots filled', () => {
    const parts = partsOf(`${slot('source')} informeert ${slot('target')}.`, 'nl');
    expect(plainText(parts, (name) => (name === 'source' ? 'Gemeente' : 'Wijkteam'))).toBe(
      'Gemeente informeert Wijkteam.',
    );
  });
});
