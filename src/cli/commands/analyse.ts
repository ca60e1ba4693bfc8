/**
 * `krachtenveld analyse <werkruimte>`: the verkokering diagnosis in the terminal — a readable table with
 * the explanations (default), the full result as JSON, or one CSV row per speler for a spreadsheet.
 * Options and their help come from the analysis registry, so they match the API's parameters.
 */
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import {
  DIAGNOSIS_PARAMETERS,
  diagnosisParametersSchema,
  explainReason,
  explainRole,
  type Locale,
  toDiagnosisOptions,
} from '../../analysis/index.ts';
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
        ...Object.fromEntries(DIAGNOSIS_PARAMETERS.map(({ flag }) => [flag, { type: 'string' as const }])),
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
    const parameters = diagnosisParametersSchema.safeParse(
      Object.fromEntries(
        DIAGNOSIS_PARAMETERS.map(({ flag }) => [flag, (values as Record<string, unknown>)[flag]]),
      ),
    );
    if (!parameters.success) return usageError(flagProblems(parameters.error, values));

    const store = await openStore(loadConfig());
    try {
      const workspace = await findWorkspace(store, positionals[0] as string);
      if (!workspace) return usageError(`No werkruimte with id or name "${positionals[0]}".`);
      const diagnosis = await runDiagnosis(
        store,
        inlineAnalysis,
        workspace.id,
        toDiagnosisOptions(parameters.data),
        values.lang,
      );
      if (format === 'json') console.log(JSON.stringify(diagnosis, null, 2));
      else if (format === 'csv') process.stdout.write(actorsCsv(diagnosis));
      else console.log(table(workspace.name, diagnosis, values.lang));
      return 0;
    } finally {
      await store.close();
    }
  },
};

function usageError(message: string): number {
  console.error(`${message}\nRun \`krachtenveld analyse --help\` for the options.`);
  return 2;
}

/** One line per refused flag, naming what it takes (from the analysis registry, as the API documents it). */
function flagProblems(error: z.ZodError, values: object): string {
  const flags = new Set(error.issues.map((issue) => String(issue.path[0])));
  return DIAGNOSIS_PARAMETERS.filter((parameter) => flags.has(parameter.flag))
    .map((parameter) => {
      const given = String((values as Record<string, unknown>)[parameter.flag]);
      if (parameter.values !== 'integer')
        return `Unknown --${parameter.flag} "${given}": expecting ${parameter.flag === 'types' ? 'a comma-separated list of ' : ''}${parameter.values.join(', ')}.`;
      const [min, max] = parameter.range ?? [0, Number.MAX_SAFE_INTEGER];
      return `--${parameter.flag} must be a whole number from ${min} to ${max}, not "${given}".`;
    })
    .join('\n');
}

const round = (value: number | null, digits = 4) => (value === null ? '' : Number(value.toFixed(digits)));

function actorsCsv(diagnosis: ExplainedDiagnosis): string {
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
  const grouping = diagnosis.parameters.grouping;
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
