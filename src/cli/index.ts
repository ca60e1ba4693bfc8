/**
 * The `krachtenveld` command. Argument parsing uses node:util's parseArgs (no dependency); each command is
 * a module in commands/ with its own help text. Errors a user can fix print one clear line and exit 1;
 * anything else prints its stack, because then it is a bug to report.
 */
import { ConfigError } from '../server/index.ts';
import { DataDirLockedError } from '../store/index.ts';
import type { Command } from './command.ts';
import { analyseCommand } from './commands/analyse.ts';
import { diffCommand } from './commands/diff.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { migrateCommand } from './commands/migrate.ts';
import { positionsCommand } from './commands/positions.ts';
import { reportCommand } from './commands/report.ts';
import { seedCommand } from './commands/seed.ts';
import { serveCommand } from './commands/serve.ts';
import { snapshotCommand } from './commands/snapshot.ts';
import { userCommand } from './commands/user.ts';

const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  analyseCommand,
  positionsCommand,
  snapshotCommand,
  diffCommand,
  reportCommand,
  exportCommand,
  importCommand,
  userCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.usage.length));
  return [
    'krachtenveld — breng het krachtenveld van het sociaal domein in kaart',
    '',
    'Usage: krachtenveld <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.usage.padEnd(width)}  ${command.summary}`),
    '',
    'Run `krachtenveld <command> --help` for the options of one command.',
    '',
    'Environment: DATABASE_URL (PostgreSQL server; unset: embedded PGlite), KRACHTENVELD_DATA_DIR,',
    'HOST, PORT, LOG_LEVEL, KRACHTENVELD_DEMO (auto|off). See README.md.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const target = COMMANDS.find((command) => command.name === rest[0]);
    console.log(target ? target.help : mainHelp());
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${mainHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || isUsageError(error)) {
      console.error(`krachtenveld ${name}: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}

function isUsageError(error: unknown): boolean {
  return (
    error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS') === true
  );
}
