/**
 * Writes the krachtenveldanalyse of a werkruimte as a report document (formats/report): the sections the
 * user chose, in the report's order, for the map as stored or as one perspective sees it, for one
 * vraagstuk, and compared with a snapshot. Every figure comes from the same diagnosis the Diagnose panel
 * shows (the analysis runner with the panel's default options); a section without data says so in a
 * sentence, or is left out when the user did not ask for it specifically.
 */
import {
  DEFAULT_CLAIM_RULE,
  DEFAULT_GROUPING,
  formatIndexValue,
  type Locale,
  mapReliability,
} from '../../analysis/index.ts';
import {
  DOMAIN_LABELS,
  type Issue,
  labelsIn,
  NotFoundError,
  REPORT_SECTIONS,
  type ReportOptions,
  type ReportSection,
  ValidationError,
  type Workspace,
} from '../../domain/index.ts';
import type { Backup, ReportBlock, ReportDocument, RichText } from '../../formats/index.ts';
import type { Store } from '../../store/index.ts';
import type { AnalysisRunner, ExplainedDiagnosis, MapData } from '../analysis-compute.ts';
import { loadPerspectiveGraph } from '../perspective-map.ts';
import { diffMomentDocuments, type MomentsDiff, momentOf } from '../snapshot-diff.ts';
import { getSnapshot } from '../snapshots.ts';
import { surveyCoverage } from '../survey-results.ts';
import { exportBackup } from '../workspace-backup.ts';
import {
  brokersSection,
  diagnosisSection,
  forcesSection,
  mapSection,
  type NetworkContext,
  residentsSection,
  suggestionsSection,
} from './sections-network.ts';
import {
  changesSection,
  methodSection,
  perspectivesSection,
  registerSection,
  topicsSection,
} from './sections-people.ts';
import { inSentence, REPORT_WORDS, type ReportWords } from './words.ts';

export interface ReportRequest extends ReportOptions {
  lang: Locale;
}

export interface ReportInput {
  store: Store;
  runner: AnalysisRunner;
  workspace: Workspace;
  request: ReportRequest;
  /** The name of who makes it, for the title page; null from the command line. */
  authorName: string | null;
  now?: Date;
}

/** The diagnosis options of the Diagnose panel when opened: the report must say what the panel says. */
export const REPORT_DIAGNOSIS_OPTIONS = { grouping: DEFAULT_GROUPING } as const;

function dateIn(words: ReportWords, value: Date | string): string {
  return new Intl.DateTimeFormat(words.locale, { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    new Date(value),
  );
}

/** Checks what the request names exists in this werkruimte; nothing is read before that. */
async function checkRequest(store: Store, workspace: Workspace, request: ReportRequest): Promise<void> {
  const issues: Issue[] = [];
  if (request.topic && !(await store.topics.get(workspace.id, request.topic)))
    issues.push({ path: 'topic', code: 'topic_not_in_workspace' });
  if (request.perspective && !(await store.perspectives.get(workspace.id, request.perspective)))
    issues.push({ path: 'perspective', code: 'perspective_not_in_workspace' });
  if (request.since) {
    try {
      await getSnapshot(store, workspace.id, request.since);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      issues.push({ path: 'since', code: 'snapshot_not_in_workspace' });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues as Issue[]);
}

function summarySection(
  document: Backup,
  diagnosis: ExplainedDiagnosis,
  words: ReportWords,
  locale: Locale,
  tentative: boolean,
): ReportBlock[] {
  const s = words.summary;
  const forcesPresent = new Set(document.actors.map((actor) => actor.force)).size;
  const seen: RichText[] = [s.size(document.actors.length, document.relations.length, forcesPresent)];
  const means: RichText[] = [];
  const todo: RichText[] = [];
  const measures = new Map(diagnosis.spelers.map((speler) => [speler.id, speler]));
  if (diagnosis.network.ties === 0) seen.push(s.noTies);
  else {
    const cross = diagnosis.indices.find((card) => card.key === 'crossShare');
    if (cross?.value != null)
      seen.push(s.inside(new Intl.NumberFormat(words.locale, { style: 'percent' }).format(1 - cross.value)));
    const ei = diagnosis.indices.find((card) => card.key === 'eiIndex');
    if (ei)
      means.push([{ text: `${ei.explanation.title}. `, strong: true }, { text: ei.explanation.reading }]);
    const brokers = diagnosis.brokers.slice(0, 3).flatMap((id) => measures.get(id)?.name ?? []);
    means.push(brokers.length > 0 ? s.brokers(brokers.join(', ')) : s.noBrokers);
    const weak = measures.get(diagnosis.weakSpots.articulationPoints[0] ?? '');
    if (weak) means.push(s.weakSpot(weak.name, weak.separated));
    // The domain that keeps most to itself, from the table under "Samenwerking per domein".
    const [closed] = diagnosis.kokers.rows
      .filter((row) => row.size > 1 && row.eiIndex !== null && row.eiIndex < 0)
      .sort((a, b) => (a.eiIndex ?? 0) - (b.eiIndex ?? 0));
    if (closed) {
      const domains = labelsIn(DOMAIN_LABELS, locale) as Record<string, string>;
      todo.push(
        s.closedKoker(
          inSentence(domains[closed.label] ?? closed.label),
          formatIndexValue({ value: closed.eiIndex, format: 'index' }, locale),
        ),
      );
    }
    if (brokers.length > 0) todo.push(s.bringTogether);
    const [first] = diagnosis.suggestions;
    todo.push(
      first
        ? s.suggestion(measures.get(first.sourceId)?.name ?? '', measures.get(first.targetId)?.name ?? '')
        : s.noSuggestion,
    );
  }
  const subsidyOnly = diagnosis.residents.filter((row) => row.subsidyOnly).length;
  // Said as the residents section says it.
  if (subsidyOnly > 0) means.push(words.residents.subsidyOnly(subsidyOnly, diagnosis.residents.length));
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.summary, id: 'samenvatting' },
    { kind: 'heading', level: 2, text: s.what, id: 'wat-zien-we' },
    { kind: 'list', items: seen },
  ];
  if (means.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: s.means, id: 'wat-betekent-het' },
      { kind: 'list', items: means },
    );
  if (todo.length > 0)
    blocks.push(
      { kind: 'heading', level: 2, text: s.todo, id: 'wat-kunt-u-doen' },
      { kind: 'list', items: todo },
    );
  if (tentative) blocks.push({ kind: 'paragraph', style: 'note', text: s.tentative });
  return blocks;
}

