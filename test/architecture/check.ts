/**
 * Checks a source tree against the layer rules (rules.ts). A function of the files, not of the disk, so the
 * tests can feed it scratch trees with one violation each and see it fail, without touching src/.
 *
 * Tests beside their code (`*.test.ts`) obey the same rules between src/ folders as the code they test, and
 * may also import helpers and fixtures from test/. The package rules do not bind them: they guard what runs
 * in the app and the bundle, which tests never do, and tests need Node built-ins to read fixtures and other
 * libraries as reference implementations (graphology-metrics in src/analysis, for instance).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join, posix, relative, sep } from 'node:path';
import { CODE_FILE, type ModuleReference, parseModules } from './module-graph.ts';
import {
  AMBIENT,
  COMPUTED_IMPORTS,
  LAYERS,
  type LayerRule,
  NOT_APP_CODE,
  TEST_FILE,
  THREAD_WORK,
} from './rules.ts';

export type RuleName = 'folders' | 'imports' | 'ambient' | 'readme' | 'parse';

export interface Violation {
  rule: RuleName;
  /** The file (or folder) at fault, as a path inside src/. */
  file: string;
  line?: number;
  /** The module specifier as written; '(computed)' when it is not a string. */
  specifier?: string;
  reason: string;
}

export function describeViolation(violation: Violation): string {
  const where = violation.line === undefined ? violation.file : `${violation.file}:${violation.line}`;
  const what = violation.specifier === undefined ? '' : ` '${violation.specifier}'`;
  return `src/${where}${what}: ${violation.reason}`;
}

/** Every file under `root` (path inside root → text) and the names of the folders directly in it. */
export function readSourceTree(root: string): { files: Map<string, string>; folders: string[] } {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  const folders = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return { files, folders };
}

/**
 * @param files every file of the tree (path inside src/ → text); non-code files count for README checks and
 *   as targets of imports
 * @param folders the folders directly in src/, empty ones included
 */
