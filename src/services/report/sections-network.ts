/**
 * The report's sections about the map itself: the five forces with their spelers, the map as figures, the
 * verkokering diagnosis with every index, who pulls the collaboration together and the weak spots, missing
 * links, and residents' reach. Every figure comes from the diagnosis the Diagnose panel computes.
 */
import {
  type BrokerageRole,
  brokerScore,
  type ExplainedCard,
  explainReason,
  explainRole,
  formatIndexValue,
  type GroupingKey,
  type Locale,
} from '../../analysis/index.ts';
import {
  ACTOR_KIND_LABELS,
  DOMAIN_LABELS,
  FORCE_LABELS,
  FORCES,
  type Force,
  labelsIn,
} from '../../domain/index.ts';
import type { Backup, ReportBlock } from '../../formats/index.ts';
import { sceneFromWorkspace } from '../../formats/index.ts';
import type { ExplainedDiagnosis } from '../analysis-compute.ts';
import { inSentence, type ReportWords } from './words.ts';

export interface NetworkContext {
  document: Backup;
  diagnosis: ExplainedDiagnosis;
  words: ReportWords;
  locale: Locale;
  grouping: GroupingKey;
  /** Spelers' names by id. */
  names: ReadonlyMap<string, string>;
}

/** Brokers and suggestions listed in the report: the Diagnose panel's first ones. */
export const LISTED = 10;

const count = (value: number, locale: string) => new Intl.NumberFormat(locale).format(value);

export function forcesSection({ document, words, locale }: NetworkContext): ReportBlock[] {
  const forces = labelsIn(FORCE_LABELS, locale);
  const kinds = labelsIn(ACTOR_KIND_LABELS, locale);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.forces, id: 'krachten' },
    { kind: 'paragraph', style: 'lead', text: words.forces.intro },
  ];
  const byName = [...document.actors].sort((a, b) => a.name.localeCompare(b.name, words.locale));
  for (const force of FORCES) {
    const spelers = byName.filter((actor) => actor.force === force);
    blocks.push({ kind: 'heading', level: 2, text: forces[force], id: `kracht-${force}` });
    if (spelers.length === 0) {
      blocks.push({ kind: 'paragraph', style: 'note', text: words.forces.none(forces[force]) });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: words.forces.count(spelers.length) });
    const { columns, empty } = words.forces;
    blocks.push({
      kind: 'table',
      caption: `${forces[force]}: ${columns.rol.toLocaleLowerCase(words.locale)}, ${columns.motieven.toLocaleLowerCase(words.locale)}, ${columns.belangen.toLocaleLowerCase(words.locale)}`,
      rowHeaders: true,
      columns: [
        { label: columns.name, width: 2.6 },
        // Wide enough for "Organisatie" on one line.
        { label: columns.kind, width: 1.8 },
        { label: columns.rol, width: 3, prose: true },
        { label: columns.motieven, width: 3, prose: true },
        { label: columns.belangen, width: 3, prose: true },
      ],
      rows: spelers.map((actor) => [
        actor.name,
        kinds[actor.kind],
        actor.rol || empty,
        actor.motieven || empty,
        actor.belangen || empty,
      ]),
    });
  }
  return blocks;
}

/** On paper the map names up to this many best-connected spelers whose names do not collide; the register lists them all. */
const MAP_NAMES = 40;

/** A palette for clusters that stays apart from the krachten's colours (Okabe–Ito, then Tol's muted). */
const CLUSTER_COLORS = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#f0e442',
  '#882255',
];
const OTHER_CLUSTERS = '#b0b7c0';

export function mapSection({ document, diagnosis, words, locale }: NetworkContext): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 1, text: words.sections.map, id: 'kaart' }];
  if (document.actors.length === 0) {
    blocks.push({ kind: 'paragraph', style: 'note', text: words.map.empty });
    return blocks;
  }
  blocks.push({ kind: 'paragraph', style: 'lead', text: words.map.intro });
  const forces = labelsIn(FORCE_LABELS, locale);
  const labels = { legendTitle: locale === 'nl' ? 'Krachten' : 'Forces', forces };
  // About the text width of an A4 page at 96 dpi: names on the map come out at 7–8 pt in print.
  const size = { width: 800, height: 600, labelled: MAP_NAMES, separateLabels: true };
  const shares = FORCES.map((force) => ({
    force,
    size: document.actors.filter((actor) => actor.force === force).length,
  })).sort((a, b) => b.size - a.size);
  const busiest = [...diagnosis.spelers].sort((a, b) => b.degree - a.degree)[0];
  blocks.push({
    kind: 'figure',
    caption: words.map.forcesCaption,
    alt: words.map.forcesAlt(
      document.actors.length,
      document.relations.length,
      forces[(shares[0]?.force ?? 'gemeente') as Force],
      busiest?.name ?? '–',
    ),
    scene: sceneFromWorkspace(document, { ...size, labels, layout: 'vijf_krachten', title: '' }),
  });
  const clusters = diagnosis.clusters.rows.filter((row) => row.size > 1);
  if (clusters.length > 1) {
    const colorOf = new Map<string, string>();
    const items = clusters.slice(0, CLUSTER_COLORS.length).map((row, index) => {
      const color = CLUSTER_COLORS[index] as string;
      for (const id of row.memberIds) colorOf.set(id, color);
      return {
        color,
        label: words.map.cluster(index + 1, forces[row.dominantForce as Force] ?? row.dominantForce),
      };
    });
    const rest = clusters.length - items.length;
    blocks.push({
      kind: 'figure',
      caption: words.map.clustersCaption,
      alt: words.map.clustersAlt(clusters.length, document.actors.length),
      // Groups show best where the network layout put them (when one was saved), else in the five sectors.
      scene: sceneFromWorkspace(document, {
        ...size,
        labels,
        title: '',
        colors: {
          of: (id) => colorOf.get(id) ?? OTHER_CLUSTERS,
          legend: {
            title: words.map.clusterLegend,
            items:
              rest > 0 ? [...items, { color: OTHER_CLUSTERS, label: words.map.otherClusters(rest) }] : items,
            corner: 'top-right',
          },
        },
      }),
    });
  }
  return blocks;
}

