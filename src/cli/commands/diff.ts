/**
 * `krachtenveld diff <werkruimte> <from> [<to>]`: what changed in a werkruimte between two momentopnames,
 * or a momentopname and now — spelers, relaties, perspectieven, vraagstukken, beoordelingen and posities
 * that came, went or changed, field by field, and how every index of the diagnosis moved, in a sentence
 * (services/snapshot-diff.ts, as the web app's comparison). A readable table (default), JSON, or CSV with
 * one row per change.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import {
  DIFF_KINDS,
  type DiffKind,
  type FieldChange,
  fieldLabel,
  ValidationError,
} from '../../domain/index.ts';
import { neutralise } from '../../formats/index.ts';
import { type Locale, loadConfig, openStore } from '../../server/index.ts';
import { diffMoments, inlineAnalysis, type Moment, type MomentsDiff } from '../../services/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';
import { amsterdamMinute, findSnapshot, validationProblem } from './snapshot.ts';

const FORMATS = ['table', 'json', 'csv'] as const;
const NOW = 'now';
/** Lines per kind in the table; the rest is counted. */
const MAX_LINES = 50;
/** A value longer than this (a description) is cut in the table; JSON and CSV keep it whole. */
const MAX_VALUE = 80;

type Kind = DiffKind | 'workspace';

interface Words {
  kinds: Record<Kind, string>;
  added: string;
  removed: string;
  changed: string;
  now: string;
  heading: (workspace: string, from: string, to: string) => string;
  counts: (added: number, removed: number, changed: number) => string;
  fields: (count: number) => string;
  more: (count: number) => string;
  nothing: string;
  diagnosis: string;
  empty: string;
}

const WORDS: Record<Locale, Words> = {
  nl: {
    kinds: {
      workspace: 'werkruimte',
      actors: 'spelers',
      relations: 'relaties',
      perspectives: 'perspectieven',
      topics: 'vraagstukken',
      assessments: 'beoordelingen',
      positions: 'posities',
    },
    added: 'nieuw',
    removed: 'weg',
    changed: 'gewijzigd',
    now: 'nu',
    heading: (workspace, from, to) => `Wat veranderde in ${workspace} van ${from} tot ${to}`,
    counts: (added, removed, changed) => `${added} nieuw, ${removed} weg, ${changed} gewijzigd`,
    fields: (count) => `${count} ${count === 1 ? 'veld' : 'velden'} gewijzigd`,
    more: (count) => `… en ${count} meer`,
    nothing: 'Niets veranderd.',
    diagnosis: 'Diagnose',
    empty: '(leeg)',
  },
  en: {
    kinds: {
      workspace: 'workspace',
      actors: 'players',
      relations: 'relations',
      perspectives: 'perspectives',
      topics: 'issues',
      assessments: 'assessments',
      positions: 'positions',
    },
    added: 'new',
    removed: 'gone',
    changed: 'changed',
    now: 'now',
    heading: (workspace, from, to) => `What changed in ${workspace} from ${from} to ${to}`,
    counts: (added, removed, changed) => `${added} new, ${removed} gone, ${changed} changed`,
    fields: (count) => `${count} ${count === 1 ? 'field' : 'fields'} changed`,
    more: (count) => `… and ${count} more`,
    nothing: 'Nothing changed.',
    diagnosis: 'Diagnosis',
    empty: '(empty)',
  },
};

/**
 * The CSV's words: always Dutch, as the other CSV files of the command line; only the field names and the
 * sentences follow --lang, since they are the app's words for what changed.
 */
const CSV_KINDS = WORDS.nl.kinds;

export const diffCommand: Command = {
  name: 'diff',
  usage: 'diff <werkruimte> <from> [<to>] [--format F]',
  summary: 'What changed in a werkruimte between two momentopnames, or one and now',
  help: [
    'Usage: krachtenveld diff <werkruimte> <from> [<to>] [options]',
    '',
    '<werkruimte> is the id or the exact name of a werkruimte ("Voorbeeldgemeente"); <from> the id or the',
    'exact name of one of its momentopnames (see `krachtenveld snapshot <werkruimte> --list`), <to> another',
    'one or "now" (default): the werkruimte as it is. <from> may not be later than <to>.',
    'Prints the spelers, relaties, perspectieven, vraagstukken, beoordelingen and posities that are new, gone',
    'or changed (field by field), and how every index of the diagnosis moved, in a sentence.',
    '',
    'Options:',
    '  --format F          table (default), json (the whole comparison) or csv (one row per change:',
    '                      soort;wijziging;id;naam;veld;van;naar, then a row per index; semicolons, UTF-8',
    '                      with BOM, for a spreadsheet)',
    "  --lang L            nl (default) or en, for the table, the field names (the table's and the CSV's",
    '                      veld column: "sterkte", as the web app says; JSON keeps the keys) and the',
    '                      sentences on the indices',
    '  -h, --help          show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        lang: { type: 'string', default: 'nl' },
      },
    });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      return usageError(`Unknown --format "${values.format}": expecting table, json or csv.`);
    if (values.lang !== 'nl' && values.lang !== 'en')
      return usageError(`Unknown --lang "${values.lang}": expecting nl or en.`);
    const locale: Locale = values.lang;
    if (positionals.length < 2 || positionals.length > 3)
      return usageError(
        'Name one werkruimte and one or two momentopnames (id or name; the second may be now).',
      );
    const [workspaceNeedle, fromNeedle, toNeedle = NOW] = positionals as [string, string, string?];

    const store = await openStore(loadConfig());
    try {
      const workspace = await findWorkspace(store, workspaceNeedle);
      if (!workspace) return usageError(`No werkruimte with id or name "${workspaceNeedle}".`);
      const from = await findSnapshot(store, workspace.id, fromNeedle);
      if (typeof from === 'string') return usageError(from);
      let to: string = NOW;
      if (toNeedle.toLowerCase() !== NOW) {
        const found = await findSnapshot(store, workspace.id, toNeedle);
        if (typeof found === 'string') return usageError(found);
        to = found.id;
      }
      const diff = await diffMoments(store, inlineAnalysis, workspace, { from: from.id, to }, locale);
      if (format === 'json') console.log(JSON.stringify(diff, null, 2));
      else if (format === 'csv') process.stdout.write(csv(diff, workspace, locale));
      else console.log(table(workspace.name, diff, locale));
      return 0;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // from_after_to: "Het eerste moment komt na het tweede. Kies eerst het oudste moment."
      return validationProblem('diff', error, locale);
    } finally {
      await store.close();
    }
  },
};