export function checkArchitecture(
  files: ReadonlyMap<string, string>,
  folders: readonly string[],
): Violation[] {
  const violations: Violation[] = [];

  for (const folder of folders) {
    if (!ruleOf(folder)) {
      violations.push({
        rule: 'folders',
        file: `${folder}/`,
        reason: `src/${folder}/ belongs to no layer: give it a rule in test/architecture/rules.ts and a place in docs/architecture.md, or move its files into a layer`,
      });
    } else if (!files.has(`${folder}/README.md`)) {
      violations.push({
        rule: 'readme',
        file: `${folder}/`,
        reason: 'has no README.md with its job and public surface',
      });
    }
  }
  for (const path of files.keys()) {
    if (!path.includes('/'))
      violations.push({ rule: 'folders', file: path, reason: 'lies directly in src/, in no layer' });
  }

  // Code in unknown folders is already reported with its folder; build configuration is not app code.
  const code = new Map(
    [...files].filter(([path]) => CODE_FILE.test(path) && ruleOf(layerOf(path)) && !NOT_APP_CODE.has(path)),
  );
  const targets = new Targets(files);
  for (const [file, parsed] of parseModules(code)) {
    const layer = layerOf(file);
    const rule = ruleOf(layer) as LayerRule;
    const isTest = TEST_FILE.test(file);
    for (const error of parsed.errors) {
      violations.push({ rule: 'parse', file, line: error.line, reason: `does not parse: ${error.message}` });
    }
    for (const reference of parsed.references) {
      const problem = referenceProblem(file, layer, rule, isTest, reference, targets);
      if (problem) {
        violations.push({
          rule: 'imports',
          file,
          line: reference.line,
          specifier: reference.specifier ?? '(computed)',
          reason: `${reference.kind}: ${problem}`,
        });
      }
    }
    if (layer === 'analysis' && !isTest) {
      for (const use of parsed.uses) {
        if (AMBIENT.has(use.name)) {
          violations.push({
            rule: 'ambient',
            file,
            line: use.line,
            reason: `${use.name}: analysis results must be reproducible; take an injected Rng or a time from the caller`,
          });
        }
      }
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function layerOf(path: string): string {
  return path.split('/')[0] as string;
}

/** The rule of a folder; own properties only, so a folder named `constructor` is no layer either. */
function ruleOf(folder: string): LayerRule | undefined {
  return Object.hasOwn(LAYERS, folder) ? LAYERS[folder] : undefined;
}

/** What a relative reference may land on: a file of the tree, or (for `new URL`) a folder. */
class Targets {
  private readonly folders = new Set<string>();
  constructor(private readonly files: ReadonlyMap<string, string>) {
    for (const path of files.keys()) {
      for (let at = path.indexOf('/'); at !== -1; at = path.indexOf('/', at + 1))
        this.folders.add(path.slice(0, at));
    }
  }
  isFile(path: string): boolean {
    return this.files.has(path);
  }
  isFolder(path: string): boolean {
    return this.folders.has(path);
  }
}

/** Why a reference breaks the rules, or undefined when it keeps them. */
function referenceProblem(
  file: string,
  layer: string,
  rule: LayerRule,
  isTest: boolean,
  reference: ModuleReference,
  targets: Targets,
): string | undefined {
  const specifier = reference.specifier;
  if (specifier === undefined) {
    return COMPUTED_IMPORTS.has(file)
      ? undefined
      : 'a computed specifier cannot be checked: write the path as a string';
  }
  // new URL('https://…', import.meta.url) names no module of ours.
  if (reference.kind === 'new URL()' && /^[a-z][a-z\d+.-]*:/i.test(specifier) && !/^file:/i.test(specifier)) {
    return undefined;
  }
  if (specifier.startsWith('/') || /^file:/i.test(specifier)) {
    return 'an absolute path goes around the layer rules: use a relative one';
  }
  // For new URL every other string is relative to the module, './x.ts' and 'x.ts' alike.
  if (specifier.startsWith('.') || reference.kind === 'new URL()') {
    return relativeProblem(file, layer, rule, isTest, reference, targets);
  }
  if (specifier.startsWith('#'))
    return 'package.json subpath imports (#…) are not checked here: use a relative path';
  return isTest ? undefined : packageProblem(layer, rule, specifier);
}

function relativeProblem(
  file: string,
  layer: string,
  rule: LayerRule,
  isTest: boolean,
  reference: ModuleReference,
  targets: Targets,
): string | undefined {
  let target = posix.normalize(posix.join(posix.dirname(file), reference.specifier as string));
  // '../src/store/x.ts' leaves src/ only to come back in.
  if (target.startsWith('../src/')) target = target.slice('../src/'.length);
  if (target === '..' || target.startsWith('../')) {
    // A URL outside src/ names data, migrations or the built web app: files, not modules.
    if (reference.kind === 'new URL()') return undefined;
    if (isTest && target.startsWith('../test/')) return undefined;
    return 'leaves src/ (only tests beside code may import from test/)';
  }
  // The direction of a reference is wrong whether or not its target exists yet.
  const targetLayer = layerOf(target);
  if (targetLayer !== layer) {
    if (!ruleOf(targetLayer)) return `src/${targetLayer} is in no layer`;
    if (!rule.mayImport.includes(targetLayer)) return `${layer} may not import ${targetLayer}`;
  }
  const found = targets.isFile(target) || (reference.kind === 'new URL()' && targets.isFolder(target));
  if (!found) return `does not resolve to a file in src/ (${target})`;
  if (targetLayer === layer) return undefined;
  const entry = rule.onlyEntry?.[targetLayer];
  if (entry) return target === entry ? undefined : `${layer} may import ${targetLayer} only through ${entry}`;
  if (target === `${targetLayer}/index.ts` || THREAD_WORK[layer]?.includes(target)) return undefined;
  return `goes around ${targetLayer}/index.ts, the folder's public surface`;
}

function packageProblem(layer: string, rule: LayerRule, specifier: string): string | undefined {
  if (isBuiltin(specifier) || specifier.startsWith('node:')) {
    return rule.nodeBuiltins ? undefined : `${layer} also runs outside Node: no Node built-ins`;
  }
  // The package, not the path inside it: 'pg/lib/client' is pg, '@fastify/cookie/plugin' is @fastify/cookie.
  const parts = specifier.split('/');
  const name = (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
  if (rule.onlyPackages && !rule.onlyPackages.includes(name)) {
    return `${layer} may import only ${rule.onlyPackages.join(', ')} of the packages`;
  }
  if (rule.forbiddenPackages.some((pattern) => pattern.test(name))) return `${layer} may not import ${name}`;
  return undefined;
}
