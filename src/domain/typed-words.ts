/**
 * How a word someone typed compares with a word of ours (a vocabulary label, a gemeente's name): people
 * type "wmo ondersteuning" for "Wmo-ondersteuning" and "Sudwest Fryslan" for "Súdwest-Fryslân", so case,
 * accents, and the difference between spaces, hyphens and underscores do not count.
 */
export function wordKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}