function indexRow(
  card: ExplainedDiagnosis['indices'][number],
  words: ReportWords,
): { row: string[]; explanation: ExplainedCard } {
  return {
    row: [card.explanation.title, card.explanation.value, words.diagnosis.bands[card.band]],
    explanation: card.explanation,
  };
}

export function diagnosisSection({
  diagnosis,
  words,
  locale,
  tentative,
}: NetworkContext & { tentative: boolean }): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.diagnosis, id: 'diagnose' },
    { kind: 'paragraph', style: 'lead', text: words.diagnosis.intro },
  ];
  if (tentative) blocks.push({ kind: 'paragraph', style: 'note', text: words.diagnosis.tentative });
  const rows = diagnosis.indices.map((card) => indexRow(card, words));
  const { columns } = words.diagnosis;
  blocks.push({
    kind: 'table',
    caption: words.diagnosis.caption,
    rowHeaders: true,
    columns: [
      { label: columns.index, width: 3 },
      { label: columns.value, numeric: true, width: 1 },
      { label: columns.band, width: 2 },
    ],
    rows: rows.map((entry) => entry.row),
  });
  for (const { explanation, row } of rows) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: explanation.title,
      id: `index-${slug(explanation.title)}`,
    });
    blocks.push({
      kind: 'paragraph',
      text: [{ text: `${explanation.value} · ${row[2]}. `, strong: true }, { text: explanation.measures }],
    });
    blocks.push({
      kind: 'paragraph',
      text: [{ text: `${words.diagnosis.reading} `, strong: true }, { text: explanation.reading }],
    });
    blocks.push({
      kind: 'paragraph',
      text: [{ text: `${words.diagnosis.action} `, strong: true }, { text: explanation.action }],
    });
  }
  const kokers = diagnosis.kokers.rows.filter((row) => row.size > 0);
  if (kokers.length > 0) {
    const k = words.diagnosis.kokerColumns;
    const domains = labelsIn(DOMAIN_LABELS, locale) as Record<string, string>;
    blocks.push({ kind: 'heading', level: 2, text: words.diagnosis.kokers, id: 'kokers' });
    blocks.push({
      kind: 'table',
      caption: words.diagnosis.kokersCaption,
      rowHeaders: true,
      columns: [
        { label: k.koker, width: 3 },
        { label: k.size, numeric: true },
        { label: k.internal, numeric: true },
        { label: k.external, numeric: true },
        { label: k.ei, numeric: true },
      ],
      rows: kokers.map((row) => [
        domains[row.label] ?? row.label,
        count(row.size, words.locale),
        count(row.internal, words.locale),
        count(row.external, words.locale),
        row.eiIndex === null ? '–' : formatIndexValue({ value: row.eiIndex, format: 'index' }, locale),
      ]),
    });
  }
  return blocks;
}

