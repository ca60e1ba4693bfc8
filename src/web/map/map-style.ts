/** How the map looks: the shared colours and edge styles (src/domain/map-style.ts) in the legend's order. */
import { FORCES, type Force } from '../../domain/index.ts';

export { type EdgeStyle, edgeStyle, FORCE_COLORS } from '../../domain/index.ts';

export const FORCE_ORDER: readonly Force[] = FORCES;
