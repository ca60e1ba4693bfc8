/**
 * The report's sections about what people say and how it was gathered: per vraagstuk the power/interest
 * grid and the stances, where the perspectives differ, what changed since a snapshot, the method (who was
 * asked, the response, what is unreliable because of it, the sources) and the register as an appendix.
 */
import type { Locale } from '../../analysis/index.ts';
import {
  ACTOR_KIND_LABELS,
  DIFF_KINDS,
  DOMAIN_LABELS,
  FORCE_LABELS,
  labelsIn,
  type Meeting,
  RELATION_TYPE_LABELS,
  STANCE_LABELS,
  STANCE_NAMES,
  type Survey,
} from '../../domain/index.ts';
import type { Backup, ReportBlock } from '../../formats/index.ts';
import type { MomentsDiff } from '../snapshot-diff.ts';
import type { ReportWords } from './words.ts';

type Position = Backup['positions'][number];

/** Changes listed per kind before "… en nog N". */
const CHANGES_LISTED = 25;
/**
 * Relaties in the appendix: past this many the register is no use on paper (2,000 spelers have 12,000
 * relaties, 550 pages) and the full list is one export away.
 */
export const REGISTER_RELATIONS_LISTED = 500;

/** The quadrant of the power/interest grid (Mendelow): high is above the scale's middle (3 of 1–5). */
export function quadrantOf(invloed: number, belang: number): 'manage' | 'satisfy' | 'inform' | 'monitor' {
  const power = invloed > 3;
  const interest = belang > 3;
  if (power) return interest ? 'manage' : 'satisfy';
  return interest ? 'inform' : 'monitor';
}

/** Each perspective's latest position per speler on one vraagstuk (positions are dated, never overwritten). */
function latestPositions(positions: readonly Position[], topicId: string): Position[] {
  const latest = new Map<string, Position>();
  for (const position of positions) {
    if (position.topicId !== topicId) continue;
    const key = `${position.actorId}:${position.perspectiveId}`;
    const known = latest.get(key);
    if (!known || (position.assessedOn ?? '') > (known.assessedOn ?? '')) latest.set(key, position);
  }
  return [...latest.values()];
}

export function topicsSection(
  document: Backup,
  words: ReportWords,
  locale: Locale,
  onlyTopic: string | undefined,
): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.topics, id: 'vraagstukken' },
    { kind: 'paragraph', style: 'lead', text: words.topics.intro },
  ];
  const topics = document.topics.filter((topic) => !onlyTopic || topic.id === onlyTopic);
  if (topics.length === 0) {
    blocks.push({ kind: 'paragraph', style: 'note', text: words.topics.none });
    return blocks;
  }
  const names = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const perspectives = new Map(
    document.perspectives.map((perspective) => [perspective.id, perspective.name]),
  );
  const stances = labelsIn(STANCE_LABELS, locale);
  const stanceWord = (value: number) =>
    `${value > 0 ? '+' : ''}${value} (${stances[STANCE_NAMES[String(value) as keyof typeof STANCE_NAMES]]})`;
  for (const topic of topics) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: words.topics.topic(topic.name),
      id: `vraagstuk-${topic.id}`,
    });
    if (topic.description) blocks.push({ kind: 'paragraph', text: topic.description });
    const positions = latestPositions(document.positions, topic.id).sort(
      (a, b) =>
        b.invloed - a.invloed ||
        b.belang - a.belang ||
        (names.get(a.actorId) ?? '').localeCompare(names.get(b.actorId) ?? ''),
    );
    if (positions.length === 0) {
      blocks.push({ kind: 'paragraph', style: 'note', text: words.topics.noPositions });
      continue;
    }
    // The speler the perspectives disagree about most: the widest spread of standpunten.
    const spread = new Map<string, { min: number; max: number }>();
    for (const position of positions) {
      const known = spread.get(position.actorId) ?? { min: position.standpunt, max: position.standpunt };
      spread.set(position.actorId, {
        min: Math.min(known.min, position.standpunt),
        max: Math.max(known.max, position.standpunt),
      });
    }
    const [contested] = [...spread.entries()]
      .filter(([, range]) => range.max - range.min >= 2)
      .sort((a, b) => b[1].max - b[1].min - (a[1].max - a[1].min));
    if (contested)
      blocks.push({ kind: 'paragraph', text: words.topics.contested(names.get(contested[0]) ?? '') });
    const c = words.topics.columns;
    blocks.push({
      kind: 'table',
      caption: words.topics.topic(topic.name),
      rowHeaders: true,
      columns: [
        { label: c.name, width: 3 },
        { label: c.invloed, numeric: true },
        { label: c.belang, numeric: true },
        { label: c.standpunt, width: 2 },
        { label: words.topics.quadrantColumn, width: 2 },
        { label: c.who, width: 2 },
      ],
      rows: positions.map((position) => [
        names.get(position.actorId) ?? '',
        String(position.invloed),
        String(position.belang),
        stanceWord(position.standpunt),
        words.topics.quadrant[quadrantOf(position.invloed, position.belang)],
        perspectives.get(position.perspectiveId) ?? '',
      ]),
    });
  }
  return blocks;
}

