/** `krachtenveld serve`: runs the web server until stopped with Ctrl+C (SIGINT) or SIGTERM. */
import { parseArgs } from 'node:util';
import { describeDatabase, loadConfig, startServer } from '../../server/index.ts';
import type { Command } from '../command.ts';
import { ensureWebBuild } from '../web-build.ts';

export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve [--host H] [--port P]',
  summary: 'Start the web app and API (default http://127.0.0.1:8080)',
  help: [
    'Usage: krachtenveld serve [--host HOST] [--port PORT]',
    '',
    'Starts Krachtenveld. Builds the web app when needed and runs database migrations first.',
    'On an empty database it loads the demo werkruimte "Voorbeeldgemeente" (turn off with',
    'KRACHTENVELD_DEMO=off). At start and every hour it takes the momentopnames werkruimtes have',
    'scheduled (turn off with KRACHTENVELD_SNAPSHOT_SCHEDULE=off).',
    '',
    'Options:',
    '  --host HOST   address to listen on (default: $HOST or 127.0.0.1)',
    '  --port PORT   port to listen on (default: $PORT or 8080)',
    '  -h, --help    show this help',
    '',
    'Database: DATABASE_URL=postgres://… for a PostgreSQL server; unset, an embedded PGlite database',
    'in $KRACHTENVELD_DATA_DIR (default ./.krachtenveld).',
  ].join('\n'),
  async run(args) {
    const { values } = parseArgs({ args, options: { host: { type: 'string' }, port: { type: 'string' } } });
    const config = loadConfig({
      ...process.env,
      ...(values.host ? { HOST: values.host } : {}),
      ...(values.port ? { PORT: values.port } : {}),
    });
    await ensureWebBuild((message) => console.log(message));
    const server = await startServer(config);
    console.log(`Krachtenveld runs at ${server.url} (${describeDatabase(config)}). Stop with Ctrl+C.`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    return 0;
  },
};
