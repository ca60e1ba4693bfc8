/**
 * Where a werkruimte's own details (name, gemeente, wijken, description) travel in a network file. GraphML
 * has graph-level data keys. GEXF 1.3 has none, and its `<meta>` holds only creator, keywords and
 * description: our GEXF puts the description in `<meta><description>` and name, gemeente and wijken as
 * JSON in `<meta><keywords>`, after the word `krachtenveld` (Gephi shows keywords as free text and keeps
 * them).
 */
import type { ImportDocument } from '../import-document.ts';

const KEYWORDS_PREFIX = 'krachtenveld ';

export function workspaceKeywords(workspace: {
  name: string;
  gemeente: string;
  wijken: readonly string[];
}): string {
  const { name: naam, gemeente, wijken } = workspace;
  return `${KEYWORDS_PREFIX}${JSON.stringify({ naam, gemeente, wijken })}`;
}

export function parseWorkspaceMeta(
  keywords: string | undefined,
  description: string | undefined,
): ImportDocument['workspace'] {
  const workspace: ImportDocument['workspace'] = {};
  if (description !== undefined) workspace.description = description;
  if (keywords?.startsWith(KEYWORDS_PREFIX)) {
    try {
      const parsed = JSON.parse(keywords.slice(KEYWORDS_PREFIX.length)) as {
        naam?: unknown;
        gemeente?: unknown;
        wijken?: unknown;
      };
      if (typeof parsed.naam === 'string') workspace.name = parsed.naam;
      if (typeof parsed.gemeente === 'string') workspace.gemeente = parsed.gemeente;
      if (Array.isArray(parsed.wijken)) workspace.wijken = parsed.wijken.map(String);
    } catch {
      // Keywords that are not ours: the werkruimte's details then come from the upload form.
    }
  }
  return workspace;
}
