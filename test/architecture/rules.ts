/**
 * The layers of src/ and what each may import: docs/architecture.md ("Layout and the direction of imports")
 * and each folder's README, as a table the checker enforces.
 *
 *   domain ← analysis ← formats ← services ← server ← cli      (store uses only domain)
 *   contract (domain, analysis) ← services, server, cli, web
 *   web: domain, analysis, contract and formats/map-image; the server only over HTTP
 */
import { WEB_BUNDLE_FOLDERS } from '../../src/cli/web-build.ts';

export interface LayerRule {
  /** The src/ folders this one may import, besides itself. */
  mayImport: readonly string[];
  /** Node built-ins, in any spelling (`fs`, `node:fs`, `fs/promises`): only code that runs in Node alone. */
  nodeBuiltins: boolean;
  /** When set, the only packages allowed (matched against the package name, not a deep path). */
  onlyPackages?: readonly string[];
  /** Packages this folder must not import, matched against the package name. */
  forbiddenPackages: readonly RegExp[];
  /** Where a folder may be imported through one module only (a path in src/), instead of its index.ts. */
  onlyEntry?: Readonly<Record<string, string>>;
}

const FASTIFY = [/^fastify/, /^@fastify\//];
const DATABASE = [/^drizzle/, /^pg(-|$)/, /^@electric-sql\//];
const REACT = [/^react/];

export const LAYERS: Readonly<Record<string, LayerRule>> = {
  // What a werkruimte is: runs in Node and in the browser, imports zod only.
  domain: { mayImport: [], nodeBuiltins: false, onlyPackages: ['zod'], forbiddenPackages: [] },
  // Pure analysis: no IO, no framework, no graph library; the same code runs in the browser's worker.
  analysis: { mayImport: ['domain'], nodeBuiltins: false, onlyPackages: ['zod'], forbiddenPackages: [] },
  // Files in and out, pure: no IO, no database, no HTTP.
  formats: {
    mayImport: ['domain', 'analysis'],
    nodeBuiltins: false,
    forbiddenPackages: [...FASTIFY, ...DATABASE, ...REACT],
  },
  // The HTTP API's request and response schemas, shared by the server, the CLI and the web app. The web
  // bundle imports it whole, so it may not reach the file formats (their readers would land in the bundle).
  contract: {
    mayImport: ['domain', 'analysis'],
    nodeBuiltins: false,
    forbiddenPackages: [...FASTIFY, ...DATABASE, ...REACT],
  },
  // The only place with SQL; it knows the domain and nothing above it.
  store: { mayImport: ['domain'], nodeBuiltins: true, forbiddenPackages: [...FASTIFY, ...REACT] },
  // Use-cases shared by the API and the CLI: Fastify-free, SQL only through the store.
  services: {
    mayImport: ['domain', 'analysis', 'formats', 'contract', 'store'],
    nodeBuiltins: true,
    forbiddenPackages: [...FASTIFY, ...DATABASE, ...REACT],
  },
  server: {
    mayImport: ['domain', 'analysis', 'formats', 'contract', 'store', 'services'],
    nodeBuiltins: true,
    forbiddenPackages: [...DATABASE, ...REACT],
  },
  // The command reaches HTTP and the database only through the server, services and store.
  cli: {
    mayImport: ['domain', 'analysis', 'formats', 'contract', 'store', 'services', 'server'],
    nodeBuiltins: true,
    forbiddenPackages: [...FASTIFY, ...DATABASE, ...REACT],
  },
  // The browser app reaches the server only over HTTP. Of the formats it uses only the map images (its
  // "save image" draws the view through the same SVG writer as the server); the readers stay server-side.
  // Its list lives in the web build, which rebuilds when any of these folders changes.
  web: {
    mayImport: WEB_BUNDLE_FOLDERS.filter((folder) => folder !== 'web'),
    nodeBuiltins: false,
    forbiddenPackages: [...FASTIFY, ...DATABASE],
    onlyEntry: { formats: 'formats/map-image/index.ts' },
  },
};

/**
 * Modules worker threads in src/server load on their own (named by `new URL(…, import.meta.url)` in a
 * thread's entry), without the rest of their layer's public surface: the server may import them directly.
 */
export const THREAD_WORK: Readonly<Record<string, readonly string[]>> = {
  server: ['services/analysis-compute.ts', 'services/file-work.ts'],
};

/** Build configuration: it runs in Node when Vite builds, never in the app. Exempt by name. */
export const NOT_APP_CODE: ReadonlySet<string> = new Set(['web/vite.config.ts']);

/**
 * Files allowed an `import()` whose specifier is computed, so it cannot be checked here. The thread
 * bootstrap loads the entry module its thread was started with; those entries are `new URL()` references
 * in src/server, which are checked.
 */
export const COMPUTED_IMPORTS: ReadonlySet<string> = new Set(['server/thread-bootstrap.mjs']);

/** Ambient randomness and clocks, kept out of src/analysis so that the same map gives the same results. */
export const AMBIENT = new Set([
  'Math.random',
  'Date.now',
  'new Date',
  'Date()',
  'performance.now',
  'process.hrtime',
  'crypto.getRandomValues',
  'crypto.randomUUID',
]);

/** Unit tests beside their code: `*.test.ts` and the like. */
export const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;
