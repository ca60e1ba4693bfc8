/**
 * Writes a werkruimte as GraphML (NetworkX, yEd, Cytoscape, graphology read it): typed `<key>`s for every
 * speler and relatie field (attributes.ts; lists as " | "-joined strings, GraphML has no list type), both
 * saved layouts as x_/y_ doubles, a `kleur` per kracht, and graph-level keys for the werkruimte's own
 * details plus a `krachtenveld` marker that tells our reader the file is complete, and the claims model
 * (graph-level perspectives and vraagstukken, assessments per edge, positions per node: claim-attributes.ts).
 * Key ids carry the element they are for (`n_kracht`, `e_bronnen`, `g_gemeente`), since nodes and edges
 * share titles.
 */
import XMLWriter from 'xml-writer';
import { FORCE_COLORS, type Force } from '../../domain/index.ts';
import type { Backup } from '../json-backup/schema.ts';
import { ACTOR_ATTRIBUTES, attributeValue, POSITION_ATTRIBUTES, RELATION_ATTRIBUTES } from './attributes.ts';
import {
  CLAIM_TITLES,
  elementClaims,
  GRAPH_CLAIM_KEYS,
  perspectiveList,
  topicList,
} from './claim-attributes.ts';
import { escapeElementText } from './xml-text.ts';

export const GRAPHML_MARKER = 'krachtenveld-graphml/1';
const GRAPHML_TYPES = { string: 'string', integer: 'int', double: 'double' } as const;

/** Graph-level keys: attr.name → the werkruimte field. */
export const GRAPH_KEYS = {
  krachtenveld: 'marker',
  werkruimte: 'name',
  gemeente: 'gemeente',
  wijken: 'wijken',
  omschrijving: 'description',
} as const;

function key(writer: XMLWriter, scope: 'graph' | 'node' | 'edge', name: string, type: string) {
  writer
    .startElement('key')
    .writeAttribute('id', `${scope[0]}_${name}`)
    .writeAttribute('for', scope)
    .writeAttribute('attr.name', name)
    .writeAttribute('attr.type', type)
    .endElement();
}

function data(writer: XMLWriter, scope: 'graph' | 'node' | 'edge', name: string, value: string | undefined) {
  if (value === undefined) return;
  writer
    .startElement('data')
    .writeAttribute('key', `${scope[0]}_${name}`)
    .writeRaw(escapeElementText(value))
    .endElement();
}

export function writeGraphml(backup: Omit<Backup, 'format'>): string {
  const writer = new XMLWriter('  ');
  writer.startDocument('1.0', 'UTF-8');
  writer
    .startElement('graphml')
    .writeAttribute('xmlns', 'http://graphml.graphdrawing.org/xmlns')
    .writeAttribute('xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance')
    .writeAttribute(
      'xsi:schemaLocation',
      'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
    );
  for (const name of Object.keys(GRAPH_KEYS)) key(writer, 'graph', name, 'string');
  for (const name of Object.values(GRAPH_CLAIM_KEYS)) key(writer, 'graph', name, 'string');
  key(writer, 'node', 'naam', 'string');
  for (const spec of ACTOR_ATTRIBUTES) key(writer, 'node', spec.title, GRAPHML_TYPES[spec.type]);
  for (const spec of POSITION_ATTRIBUTES) key(writer, 'node', spec.title, 'double');
  key(writer, 'node', 'kleur', 'string');
  key(writer, 'node', CLAIM_TITLES.nodeTopics, 'string');
  key(writer, 'node', CLAIM_TITLES.positions, 'string');
  for (const spec of RELATION_ATTRIBUTES) key(writer, 'edge', spec.title, GRAPHML_TYPES[spec.type]);
  key(writer, 'edge', CLAIM_TITLES.confirmed, 'int');
  key(writer, 'edge', CLAIM_TITLES.denied, 'int');
  key(writer, 'edge', CLAIM_TITLES.assessments, 'string');

  writer.startElement('graph').writeAttribute('id', 'krachtenveld').writeAttribute('edgedefault', 'directed');
  const { workspace } = backup;
  data(writer, 'graph', 'krachtenveld', GRAPHML_MARKER);
  data(writer, 'graph', 'werkruimte', workspace.name);
  data(writer, 'graph', 'gemeente', workspace.gemeente);
  data(writer, 'graph', 'wijken', attributeValue(workspace.wijken ?? []));
  data(writer, 'graph', 'omschrijving', workspace.description || undefined);
  const perspectives = perspectiveList(backup);
  const topics = topicList(backup);
  if (perspectives.length > 0)
    data(writer, 'graph', GRAPH_CLAIM_KEYS.perspectives, JSON.stringify(perspectives));
  if (topics.length > 0) data(writer, 'graph', GRAPH_CLAIM_KEYS.topics, JSON.stringify(topics));
  const claims = elementClaims(backup);

  for (const actor of backup.actors) {
    writer.startElement('node').writeAttribute('id', actor.id);
    data(writer, 'node', 'naam', actor.name);
    for (const spec of ACTOR_ATTRIBUTES)
      data(writer, 'node', spec.title, attributeValue(actor[spec.field as keyof typeof actor]));
    for (const spec of POSITION_ATTRIBUTES)
      data(writer, 'node', spec.title, attributeValue(backup.layouts[spec.layout]?.[actor.id]?.[spec.axis]));
    data(writer, 'node', 'kleur', FORCE_COLORS[actor.force as Force]);
    data(writer, 'node', CLAIM_TITLES.nodeTopics, attributeValue(claims.nodes.get(actor.id)?.topics));
    data(writer, 'node', CLAIM_TITLES.positions, claims.nodes.get(actor.id)?.json);
    writer.endElement();
  }
  for (const relation of backup.relations) {
    writer
      .startElement('edge')
      .writeAttribute('id', relation.id)
      .writeAttribute('source', relation.sourceId)
      .writeAttribute('target', relation.targetId);
    for (const spec of RELATION_ATTRIBUTES)
      data(writer, 'edge', spec.title, attributeValue(relation[spec.field as keyof typeof relation]));
    const assessed = claims.edges.get(relation.id);
    data(writer, 'edge', CLAIM_TITLES.confirmed, attributeValue(assessed?.confirmed));
    data(writer, 'edge', CLAIM_TITLES.denied, attributeValue(assessed?.denied));
    data(writer, 'edge', CLAIM_TITLES.assessments, assessed?.json);
    writer.endElement();
  }
  writer.endElement();
  writer.endElement();
  writer.endDocument();
  return `${writer.toString()}\n`;
}
