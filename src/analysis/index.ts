/**
 * The public surface of the analysis: build a snapshot of a werkruimte, diagnose it, try a what-if, and
 * explain the figures. Pure code; it runs in Node (server, CLI, bench) and in the browser's worker.
 */

export { BROKERAGE_ROLES, type BrokerageRole } from './brokerage/gould-fernandez.ts';
export { BETWEENNESS_MODES, type BetweennessMode } from './centrality/betweenness.ts';
export * from './claims/divergence.ts';
export * from './claims/effective-map.ts';
export * from './claims/non-response.ts';
export * from './compact-graph.ts';
export * from './diagnosis.ts';
export * from './explanations.ts';
export * from './index-change.ts';
export * from './index-comparison.ts';
export * from './indices.ts';
export {
  FIVE_FORCES_SECTORS,
  type ForceSector,
  fiveForcesLayout,
  fiveForcesSectorAnchors,
  type LayoutActor,
  type LayoutPoint,
  type SectorAnchor,
} from './layout/five-forces.ts';
export * from './options.ts';
export * from './registry.ts';
export * from './reliability.ts';
export * from './rng.ts';
export * from './silos/grouping.ts';
export * from './snapshot.ts';
export type { MissingLinkReason } from './suggestions/missing-links.ts';
export * from './what-if.ts';
