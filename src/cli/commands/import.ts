/**
 * `krachtenveld import <file>`: a JSON backup becomes a new werkruimte, all or nothing. Every problem in
 * the file is listed with its place before anything is written. Spreadsheet, GEXF and GraphML follow.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ValidationError } from '../../domain/index.ts';
import { LIMITS } from '../../formats/index.ts';
import { loadConfig, openStore, reasonNl, restoreBackup } from '../../server/index.ts';
import type { Command } from '../command.ts';

export const importCommand: Command = {
  name: 'import',
  usage: 'import <file> [--name N]',
  summary: 'Read a JSON backup into a new werkruimte',
  help: [
    'Usage: krachtenveld import <file> [--name NAME]',
    '',
    'Reads a JSON backup (krachtenveld-backup/1, made by `krachtenveld export` or the web app) into a new',
    'werkruimte with new ids. Nothing is written when the file has any problem; each one is listed.',
    '',
    'Options:',
    '  --name NAME   name of the new werkruimte (default: the name in the file)',
    '  -h, --help    show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' } },
    });
    if (positionals.length !== 1) {
      console.error('Name one file. Run `krachtenveld import --help`.');
      return 2;
    }
    const file = positionals[0] as string;
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      console.error(`Cannot read "${file}": no such file.`);
      return 2;
    }
    if (size > LIMITS.fileBytes) {
      console.error(
        `"${file}" is ${(size / 1_048_576).toFixed(0)} MB; the limit is ${LIMITS.fileBytes / 1_048_576} MB.`,
      );
      return 1;
    }
    const store = await openStore(loadConfig());
    try {
      const workspace = await restoreBackup(store, readFileSync(file, 'utf8'), values.name);
      const graph = await store.graph.loadGraph(workspace.id);
      console.log(
        `Werkruimte "${workspace.name}" imported (id ${workspace.id}): ${graph.actors.length} spelers, ${graph.relations.length} relaties.`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      console.error(`"${file}" was not imported; nothing was written. Problems:`);
      for (const issue of error.issues)
        console.error(`  ${issue.path || '(file)'}: ${reasonNl(issue)} [${issue.code}]`);
      return 1;
    } finally {
      await store.close();
    }
  },
};
