/**
 * `krachtenveld analyse <werkruimte>`: the verkokering diagnosis in the terminal — a readable table with
 * the explanations (default), the full result as JSON, or one CSV row per speler for a spreadsheet.
 * Options and their help come from the analysis registry, so they match the API's parameters.
 *
 * When the werkruimte held an uitvraag, the output also says which results lean on spelers that did not
 * answer (the latest round with respondents, or the one `--uitvraag` names): the same figures and words as
 * the Diagnose panel and the round's Respons section (services/survey-results.ts, analysis/explanations.ts).
 */
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import {
  DIAGNOSIS_PARAMETERS,
  diagnosisParametersSchema,
  EXPLANATIONS,
  explainNonResponseNote,
  explainReason,
  explainResponse,
  explainRole,
  explainTieCoverage,
  type Locale,
  toDiagnosisOptions,
} from '../../analysis/index.ts';
import type { Survey } from '../../domain/index.ts';
import { neutralise } from '../../formats/index.ts';
import { loadConfig, openStore } from '../../server/index.ts';
import {
  type ExplainedDiagnosis,
  inlineAnalysis,
  runDiagnosis,
  type SurveyCoverage,
  surveyCoverage,
} from '../../services/index.ts';
import type { Command } from '../command.ts';
import { findWorkspace } from '../find-workspace.ts';

const FORMATS = ['table', 'json', 'csv'] as const;
/** `--uitvraag none`: leave the non-response out. */
const NO_SURVEY = 'none';

type Store = Awaited<ReturnType<typeof openStore>>;

export const analyseCommand: Command = {
  name: 'analyse',
  usage: 'analyse <werkruimte> [--grouping G] [--format F] [--uitvraag U]',
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
    '  --uitvraag U        the uitvraag whose non-response to add: its id or exact title, or "none" to leave',
    '                      it out. Default: the most recent opened round with respondents, if there is one',
    '  --lang L            nl (default) or en, for the explanations in the table',
    '  -h, --help          show this help',
    '',
    'With an uitvraag, the output also says which results lean on spelers that did not answer, as the',
    'Diagnose panel does: the table a short section, JSON a "nonResponse" block, CSV the columns',
    'uitvraag_status, uitvraag_geantwoord, uitvraag_relaties (ties between respondents), uitvraag_zelf_genoemd',
    'and uitvraag_alleen_door_anderen. These figures come from the diagnosis of the map of all perspectives',
    'with the default options, whatever the options above, so they match what the web app shows.',
  ].join('\n'),
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(DIAGNOSIS_PARAMETERS.map(({ flag }) => [flag, { type: 'string' as const }])),
        format: { type: 'string', default: 'table' },
        uitvraag: { type: 'string' },
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
      const round = await findRound(store, workspace.id, values.uitvraag);
      if (typeof round === 'string') return usageError(round);
      const diagnosis = await runDiagnosis(
        store,
        inlineAnalysis,
        workspace.id,
        toDiagnosisOptions(parameters.data),
        values.lang,
      );
      const coverage = round
        ? await surveyCoverage(store, inlineAnalysis, workspace.id, round.id, values.lang)
        : null;
      if (format === 'json')
        console.log(JSON.stringify(withNonResponse(diagnosis, coverage, values.lang), null, 2));
      else if (format === 'csv') process.stdout.write(actorsCsv(diagnosis, coverage));
      else console.log(table(workspace.name, diagnosis, values.lang, coverage));
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

/**
 * The round whose non-response goes with the diagnosis: the one named (by id or exact title, any case),
 * none for `--uitvraag none`, else the most recent round that was opened and has respondents (as the
 * Diagnose panel chooses). A sentence when the name fits no round, or more than one.
 */
async function findRound(
  store: Store,
  workspaceId: string,
  needle: string | undefined,
): Promise<Survey | null | string> {
  if (needle === NO_SURVEY) return null;
  const rounds = await store.surveys.list(workspaceId);
  if (needle === undefined)
    return rounds.find((survey) => survey.state !== 'concept' && survey.tally.respondents > 0) ?? null;
  const byId = rounds.find((survey) => survey.id === needle.toLowerCase());
  if (byId) return byId;
  const matches = rounds.filter((survey) => survey.title.toLowerCase() === needle.toLowerCase());
  if (matches.length === 1) return matches[0] as Survey;
  if (matches.length > 1)
    return `More than one uitvraag is called "${needle}"; name it by id: ${matches.map((survey) => survey.id).join(', ')}.`;
  const known = rounds.map((survey) => `"${survey.title}"`);
  return `No uitvraag with id or title "${needle}" in this werkruimte.${
    known.length > 0 ? ` Its uitvragen: ${known.join(', ')}.` : ' It has no uitvraag.'
  }`;
}

