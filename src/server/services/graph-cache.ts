/**
 * The rendered map (GET …/graph) per werkruimte, kept in memory while the werkruimte does not change.
 * Every change writes an audit event in its own transaction, so the id of the newest event is a change
 * counter: one indexed lookup replaces rendering thousands of rows. A change committed while a map is
 * being rendered can only make the cached map newer than its key, never older, so the next request after it
 * sees a new key and renders again. Least recently used maps go first when the cache is full.
 */
import { gzipSync } from 'node:zlib';
import type { Workspace } from '../../domain/index.ts';
import type { Store } from '../../store/index.ts';

interface Entry {
  changeId: number;
  /** UTF-8 bytes: encoding a megabyte of text on every request would cost more than the lookup. */
  body: Buffer;
  /** The same, gzipped once when first asked for: a map shrinks about tenfold. */
  gzipped?: Buffer;
}

export interface RenderedGraph {
  body: Buffer;
  /** Changes whenever the werkruimte's content does: usable as an ETag. */
  changeId: number;
  /** The body gzipped, compressed once per version of the map rather than once per request. */
  gzipped(): Buffer;
}

export function createGraphCache(store: Store, maxBytes = 64 * 1024 * 1024) {
  const entries = new Map<string, Entry>();
  let size = 0;

  function remember(workspaceId: string, entry: Entry) {
    const old = entries.get(workspaceId);
    if (old) size -= old.body.length + (old.gzipped?.length ?? 0);
    entries.delete(workspaceId);
    if (entry.body.length > maxBytes) return;
    entries.set(workspaceId, entry);
    size += entry.body.length;
    for (const [id, oldest] of entries) {
      if (size <= maxBytes) break;
      entries.delete(id);
      size -= oldest.body.length + (oldest.gzipped?.length ?? 0);
    }
  }

  function rendered(entry: Entry): RenderedGraph {
    return {
      body: entry.body,
      changeId: entry.changeId,
      gzipped() {
        if (!entry.gzipped) {
          entry.gzipped = gzipSync(entry.body, { level: 6 });
          size += entry.gzipped.length;
        }
        return entry.gzipped;
      },
    };
  }

  return {
    async render(workspace: Workspace): Promise<RenderedGraph> {
      const changeId = await store.audit.latestId(workspace.id);
      const hit = entries.get(workspace.id);
      if (hit?.changeId === changeId) {
        // Map order is insertion order: re-inserting marks it as most recently used.
        entries.delete(workspace.id);
        entries.set(workspace.id, hit);
        return rendered(hit);
      }
      const graph = await store.graph.loadGraphJson(workspace.id);
      const body = Buffer.from(
        `{"workspace":${JSON.stringify(workspace)},"actors":${graph.actors},"relations":${graph.relations}}`,
      );
      const entry: Entry = { changeId, body };
      remember(workspace.id, entry);
      return rendered(entry);
    },
  };
}

export type GraphCache = ReturnType<typeof createGraphCache>;
