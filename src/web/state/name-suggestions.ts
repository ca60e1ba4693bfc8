/**
 * Suggestions for a type-ahead over speler names: at most `limit` names containing what was typed,
 * names that start with it first. A datalist of all 50,000 names of a large map would freeze the page.
 */
export function nameSuggestions(names: readonly string[], typed: string, limit = 30): string[] {
  const needle = typed.trim().toLowerCase();
  if (!needle) return names.slice(0, limit);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const name of names) {
    const lower = name.toLowerCase();
    if (lower.startsWith(needle)) starts.push(name);
    else if (lower.includes(needle)) contains.push(name);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