/** The diagnosis with a `nonResponse` block: the round, its figures, per respondent and the notes in words. */
function withNonResponse(diagnosis: ExplainedDiagnosis, coverage: SurveyCoverage | null, locale: Locale) {
  if (!coverage) return diagnosis;
  const { respondents, ties, oneSidedShare, notes, names } = coverage.nonResponse;
  return {
    ...diagnosis,
    nonResponse: {
      survey: { id: coverage.survey.id, title: coverage.survey.title, state: coverage.survey.state },
      respondents,
      ties,
      oneSidedShare,
      spelers: coverage.respondents.map((respondent) => ({
        actorId: respondent.actorId,
        name: respondent.name,
        status: respondent.status,
        answered: respondent.answered,
        ties: respondent.ties?.ties ?? null,
        reportedBySelf: respondent.ties?.reportedBySelf ?? null,
        onlyByOthers: respondent.ties?.onlyByOthers ?? null,
      })),
      notes: notes.map((note) => ({ ...note, text: explainNonResponseNote(note, names, locale) })),
    },
  };
}

const round = (value: number | null, digits = 4) => (value === null ? '' : Number(value.toFixed(digits)));

function actorsCsv(diagnosis: ExplainedDiagnosis, coverage: SurveyCoverage | null): string {
  const respondents = new Map(coverage?.respondents.map((respondent) => [respondent.actorId, respondent]));
  const rows = diagnosis.spelers.map((speler) => ({
    id: speler.id,
    // Names and kokers are the users' own text: a leading =, +, - or @ must not become a formula.
    naam: neutralise(speler.name),
    kracht: speler.force,
    koker: neutralise(speler.koker ?? ''),
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
    ...(coverage ? surveyColumns(respondents.get(speler.id)) : {}),
  }));
  return stringify(rows, { header: true, delimiter: ';', bom: true });
}

/** A speler's columns of the uitvraag: empty for a speler that was not asked. */
function surveyColumns(respondent: SurveyCoverage['respondents'][number] | undefined) {
  return {
    uitvraag_status: respondent?.status ?? '',
    uitvraag_geantwoord: respondent ? (respondent.answered ? 'ja' : 'nee') : '',
    uitvraag_relaties: respondent?.ties?.ties ?? '',
    uitvraag_zelf_genoemd: respondent?.ties?.reportedBySelf ?? '',
    uitvraag_alleen_door_anderen: respondent?.ties?.onlyByOthers ?? '',
  };
}

/** The table's section on the uitvraag, in the words of the Diagnose panel. */
function nonResponseLines(coverage: SurveyCoverage, locale: Locale): string[] {
  const { respondents, ties, notes, names } = coverage.nonResponse;
  const words = EXPLANATIONS[locale].nonResponse;
  const tieSentence = explainTieCoverage(ties, locale);
  return [
    `${words.title}:`,
    `  ${explainResponse(coverage.survey.title, respondents, locale)}`,
    ...(tieSentence ? [`  ${tieSentence}`] : []),
    ...(notes.length === 0
      ? [`  ${words.none}`]
      : [`  ${words.intro}`, ...notes.map((note) => `  - ${explainNonResponseNote(note, names, locale)}`)]),
    '',
  ];
}

function table(
  workspaceName: string,
  diagnosis: ExplainedDiagnosis,
  locale: Locale,
  coverage: SurveyCoverage | null,
): string {
  const nameOf = new Map(diagnosis.spelers.map((speler) => [speler.id, speler.name]));
  const grouping = diagnosis.parameters.grouping;
  const lines: string[] = [];
  const nl = locale === 'nl';
  lines.push(
    `${nl ? 'Diagnose van' : 'Diagnosis of'} ${workspaceName} — ${diagnosis.network.spelers} ${nl ? 'spelers' : 'players'}, ${diagnosis.network.ties} ${nl ? 'samenwerkingsbanden' : 'collaboration ties'}; ${nl ? 'kokers per' : 'silos by'} ${diagnosis.parameters.grouping}`,
    '',
  );
  // First, as on the Diagnose panel: what the figures below may miss through who did not answer.
  if (coverage) lines.push(...nonResponseLines(coverage, locale));
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
