/** Finds a werkruimte by id or by its exact name (case-insensitive), for commands that name one. */
import type { Workspace } from '../domain/index.ts';
import type { openStore } from '../server/index.ts';

export async function findWorkspace(
  store: Awaited<ReturnType<typeof openStore>>,
  needle: string,
): Promise<Workspace | null> {
  const byId = /^[0-9a-f-]{36}$/i.test(needle) ? await store.workspaces.get(needle) : null;
  if (byId) return byId;
  for (let page = 1; ; page++) {
    const { items, totalItems } = await store.workspaces.list({ page, pageSize: 500 });
    const match = items.find((workspace) => workspace.name.toLowerCase() === needle.toLowerCase());
    if (match) return match;
    if (page * 500 >= totalItems) return null;
  }
}
