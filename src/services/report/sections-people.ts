/**
 * The report's sections about what people say and how it was gathered: per vraagstuk the power/interest
 * grid and the stances, where the perspectives differ, what changed since a snapshot, the method (who was
 * asked, the response, what is unreliable because of it, the sources) and the register as an appendix.
 */
import {
  explainNonResponseNote,
  explainResponse,
  explainTieCoverage,
  type Locale,
  positionDivergence,
  type TieDivergence,
  tieDivergence,
} from '../../analysis/index.ts';
import {
  ACTOR_KIND_LABELS,
  DIFF_KINDS,
  type DiffKind,
  DOMAIN_LABELS,
  FORCE_LABELS,
  fieldLabel,
  labelsIn,
  type Meeting,
  RELATION_TYPE_LABELS,
  STANCE_LABELS,
  STANCE_NAMES,
} from '../../domain/index.ts';
import type { Backup, ReportBlock } from '../../formats/index.ts';
import type { MomentsDiff } from '../snapshot-diff.ts';
import type { SurveyCoverage } from '../survey-results.ts';
import { topicGridScene } from './topic-grid.ts';
import type { ReportWords } from './words.ts';

type Position = Backup['positions'][number];
type Relation = Backup['relations'][number];

/** Changes listed per kind before "… en nog N". */
const CHANGES_LISTED = 25;
/**
 * Relaties in the appendix: past this many the register is no use on paper (2,000 spelers have 12,000
 * relaties, 550 pages) and the full list is one export away.
 */
export const REGISTER_RELATIONS_LISTED = 500;

/** The quadrant of the power/interest grid (Mendelow): high is above the scale's middle (3 of 1–5). */
export function quadrantOf(invloed: number, belang: number): 'manage' | 'satisfy' | 'inform' | 'monitor' {
  // Halfway between 3 and 4, so a speler placed at 3.7 on average (the grid) counts as high, as a 4 does.
  const power = invloed >= 3.5;
  const interest = belang >= 3.5;
  if (power) return interest ? 'manage' : 'satisfy';
  return interest ? 'inform' : 'monitor';
}

