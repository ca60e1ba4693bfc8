/** The public surface of the domain: what a werkruimte is, as types, zod schemas and rules. */
export * from './account.ts';
export * from './actor.ts';
export * from './audit.ts';
export * from './errors.ts';
export * from './file-name.ts';
export * from './graph.ts';
export * from './import-summary.ts';
export * from './layout.ts';
export * from './map-style.ts';
export * from './relation.ts';
export * from './text-rules.ts';
export * from './transfer.ts';
export * from './vocabulary.ts';
export * from './workspace.ts';
export * from './zod-issues.ts';
