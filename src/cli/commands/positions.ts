/**
 * `krachtenveld positions <werkruimte> <vraagstuk>`: the current positions on one vraagstuk — per speler
 * and perspective the latest invloed, belang, standpunt and beweging with its date — as a readable table
 * (default) or as CSV for a spreadsheet. Werkruimte and vraagstuk are named by id or by exact name.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import type { Topic, TopicPosition } from '../../domain/index.ts';
import { neutralise } from '../../formats/index.ts';
import { loadConfig, openStore } from '../../server/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';
import { textTable } from '../text-table.ts';

const FORMATS = ['table', 'csv'] as const;
const PAGE_SIZE = 500;

type Store = Awaited<ReturnType<typeof openStore>>;

export const positionsCommand: Command = {
  name: 'positions',
  usage: 'positions <werkruimte> <vraagstuk> [--format F]',
  summary: 'The current positions on a vraagstuk: invloed, belang, standpunt per speler and perspective',
  help: [
    'Usage: krachtenveld positions <werkruimte> <vraagstuk> [options]',
    '',
    '<werkruimte> is the id or the exact name of a werkruimte ("Voorbeeldgemeente");',
    '<vraagstuk> the id or the exact name of one of its vraagstukken ("Lokaal armoedebeleid").',
    'Prints the latest position per speler and perspective: speler, kracht, perspectief, invloed (1-5),',
    'belang (1-5), standpunt (-2 against to +2 for), beweging (van_boven, van_onderop or empty) and the',
    'date it holds from.',
    '',
    'Options:',
    '  --format F          table (default) or csv (semicolons, UTF-8 with BOM, for a spreadsheet)',
    '  -h, --help          show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'table' } },
    });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      return usageError(`Unknown --format "${values.format}": expecting table or csv.`);
    if (positionals.length !== 2) return usageError('Name one werkruimte and one vraagstuk (id or name).');
    const [workspaceNeedle, topicNeedle] = positionals as [string, string];

    const store = await openStore(loadConfig());
    try {
      const workspace = await findWorkspace(store, workspaceNeedle);
      if (!workspace) return usageError(`No werkruimte with id or name "${workspaceNeedle}".`);
      const found = await findTopic(store, workspace.id, topicNeedle);
      if (typeof found === 'string') return usageError(found);
      const rows = await currentRows(store, workspace.id, found);
      if (format === 'csv') process.stdout.write(csv(rows));
      else console.log(table(workspace.name, found, rows));
      return 0;
    } finally {
      await store.close();
    }
  },
};

function usageError(message: string): number {
  console.error(`${message}\nRun \`krachtenveld positions --help\` for the options.`);
  return 2;
}

/** The vraagstuk by id or exact name (any case), or a sentence saying why there is not exactly one. */
export async function findTopic(store: Store, workspaceId: string, needle: string): Promise<Topic | string> {
  const byId = /^[0-9a-f-]{36}$/i.test(needle) ? await store.topics.get(workspaceId, needle) : null;
  if (byId) return byId;
  const matches = await store.topics.findByName(workspaceId, needle);
  if (matches.length === 1) return matches[0] as Topic;
  if (matches.length > 1)
    return `More than one vraagstuk is called "${needle}"; name it by id: ${matches.map((topic) => topic.id).join(', ')}.`;
  const known = (await store.topics.listAll(workspaceId)).map((topic) => `"${topic.name}"`);
  return `No vraagstuk with id or name "${needle}" in this werkruimte.${
    known.length > 0 ? ` Its vraagstukken: ${known.join(', ')}.` : ' It has no vraagstukken yet.'
  }`;
}

interface Row {
  speler: string;
  kracht: string;
  perspectief: string;
  invloed: number;
  belang: number;
  standpunt: number;
  beweging: string;
  datum: string;
}

async function currentRows(store: Store, workspaceId: string, topic: Topic): Promise<Row[]> {
  const positions: TopicPosition[] = [];
  for (let page = 1; ; page++) {
    const { items, totalItems } = await store.topics.listPositions(
      workspaceId,
      topic.id,
      { current: true },
      { page, pageSize: PAGE_SIZE },
    );
    positions.push(...items);
    if (page * PAGE_SIZE >= totalItems) break;
  }
  const actors = new Map((await store.actors.listAll(workspaceId)).map((actor) => [actor.id, actor]));
  const perspectives = new Map(
    (await store.perspectives.listAll(workspaceId)).map((perspective) => [perspective.id, perspective]),
  );
  return positions.map((position) => {
    const actor = actors.get(position.actorId);
    return {
      speler: actor?.name ?? position.actorId,
      kracht: actor?.force ?? '',
      perspectief: perspectives.get(position.perspectiveId)?.name ?? position.perspectiveId,
      invloed: position.invloed,
      belang: position.belang,
      standpunt: position.standpunt,
      beweging: position.beweging ?? '',
      datum: position.assessedOn,
    };
  });
}

function csv(rows: Row[]): string {
  const columns = ['speler', 'kracht', 'perspectief', 'invloed', 'belang', 'standpunt', 'beweging', 'datum'];
  // Names are the users' own text: a leading =, +, - or @ must not become a formula in a spreadsheet.
  const safe = rows.map((row) => ({
    ...row,
    speler: neutralise(row.speler),
    perspectief: neutralise(row.perspectief),
  }));
  return stringify(safe, { header: true, columns, delimiter: ';', bom: true });
}

function table(workspaceName: string, topic: Topic, rows: Row[]): string {
  const heading = `Posities op "${topic.name}" (${topic.status}) in ${workspaceName}: ${rows.length} ${
    rows.length === 1 ? 'positie' : 'posities'
  }`;
  if (rows.length === 0) return `${heading}\n  nog geen posities`;
  const header = ['speler', 'kracht', 'perspectief', 'invloed', 'belang', 'standpunt', 'beweging', 'datum'];
  const cells = rows.map((row) => [
    row.speler,
    row.kracht,
    row.perspectief,
    String(row.invloed),
    String(row.belang),
    row.standpunt > 0 ? `+${row.standpunt}` : String(row.standpunt),
    row.beweging,
    row.datum,
  ]);
  return `${heading}\n\n${textTable(header, cells)}`;
}