function stanceName(value: number, locale: Locale): string {
  return labelsIn(STANCE_LABELS, locale)[STANCE_NAMES[String(value) as keyof typeof STANCE_NAMES]];
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
  const stanceWord = (value: number) => `${value > 0 ? '+' : ''}${value} (${stanceName(value, locale)})`;
  for (const topic of topics) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: words.topics.topic(topic.name),
      id: `vraagstuk-${topic.id}`,
    });
    if (topic.description) blocks.push({ kind: 'paragraph', text: topic.description });
    // One speler's rows together (as each perspective sees it), the spelers with the most influence first.
    const current = latestPositions(document.positions, topic.id);
    const strongest = new Map<string, number>();
    for (const position of current)
      strongest.set(position.actorId, Math.max(strongest.get(position.actorId) ?? 0, position.invloed));
    const positions = current.sort(
      (a, b) =>
        (strongest.get(b.actorId) ?? 0) - (strongest.get(a.actorId) ?? 0) ||
        (names.get(a.actorId) ?? '').localeCompare(names.get(b.actorId) ?? '', words.locale) ||
        a.actorId.localeCompare(b.actorId) ||
        (perspectives.get(a.perspectiveId) ?? '').localeCompare(
          perspectives.get(b.perspectiveId) ?? '',
          words.locale,
        ),
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
    blocks.push(gridFigure(topic.name, positions, names, words, locale));
    const c = words.topics.columns;
    blocks.push({
      kind: 'table',
      caption: words.topics.caption(topic.name),
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

/** The power/interest grid of one vraagstuk: each speler where the perspectives place it on average. */
function gridFigure(
  topicName: string,
  positions: readonly Position[],
  names: ReadonlyMap<string, string>,
  words: ReportWords,
  locale: Locale,
): ReportBlock {
  const sums = new Map<string, { invloed: number; belang: number; standpunt: number; count: number }>();
  for (const position of positions) {
    const sum = sums.get(position.actorId) ?? { invloed: 0, belang: 0, standpunt: 0, count: 0 };
    sum.invloed += position.invloed;
    sum.belang += position.belang;
    sum.standpunt += position.standpunt;
    sum.count += 1;
    sums.set(position.actorId, sum);
  }
  const spelers = [...sums].map(([actorId, sum]) => ({
    name: names.get(actorId) ?? '',
    invloed: sum.invloed / sum.count,
    belang: sum.belang / sum.count,
    standpunt: sum.standpunt / sum.count,
  }));
  const t = words.topics;
  const quadrants = (['manage', 'satisfy', 'inform', 'monitor'] as const).flatMap((quadrant) => {
    const members = spelers
      .filter((speler) => quadrantOf(speler.invloed, speler.belang) === quadrant)
      .map((speler) => speler.name);
    return members.length > 0 ? [`${t.quadrant[quadrant]}: ${members.join(', ')}`] : [];
  });
  return {
    kind: 'figure',
    caption: t.gridCaption(topicName),
    alt: t.gridAlt(topicName, spelers.length, quadrants.join('. ')),
    scene: topicGridScene(spelers, {
      invloed: t.columns.invloed,
      belang: t.columns.belang,
      quadrant: t.quadrant,
      legendTitle: t.columns.standpunt,
      stances: [-2, -1, 0, 1, 2].map((value) => stanceName(value, locale)),
    }),
  };
}

/** Pairs of perspectives compared in words: the ones that differ most; the app compares every pair. */
const PAIRS_COMPARED = 4;
/** Relaties or spelers named per difference before the list stops. */
const DIFFERENCES_LISTED = 5;

export function perspectivesSection(
  document: Backup,
  words: ReportWords,
  locale: Locale,
  onlyTopic: string | undefined,
): ReportBlock[] {
  const p = words.perspectives;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.perspectives, id: 'perspectieven' },
    { kind: 'paragraph', style: 'lead', text: p.intro },
  ];
  const editors = document.perspectives.find((perspective) => perspective.editors) ?? null;
  const relations = document.relations.map((relation) => ({
    id: relation.id,
    strength: relation.strength,
    ...(relation.claimedByEditors === false ? { claimedByEditors: false } : {}),
  }));
  const claims = document.assessments.map((assessment) => ({
    relationId: assessment.relationId,
    perspectiveId: assessment.perspectiveId,
    present: assessment.present,
    strength: assessment.strength ?? null,
  }));
  // The table and the pairs below both compare each perspective with the editors: each pair once.
  const compared = new Map<string, TieDivergence>();
  const compare = (a: string, b: string) => {
    const key = `${a}:${b}`;
    let divergence = compared.get(key);
    if (!divergence) {
      divergence = tieDivergence({
        relations,
        assessments: claims,
        editorsPerspectiveId: editors?.id ?? null,
        a,
        b,
      });
      compared.set(key, divergence);
    }
    return divergence;
  };
  const assessed = document.perspectives
    .filter((perspective) => !perspective.editors)
    .map((perspective) => {
      const own = document.assessments.filter((assessment) => assessment.perspectiveId === perspective.id);
      return {
        perspective,
        claims: own.filter((assessment) => assessment.present).length,
        denials: own.filter((assessment) => !assessment.present).length,
        differs: editors ? differencesFromEditors(compare(editors.id, perspective.id)) : null,
      };
    })
    .filter((row) => row.claims + row.denials > 0);
  if (assessed.length === 0) {
    blocks.push({ kind: 'paragraph', style: 'note', text: p.none });
    return blocks;
  }
  const forces = labelsIn(FORCE_LABELS, locale);
  const percent = new Intl.NumberFormat(words.locale, { style: 'percent' });
  const c = p.columns;
  blocks.push({
    kind: 'table',
    caption: p.caption,
    rowHeaders: true,
    columns: [
      { label: c.name, width: 3 },
      { label: c.force, width: 2 },
      { label: c.claims, numeric: true, width: 1.3 },
      { label: c.denials, numeric: true },
      { label: c.differs, numeric: true, width: 1.6 },
    ],
    rows: assessed.map((row) => [
      row.perspective.name,
      row.perspective.force ? forces[row.perspective.force] : '–',
      String(row.claims),
      String(row.denials),
      row.differs === null ? '–' : String(row.differs),
    ]),
  });

  // Every pair of perspectives that said something, the editors included; the most differences first.
  const speaking = [...(editors ? [editors] : []), ...assessed.map((row) => row.perspective)];
  const pairs = speaking.flatMap((a, i) =>
    speaking.slice(i + 1).map((b) => ({ a, b, divergence: compare(a.id, b.id) })),
  );
  if (pairs.length === 0) blocks.push({ kind: 'paragraph', style: 'note', text: p.onlyOne });
  const disputed = (divergence: TieDivergence) =>
    divergence.contested.length + divergence.strengthDifferences.length;
  pairs.sort((x, y) => disputed(y.divergence) - disputed(x.divergence));
  const types = labelsIn(RELATION_TYPE_LABELS, locale);
  const names = new Map(document.actors.map((actor) => [actor.id, actor.name]));
  const byId = new Map(document.relations.map((relation) => [relation.id, relation]));
  const relationText = (id: string) => {
    const relation = byId.get(id);
    return relation ? relationSentence(relation, names, types) : id;
  };
  for (const { a, b, divergence } of pairs.slice(0, PAIRS_COMPARED)) {
    // The editors name every relatie on the map: next to them "how much alike" and "named by one only"
    // would only say how few relaties the other perspective assessed.
    const withEditors = a.editors || b.editors;
    blocks.push({ kind: 'heading', level: 2, text: p.pair(a.name, b.name), id: `verschil-${a.id}-${b.id}` });
    if (divergence.agreement !== null && !withEditors)
      blocks.push({
        kind: 'paragraph',
        text: p.agreement(a.name, b.name, percent.format(divergence.agreement)),
      });
    if (divergence.contested.length > 0)
      blocks.push(
        { kind: 'paragraph', text: p.contested(divergence.contested.length) },
        {
          kind: 'list',
          items: divergence.contested.slice(0, DIFFERENCES_LISTED).map((difference) => {
            const [yes, no] = difference.a.kind === 'claims' ? [a.name, b.name] : [b.name, a.name];
            return p.contestedLine(relationText(difference.relationId), yes, no);
          }),
        },
      );
    if (divergence.strengthDifferences.length > 0)
      blocks.push(
        { kind: 'paragraph', text: p.strength },
        {
          kind: 'list',
          items: divergence.strengthDifferences
            .slice(0, DIFFERENCES_LISTED)
            .map((difference) =>
              p.strengthLine(relationText(difference.relationId), a.name, difference.a, b.name, difference.b),
            ),
        },
      );
    if (divergence.onlyA.length + divergence.onlyB.length > 0 && !withEditors)
      blocks.push({
        kind: 'paragraph',
        text: p.only(a.name, divergence.onlyA.length, b.name, divergence.onlyB.length),
      });
  }
  if (pairs.length > PAIRS_COMPARED)
    blocks.push({ kind: 'paragraph', style: 'note', text: p.morePairs(pairs.length - PAIRS_COMPARED) });

  // Per vraagstuk: the spelers two perspectives place furthest apart (invloed and standpunt).
  const perspectiveNames = new Map(
    document.perspectives.map((perspective) => [perspective.id, perspective.name]),
  );
  for (const topic of document.topics) {
    if (onlyTopic && topic.id !== onlyTopic) continue;
    const current = latestPositions(document.positions, topic.id);
    const placing = [...new Set(current.map((position) => position.perspectiveId))];
    const differences = placing
      .flatMap((a, i) =>
        placing.slice(i + 1).flatMap((b) =>
          positionDivergence(current, a, b)
            .filter((difference) => difference.distance >= 2)
            .map((difference) => ({ ...difference, perspectiveA: a, perspectiveB: b })),
        ),
      )
      .sort((x, y) => y.distance - x.distance);
    // One line per speler: the pair that sees it furthest apart.
    const seen = new Set<string>();
    const lines = differences.flatMap((difference) => {
      if (seen.has(difference.actorId)) return [];
      seen.add(difference.actorId);
      return [
        p.position(
          names.get(difference.actorId) ?? difference.actorId,
          perspectiveNames.get(difference.perspectiveA) ?? '',
          p.view(difference.a.invloed, stanceName(difference.a.standpunt, locale)),
          perspectiveNames.get(difference.perspectiveB) ?? '',
          p.view(difference.b.invloed, stanceName(difference.b.standpunt, locale)),
        ),
      ];
    });
    if (lines.length === 0) continue;
    blocks.push(
      { kind: 'heading', level: 2, text: p.positions(topic.name), id: `verschil-vraagstuk-${topic.id}` },
      { kind: 'paragraph', text: p.positionsIntro },
      { kind: 'list', items: lines.slice(0, DIFFERENCES_LISTED) },
    );
  }
  return blocks;
}

/**
 * How many relaties a perspective (side b of the comparison) sees otherwise than the editors (side a):
 * named where the editors deny it or the other way round, named with another strength, or named where the
 * editors are silent.
 */
function differencesFromEditors(divergence: TieDivergence): number {
  return divergence.contested.length + divergence.strengthDifferences.length + divergence.onlyB.length;
}

/** "Wijkteam Noord werkt samen met Buurtkamer De Kruimel": a relatie as a reader says it. */
export function relationSentence(
  relation: { sourceId: string; targetId: string; type: Relation['type'] },
  names: ReadonlyMap<string, string>,
  types: Record<Relation['type'], string>,
): string {
  return `${names.get(relation.sourceId) ?? ''} ${types[relation.type]} ${names.get(relation.targetId) ?? ''}`;
}

/**
 * Labels of changed records in the report's language, with the names of the moment each record is from
 * (a removed speler is named as the snapshot had it).
 */
function changeLabels(before: Backup, after: Backup, words: ReportWords, locale: Locale) {
  const types = labelsIn(RELATION_TYPE_LABELS, locale);
  const index = (document: Backup) => ({
    names: new Map(document.actors.map((actor) => [actor.id, actor.name])),
    relations: new Map(document.relations.map((relation) => [relation.id, relation])),
    perspectives: new Map(document.perspectives.map((perspective) => [perspective.id, perspective.name])),
    topics: new Map(document.topics.map((topic) => [topic.id, topic.name])),
    assessments: new Map(document.assessments.map((assessment) => [assessment.id, assessment])),
  });
  const sides = { before: index(before), after: index(after) };
  return (kind: DiffKind, id: string, side: 'before' | 'after', fallback: string): string => {
    const at = sides[side];
    const relationText = (relationId: string) => {
      const relation = at.relations.get(relationId);
      return relation ? relationSentence(relation, at.names, types) : fallback;
    };
    switch (kind) {
      case 'actors':
        return at.names.get(id) ?? fallback;
      case 'relations':
        return relationText(id);
      case 'perspectives':
        return at.perspectives.get(id) ?? fallback;
      case 'topics':
        return at.topics.get(id) ?? fallback;
      case 'assessments': {
        const assessment = at.assessments.get(id);
        if (!assessment) return fallback;
        return words.changes.according(
          relationText(assessment.relationId),
          at.perspectives.get(assessment.perspectiveId) ?? '',
        );
      }
      case 'positions': {
        // A position's diff id is `vraagstuk:speler:perspective`: dated positions of one view are one record.
        const [topicId = '', actorId = '', perspectiveId = ''] = id.split(':');
        if (!at.names.has(actorId)) return fallback;
        return words.changes.according(
          words.changes.positionOn(at.names.get(actorId) ?? '', at.topics.get(topicId) ?? ''),
          at.perspectives.get(perspectiveId) ?? '',
        );
      }
    }
  };
}

export function changesSection(
  diff: MomentsDiff,
  documents: { before: Backup; after: Backup },
  words: ReportWords,
  locale: Locale,
  date: string,
): ReportBlock[] {
  const name = diff.from.snapshot?.name ?? '';
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.changes, id: 'veranderingen' },
    { kind: 'paragraph', style: 'lead', text: words.changes.intro(name, date) },
  ];
  const sentences = diff.indices.filter((index) => index.direction !== 'same').map((index) => index.sentence);
  if (sentences.length > 0) blocks.push({ kind: 'list', items: sentences });
  let any = sentences.length > 0;
  const labelOf = changeLabels(documents.before, documents.after, words, locale);
  const language = locale === 'en' ? 'en' : 'nl';
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
      ...added.map((record) => words.changes.added(labelOf(kind, record.id, 'after', record.label))),
      ...removed.map((record) => words.changes.removed(labelOf(kind, record.id, 'before', record.label))),
      ...changed.map((record) =>
        words.changes.changed(
          labelOf(kind, record.id, 'after', record.label),
          [...new Set(record.changes.map((change) => fieldLabel(change.field, language)))].join(', '),
        ),
      ),
    ];
    const shown = lines.slice(0, CHANGES_LISTED);
    if (lines.length > shown.length) shown.push(words.changes.more(lines.length - shown.length));
    blocks.push({ kind: 'list', items: shown });
  }
  if (!any) blocks.push({ kind: 'paragraph', style: 'note', text: words.changes.nothing });
  return blocks;
}

