/**
 * Guards the direction of imports between the folders of src/ (docs/architecture.md): a shortcut that makes
 * the domain depend on the database, or the store on Fastify, fails here rather than in review. The rules
 * are in test/architecture/rules.ts; the module graph comes from the TypeScript parser
 * (test/architecture/module-graph.ts), so every way of importing counts: `import`, `export … from`,
 * `import()`, `require()`, `import x = require()`, `typeof import()` and worker entries named by
 * `new URL('./x.ts', import.meta.url)`, in .ts, .tsx, .mts, .js and .mjs files alike.
 *
 * The second half feeds the checker scratch trees with one violation each: a check that is never seen to
 * fail proves nothing.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WEB_BUNDLE_FOLDERS } from '../src/cli/web-build.ts';
import {
  checkArchitecture,
  describeViolation,
  type RuleName,
  readSourceTree,
  type Violation,
} from './architecture/check.ts';
import { LAYERS } from './architecture/rules.ts';

const SRC = join(import.meta.dirname, '../src');

describe('architecture of src/', () => {
  let violations: Violation[] = [];
  beforeAll(() => {
    const { files, folders } = readSourceTree(SRC);
    violations = checkArchitecture(files, folders);
  });
  const found = (rule: RuleName, layer?: string) =>
    violations
      .filter((violation) => violation.rule === rule && (!layer || violation.file.startsWith(`${layer}/`)))
      .map(describeViolation);

  for (const layer of Object.keys(LAYERS)) {
    it(`${layer} imports only what it may`, () => {
      expect(found('imports', layer)).toEqual([]);
    });
  }

  it('has every folder and file of src/ in a layer', () => {
    expect(found('folders')).toEqual([]);
  });

  it('parses every code file of src/', () => {
    expect(found('parse')).toEqual([]);
  });

  it('keeps randomness and clocks out of src/analysis, so results are reproducible', () => {
    expect(found('ambient')).toEqual([]);
  });

  it('has a README for every folder of src/', () => {
    expect(found('readme')).toEqual([]);
  });

  it('rebuilds the web app when any folder its bundle can reach changes', () => {
    // The folders the web app may import, and the folders those may import, and so on.
    const reachable = new Set<string>(['web']);
    for (const folder of reachable) for (const next of LAYERS[folder]?.mayImport ?? []) reachable.add(next);
    expect(
      [...reachable].filter((folder) => !(WEB_BUNDLE_FOLDERS as readonly string[]).includes(folder)),
    ).toEqual([]);
  });

  it('finds an import() of the store added to a copy of src/analysis, and nothing else', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'krachtenveld-architecture-'));
    const copy = join(scratch, 'src');
    try {
      cpSync(SRC, copy, { recursive: true });
      appendFileSync(
        join(copy, 'analysis/rng.ts'),
        "\nexport const sneak = () => import('../store/index.ts');\n",
      );
      const { files, folders } = readSourceTree(copy);
      const before = new Set(violations.map(describeViolation));
      const added = checkArchitecture(files, folders).filter(
        (violation) => !before.has(describeViolation(violation)),
      );
      expect(added).toEqual([
        expect.objectContaining({
          rule: 'imports',
          file: 'analysis/rng.ts',
          specifier: '../store/index.ts',
          reason: 'import(): analysis may not import store',
        }),
      ]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('the architecture check cannot be fooled', () => {
  /** A small tree that keeps every rule: each layer with its index.ts and README, and a few modules. */
  const BASE: Record<string, string> = {
    ...Object.fromEntries(
      Object.keys(LAYERS).flatMap((layer) => [
        [`${layer}/README.md`, `# src/${layer}\n`],
        [`${layer}/index.ts`, 'export const here = true;\n'],
      ]),
    ),
    'store/tables.ts': 'export const tables: string[] = [];\n',
    'formats/map-image/index.ts': 'export const renderMapSvg = () => "<svg/>";\n',
    'services/analysis-compute.ts': 'export const compute = () => 0;\n',
  };

  /** Checks BASE with `changes` applied (a null removes a file); the folders follow from the paths. */
  function check(changes: Record<string, string | null>): Violation[] {
    const files = new Map(Object.entries({ ...BASE, ...changes }).filter(([, text]) => text !== null)) as Map<
      string,
      string
    >;
    const folders = [
      ...new Set([...files.keys()].filter((path) => path.includes('/')).map((p) => p.split('/')[0])),
    ];
    return checkArchitecture(files, folders as string[]);
  }

  it('passes the scratch tree as it is', () => {
    expect(check({}).map(describeViolation)).toEqual([]);
  });

  it('lets through what the rules allow', () => {
    const allowed = check({
      // A test beside its code: helpers from test/, vitest, Node built-ins and reference libraries.
      'analysis/paths.test.ts': [
        "import { readFileSync } from 'node:fs';",
        "import Graph from 'graphology';",
        "import { expect, it } from 'vitest';",
        "import { sampleBackup } from '../../test/fixtures/spreadsheet/sample-backup.ts';",
        "import { here } from '../domain/index.ts';",
      ].join('\n'),
      // A worker thread's entry loads the service's thread work directly; its bootstrap imports it by name.
      'server/thread.ts': "import { compute } from '../services/analysis-compute.ts';\nexport { compute };\n",
      'server/runner.ts': "export const ENTRY = new URL('./thread.ts', import.meta.url);\n",
      'server/thread-bootstrap.mjs':
        "import { workerData } from 'node:worker_threads';\nawait import(workerData.entry);\n",
      // Files outside src/ named by URL are data, not modules.
      'store/reference.ts': "export const CSV = new URL('../../data/gemeenten.csv', import.meta.url);\n",
      'web/save.ts':
        "import { renderMapSvg } from '../formats/map-image/index.ts';\nexport { renderMapSvg };\n",
      'web/worker.ts': "export const worker = new URL('save.ts', import.meta.url);\n",
      // Build configuration runs in Node.
      'web/vite.config.ts':
        "import { fileURLToPath } from 'node:url';\nexport default { root: fileURLToPath(new URL('.', import.meta.url)) };\n",
      'cli/build.ts': "export type Vite = typeof import('vite');\n",
    });
    expect(allowed.map(describeViolation)).toEqual([]);
  });

  interface Case {
    name: string;
    changes: Record<string, string | null>;
    expected: { rule: RuleName; file: string; specifier?: string; reason: RegExp };
  }
  const cases: Case[] = [
    {
      name: 'a dynamic import() of a layer above',
      changes: { 'analysis/sneaky.ts': "export const load = () => import('../store/index.ts');\n" },
      expected: {
        rule: 'imports',
        file: 'analysis/sneaky.ts',
        specifier: '../store/index.ts',
        reason: /analysis may not import store/,
      },
    },
    {
      name: 'a side-effect import',
      changes: { 'domain/setup.ts': "import '../store/index.ts';\n" },
      expected: {
        rule: 'imports',
        file: 'domain/setup.ts',
        specifier: '../store/index.ts',
        reason: /domain may not import store/,
      },
    },
    {
      name: 'export * from a layer above',
      changes: { 'formats/all.ts': "export * from '../services/index.ts';\n" },
      expected: {
        rule: 'imports',
        file: 'formats/all.ts',
        specifier: '../services/index.ts',
        reason: /^export: formats may not import services/,
      },
    },
    {
      name: 'import type from a layer above',
      changes: {
        'store/types.ts': "import type { here } from '../services/index.ts';\nexport type T = typeof here;\n",
      },
      expected: {
        rule: 'imports',
        file: 'store/types.ts',
        specifier: '../services/index.ts',
        reason: /store may not import services/,
      },
    },
    {
      name: 'an .mjs file importing a bare Node built-in',
      changes: {
        'formats/read.mjs': "import { readFileSync } from 'fs';\nexport const read = readFileSync;\n",
      },
      expected: { rule: 'imports', file: 'formats/read.mjs', specifier: 'fs', reason: /no Node built-ins/ },
    },
    {
      name: "require('node:fs')",
      changes: { 'analysis/old.ts': "const fs = require('node:fs');\nexport { fs };\n" },
      expected: {
        rule: 'imports',
        file: 'analysis/old.ts',
        specifier: 'node:fs',
        reason: /^require\(\): .*no Node built-ins/,
      },
    },
    {
      name: 'a .js file requiring a built-in by its bare name',
      changes: { 'web/legacy.js': "const { join } = require('path');\nmodule.exports = join;\n" },
      expected: { rule: 'imports', file: 'web/legacy.js', specifier: 'path', reason: /no Node built-ins/ },
    },
    {
      name: "import x = require('pg')",
      changes: { 'services/raw.ts': "import pg = require('pg');\nexport const client = pg;\n" },
      expected: {
        rule: 'imports',
        file: 'services/raw.ts',
        specifier: 'pg',
        reason: /services may not import pg/,
      },
    },
    {
      name: "require.resolve('pg')",
      changes: { 'web/locate.js': "export const where = require.resolve('pg');\n" },
      expected: { rule: 'imports', file: 'web/locate.js', specifier: 'pg', reason: /web may not import pg/ },
    },
    {
      name: "typeof import('fastify') in a type",
      changes: { 'services/app.ts': "export type App = import('fastify').FastifyInstance;\n" },
      expected: {
        rule: 'imports',
        file: 'services/app.ts',
        specifier: 'fastify',
        reason: /^import type\(\): services may not import fastify/,
      },
    },
    {
      name: 'a worker entry named by new URL in a layer above',
      changes: { 'analysis/spawn.ts': "export const entry = new URL('../store/x.ts', import.meta.url);\n" },
      expected: {
        rule: 'imports',
        file: 'analysis/spawn.ts',
        specifier: '../store/x.ts',
        reason: /^new URL\(\): analysis may not import store/,
      },
    },
    {
      name: 'a URL that leaves src/ and comes back in',
      changes: {
        'web/spawn.ts': "export const entry = new URL('../../src/server/index.ts', import.meta.url);\n",
      },
      expected: {
        rule: 'imports',
        file: 'web/spawn.ts',
        specifier: '../../src/server/index.ts',
        reason: /web may not import server/,
      },
    },
    {
      name: 'an import() whose specifier is computed',
      changes: { 'server/plugins.ts': 'export const load = (name: string) => import(name);\n' },
      expected: {
        rule: 'imports',
        file: 'server/plugins.ts',
        specifier: '(computed)',
        reason: /computed specifier/,
      },
    },
    {
      name: 'going around index.ts',
      changes: { 'server/routes.ts': "import { tables } from '../store/tables.ts';\nexport { tables };\n" },
      expected: {
        rule: 'imports',
        file: 'server/routes.ts',
        specifier: '../store/tables.ts',
        reason: /goes around store\/index\.ts/,
      },
    },
    {
      name: 'thread work imported outside the server',
      changes: {
        'cli/run.ts': "import { compute } from '../services/analysis-compute.ts';\nexport { compute };\n",
      },
      expected: {
        rule: 'imports',
        file: 'cli/run.ts',
        specifier: '../services/analysis-compute.ts',
        reason: /goes around services\/index\.ts/,
      },
    },
    {
      name: 'web importing more of formats than the map images',
      changes: { 'web/read.ts': "import { here } from '../formats/index.ts';\nexport { here };\n" },
      expected: {
        rule: 'imports',
        file: 'web/read.ts',
        specifier: '../formats/index.ts',
        reason: /only through formats\/map-image\/index\.ts/,
      },
    },
    {
      name: 'an import that leaves src/',
      changes: { 'store/outside.ts': "import { x } from '../../bench/x.ts';\nexport { x };\n" },
      expected: {
        rule: 'imports',
        file: 'store/outside.ts',
        specifier: '../../bench/x.ts',
        reason: /leaves src\//,
      },
    },
    {
      name: 'an absolute path',
      changes: { 'domain/absolute.ts': "import '/opt/krachtenveld/src/store/index.ts';\n" },
      expected: {
        rule: 'imports',
        file: 'domain/absolute.ts',
        specifier: '/opt/krachtenveld/src/store/index.ts',
        reason: /absolute path/,
      },
    },
    {
      name: 'an import of a file that is not there',
      changes: { 'domain/missing.ts': "import './nowhere.ts';\n" },
      expected: {
        rule: 'imports',
        file: 'domain/missing.ts',
        specifier: './nowhere.ts',
        reason: /does not resolve/,
      },
    },
    {
      name: 'a test beside code that crosses layers',
      changes: { 'analysis/graph.test.ts': "import { tables } from '../store/index.ts';\n" },
      expected: {
        rule: 'imports',
        file: 'analysis/graph.test.ts',
        specifier: '../store/index.ts',
        reason: /analysis may not import store/,
      },
    },
    {
      name: 'analysis importing graphology',
      changes: { 'analysis/graph.ts': "import Graph from 'graphology';\nexport { Graph };\n" },
      expected: {
        rule: 'imports',
        file: 'analysis/graph.ts',
        specifier: 'graphology',
        reason: /analysis may import only zod/,
      },
    },
    {
      name: 'web importing node:path',
      changes: { 'web/paths.ts': "import { join } from 'node:path';\nexport { join };\n" },
      expected: {
        rule: 'imports',
        file: 'web/paths.ts',
        specifier: 'node:path',
        reason: /web also runs outside Node/,
      },
    },
    {
      name: 'web importing a deep path of a database package',
      changes: { 'web/db.ts': "import Client from 'pg/lib/client';\nexport { Client };\n" },
      expected: {
        rule: 'imports',
        file: 'web/db.ts',
        specifier: 'pg/lib/client',
        reason: /web may not import pg/,
      },
    },
    {
      name: 'React outside the web app',
      changes: { 'services/view.tsx': "import { createElement } from 'react';\nexport { createElement };\n" },
      expected: {
        rule: 'imports',
        file: 'services/view.tsx',
        specifier: 'react',
        reason: /services may not import react/,
      },
    },
    {
      name: 'Fastify in the CLI',
      changes: { 'cli/serve.mts': "import Fastify from 'fastify';\nexport { Fastify };\n" },
      expected: {
        rule: 'imports',
        file: 'cli/serve.mts',
        specifier: 'fastify',
        reason: /cli may not import fastify/,
      },
    },
    {
      name: 'the store importing the contract',
      changes: { 'store/api.ts': "import { here } from '../contract/index.ts';\nexport { here };\n" },
      expected: {
        rule: 'imports',
        file: 'store/api.ts',
        specifier: '../contract/index.ts',
        reason: /store may not import contract/,
      },
    },
    {
      name: 'an unknown folder under src/',
      changes: { 'helpers/strings.ts': 'export const trim = (text: string) => text.trim();\n' },
      expected: { rule: 'folders', file: 'helpers/', reason: /src\/helpers\/ belongs to no layer/ },
    },
    {
      name: 'a file directly in src/',
      changes: { 'index.ts': "export * from './domain/index.ts';\n" },
      expected: { rule: 'folders', file: 'index.ts', reason: /in no layer/ },
    },
    {
      name: 'a layer without a README',
      changes: { 'store/README.md': null },
      expected: { rule: 'readme', file: 'store/', reason: /no README/ },
    },
    {
      name: "Math['random'] in src/analysis",
      changes: { 'analysis/shuffle.ts': "export const coin = () => Math['random']() < 0.5;\n" },
      expected: { rule: 'ambient', file: 'analysis/shuffle.ts', reason: /^Math\.random/ },
    },
    {
      name: 'new globalThis.Date() in src/analysis',
      changes: { 'analysis/stamp.ts': 'export const stamp = () => new globalThis.Date();\n' },
      expected: { rule: 'ambient', file: 'analysis/stamp.ts', reason: /^new Date/ },
    },
    {
      name: 'a file the parser cannot read',
      changes: { 'domain/broken.ts': 'export const = 1;\n' },
      expected: { rule: 'parse', file: 'domain/broken.ts', reason: /does not parse/ },
    },
  ];

  it.each(cases)('catches $name', ({ changes, expected }) => {
    const { reason, ...where } = expected;
    expect(check(changes)).toEqual([
      expect.objectContaining({ ...where, reason: expect.stringMatching(reason) }),
    ]);
  });
});
