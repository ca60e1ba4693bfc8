/**
 * Writes a werkruimte as GEXF 1.3 (Gephi's format; graphology reads it; 1.2draft for NetworkX): a directed graph with
 * a node per speler (id = speler id, label = name) and an edge per relatie (id = relatie id, label = type,
 * weight = sterkte), every field as a typed attribute (attributes.ts), both saved layouts as x_/y_
 * attributes, and viz colours per kracht and viz positions from the network layout (else the five-forces
 * layout) so the map opens in Gephi as it looks here. Werkruimte details: see workspace-meta.ts; the
 * claims model (perspectives, vraagstukken, assessments per edge, positions per node): claim-attributes.ts.
 */
import XMLWriter from 'xml-writer';
import { FORCE_COLORS, type Force, type Layout } from '../../domain/index.ts';
import type { Backup } from '../json-backup/schema.ts';
import {
  ACTOR_ATTRIBUTES,
  type AttributeSpec,
  attributeValue,
  POSITION_ATTRIBUTES,
  RELATION_ATTRIBUTES,
} from './attributes.ts';
import { CLAIM_TITLES, elementClaims, perspectiveList, topicList } from './claim-attributes.ts';
import { workspaceKeywords } from './workspace-meta.ts';
import { escapeElementText, xmlSafe } from './xml-text.ts';

const GEXF_TYPES = { string: 'string', integer: 'integer', double: 'double' } as const;

function declare(
  writer: XMLWriter,
  kind: 'node' | 'edge',
  specs: readonly { title: string; type: string }[],
) {
  writer.startElement('attributes').writeAttribute('class', kind).writeAttribute('mode', 'static');
  for (const spec of specs)
    writer
      .startElement('attribute')
      .writeAttribute('id', spec.title)
      .writeAttribute('title', spec.title)
      .writeAttribute('type', spec.type)
      .endElement();
  writer.endElement();
}

function attvalues(writer: XMLWriter, values: [title: string, value: string | undefined][]) {
  const present = values.filter((entry): entry is [string, string] => entry[1] !== undefined);
  if (present.length === 0) return;
  writer.startElement('attvalues');
  for (const [title, value] of present)
    writer
      .startElement('attvalue')
      .writeAttribute('for', title)
      .writeAttribute('value', xmlSafe(value))
      .endElement();
  writer.endElement();
}

const specValues = (specs: readonly AttributeSpec[], record: Record<string, unknown>) =>
  specs.map((spec) => [spec.title, attributeValue(record[spec.field])] as [string, string | undefined]);

/**
 * GEXF versions we write. 1.3 is current (Gephi 0.9+, graphology); NetworkX (2.x and 3.x) reads only up to
 * 1.2draft, which differs from 1.3 only in its namespaces for what we write.
 */
export const GEXF_VERSIONS = {
  '1.3': { namespace: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', version: '1.3' },
  '1.2draft': {
    namespace: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    version: '1.2',
  },
} as const;
export type GexfVersion = keyof typeof GEXF_VERSIONS;

export function writeGexf(backup: Omit<Backup, 'format'>, gexfVersion: GexfVersion = '1.3'): string {
  const { namespace, viz, version } = GEXF_VERSIONS[gexfVersion];
  const writer = new XMLWriter('  ');
  writer.startDocument('1.0', 'UTF-8');
  writer
    .startElement('gexf')
    .writeAttribute('xmlns', namespace)
    .writeAttribute('xmlns:viz', viz)
    .writeAttribute('version', version);
  writer.startElement('meta').writeAttribute('lastmodifieddate', backup.exportedAt.slice(0, 10));
  writer.writeElement('creator', 'Krachtenveld');
  writer
    .startElement('description')
    .writeRaw(escapeElementText(backup.workspace.description ?? ''))
    .endElement();
  writer.writeElement(
    'keywords',
    xmlSafe(
      workspaceKeywords(
        {
          name: backup.workspace.name,
          gemeente: backup.workspace.gemeente,
          wijken: backup.workspace.wijken ?? [],
        },
        { perspectives: perspectiveList(backup), topics: topicList(backup) },
      ),
    ),
  );
  writer.endElement();

  writer.startElement('graph').writeAttribute('mode', 'static').writeAttribute('defaultedgetype', 'directed');
  declare(writer, 'node', [
    ...ACTOR_ATTRIBUTES.map((spec) => ({ title: spec.title, type: GEXF_TYPES[spec.type] })),
    ...POSITION_ATTRIBUTES.map((spec) => ({ title: spec.title, type: 'double' })),
    { title: CLAIM_TITLES.nodeTopics, type: 'string' },
    { title: CLAIM_TITLES.positions, type: 'string' },
  ]);
  declare(writer, 'edge', [
    ...RELATION_ATTRIBUTES.map((spec) => ({ title: spec.title, type: GEXF_TYPES[spec.type] })),
    { title: CLAIM_TITLES.confirmed, type: 'integer' },
    { title: CLAIM_TITLES.denied, type: 'integer' },
    { title: CLAIM_TITLES.assessments, type: 'string' },
  ]);
  const claims = elementClaims(backup);

  const shown: Layout | undefined = backup.layouts.force
    ? 'force'
    : backup.layouts.vijf_krachten
      ? 'vijf_krachten'
      : undefined;
  writer.startElement('nodes');
  for (const actor of backup.actors) {
    writer.startElement('node').writeAttribute('id', actor.id).writeAttribute('label', xmlSafe(actor.name));
    attvalues(writer, [
      ...specValues(ACTOR_ATTRIBUTES, actor),
      ...POSITION_ATTRIBUTES.map(
        (spec) =>
          [spec.title, attributeValue(backup.layouts[spec.layout]?.[actor.id]?.[spec.axis])] as [
            string,
            string | undefined,
          ],
      ),
      [CLAIM_TITLES.nodeTopics, attributeValue(claims.nodes.get(actor.id)?.topics)],
      [CLAIM_TITLES.positions, claims.nodes.get(actor.id)?.json],
    ]);
    const [r, g, b] = rgb(FORCE_COLORS[actor.force as Force]);
    writer
      .startElement('viz:color')
      .writeAttribute('r', r)
      .writeAttribute('g', g)
      .writeAttribute('b', b)
      .endElement();
    const point = shown ? backup.layouts[shown]?.[actor.id] : undefined;
    if (point)
      writer
        .startElement('viz:position')
        .writeAttribute('x', point.x)
        .writeAttribute('y', point.y)
        .writeAttribute('z', 0)
        .endElement();
    writer.endElement();
  }
  writer.endElement();

  writer.startElement('edges');
  for (const relation of backup.relations) {
    writer
      .startElement('edge')
      .writeAttribute('id', relation.id)
      .writeAttribute('source', relation.sourceId)
      .writeAttribute('target', relation.targetId)
      .writeAttribute('label', relation.type)
      .writeAttribute('weight', relation.strength);
    const assessed = claims.edges.get(relation.id);
    attvalues(writer, [
      ...specValues(RELATION_ATTRIBUTES, relation),
      [CLAIM_TITLES.confirmed, attributeValue(assessed?.confirmed)],
      [CLAIM_TITLES.denied, attributeValue(assessed?.denied)],
      [CLAIM_TITLES.assessments, assessed?.json],
    ]);
    writer.endElement();
  }
  writer.endElement();
  writer.endElement();
  writer.endElement();
  writer.endDocument();
  return `${writer.toString()}\n`;
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
