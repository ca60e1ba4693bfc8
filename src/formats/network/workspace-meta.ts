/**
 * Where a werkruimte's own details (name, gemeente, wijken, description) travel in a network file. GraphML
 * has graph-level data keys. GEXF 1.3 has none, and its `<meta>` holds only creator, keywords and
 * description: our GEXF puts the description in `<meta><description>` and name, gemeente and wijken as
 * JSON in `<meta><keywords>`, after the word `krachtenveld` (Gephi shows keywords as free text and keeps
 * them) — and with them, when the werkruimte has any, its perspectives and vraagstukken
 * (`perspectieven`, `vraagstukken`: claim-attributes.ts), which network-claims.ts reads.
 */
import type { ImportDocument } from '../import-document.ts';
import { GRAPH_CLAIM_KEYS } from './claim-attributes.ts';

const KEYWORDS_PREFIX = 'krachtenveld ';

export function workspaceKeywords(
  workspace: { name: string; gemeente: string; wijken: readonly string[] },
  claims: { perspectives: readonly object[]; topics: readonly object[] } = { perspectives: [], topics: [] },
): string {
  const { name: naam, gemeente, wijken } = workspace;
  return `${KEYWORDS_PREFIX}${JSON.stringify({
    naam,
    gemeente,
    wijken,
    ...(claims.perspectives.length > 0 ? { [GRAPH_CLAIM_KEYS.perspectives]: claims.perspectives } : {}),
    ...(claims.topics.length > 0 ? { [GRAPH_CLAIM_KEYS.topics]: claims.topics } : {}),
  })}`;
}

/** The JSON text of our keywords (to read the claims lists from), or undefined when they are not ours. */
export function keywordsJson(keywords: string | undefined): string | undefined {
  return keywords?.startsWith(KEYWORDS_PREFIX) ? keywords.slice(KEYWORDS_PREFIX.length) : undefined;
}

/** The werkruimte's details from our parsed keywords JSON (anything else gives none) and description. */
export function parseWorkspaceMeta(
  keywords: unknown,
  description: string | undefined,
): ImportDocument['workspace'] {
  const workspace: ImportDocument['workspace'] = {};
  if (description !== undefined) workspace.description = description;
  if (keywords === null || typeof keywords !== 'object' || Array.isArray(keywords)) return workspace;
  const { naam, gemeente, wijken } = keywords as { naam?: unknown; gemeente?: unknown; wijken?: unknown };
  if (typeof naam === 'string') workspace.name = naam;
  if (typeof gemeente === 'string') workspace.gemeente = gemeente;
  if (Array.isArray(wijken)) workspace.wijken = wijken.map(String);
  return workspace;
}