export interface MethodFacts {
  /** Each uitvraag someone answered, with what its non-response means (services/survey-results.ts). */
  surveys: readonly Pick<SurveyCoverage, 'survey' | 'nonResponse'>[];
  meetings: readonly Meeting[];
  date: string;
  author: string | null;
}

/** Non-response notes listed per uitvraag: the Uitvraag results list them all. */
const NOTES_LISTED = 10;

export function methodSection(
  document: Backup,
  facts: MethodFacts,
  words: ReportWords,
  locale: Locale,
): ReportBlock[] {
  const m = words.method;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.method, id: 'werkwijze' },
    { kind: 'paragraph', style: 'lead', text: m.intro },
    {
      kind: 'paragraph',
      text: m.source(
        document.actors.length,
        document.relations.length,
        document.perspectives.filter(
          (perspective) =>
            !perspective.editors &&
            (document.assessments.some((assessment) => assessment.perspectiveId === perspective.id) ||
              document.positions.some((position) => position.perspectiveId === perspective.id)),
        ).length,
      ),
    },
    { kind: 'paragraph', text: m.analysis },
  ];
  if (facts.surveys.length === 0) blocks.push({ kind: 'paragraph', text: m.surveysNone });
  // Per uitvraag the response, how many ties only one side named, and which results lean on silence: the
  // sentences the Uitvraag results show.
  for (const { survey, nonResponse } of facts.surveys) {
    const ties = explainTieCoverage(nonResponse.ties, locale);
    blocks.push({
      kind: 'paragraph',
      text: [explainResponse(survey.title, nonResponse.respondents, locale), ties].filter(Boolean).join(' '),
    });
    const notes = nonResponse.notes
      .slice(0, NOTES_LISTED)
      .map((note) => explainNonResponseNote(note, nonResponse.names, locale));
    if (notes.length > 0)
      blocks.push({ kind: 'paragraph', text: m.unreliableIntro }, { kind: 'list', items: notes });
    else if (nonResponse.respondents.silent > 0) blocks.push({ kind: 'paragraph', text: m.unreliable });
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
      caption: r.actorsCaption,
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
        caption: r.relationsCaption,
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
