/**
 * PGlite data folders for a test file that needs several (the command line, a server per browser session):
 * the run's template is unpacked once into a folder of the file's own, and each test or session gets a
 * plain file copy of that folder. Unpacking boots PostgreSQL in WebAssembly (1–3 s); copying its 40 MB of
 * closed files takes a fraction of that. Every folder is removed again: a test's copy when the test ends, a
 * hook's by its caller, the unpacked original after the file (or describe block).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';
import { templateDataDir } from './test-database.ts';

export interface DataFolders {
  /** A fresh copy of the migrated template, removed when the current test ends. */
  forTest(prefix?: string): Promise<string>;
  /** A fresh copy for a beforeAll hook; the caller removes it (removeDataFolder). */
  forHook(prefix?: string): Promise<string>;
}

export function removeDataFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/** Call at the top of a test file or describe block; folders can then be made in its tests and hooks. */
export function dataFolders(): DataFolders {
  let original: Promise<string> | undefined;
  afterAll(async () => {
    if (original) removeDataFolder(await original);
  });
  const copy = async (prefix: string) => {
    original ??= templateDataDir('kv-template-folder-');
    const source = await original;
    const folder = mkdtempSync(join(tmpdir(), prefix));
    cpSync(source, folder, { recursive: true });
    return folder;
  };
  return {
    async forTest(prefix = 'kv-test-data-') {
      const folder = await copy(prefix);
      onTestFinished(() => removeDataFolder(folder));
      return folder;
    },
    forHook: (prefix = 'kv-test-data-') => copy(prefix),
  };
}
