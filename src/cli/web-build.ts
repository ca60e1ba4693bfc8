/**
 * Makes sure the web app is built before `serve` starts: after a fresh clone, or when a source file of the
 * web app (or the domain it imports) is newer than the build. Vite is a development dependency; where it
 * is not installed (a production install with a prebuilt dist-web/), nothing is rebuilt.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The web app bundles src/analysis too (the Diagnose panel's worker).
const WEB_SOURCES = [join(ROOT, 'src/web'), join(ROOT, 'src/domain'), join(ROOT, 'src/analysis')];
const BUILT_INDEX = join(ROOT, 'dist-web/index.html');
const VITE_CONFIG = join(ROOT, 'src/web/vite.config.ts');

function newestModification(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const built = statSync(BUILT_INDEX).mtimeMs;
  return WEB_SOURCES.some((folder) => existsSync(folder) && newestModification(folder) > built);
}

/** Builds when needed; returns what it did, for the start-up message. */
export async function ensureWebBuild(
  log: (message: string) => void,
): Promise<'fresh' | 'built' | 'unavailable'> {
  if (!webBuildIsStale()) return 'fresh';
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    log('The web app is not built and Vite is not installed; the API runs without the web app.');
    return 'unavailable';
  }
  log('Building the web app (first start or changed sources)…');
  await vite.build({ configFile: VITE_CONFIG, logLevel: 'warn' });
  return 'built';
}