export function perspectivesSection(document: Backup, words: ReportWords, locale: Locale): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.perspectives, id: 'perspectieven' },
    { kind: 'paragraph', style: 'lead', text: words.perspectives.intro },
  ];
  const assessed = document.perspectives
    .map((perspective) => {
      const own = document.assessments.filter((assessment) => assessment.perspectiveId === perspective.id);
      return {
        perspective,
        claims: own.length,
        denials: own.filter((assessment) => !assessment.present).length,
      };
    })
    .filter((row) => row.claims > 0);
  if (assessed.length === 0) {
    blocks.push({ kind: 'paragraph', style: 'note', text: words.perspectives.none });
    return blocks;
  }
  if (assessed.length === 1)
    blocks.push({ kind: 'paragraph', style: 'note', text: words.perspectives.onlyOne });
  const forces = labelsIn(FORCE_LABELS, locale);
  const c = words.perspectives.columns;
  blocks.push({
    kind: 'table',
    caption: words.sections.perspectives,
    rowHeaders: true,
    columns: [
      { label: c.name, width: 3 },
      { label: c.force, width: 2 },
      { label: c.claims, numeric: true },
      { label: c.differs, numeric: true },
    ],
    rows: assessed.map((row) => [
      row.perspective.name,
      row.perspective.force ? forces[row.perspective.force] : '–',
      String(row.claims),
      String(row.denials),
    ]),
  });
  return blocks;
}

export function changesSection(diff: MomentsDiff, words: ReportWords, date: string): ReportBlock[] {
  const name = diff.from.snapshot?.name ?? '';
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.changes, id: 'veranderingen' },
    { kind: 'paragraph', style: 'lead', text: words.changes.intro(name, date) },
  ];
  const sentences = diff.indices.filter((index) => index.direction !== 'same').map((index) => index.sentence);
  if (sentences.length > 0) blocks.push({ kind: 'list', items: sentences });
  let any = sentences.length > 0;
  for (const kind of DIFF_KINDS) {
    const { added, removed, changed } = diff.changes[kind];
    if (added.length + removed.length + changed.length === 0) continue;
    any = true;
    const label = words.changes.kinds[kind];
    blocks.push({ kind: 'heading', level: 2, text: label, id: `veranderingen-${kind}` });
    blocks.push({
      kind: 'paragraph',
      text: words.changes.counts(label, added.length, removed.length, changed.length),
    });
    const lines = [
      ...added.map((record) => words.changes.added(record.label)),
      ...removed.map((record) => words.changes.removed(record.label)),
    ];
    if (lines.length > 0) {
      const shown = lines.slice(0, CHANGES_LISTED);
      if (lines.length > shown.length) shown.push(words.changes.more(lines.length - shown.length));
      blocks.push({ kind: 'list', items: shown });
    }
  }
  if (!any) blocks.push({ kind: 'paragraph', style: 'note', text: words.changes.nothing });
  return blocks;
}

export interface MethodFacts {
  surveys: readonly Survey[];
  meetings: readonly Meeting[];
  date: string;
  author: string | null;
}

