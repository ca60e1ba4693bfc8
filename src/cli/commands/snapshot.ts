/**
 * `krachtenveld snapshot <werkruimte> [--name N] [--list]`: takes a momentopname of a werkruimte — a named,
 * dated copy of all of it (services/snapshots.ts), the same as the web app's button — or lists the ones it
 * has, newest first. `krachtenveld diff` compares two of them, or one with now.
 */
import { parseArgs } from 'node:util';
import {
  dutchToday,
  issuesFromZod,
  type Snapshot,
  type SnapshotReason,
  snapshotCreateSchema,
  ValidationError,
} from '../../domain/index.ts';
import { type Locale, loadConfig, openStore, reason } from '../../server/index.ts';
import { CLI_AUTHOR, listSnapshots, takeSnapshot } from '../../services/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';
import { textTable } from '../text-table.ts';

type Store = Awaited<ReturnType<typeof openStore>>;

const REASONS: Record<SnapshotReason, string> = {
  manual: 'handmatig',
  survey: 'uitvraag',
  meeting: 'bijeenkomst',
  schedule: 'schema',
};

export const snapshotCommand: Command = {
  name: 'snapshot',
  usage: 'snapshot <werkruimte> [--name N] [--list]',
  summary: 'Take a momentopname (a named, dated copy) of a werkruimte, or list its momentopnames',
  help: [
    'Usage: krachtenveld snapshot <werkruimte> [options]',
    '',
    '<werkruimte> is the id or the exact name of a werkruimte ("Voorbeeldgemeente").',
    'Takes a momentopname: a named, dated copy of the whole werkruimte, as the web app does, to look back',
    'at or to compare with another moment (`krachtenveld diff`).',
    '',
    'Options:',
    '  --name N            the name of the momentopname (1 to 200 characters, one line).',
    '                      Default: "Momentopname <today\'s date>"',
    "  --list              list the werkruimte's momentopnames instead, newest first: date, name, reason",
    '                      (handmatig, uitvraag, bijeenkomst or schema), spelers, relaties and id',
    '  -h, --help          show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: 'string' }, list: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) return usageError('Name one werkruimte (id or name).');
    if (values.list && values.name !== undefined)
      return usageError('--list lists the momentopnames; --name is for taking one. Give one of the two.');

    const store = await openStore(loadConfig());
    try {
      const workspace = await findWorkspace(store, positionals[0] as string);
      if (!workspace) return usageError(`No werkruimte with id or name "${positionals[0]}".`);
      if (values.list) {
        console.log(table(workspace.name, await listSnapshots(store, workspace.id)));
        return 0;
      }
      const input = { name: values.name ?? `Momentopname ${dutchToday()}` };
      const parsed = snapshotCreateSchema.safeParse(input);
      if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error, input));
      const snapshot = await takeSnapshot(store, CLI_AUTHOR, workspace, parsed.data);
      const { actors, relations, positions } = snapshot.counts;
      console.log(
        `Momentopname "${snapshot.name}" gemaakt (${snapshot.id}): ${actors} spelers, ${relations} relaties, ` +
          `${positions} posities, ${kilobytes(snapshot.bytes)} kB.`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return validationProblem('snapshot', error, 'nl', { name: '--name' });
    } finally {
      await store.close();
    }
  },
};

function usageError(message: string): number {
  console.error(`${message}\nRun \`krachtenveld snapshot --help\` for the options.`);
  return 2;
}

/**
 * A refused input in one line per problem, in words (the API's problem messages), with the flag or
 * argument it came from: `krachtenveld snapshot: --name: Een naam mag geen regeleinden … bevatten.` Exit 1.
 */
export function validationProblem(
  command: string,
  error: ValidationError,
  locale: Locale,
  flags: Readonly<Record<string, string>> = {},
): number {
  for (const issue of error.issues) {
    const where = flags[issue.path] ?? '';
    console.error(
      `krachtenveld ${command}: ${where ? `${where}: ` : ''}${reason(issue.code, issue.params, locale)}`,
    );
  }
  return 1;
}

/**
 * A snapshot of the werkruimte by id or exact name (any case), or a sentence saying why there is not
 * exactly one: several share the name (their ids), or none has it (the werkruimte's snapshots).
 */
export async function findSnapshot(
  store: Store,
  workspaceId: string,
  needle: string,
): Promise<Snapshot | string> {
  const snapshots = await listSnapshots(store, workspaceId);
  const byId = snapshots.find((snapshot) => snapshot.id === needle.toLowerCase());
  if (byId) return byId;
  const matches = snapshots.filter((snapshot) => snapshot.name.toLowerCase() === needle.toLowerCase());
  if (matches.length === 1) return matches[0] as Snapshot;
  if (matches.length > 1)
    return `More than one momentopname is called "${needle}"; name it by id: ${matches.map((snapshot) => snapshot.id).join(', ')}.`;
  const known = snapshots.map((snapshot) => `"${snapshot.name}" (${amsterdamMinute(snapshot.takenAt)})`);
  return `No momentopname with id or name "${needle}" in this werkruimte.${
    known.length > 0
      ? ` Its momentopnames: ${known.join(', ')}.`
      : ' It has none yet: take one with `krachtenveld snapshot`.'
  }`;
}

const AMSTERDAM_MINUTE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO moment as the Dutch clock showed it: YYYY-MM-DD HH:MM. */
export function amsterdamMinute(iso: string): string {
  const parts = Object.fromEntries(
    AMSTERDAM_MINUTE.formatToParts(new Date(iso)).map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

const KILOBYTES = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

function kilobytes(bytes: number): string {
  return KILOBYTES.format(bytes / 1000);
}

function table(workspaceName: string, snapshots: Snapshot[]): string {
  const heading = `Momentopnames van ${workspaceName}: ${snapshots.length}`;
  if (snapshots.length === 0) return `${heading}\n  nog geen momentopnames`;
  const header = ['datum', 'naam', 'reden', 'spelers', 'relaties', 'id'];
  const cells = snapshots.map((snapshot) => [
    amsterdamMinute(snapshot.takenAt),
    snapshot.name,
    REASONS[snapshot.reason],
    String(snapshot.counts.actors),
    String(snapshot.counts.relations),
    snapshot.id,
  ]);
  return `${heading}\n\n${textTable(header, cells)}`;
}
