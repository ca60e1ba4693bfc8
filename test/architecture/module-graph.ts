/**
 * The module graph of a source tree, read by the TypeScript compiler's own parser rather than by a regular
 * expression: every way a module can pull in another is a node in the syntax tree, however it is written.
 *
 * TypeScript 7 parses in its native (Go) compiler; `typescript/unstable/sync` talks to it over a pipe. The
 * files are handed over through a virtual file system, so the same code reads the real src/ and the
 * in-memory scratch trees of the tests. "Unstable" means the API may change in a minor release; the tests
 * that feed the checker one violation of each kind fail if such a change ever blinds this walk.
 */

import {
  isCallExpression,
  isElementAccessExpression,
  isExportDeclaration,
  isExternalModuleReference,
  isIdentifier,
  isImportDeclaration,
  isImportEqualsDeclaration,
  isImportTypeNode,
  isLiteralTypeNode,
  isMetaProperty,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isPropertyAccessExpression,
  isStringLiteral,
  type Node,
  type SourceFile,
  SyntaxKind,
} from 'typescript/unstable/ast';
import { createVirtualFileSystem } from 'typescript/unstable/fs';
import { API } from 'typescript/unstable/sync';

/** Files the parser reads as modules (`.js` and `.mjs` too: a plain JavaScript file must not slip past). */
export const CODE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

export type ReferenceKind =
  | 'import' // import … from 'x', import 'x' (side effect), import type … from 'x'
  | 'export' // export … from 'x', export * from 'x'
  | 'import()' // import('x'), also import(someVariable)
  | 'require()' // require('x'), require.resolve('x'), import x = require('x')
  | 'import type()' // typeof import('x'), import('x').Type
  | 'new URL()'; // new URL('./x.ts', import.meta.url): how a worker's entry module is named

export interface ModuleReference {
  kind: ReferenceKind;
  /** The specifier as written; undefined when it is computed (`import(name)`), so it cannot be checked. */
  specifier: string | undefined;
  line: number;
}

/**
 * A use of a name that may be a global: `Math.random` (also written `Math['random']`), `new Date`, `Date()`.
 * Enough to keep clocks and randomness out of a folder; an alias (`const m = Math`) is not followed.
 */
export interface NameUse {
  name: string;
  line: number;
}

export interface ParsedModule {
  references: ModuleReference[];
  uses: NameUse[];
  /** Syntax errors: a file the parser cannot read fully could hide an import. */
  errors: { message: string; line: number }[];
}

/** Parses every code file of `files` (path → text, paths relative to the tree's root). */
export function parseModules(files: Map<string, string>): Map<string, ParsedModule> {
  const root = '/tree';
  const codePaths = [...files.keys()].filter((path) => CODE_FILE.test(path));
  const virtual: Record<string, string> = {
    [`${root}/tsconfig.json`]: JSON.stringify({
      // No libraries, no types, no resolution: only parsing is wanted, and nothing outside the tree is read.
      compilerOptions: {
        allowJs: true,
        noLib: true,
        noResolve: true,
        types: [],
        noEmit: true,
        jsx: 'preserve',
      },
      files: codePaths,
    }),
  };
  for (const path of codePaths) virtual[`${root}/${path}`] = files.get(path) as string;

  const api = new API({ fs: createVirtualFileSystem(virtual), cwd: root });
  try {
    const project = api.updateSnapshot({ openProjects: [`${root}/tsconfig.json`] }).getProjects()[0];
    if (!project) throw new Error('the TypeScript API opened no project');
    const parsed = new Map<string, ParsedModule>();
    for (const path of codePaths) {
      const source = project.program.getSourceFile(`${root}/${path}`);
      if (!source) {
        parsed.set(path, {
          references: [],
          uses: [],
          errors: [{ message: 'the parser did not read this file', line: 1 }],
        });
        continue;
      }
      // The parser may report one error more than once; once is enough here.
      const errors = new Map<string, { message: string; line: number }>();
      for (const diagnostic of project.program.getSyntacticDiagnostics(`${root}/${path}`)) {
        const line = source.getLineAndCharacterOfPosition(diagnostic.pos).line + 1;
        errors.set(`${line} ${diagnostic.text}`, { message: diagnostic.text, line });
      }
      parsed.set(path, { ...walk(source), errors: [...errors.values()] });
    }
    return parsed;
  } finally {
    api.close();
  }
}

