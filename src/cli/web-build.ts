/**
 * Makes sure the web app is built before `serve` starts: after a fresh clone, or when anything the bundle is
 * made of is newer than the build. Vite is a development dependency; where it is not installed (a
 * production install with a prebuilt dist-web/), nothing is rebuilt.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE_CONFIG = join(ROOT, 'src/web/vite.config.ts');

/**
 * The src/ folders the web bundle is made of: the app and every folder it may import. This is the one list:
 * the architecture test (test/architecture/rules.ts) allows the web app exactly these folders and checks
 * that they import no folder outside it, so a change anywhere the bundle can reach makes the build stale.
 */
export const WEB_BUNDLE_FOLDERS = ['web', 'domain', 'analysis', 'formats', 'contract'] as const;

/** Outside src/, the bundle depends on the locked versions of the packages it includes. */
const WEB_BUNDLE_FILES = ['package-lock.json'];

/** The newest modification time of a file, or of any file in a folder and its subfolders. */
function newestModification(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

/** `root` is the repository's root; tests pass a scratch copy. */
export function webBuildIsStale(root = ROOT): boolean {
  const builtIndex = join(root, 'dist-web/index.html');
  if (!existsSync(builtIndex)) return true;
  const built = statSync(builtIndex).mtimeMs;
  const inputs = [
    ...WEB_BUNDLE_FOLDERS.map((folder) => join(root, 'src', folder)),
    ...WEB_BUNDLE_FILES.map((file) => join(root, file)),
  ];
  // A folder that does not exist yet (a layer still to come) has nothing to build.
  return inputs.some((path) => existsSync(path) && newestModification(path) > built);
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
    log(
      existsSync(join(ROOT, 'dist-web/index.html'))
        ? 'The web app may be older than its sources and Vite is not installed; serving the existing build.'
        : 'The web app is not built and Vite is not installed; the API runs without the web app.',
    );
    return 'unavailable';
  }
  log('Building the web app (first start or changed sources)…');
  await vite.build({ configFile: VITE_CONFIG, logLevel: 'warn' });
  return 'built';
}
