/** `krachtenveld migrate`: brings the database schema up to date (serve does this too, on every start). */
import { parseArgs } from 'node:util';
import { describeDatabase, loadConfig, openStore } from '../../server/index.ts';
import type { Command } from '../command.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'Bring the database schema up to date and sync the gemeenten list',
  help: [
    'Usage: krachtenveld migrate',
    '',
    'Applies any database migrations that have not run yet and synchronises the reference list of',
    'gemeenten. Safe to run again; `serve` does the same on every start. Useful before starting several',
    'app servers against one PostgreSQL database.',
    '',
    'Database: DATABASE_URL (PostgreSQL server) or KRACHTENVELD_DATA_DIR (embedded PGlite).',
  ].join('\n'),
  async run(args) {
    parseArgs({ args, options: {} });
    const config = loadConfig();
    const store = await openStore(config);
    await store.close();
    console.log(`Database is up to date: ${describeDatabase(config)}`);
    return 0;
  },
};
