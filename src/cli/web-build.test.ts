import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webBuildIsStale } from './web-build.ts';

describe('webBuildIsStale', () => {
  const BUILT = new Date('2026-01-02T00:00:00Z');
  const BEFORE = new Date('2026-01-01T00:00:00Z');
  const AFTER = new Date('2026-01-03T00:00:00Z');
  let root: string;

  /** Writes a file of the scratch repository with the given modification time. */
  function write(path: string, time: Date) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, time, time);
  }

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'krachtenveld-web-build-'));
    write('dist-web/index.html', BUILT);
    write('package-lock.json', BEFORE);
    for (const path of ['web/main.tsx', 'web/vite.config.ts', 'domain/index.ts', 'analysis/index.ts']) {
      write(`src/${path}`, BEFORE);
    }
    write('src/formats/map-image/svg.ts', BEFORE);
    write('src/server/app.ts', BEFORE);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is fresh when every source is older than the build (src/contract not there yet)', () => {
    expect(webBuildIsStale(root)).toBe(false);
  });

  it('is stale without a build', () => {
    rmSync(join(root, 'dist-web'), { recursive: true });
    expect(webBuildIsStale(root)).toBe(true);
  });

  it.each([
    'src/formats/map-image/svg.ts',
    'src/formats/network/gexf.ts',
    'src/contract/index.ts',
    'src/analysis/layout/five-forces.ts',
    'src/domain/index.ts',
    'src/web/vite.config.ts',
    'package-lock.json',
  ])('is stale when %s changed after the build', (path) => {
    write(path, AFTER);
    expect(webBuildIsStale(root)).toBe(true);
  });

  it('stays fresh when only code the bundle cannot import changed', () => {
    write('src/server/app.ts', AFTER);
    write('src/store/db.ts', AFTER);
    expect(webBuildIsStale(root)).toBe(false);
  });
});
