/**
 * `krachtenveld export <werkruimte> --format F [--output FILE]`: a werkruimte to a file (or stdout). JSON is
 * the lossless backup; it is also how a werkruimte moves between PGlite and a PostgreSQL server (export
 * with one DATABASE_URL, import with the other). The other formats come from the same export service as
 * the API's downloads.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, TABLES } from '../../domain/index.ts';
import { loadConfig, openStore } from '../../server/index.ts';
import { exportFile } from '../../services/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';
import { progressBar } from '../progress.ts';

const BINARY: readonly string[] = ['xlsx', 'png'];

export const exportCommand: Command = {
  name: 'export',
  usage: `export <werkruimte> --format F [--output F]`,
  summary: 'Write a werkruimte to a file (backup, spreadsheet, GEXF, GraphML, image)',
  help: [
    `Usage: krachtenveld export <werkruimte> --format ${EXPORT_FORMATS.join('|')} [--output FILE]`,
    '',
    '<werkruimte> is the id or the exact name of a werkruimte.',
    '',
    'Formats:',
    '  json      the lossless backup (krachtenveld-backup/1, schema in docs/backup.schema.json)',
    '  xlsx      spreadsheet with sheets spelers, relaties and werkruimte, with choice lists',
    '  csv       the spelers and relaties tables (; separated); needs --output PREFIX',
    '  gexf      GEXF 1.3 for Gephi, with typed attributes, positions and colours per kracht',
    '  graphml   GraphML for NetworkX, yEd, Cytoscape',
    '  svg, png  an image of the map with its legend',
    'Every cell that starts with =, +, -, @, a tab or a line break gets an apostrophe in CSV and XLSX,',
    'so spreadsheets never run it as a formula.',
    '',
    'Options:',
    '  --format F     one of the formats above (default json)',
    '  --output FILE  where to write (default: standard output, except binary formats); for csv a prefix:',
    '                 FILE-spelers.csv and FILE-relaties.csv',
    '  --lang nl|en   language of the legend in images (default nl)',
    '  --gexf-version 1.3|1.2draft   GEXF version (default 1.3); NetworkX reads up to 1.2draft',
    '  -h, --help     show this help',
    '',
    'To move a werkruimte between databases: export with one DATABASE_URL (or KRACHTENVELD_DATA_DIR),',
    'then `krachtenveld import FILE` with the other.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        output: { type: 'string' },
        lang: { type: 'string', default: 'nl' },
        'gexf-version': { type: 'string', default: '1.3' },
      },
    });
    if (!(EXPORT_FORMATS as readonly string[]).includes(values.format)) {
      console.error(`Unknown --format "${values.format}": expecting ${EXPORT_FORMATS.join(', ')}.`);
      return 2;
    }
    const format = values.format as ExportFormat;
    const gexfVersion = values['gexf-version'];
    if (gexfVersion !== '1.3' && gexfVersion !== '1.2draft') {
      console.error(`Unknown --gexf-version "${gexfVersion}": expecting 1.3 or 1.2draft.`);
      return 2;
    }
    if (values.lang !== 'nl' && values.lang !== 'en') {
      console.error(`Unknown --lang "${values.lang}": expecting nl or en.`);
      return 2;
    }
    if (positionals.length !== 1) {
      console.error('Name one werkruimte (id or name). Run `krachtenveld export --help`.');
      return 2;
    }
    if (!values.output && (format === 'csv' || BINARY.includes(format))) {
      console.error(
        format === 'csv'
          ? '--format csv writes two files: give --output PREFIX.'
          : `--format ${format} is a binary file: give --output FILE.`,
      );
      return 2;
    }
    const store = await openStore(loadConfig());
    const bar = progressBar();
    try {
      const workspace = await findWorkspace(store, positionals[0] as string);
      if (!workspace) {
        console.error(`No werkruimte with id or name "${positionals[0]}".`);
        return 2;
      }
      const tables = format === 'csv' ? TABLES : [undefined];
      for (const table of tables) {
        bar.update(`Exporting ${table ?? format}`, 0, 0);
        const file = await exportFile(store, workspace, format, { table, lang: values.lang, gexfVersion });
        bar.done();
        const counts = `${file.counts.actors} spelers, ${file.counts.relations} relaties`;
        const path = table ? `${values.output}-${table}.csv` : values.output;
        if (path) {
          writeFileSync(path, file.body);
          console.error(`Wrote ${path}: ${counts}.`);
        } else process.stdout.write(file.body);
      }
      return 0;
    } finally {
      bar.done();
      await store.close();
    }
  },
};