function walk(source: SourceFile): Omit<ParsedModule, 'errors'> {
  const references: ModuleReference[] = [];
  const uses: NameUse[] = [];
  const lineOf = (node: Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const add = (kind: ReferenceKind, node: Node, specifierNode: Node | undefined) =>
    references.push({ kind, specifier: literalText(specifierNode), line: lineOf(node) });

  const visit = (node: Node): void => {
    if (isImportDeclaration(node)) add('import', node, node.moduleSpecifier);
    else if (isExportDeclaration(node) && node.moduleSpecifier) add('export', node, node.moduleSpecifier);
    else if (isImportEqualsDeclaration(node) && isExternalModuleReference(node.moduleReference))
      add('require()', node, node.moduleReference.expression);
    else if (isImportTypeNode(node))
      add('import type()', node, isLiteralTypeNode(node.argument) ? node.argument.literal : undefined);
    else if (isCallExpression(node)) {
      if (node.expression.kind === SyntaxKind.ImportKeyword) add('import()', node, node.arguments[0]);
      else {
        const callee = dottedName(node.expression);
        // require.resolve('x') names a dependency as surely as require('x').
        if (callee === 'require' || callee === 'require.resolve') add('require()', node, node.arguments[0]);
        if (callee) uses.push({ name: `${callee}()`, line: lineOf(node) });
      }
    } else if (isNewExpression(node)) {
      const created = dottedName(node.expression);
      const [url, base] = node.arguments ?? [];
      if (created === 'URL' && base && isImportMetaUrl(base)) add('new URL()', node, url);
      if (created) uses.push({ name: `new ${created}`, line: lineOf(node) });
    }
    // Every level of a member access (`a.b` and `a.b.c`), so `Math.random.call(…)` still shows `Math.random`.
    if (isPropertyAccessExpression(node) || isElementAccessExpression(node)) {
      const name = dottedName(node);
      if (name) uses.push({ name, line: lineOf(node) });
    }
    node.forEachChild(visit);
  };
  source.forEachChild(visit);
  return { references, uses };
}

/** The text of a string literal (or a template without substitutions); undefined for anything computed. */
function literalText(node: Node | undefined): string | undefined {
  if (node && (isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node))) return node.text;
  return undefined;
}

function isImportMetaUrl(node: Node): boolean {
  return (
    isPropertyAccessExpression(node) &&
    isMetaProperty(node.expression) &&
    node.expression.keywordToken === SyntaxKind.ImportKeyword &&
    isIdentifier(node.name) &&
    node.name.text === 'url'
  );
}

/**
 * The dotted name of an identifier or member access: `Math.random` and `Math['random']` both give
 * 'Math.random'; a leading `globalThis.` (or `window.`, `self.`) is dropped. Undefined for anything computed.
 */
function dottedName(node: Node): string | undefined {
  let name: string | undefined;
  if (isIdentifier(node)) name = node.text;
  else if (isPropertyAccessExpression(node) && isIdentifier(node.name)) {
    const object = dottedName(node.expression);
    name = object === undefined ? undefined : `${object}.${node.name.text}`;
  } else if (isElementAccessExpression(node)) {
    const object = dottedName(node.expression);
    const member = literalText(node.argumentExpression);
    name = object === undefined || member === undefined ? undefined : `${object}.${member}`;
  }
  return name?.replace(/^(globalThis|window|self)\./, '');
}