function usageError(message: string): number {
  console.error(`${message}\nRun \`krachtenveld diff --help\` for the options.`);
  return 2;
}

/** Every kind in the order the output lists them: the werkruimte's own fields first. */
const KINDS: Kind[] = ['workspace', ...DIFF_KINDS];

// ─── CSV ──────────────────────────────────────────────────────────────────────────────────────────────────

/** A field's value in a cell: text as it is, anything else as JSON, nothing as an empty cell. */
function cellValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** An index's value, rounded as the analyse command's CSV rounds: four decimals are plenty to compare. */
function indexValue(value: number | null): string {
  return value === null ? '' : String(Number(value.toFixed(4)));
}

function csv(diff: MomentsDiff, workspace: { id: string; name: string }, locale: Locale): string {
  const words = WORDS.nl;
  const rows: string[][] = [];
  const changeRows = (kind: Kind, id: string, name: string, changes: FieldChange[]) => {
    for (const change of changes)
      rows.push([
        CSV_KINDS[kind],
        words.changed,
        id,
        name,
        fieldLabel(change.field, locale),
        cellValue(change.from),
        cellValue(change.to),
      ]);
  };
  changeRows('workspace', workspace.id, workspace.name, diff.changes.workspace);
  for (const kind of DIFF_KINDS) {
    const { added, removed, changed } = diff.changes[kind];
    for (const record of added)
      rows.push([CSV_KINDS[kind], words.added, record.id, record.label, '', '', '']);
    for (const record of removed)
      rows.push([CSV_KINDS[kind], words.removed, record.id, record.label, '', '', '']);
    for (const record of changed) changeRows(kind, record.id, record.label, record.changes);
  }
  for (const index of diff.indices)
    rows.push([
      'index',
      '',
      index.key,
      index.sentence,
      '',
      indexValue(index.from.value),
      indexValue(index.to.value),
    ]);
  // Names and values are the users' own text: a leading =, +, - or @ must not become a formula.
  const safe = rows.map((row) => row.map(neutralise));
  return stringify(safe, {
    header: true,
    columns: ['soort', 'wijziging', 'id', 'naam', 'veld', 'van', 'naar'],
    delimiter: ';',
    bom: true,
  });
}

// ─── table ────────────────────────────────────────────────────────────────────────────────────────────────

/** A value as the table shows it: text in quotes, cut when long; other values as JSON. */
function shown(value: unknown, words: Words): string {
  if (value === null || value === undefined || value === '') return words.empty;
  const text = JSON.stringify(value).replace(/\s+/g, ' ');
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function momentText(moment: Moment, words: Words): string {
  return `"${moment.snapshot?.name ?? words.now}" (${amsterdamMinute(moment.at)})`;
}

function kindLines(kind: Kind, diff: MomentsDiff, words: Words, locale: Locale): string[] {
  // Fields as the web app names them ("sterkte", not the backup's "strength").
  const changeLine = (label: string, change: FieldChange) =>
    `  ~ ${label}: ${fieldLabel(change.field, locale)} ${shown(change.from, words)} → ${shown(change.to, words)}`;
  let counts: string;
  let lines: string[];
  if (kind === 'workspace') {
    const changes = diff.changes.workspace;
    if (changes.length === 0) return [];
    counts = words.fields(changes.length);
    lines = changes.map((change) => changeLine(words.kinds.workspace, change));
  } else {
    const { added, removed, changed } = diff.changes[kind];
    if (added.length + removed.length + changed.length === 0) return [];
    counts = words.counts(added.length, removed.length, changed.length);
    lines = [
      ...added.map((record) => `  + ${record.label}`),
      ...removed.map((record) => `  - ${record.label}`),
      ...changed.flatMap((record) => record.changes.map((change) => changeLine(record.label, change))),
    ];
  }
  const title = words.kinds[kind];
  return [
    `${title.charAt(0).toUpperCase()}${title.slice(1)}: ${counts}`,
    ...lines.slice(0, MAX_LINES),
    ...(lines.length > MAX_LINES ? [`  ${words.more(lines.length - MAX_LINES)}`] : []),
  ];
}

function table(workspaceName: string, diff: MomentsDiff, locale: Locale): string {
  const words = WORDS[locale];
  const lines = [words.heading(workspaceName, momentText(diff.from, words), momentText(diff.to, words)), ''];
  const sections = KINDS.map((kind) => kindLines(kind, diff, words, locale)).filter(
    (section) => section.length > 0,
  );
  if (sections.length === 0) lines.push(words.nothing, '');
  for (const section of sections) lines.push(...section, '');
  lines.push(`${words.diagnosis}:`, ...diff.indices.map((index) => `  ${index.sentence}`));
  return lines.join('\n');
}
