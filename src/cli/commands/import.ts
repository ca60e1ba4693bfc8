/**
 * `krachtenveld import <file> [<file>] [--werkruimte W]`: a JSON backup, spreadsheet (XLSX, CSV), GEXF or
 * GraphML into a new werkruimte, or into an existing one. All or nothing: every problem in the file is
 * listed with its place (sheet.row.column) before anything is written. Large files show a progress bar.
 */
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ValidationError } from '../../domain/index.ts';
import { type ImportSummary, LIMITS } from '../../formats/index.ts';
import { loadConfig, openStore, reason } from '../../server/index.ts';
import {
  CLI_AUTHOR,
  type ImportPhase,
  importAsNewWorkspace,
  importIntoWorkspace,
  type UploadedFile,
} from '../../services/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';
import { type ProgressBar, progressBar } from '../progress.ts';

const PHASES: Record<ImportPhase, string> = {
  read: 'Reading the file',
  check: 'Checking every row',
  write: 'Writing',
};

async function readWithProgress(path: string, size: number, bar: ProgressBar): Promise<UploadedFile> {
  const chunks: Buffer[] = [];
  let read = 0;
  for await (const chunk of createReadStream(path)) {
    chunks.push(chunk as Buffer);
    read += (chunk as Buffer).length;
    bar.update(`Loading ${path}`, read, size);
  }
  return { name: path, bytes: Buffer.concat(chunks) };
}

export function describeSummary(summary: ImportSummary): string {
  const part = (counts: { created: number; updated: number }, noun: string) =>
    `${counts.created + counts.updated} ${noun}` +
    (counts.updated > 0 ? ` (${counts.created} new, ${counts.updated} updated)` : '');
  const lines = [`${part(summary.actors, 'spelers')}, ${part(summary.relations, 'relaties')}`];
  const { claims } = summary;
  if (claims)
    lines.push(
      `${part(claims.perspectives, 'perspectieven')}, ${part(claims.assessments, 'oordelen')}, ` +
        `${part(claims.topics, 'vraagstukken')}, ${part(claims.positions, 'posities')}`,
    );
  if (summary.ignored.length > 0) lines.push(`Ignored: ${summary.ignored.join('; ')}`);
  for (const { from, to } of summary.mapped) lines.push(`Mapped: ${from} → ${to}`);
  return lines.join('\n');
}

export const importCommand: Command = {
  name: 'import',
  usage: 'import <file> [--werkruimte W]',
  summary: 'Read a backup, spreadsheet, GEXF or GraphML file',
  help: [
    'Usage: krachtenveld import <file> [<file>] [--werkruimte W | --name N --gemeente G]',
    '',
    'Reads a file into a new werkruimte, or with --werkruimte into an existing one. The format is',
    'recognised from the content: JSON backup (krachtenveld-backup/2 or /1), XLSX, CSV (one table, or two files:',
    'spelers and relaties), GEXF or GraphML. Nothing is written when the file has any problem; each one is',
    'listed as sheet.row.column. In an existing werkruimte spelers are matched by id or name and updated,',
    'relaties by id or by both spelers and type; the rest is added.',
    '',
    'Options:',
    '  --werkruimte W   id or exact name of the werkruimte to read into',
    '  --name NAME      name of the new werkruimte (default: the name in the file)',
    "  --gemeente G     the new werkruimte's gemeente: its CBS code (GM0344) or name (Utrecht), if the file has none",
    '  -h, --help       show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, gemeente: { type: 'string' }, werkruimte: { type: 'string' } },
    });
    if (positionals.length < 1 || positionals.length > 2) {
      console.error('Name one file (or two CSV files). Run `krachtenveld import --help`.');
      return 2;
    }
    if (values.werkruimte && (values.name || values.gemeente)) {
      console.error('--name and --gemeente are for a new werkruimte; leave them out with --werkruimte.');
      return 2;
    }
    const sizes: number[] = [];
    for (const file of positionals) {
      try {
        sizes.push(statSync(file).size);
      } catch {
        console.error(`Cannot read "${file}": no such file.`);
        return 2;
      }
      const size = sizes.at(-1) as number;
      if (size > LIMITS.fileBytes) {
        console.error(
          `"${file}" is ${(size / 1_048_576).toFixed(0)} MB; the limit is ${LIMITS.fileBytes / 1_048_576} MB.`,
        );
        return 1;
      }
    }
    const store = await openStore(loadConfig());
    const bar = progressBar();
    try {
      const files: UploadedFile[] = [];
      for (const [index, file] of positionals.entries())
        files.push(await readWithProgress(file, sizes[index] as number, bar));
      const onProgress = (phase: ImportPhase, done: number, total: number) =>
        bar.update(PHASES[phase], done, total);
      if (values.werkruimte) {
        const workspace = await findWorkspace(store, values.werkruimte);
        if (!workspace) {
          bar.done();
          console.error(`No werkruimte with id or name "${values.werkruimte}".`);
          return 2;
        }
        const summary = await importIntoWorkspace(store, CLI_AUTHOR, workspace, files, onProgress);
        bar.done();
        console.log(`Imported into werkruimte "${workspace.name}": ${describeSummary(summary)}`);
        return 0;
      }
      const { workspace, summary } = await importAsNewWorkspace(
        store,
        CLI_AUTHOR,
        files,
        { name: values.name, gemeente: values.gemeente },
        onProgress,
      );
      bar.done();
      console.log(
        `Werkruimte "${workspace.name}" imported (id ${workspace.id}): ${describeSummary(summary)}`,
      );
      return 0;
    } catch (error) {
      bar.done();
      if (!(error instanceof ValidationError)) throw error;
      console.error(`${positionals.join(' and ')} not imported; nothing was written. Problems:`);
      for (const issue of error.issues)
        console.error(
          `  ${issue.path || '(file)'}: ${reason(issue.code, issue.params, 'nl')} [${issue.code}]`,
        );
      if (error.total > error.issues.length)
        console.error(
          `  … and ${error.total - error.issues.length} more (${error.total} in all), not listed. Fix these first.`,
        );
      return 1;
    } finally {
      await store.close();
    }
  },
};