export function methodSection(document: Backup, facts: MethodFacts, words: ReportWords): ReportBlock[] {
  const m = words.method;
  const percent = new Intl.NumberFormat(words.locale, { style: 'percent' });
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.method, id: 'werkwijze' },
    { kind: 'paragraph', style: 'lead', text: m.intro },
    {
      kind: 'paragraph',
      text: m.source(
        document.actors.length,
        document.relations.length,
        document.perspectives.filter((p) => !p.editors).length,
      ),
    },
    { kind: 'paragraph', text: m.analysis },
  ];
  const held = facts.surveys.filter((survey) => survey.tally.respondents > 0);
  if (held.length === 0) blocks.push({ kind: 'paragraph', text: m.surveysNone });
  else {
    blocks.push({
      kind: 'list',
      items: held.map((survey) =>
        m.survey(
          survey.title,
          survey.tally.respondents,
          survey.tally.finished,
          percent.format(survey.tally.finished / survey.tally.respondents),
        ),
      ),
    });
    if (held.some((survey) => survey.tally.finished < survey.tally.respondents))
      blocks.push({ kind: 'paragraph', text: m.unreliable });
  }
  const closedMeetings = facts.meetings.filter((meeting) => meeting.state === 'closed');
  if (closedMeetings.length > 0) blocks.push({ kind: 'paragraph', text: m.meetings(closedMeetings.length) });
  const sources = [
    ...new Set([
      ...document.actors.flatMap((actor) => actor.sources),
      ...document.relations.flatMap((relation) => relation.sources),
    ]),
  ].sort((a, b) => a.localeCompare(b, words.locale));
  if (sources.length === 0) blocks.push({ kind: 'paragraph', style: 'note', text: m.noSources });
  else blocks.push({ kind: 'paragraph', text: m.sources }, { kind: 'list', items: sources });
  blocks.push({ kind: 'paragraph', style: 'note', text: m.made(facts.date, facts.author ?? '') });
  return blocks;
}

export function registerSection(document: Backup, words: ReportWords, locale: Locale): ReportBlock[] {
  const forces = labelsIn(FORCE_LABELS, locale);
  const kinds = labelsIn(ACTOR_KIND_LABELS, locale);
  const domains = labelsIn(DOMAIN_LABELS, locale) as Record<string, string>;
  const types = labelsIn(RELATION_TYPE_LABELS, locale);
  const names = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const r = words.register;
  const byName = (a: string, b: string) => a.localeCompare(b, words.locale);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.register, id: 'register' },
    { kind: 'heading', level: 2, text: r.actors, id: 'register-spelers' },
    {
      kind: 'table',
      caption: r.actors,
      rowHeaders: true,
      columns: [
        { label: r.actorColumns.name, width: 3 },
        { label: r.actorColumns.force, width: 2 },
        { label: r.actorColumns.kind, width: 2 },
        { label: r.actorColumns.domains, width: 3 },
        { label: r.actorColumns.wijken, width: 2 },
      ],
      rows: [...document.actors]
        .sort((a, b) => byName(a.name, b.name))
        .map((actor) => [
          actor.name,
          forces[actor.force],
          kinds[actor.kind],
          actor.domains.map((domain) => domains[domain] ?? domain).join(', ') || '–',
          actor.wijken.join(', ') || '–',
        ]),
    },
  ];
  if (document.relations.length > 0) {
    blocks.push(
      { kind: 'heading', level: 2, text: r.relations, id: 'register-relaties' },
      {
        kind: 'table',
        caption: r.relations,
        columns: [
          { label: r.relationColumns.source, width: 3 },
          { label: r.relationColumns.type, width: 2 },
          { label: r.relationColumns.target, width: 3 },
          { label: r.relationColumns.strength, numeric: true },
          { label: r.relationColumns.period, width: 2 },
        ],
        rows: document.relations
          .map((relation) => [
            names.get(relation.sourceId) ?? '',
            types[relation.type],
            names.get(relation.targetId) ?? '',
            String(relation.strength),
            [relation.validFrom, relation.validTo].some(Boolean)
              ? `${relation.validFrom ?? '…'} – ${relation.validTo ?? '…'}`
              : '–',
          ])
          .sort((a, b) => byName(a[0] ?? '', b[0] ?? '') || byName(a[2] ?? '', b[2] ?? ''))
          .slice(0, REGISTER_RELATIONS_LISTED),
      },
    );
    const rest = document.relations.length - REGISTER_RELATIONS_LISTED;
    if (rest > 0) blocks.push({ kind: 'paragraph', style: 'note', text: r.moreRelations(rest) });
  }
  return blocks;
}
