/**
 * Guards the direction of imports between the folders of src/ (docs/architecture.md): a shortcut that
 * makes the domain depend on the database, or the store on Fastify, fails here rather than in review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');

/** Which src/ folders each folder may import, and which outside packages it must not. */
const RULES: Record<
  string,
  {
    mayImport: string[];
    forbiddenPackages: RegExp[];
    /** For some folders only one entry point may be imported (path inside src/), not their index.ts. */
    onlyEntry?: Record<string, string>;
  }
> = {
  domain: {
    mayImport: [],
    forbiddenPackages: [/^node:/, /^fastify/, /^drizzle-orm/, /^pg$/, /^@electric-sql/, /^react/],
  },
  // Pure analysis: no IO, no framework; runs in Node and in the browser's worker.
  analysis: {
    mayImport: ['domain'],
    forbiddenPackages: [
      /^node:/,
      /^fastify/,
      /^@fastify/,
      /^drizzle-orm/,
      /^pg$/,
      /^@electric-sql/,
      /^react/,
      /^graphology/,
    ],
  },
  // Files in and out, pure: no IO, no database, no HTTP.
  formats: {
    mayImport: ['domain', 'analysis'],
    forbiddenPackages: [
      /^node:/,
      /^fastify/,
      /^@fastify/,
      /^drizzle-orm/,
      /^pg$/,
      /^@electric-sql/,
      /^react/,
    ],
  },
  store: { mayImport: ['domain'], forbiddenPackages: [/^fastify/, /^@fastify/, /^react/] },
  services: {
    mayImport: ['domain', 'analysis', 'formats', 'store'],
    forbiddenPackages: [/^fastify/, /^@fastify/, /^drizzle-orm/, /^pg$/, /^@electric-sql/, /^react/],
  },
  server: {
    mayImport: ['domain', 'analysis', 'formats', 'store', 'services'],
    forbiddenPackages: [/^drizzle-orm/, /^pg$/, /^@electric-sql/, /^react/],
  },
  cli: {
    mayImport: ['domain', 'analysis', 'formats', 'store', 'services', 'server'],
    forbiddenPackages: [/^drizzle-orm/, /^react/],
  },
  // The browser app reaches the server only over HTTP. Of the formats it uses only the map images (its
  // "save image" draws the view through the same SVG writer as the server); the readers stay server-side.
  web: {
    mayImport: ['domain', 'analysis', 'formats'],
    forbiddenPackages: [/^node:/, /^fastify/, /^@fastify/, /^drizzle-orm/, /^pg$/, /^@electric-sql/],
    onlyEntry: { formats: 'formats/map-image/index.ts' },
  },
};

/** Modules worker threads load on their own, without the rest of their layer's public surface. */
const THREAD_WORK = ['services/analysis-compute.ts', 'services/file-work.ts'];

/** Build configuration runs in Node, not in the app. */
const NOT_APP_CODE = /(^|\/)vite\.config\.ts$/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') && !NOT_APP_CODE.test(path)
      ? [path]
      : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'([^']+)'/g)].map(
    (match) => match[1] as string,
  );
}

describe('architecture', () => {
  for (const [folder, rule] of Object.entries(RULES)) {
    it(`${folder} imports only what it may`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(SRC, folder))) {
        for (const specifier of importsOf(file)) {
          const where = relative(SRC, file);
          if (specifier.startsWith('.')) {
            const target = relative(SRC, join(file, '..', specifier)).split('/')[0] as string;
            if (target !== folder && !rule.mayImport.includes(target))
              violations.push(`${where} → ${specifier}`);
            const threadWork = THREAD_WORK.includes(relative(SRC, join(file, '..', specifier)));
            if (target !== folder && !/\/index\.ts$/.test(specifier) && !threadWork)
              violations.push(`${where} → ${specifier} (use index.ts)`);
            const entry = rule.onlyEntry?.[target];
            if (entry && relative(SRC, join(file, '..', specifier)) !== entry)
              violations.push(`${where} → ${specifier} (only ${entry})`);
          } else if (rule.forbiddenPackages.some((pattern) => pattern.test(specifier))) {
            violations.push(`${where} → ${specifier}`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('keeps randomness and clocks out of src/analysis, so results are reproducible', () => {
    const ambient: string[] = [];
    for (const file of sourceFiles(join(SRC, 'analysis'))) {
      const text = readFileSync(file, 'utf8');
      if (/Math\.random|Date\.now|new Date\(|performance\.now/.test(text)) ambient.push(relative(SRC, file));
    }
    expect(ambient).toEqual([]);
  });

  it('has a README for every folder of src/', () => {
    for (const folder of Object.keys(RULES)) {
      expect(readdirSync(join(SRC, folder)), folder).toContain('README.md');
    }
  });
});
