/**
 * Which layout a werkruimte's map uses (remembered per werkruimte in this browser) and the saved positions
 * of the network layout (kept on the server, so the map looks the same next time, for everyone).
 */
import * as contract from '../../contract/index.ts';
import type { Layout, Positions } from '../../domain/index.ts';
import { call } from '../api/client.ts';

export { LAYOUTS, type Positions } from '../../domain/index.ts';
export type MapLayout = Layout;

const key = (workspaceId: string) => `krachtenveld.layout.${workspaceId}`;

export function storedLayout(workspaceId: string): MapLayout {
  return localStorage.getItem(key(workspaceId)) === 'force' ? 'force' : 'vijf_krachten';
}

export function storeLayout(workspaceId: string, layout: MapLayout): void {
  localStorage.setItem(key(workspaceId), layout);
}

export async function loadPositions(workspaceId: string, layout: MapLayout): Promise<Positions> {
  if (layout === 'vijf_krachten') return {};
  const saved = await call(contract.layouts.getLayout, { params: { workspaceId, layout } });
  return saved.positions;
}

export async function savePositions(
  workspaceId: string,
  layout: MapLayout,
  positions: Positions,
): Promise<void> {
  await call(contract.layouts.saveLayout, { params: { workspaceId, layout }, body: { positions } });
}
