/**
 * `krachtenveld export <werkruimte> --format json [--output FILE]`: a werkruimte to a file (or stdout).
 * JSON is the lossless backup; it is also how a werkruimte moves between PGlite and a PostgreSQL server
 * (export with one DATABASE_URL, import with the other). Spreadsheet, GEXF and GraphML follow.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { writeBackup } from '../../formats/index.ts';
import { exportBackup, exportCsv, loadConfig, openStore, TABLES } from '../../server/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';

const FORMATS = ['json', 'csv'] as const;

export const exportCommand: Command = {
  name: 'export',
  usage: 'export <werkruimte> --format json|csv [--output F]',
  summary: 'Write a werkruimte to files (JSON backup, CSV tables)',
  help: [
    'Usage: krachtenveld export <werkruimte> --format json|csv [--output FILE]',
    '',
    '<werkruimte> is the id or the exact name of a werkruimte.',
    '',
    'Options:',
    '  --format F     json: the lossless backup (krachtenveld-backup/1, schema in docs/backup.schema.json)',
    '  --format csv   the spelers and relaties tables (; separated, formulas neutralised); needs --output',
    '  --output FILE  where to write (default: standard output); for csv a prefix: FILE-spelers.csv and',
    '                 FILE-relaties.csv',
    '  -h, --help     show this help',
    '',
    'To move a werkruimte between databases: export with one DATABASE_URL (or KRACHTENVELD_DATA_DIR),',
    'then `krachtenveld import FILE` with the other.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'json' }, output: { type: 'string' } },
    });
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      console.error(`Unknown --format "${values.format}": expecting ${FORMATS.join(', ')}.`);
      return 2;
    }
    if (positionals.length !== 1) {
      console.error('Name one werkruimte (id or name). Run `krachtenveld export --help`.');
      return 2;
    }
    const store = await openStore(loadConfig());
    try {
      const workspace = await findWorkspace(store, positionals[0] as string);
      if (!workspace) {
        console.error(`No werkruimte with id or name "${positionals[0]}".`);
        return 2;
      }
      if (values.format === 'csv') {
        if (!values.output) {
          console.error('--format csv writes two files: give --output PREFIX.');
          return 2;
        }
        for (const table of TABLES) {
          const path = `${values.output}-${table}.csv`;
          writeFileSync(path, await exportCsv(store, workspace, table));
          console.error(`Wrote ${path}.`);
        }
        return 0;
      }
      const backup = await exportBackup(store, workspace);
      const text = writeBackup(backup);
      if (values.output) {
        writeFileSync(values.output, text);
        console.error(
          `Wrote ${values.output}: ${backup.actors.length} spelers, ${backup.relations.length} relaties.`,
        );
      } else process.stdout.write(text);
      return 0;
    } finally {
      await store.close();
    }
  },
};
