/**
 * Which layout a werkruimte's map uses (remembered per werkruimte in this browser) and the saved positions
 * of the network layout (kept on the server, so the map looks the same next time, for everyone).
 */
import { api } from '../api/client.ts';

export const LAYOUTS = ['vijf_krachten', 'force'] as const;
export type MapLayout = (typeof LAYOUTS)[number];
export type Positions = Record<string, { x: number; y: number }>;

const key = (workspaceId: string) => `krachtenveld.layout.${workspaceId}`;

export function storedLayout(workspaceId: string): MapLayout {
  return localStorage.getItem(key(workspaceId)) === 'force' ? 'force' : 'vijf_krachten';
}

export function storeLayout(workspaceId: string, layout: MapLayout): void {
  localStorage.setItem(key(workspaceId), layout);
}

export async function loadPositions(workspaceId: string, layout: MapLayout): Promise<Positions> {
  if (layout === 'vijf_krachten') return {};
  const saved = await api.get<{ positions: Positions }>(`/workspaces/${workspaceId}/layouts/${layout}`);
  return saved.positions;
}

export async function savePositions(
  workspaceId: string,
  layout: MapLayout,
  positions: Positions,
): Promise<void> {
  await api.put(`/workspaces/${workspaceId}/layouts/${layout}`, { positions });
}