/** An own text as paragraphs: blank lines separate them. */
function ownText(text: string): ReportBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
}

export async function buildReport(input: ReportInput): Promise<ReportDocument> {
  const { store, runner, workspace, request } = input;
  const now = input.now ?? new Date();
  const words = REPORT_WORDS[request.lang];
  const locale = request.lang;
  await checkRequest(store, workspace, request);
  const chosen = new Set<ReportSection>(request.sections ?? REPORT_SECTIONS);

  const document = await store.transaction(async (tx) => {
    await tx.snapshots.readOneMoment();
    return exportBackup(tx, workspace, now);
  });
  const graph: MapData = request.perspective
    ? await loadPerspectiveGraph(store, workspace.id, {
        selection: [request.perspective],
        rule: DEFAULT_CLAIM_RULE,
      })
    : await store.graph.loadGraph(workspace.id);
  const diagnosis = await runner.diagnose(graph, REPORT_DIAGNOSIS_OPTIONS, locale);
  const names = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const tentative = mapReliability(diagnosis.network).indicative;
  const context: NetworkContext = {
    document,
    diagnosis,
    words,
    locale,
    grouping: REPORT_DIAGNOSIS_OPTIONS.grouping,
    names,
  };

  const scope: string[] = [];
  if (request.perspective) {
    const perspective = document.perspectives.find((p) => p.id === request.perspective);
    scope.push(words.scope.perspective(perspective?.name ?? ''));
  }
  if (request.topic)
    scope.push(words.scope.topic(document.topics.find((t) => t.id === request.topic)?.name ?? ''));
  let diff: MomentsDiff | null = null;
  let before: Backup | null = null;
  if (request.since) {
    const from = await momentOf(store, workspace, request.since);
    before = from.document;
    // The map now is the one this report describes: its diagnosis is reused unless a perspective's view
    // replaced it.
    diff = await diffMomentDocuments(
      runner,
      from,
      { moment: { snapshot: null, at: now.toISOString() }, document },
      locale,
      request.perspective ? undefined : diagnosis.indices,
    );
    scope.push(words.scope.since(diff.from.snapshot?.name ?? '', dateIn(words, diff.from.at)));
  }

  const blocks: ReportBlock[] = [];
  if (scope.length > 0) blocks.push({ kind: 'paragraph', style: 'note', text: scope.join(' ') });
  if (request.introduction?.trim())
    blocks.push(
      { kind: 'heading', level: 1, text: words.sections.introduction, id: 'inleiding' },
      ...ownText(request.introduction),
    );
  if (chosen.has('summary')) blocks.push(...summarySection(document, diagnosis, words, locale, tentative));
  if (request.conclusions?.trim())
    blocks.push(
      { kind: 'heading', level: 1, text: words.sections.conclusions, id: 'conclusies' },
      ...ownText(request.conclusions),
    );
  if (chosen.has('forces')) blocks.push(...forcesSection(context));
  if (chosen.has('map')) blocks.push(...mapSection(context));
  if (chosen.has('diagnosis')) blocks.push(...diagnosisSection({ ...context, tentative }));
  if (chosen.has('brokers')) blocks.push(...brokersSection(context));
  if (chosen.has('suggestions')) blocks.push(...suggestionsSection(context));
  if (chosen.has('residents')) blocks.push(...residentsSection(context));
  if (chosen.has('topics')) blocks.push(...topicsSection(document, words, locale, request.topic));
  if (chosen.has('perspectives')) blocks.push(...perspectivesSection(document, words, locale, request.topic));
  // What changed needs a snapshot to compare with: without one the section has nothing to say.
  if (chosen.has('changes') && diff && before)
    blocks.push(
      ...changesSection(diff, { before, after: document }, words, locale, dateIn(words, diff.from.at)),
    );
  if (chosen.has('method')) {
    const [surveys, meetings] = [
      await store.surveys.list(workspace.id),
      await store.meetings.list(workspace.id),
    ];
    const coverages = [];
    for (const survey of surveys.filter((entry) => entry.tally.respondents > 0))
      coverages.push(await surveyCoverage(store, runner, workspace.id, survey.id, locale));
    blocks.push(
      ...methodSection(
        document,
        { surveys: coverages, meetings, date: dateIn(words, now), author: input.authorName },
        words,
        locale,
      ),
    );
  }
  if (chosen.has('register')) blocks.push(...registerSection(document, words, locale));

  const gemeente =
    (await store.reference.listGemeenten()).find((entry) => entry.code === document.workspace.gemeente)
      ?.name ?? null;
  return {
    lang: request.lang,
    title: words.title(document.workspace.name),
    subtitle: words.subtitle(document.workspace.name, gemeente),
    author: input.authorName ?? undefined,
    date: dateIn(words, now),
    footer: words.footer(document.workspace.name),
    words: { contents: words.contents, pageOf: words.pageOf },
    blocks,
  };
}
