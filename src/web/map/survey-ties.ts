/**
 * Ties of an uitvraag on the map: a relatie only one of its two spelers named (`reportedBy` `source` or
 * `target`) is drawn dashed (dashed-edge-program.ts), in its type's colour and thickness; a confirmed one
 * (`both`) and a relatie nobody named in an uitvraag look as any other. The legend names the dashes only
 * when the map has such a tie. Pure, so the map graph and the legend can be tested without WebGL.
 */
import type { GraphRelation } from '../../domain/index.ts';

/** Dash and gap in CSS pixels, on the map, in its legend and in saved images: short enough to read as dashed on a short relatie. */
export const DASH_PX = 6;
export const GAP_PX = 4;

/** sigma edge types of the dashed programs (registered by MapView). */
export const DASHED_LINE = 'dashedLine';
export const DASHED_ARROW = 'dashedArrow';

/** Named in an uitvraag by one of its two spelers only. */
export function isOneSided(relation: Pick<GraphRelation, 'reportedBy'>): boolean {
  return relation.reportedBy === 'source' || relation.reportedBy === 'target';
}

/** The edge type a relatie is drawn with: its style's line or arrow, dashed when it is one-sided. */
export function edgeTypeOf(
  type: 'arrow' | 'line',
  relation: Pick<GraphRelation, 'reportedBy'>,
): 'arrow' | 'line' | typeof DASHED_ARROW | typeof DASHED_LINE {
  if (!isOneSided(relation)) return type;
  return type === 'arrow' ? DASHED_ARROW : DASHED_LINE;
}

/** What a drawn edge type shows: an arrow head, dashes. */
export function edgeLook(type: string | undefined): { arrow: boolean; dashed: boolean } {
  return {
    arrow: type === 'arrow' || type === DASHED_ARROW,
    dashed: type === DASHED_LINE || type === DASHED_ARROW,
  };
}

/** Whether any of these maps has a one-sided tie (for the legend). */
export function hasOneSidedTies(
  ...maps: ReadonlyArray<{ relations: readonly Pick<GraphRelation, 'reportedBy'>[] } | null | undefined>
): boolean {
  return maps.some((map) => map?.relations.some(isOneSided) ?? false);
}