export function brokersSection({ diagnosis, words, locale, grouping, names }: NetworkContext): ReportBlock[] {
  const forces = labelsIn(FORCE_LABELS, locale);
  const domains = labelsIn(DOMAIN_LABELS, locale) as Record<string, string>;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.brokers, id: 'samenwerking' },
    { kind: 'paragraph', style: 'lead', text: words.brokers.intro },
  ];
  const measures = new Map(diagnosis.spelers.map((speler) => [speler.id, speler]));
  const brokers = diagnosis.brokers.slice(0, LISTED).flatMap((id) => measures.get(id) ?? []);
  const twoDecimals = new Intl.NumberFormat(words.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  if (brokers.length === 0) blocks.push({ kind: 'paragraph', style: 'note', text: words.brokers.none });
  else {
    const c = words.brokers.columns;
    blocks.push({
      kind: 'table',
      caption: words.brokers.caption,
      rowHeaders: true,
      columns: [
        { label: c.name, width: 3 },
        { label: c.force, width: 2 },
        { label: c.koker, width: 2 },
        // The ranking's own figure first, so the order of the rows can be read off the table.
        { label: c.pairs, numeric: true, width: 1.2 },
        { label: c.betweenness, numeric: true, width: 1.2 },
        { label: c.ties, numeric: true },
      ],
      rows: brokers.map((speler) => [
        speler.name,
        forces[speler.force],
        speler.koker === null ? '–' : (domains[speler.koker] ?? speler.koker),
        count(brokerScore(speler), words.locale),
        twoDecimals.format(speler.betweenness),
        count(speler.degree, words.locale),
      ]),
    });
    // Each broker's main way of brokering (Gould and Fernandez), as the Diagnose panel names it; brokers
    // with the same role share one line, so the meaning is said once.
    const byRole = new Map<BrokerageRole, string[]>();
    for (const speler of brokers) {
      const [role, times] = Object.entries(speler.brokerage).sort((a, b) => b[1] - a[1])[0] ?? [];
      if (!role || !times) continue;
      byRole.set(role as BrokerageRole, [...(byRole.get(role as BrokerageRole) ?? []), speler.name]);
    }
    if (byRole.size > 0)
      blocks.push(
        { kind: 'paragraph', text: words.brokers.roles },
        {
          kind: 'list',
          items: [...byRole].map(([role, who]) => {
            const { title, meaning } = explainRole(role, grouping, locale);
            return [{ text: `${title} `, strong: true }, { text: `(${meaning}): ${who.join(', ')}` }];
          }),
        },
      );
  }
  blocks.push({ kind: 'heading', level: 2, text: words.brokers.weak, id: 'zwakke-plekken' });
  const cuts = diagnosis.weakSpots.articulationPoints
    .slice(0, LISTED)
    .flatMap((id) => measures.get(id) ?? []);
  const sole = diagnosis.weakSpots.soleBridges.slice(0, LISTED).flatMap((id) => measures.get(id) ?? []);
  if (cuts.length === 0 && sole.length === 0)
    blocks.push({ kind: 'paragraph', style: 'note', text: words.brokers.noWeak });
  if (cuts.length > 0)
    blocks.push(
      { kind: 'paragraph', text: words.brokers.articulationIntro },
      {
        kind: 'list',
        items: cuts.map((speler) =>
          words.brokers.articulation(names.get(speler.id) ?? speler.name, speler.separated),
        ),
      },
    );
  if (sole.length > 0)
    blocks.push(
      { kind: 'paragraph', text: words.brokers.soleBridgeIntro },
      {
        kind: 'list',
        items: sole.map((speler) =>
          words.brokers.soleBridge(
            names.get(speler.id) ?? speler.name,
            speler.koker === null ? null : inSentence(domains[speler.koker] ?? speler.koker),
            speler.soleLinks,
          ),
        ),
      },
    );
  return blocks;
}

export function suggestionsSection({ diagnosis, words, locale, names }: NetworkContext): ReportBlock[] {
  const domains = labelsIn(DOMAIN_LABELS, locale) as Record<string, string>;
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.suggestions, id: 'verbindingen' },
    { kind: 'paragraph', style: 'lead', text: words.suggestions.intro },
  ];
  const listed = diagnosis.suggestions.slice(0, LISTED);
  blocks.push(
    listed.length === 0
      ? { kind: 'paragraph', style: 'note', text: words.suggestions.none }
      : {
          kind: 'list',
          items: listed.map((suggestion) => [
            {
              text: words.suggestions.pair(
                names.get(suggestion.sourceId) ?? '',
                names.get(suggestion.targetId) ?? '',
              ),
              strong: true,
            },
            {
              text: ` ${explainReason(suggestion.reason, locale, (domain) => inSentence(domains[domain] ?? domain))}`,
            },
          ]),
        },
  );
  return blocks;
}

export function residentsSection({ diagnosis, words, names }: NetworkContext): ReportBlock[] {
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: words.sections.residents, id: 'bewoners' },
    { kind: 'paragraph', style: 'lead', text: words.residents.intro },
  ];
  const rows = diagnosis.residents;
  if (rows.length === 0) {
    blocks.push({ kind: 'paragraph', style: 'note', text: words.residents.none });
    return blocks;
  }
  const subsidyOnly = rows.filter((row) => row.subsidyOnly).length;
  blocks.push({ kind: 'paragraph', text: words.residents.subsidyOnly(subsidyOnly, rows.length) });
  const c = words.residents.columns;
  blocks.push({
    kind: 'table',
    caption: words.residents.caption,
    rowHeaders: true,
    columns: [
      { label: c.name, width: 3 },
      { label: c.gemeente, numeric: true, width: 2 },
      { label: c.professional, numeric: true, width: 2 },
      { label: c.subsidy, width: 1 },
    ],
    rows: [...rows]
      .sort((a, b) => (names.get(a.id) ?? '').localeCompare(names.get(b.id) ?? '', words.locale))
      .map((row) => [
        names.get(row.id) ?? row.id,
        words.residents.steps(row.toGemeente.distance),
        words.residents.steps(row.toProfessional.distance),
        row.subsidyOnly ? words.residents.yes : words.residents.no,
      ]),
  });
  return blocks;
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
