/**
 * `krachtenveld analyse <werkruimte>`: the verkokering diagnosis in the terminal — a readable table with
 * the explanations (default), the full result as JSON, or one CSV row per speler for a spreadsheet.
 * Options and their help come from the analysis registry, so they match the API's parameters.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import {
  DIAGNOSIS_PARAMETERS,
  explainReason,
  explainRole,
  isGroupingKey,
  type Locale,
} from '../../analysis/index.ts';
import { RELATION_TYPES, type RelationType } from '../../domain/index.ts';
import { loadConfig, openStore } from '../../server/index.ts';
import { type ExplainedDiagnosis, inlineAnalysis, runDiagnosis } from '../../services/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';

const FORMATS = ['table', 'json', 'csv'] as const;

export const analyseCommand: Command = {
  name: 'analyse',
  usage: 'analyse <werkruimte> [--grouping G] [--format F]',
  summary: 'Diagnose verkokering: indices with explanations, brokers, weak spots, suggestions',
  help: [
    'Usage: krachtenveld analyse <werkruimte> [options]',
    '',
    '<werkruimte> is the id or the exact name of a werkruimte ("Voorbeeldgemeente").',
    '',
    'Options:',
    ...DIAGNOSIS_PARAMETERS.map(
      (parameter) =>
        `  --${`${parameter.flag} ${parameter.values === 'integer' ? 'N' : 'X'}`.padEnd(18)} ${parameter.description.en} Default: ${parameter.defaultValue}.`,
    ),
    '  --format F          table (default), json or csv (one row per speler)',
    '  --lang L            nl (default) or en, for the explanations in the table',
    '  -h, --help          show this help',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        grouping: { type: 'string' },
        types: { type: 'string' },
        seed: { type: 'string' },
        betweenness: { type: 'string' },
        suggestions: { type: 'string' },
        format: { type: 'string', default: 'table' },
        lang: { type: 'string', default: 'nl' },
      },
    });
    const format = values.format as (typeof FORMATS)[number];
    if (!FORMATS.includes(format))
      return usageError(`Unknown --format "${values.format}": expecting table, json or csv.`);
    if (values.lang !== 'nl' && values.lang !== 'en')
      return usageError(`Unknown --lang "${values.lang}": expecting nl or en.`);
    if (positionals.length !== 1) return usageError('Name one werkruimte (id or name).');
    if (values.grouping !== undefined && !isGroupingKey(values.grouping))
      return usageError(
        `Unknown --grouping "${values.grouping}": expecting kracht, domein, wijk, wet, financier or tag:<prefix> (e.g. tag:moeder).`,
      );
    const types = values.types?.split(',').map((type) => type.trim());
    const unknownType = types?.find((type) => !(RELATION_TYPES as readonly string[]).includes(type));
    if (unknownType)
      return usageError(
        `Unknown relation type "${unknownType}" in --types: expecting ${RELATION_TYPES.join(', ')}.`,
      );
    const integer = (flag: string, value: string | undefined) => {
      if (value === undefined) return undefined;
      if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} must be a whole number, not "${value}".`);
      return Number(value);
    };

    const store = await openStore(loadConfig());
    try {
      const workspace = await findWorkspace(store, positionals[0] as string);
      if (!workspace) return usageError(`No werkruimte with id or name "${positionals[0]}".`);
      const seed = integer('seed', values.seed);
      const suggestions = integer('suggestions', values.suggestions);
      const diagnosis = await runDiagnosis(
        store,
        inlineAnalysis,
        workspace.id,
        {
          ...(values.grouping ? { grouping: values.grouping as never } : {}),
          ...(types ? { collaborationTypes: types as RelationType[] } : {}),
          ...(seed !== undefined ? { seed } : {}),
          ...(values.betweenness ? { betweenness: values.betweenness as never } : {}),
          ...(suggestions !== undefined ? { suggestions } : {}),
        },
        values.lang,
      );
      if (format === 'json') console.log(JSON.stringify(diagnosis, null, 2));
      else if (format === 'csv') process.stdout.write(spelersCsv(diagnosis));
      else console.log(table(workspace.name, diagnosis, values.lang));
      return 0;
    } catch (error) {
      if (error instanceof UsageError) return usageError(error.message);
      if (error instanceof Error && error.name === 'ZodError')
        return usageError(`Invalid option: ${zodMessage(error)}`);
      throw error;
    } finally {
      await store.close();
    }
  },
};

class UsageError extends Error {}

function usageError(message: string): number {
  console.error(`${message}\nRun \`krachtenveld analyse --help\` for the options.`);
  return 2;
}

function zodMessage(error: Error): string {
  const issues = (error as unknown as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
  return issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ') || error.message;
}

const round = (value: number | null, digits = 4) => (value === null ? '' : Number(value.toFixed(digits)));

function spelersCsv(diagnosis: ExplainedDiagnosis): string {
  const rows = diagnosis.spelers.map((speler) => ({
    id: speler.id,
    naam: speler.name,
    kracht: speler.force,
    koker: speler.koker ?? '',
    cluster: speler.cluster,
    graad: speler.degree,
    in: speler.inDegree,
    uit: speler.outDegree,
    gewogen_graad: speler.strength,
    tussenpositie: round(speler.betweenness, 6),
    nabijheid: round(speler.harmonicCloseness, 6),
    pagerank: round(speler.pagerank, 6),
    constraint: round(speler.constraint, 6),
    effectieve_omvang: round(speler.effectiveSize, 4),
    ...speler.brokerage,
    contacten_andere_kokers: speler.crossTies,
    kokers_bereikt: speler.kokersReached,
    enige_verbinding: speler.soleLinks,
    snijpunt: speler.articulation ? 'ja' : 'nee',
  }));
  return stringify(rows, { header: true, delimiter: ';', bom: true });
}

function table(workspaceName: string, diagnosis: ExplainedDiagnosis, locale: Locale): string {
  const nameOf = new Map(diagnosis.spelers.map((speler) => [speler.id, speler.name]));
  const grouping = diagnosis.parameters.grouping as never;
  const lines: string[] = [];
  const nl = locale === 'nl';
  lines.push(
    `${nl ? 'Diagnose van' : 'Diagnosis of'} ${workspaceName} — ${diagnosis.network.spelers} ${nl ? 'spelers' : 'players'}, ${diagnosis.network.ties} ${nl ? 'samenwerkingsbanden' : 'collaboration ties'}; ${nl ? 'kokers per' : 'silos by'} ${diagnosis.parameters.grouping}`,
    '',
  );
  for (const card of diagnosis.indices) {
    lines.push(`${card.explanation.title}: ${card.explanation.value}`);
    lines.push(`  ${card.explanation.reading}`);
    lines.push(`  → ${card.explanation.action}`);
  }
  lines.push('', nl ? 'Verbinders tussen kokers:' : 'Brokers between silos:');
  for (const id of diagnosis.brokers.slice(0, 10)) {
    const speler = diagnosis.spelers.find((candidate) => candidate.id === id);
    if (!speler) continue;
    const roles = (['liaison', 'gatekeeper', 'representative', 'consultant'] as const)
      .filter((role) => speler.brokerage[role] > 0)
      .map((role) => `${explainRole(role, grouping, locale).title.toLowerCase()} ${speler.brokerage[role]}×`);
    const ties = nl
      ? `${speler.crossTies} ${speler.crossTies === 1 ? 'contact' : 'contacten'} met andere kokers`
      : `${speler.crossTies} ${speler.crossTies === 1 ? 'tie' : 'ties'} to other silos`;
    lines.push(`  ${speler.name} (${ties}; ${roles.join(', ')})`);
  }
  lines.push(
    '',
    nl
      ? 'Kwetsbare plekken (zonder hen valt de kaart uiteen):'
      : 'Weak spots (without them the map falls apart):',
  );
  for (const id of diagnosis.weakSpots.articulationPoints.slice(0, 10)) {
    const speler = diagnosis.spelers.find((candidate) => candidate.id === id);
    if (!speler) continue;
    const one = speler.separated === 1;
    const cut = nl
      ? one
        ? 'speler raakt los'
        : 'spelers raken los'
      : one
        ? 'player cut off'
        : 'players cut off';
    lines.push(`  ${speler.name} (${speler.separated} ${cut})`);
  }
  lines.push(
    '',
    nl
      ? 'Als deze spelers wegvallen, verdwijnen de meeste contacten tussen kokers:'
      : 'If these players drop out, most ties between silos go:',
  );
  for (const id of diagnosis.weakSpots.crossTieCarriers.slice(0, 5)) {
    const speler = diagnosis.spelers.find((candidate) => candidate.id === id);
    if (!speler) continue;
    const total = diagnosis.weakSpots.totalCrossTies;
    lines.push(`  ${speler.name} (${speler.crossTies} ${nl ? 'van de' : 'of the'} ${total})`);
  }
  lines.push('', nl ? 'Suggesties voor ontbrekende contacten:' : 'Suggested missing links:');
  for (const suggestion of diagnosis.suggestions.slice(0, 10)) {
    lines.push(
      `  ${nameOf.get(suggestion.sourceId)} — ${nameOf.get(suggestion.targetId)}: ${explainReason(suggestion.reason, locale)}`,
    );
  }
  const dependent = diagnosis.residents.filter((row) => row.subsidyOnly);
  lines.push(
    '',
    nl
      ? 'Bewonersinitiatieven alleen via subsidie verbonden met de gemeente:'
      : 'Residents’ initiatives tied to the gemeente by subsidy only:',
  );
  for (const row of dependent) lines.push(`  ${nameOf.get(row.id)}`);
  if (dependent.length === 0) lines.push(nl ? '  geen' : '  none');
  return lines.join('\n');
}
