/**
 * Where a werkruimte's own details (name, gemeente, wijken, description) travel in a network file. GraphML
 * has graph-level data keys. GEXF 1.3 has none, so our GEXF puts the name in `<meta><title>`, the
 * description in `<meta><description>` and gemeente and wijken as JSON in `<meta><keywords>`, after the
 * word `krachtenveld` (Gephi shows keywords as free text and keeps them).
 */
import type { ImportDocument } from '../import-document.ts';

const KEYWORDS_PREFIX = 'krachtenveld ';

export function workspaceKeywords(workspace: { gemeente: string; wijken: readonly string[] }): string {
  return `${KEYWORDS_PREFIX}${JSON.stringify({ gemeente: workspace.gemeente, wijken: workspace.wijken })}`;
}

export function parseWorkspaceMeta(
  keywords: string | undefined,
  title: string | undefined,
  description: string | undefined,
): ImportDocument['workspace'] {
  const workspace: ImportDocument['workspace'] = {};
  if (title) workspace.name = title;
  if (description !== undefined) workspace.description = description;
  if (keywords?.startsWith(KEYWORDS_PREFIX)) {
    try {
      const parsed = JSON.parse(keywords.slice(KEYWORDS_PREFIX.length)) as {
        gemeente?: unknown;
        wijken?: unknown;
      };
      if (typeof parsed.gemeente === 'string') workspace.gemeente = parsed.gemeente;
      if (Array.isArray(parsed.wijken)) workspace.wijken = parsed.wijken.map(String);
    } catch {
      // Keywords that are not ours: the werkruimte's details then come from the upload form.
    }
  }
  return workspace;
}
