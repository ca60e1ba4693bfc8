/** `krachtenveld seed demo`: adds the demo werkruimte "Voorbeeldgemeente". */
import { parseArgs } from 'node:util';
import { loadConfig, openStore } from '../../server/index.ts';
import { loadDemoWorkspace, seedDemoIfEmpty } from '../../services/index.ts';
import type { Command } from '../command.ts';

export const seedCommand: Command = {
  name: 'seed',
  usage: 'seed demo [--if-empty]',
  summary: 'Add the demo werkruimte "Voorbeeldgemeente"',
  help: [
    'Usage: krachtenveld seed demo [--if-empty]',
    '',
    'Adds the fictitious demo werkruimte "Voorbeeldgemeente" (60+ spelers, 150+ relaties) as a new',
    'werkruimte. Existing werkruimtes are left alone; running it twice gives two copies.',
    '',
    'Options:',
    '  --if-empty   only add it when the database has no werkruimte at all',
    '  -h, --help   show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'if-empty': { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1 || positionals[0] !== 'demo') {
      console.error(`Usage: krachtenveld seed demo [--if-empty]\nUnknown seed "${positionals.join(' ')}".`);
      return 2;
    }
    const store = await openStore(loadConfig());
    try {
      const workspace = values['if-empty'] ? await seedDemoIfEmpty(store) : await loadDemoWorkspace(store);
      console.log(
        workspace
          ? `Demo werkruimte "${workspace.name}" added (id ${workspace.id}).`
          : 'The database already has werkruimtes; nothing added.',
      );
    } finally {
      await store.close();
    }
    return 0;
  },
};
