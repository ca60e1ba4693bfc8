/**
 * Reads GraphML (ours, NetworkX, yEd, graphology, Cytoscape) into a raw graph, streaming (safe-xml.ts).
 * `<data>` values are found by their key's `attr.name` (or the key id when it has none); key defaults
 * apply. yEd keeps node and edge labels inside its drawing data (`y:NodeLabel`, `y:EdgeLabel`): those
 * become labels, the rest of yEd's styling is ignored. Nested graphs are flattened; hyperedges and ports
 * are not relaties and are listed as ignored.
 */
import type { ReadOutcome } from '../import-document.ts';
import { GRAPH_CLAIM_KEYS } from './claim-attributes.ts';
import { GRAPHML_MARKER } from './graphml-write.ts';
import { toImportDocument } from './network-document.ts';
import type { RawEdge, RawGraph, RawNode } from './raw-graph.ts';
import { readXml } from './safe-xml.ts';

interface Key {
  name: string;
  scope: string;
  fallback?: string;
  /** yEd drawing data, where the label hides. */
  graphics: boolean;
}

export function readGraphml(text: string): ReadOutcome {
  const raw: RawGraph = {
    format: 'graphml',
    ours: false,
    workspace: {},
    nodes: [],
    edges: [],
    ignored: new Set(),
  };
  const keys = new Map<string, Key>();
  const graphData = new Map<string, string>();
  const openNodes: RawNode[] = [];
  let edge: RawEdge | undefined;
  let declaring: Key | undefined;
  let dataKey: Key | undefined;
  let dataDepth = 0;
  let capture = false;
  let buffer = '';
  let labelBuffer: string | undefined;
  let graphDepth = 0;
  let seenRoot = false;
  let nodeRows = 0;

  const owner = () => edge ?? openNodes.at(-1);

  const issues = readXml(text, {
    open(name, attributes) {
      if (!seenRoot) {
        seenRoot = true;
        if (name !== 'graphml') throw new Error('het hoofdelement is geen <graphml>');
      }
      if (dataKey) {
        // Inside a <data> with markup: yEd's drawing. Keep only its label text.
        dataDepth += 1;
        if (name === 'NodeLabel' || name === 'EdgeLabel') labelBuffer = '';
        return;
      }
      switch (name) {
        case 'key':
          if (attributes.id === undefined) return;
          declaring = {
            name: attributes['attr.name'] ?? attributes.id,
            scope: attributes.for ?? 'all',
            graphics: attributes['yfiles.type'] !== undefined,
          };
          keys.set(attributes.id, declaring);
          return;
        case 'default':
          if (declaring) {
            capture = true;
            buffer = '';
          }
          return;
        case 'graph':
          graphDepth += 1;
          if (graphDepth > 1) raw.ignored.add('graph: geneste grafen (plat gemaakt)');
          return;
        case 'node':
          openNodes.push({ id: attributes.id ?? '', row: ++nodeRows, values: new Map() });
          return;
        case 'edge':
          edge = {
            id: attributes.id,
            row: raw.edges.length + 1,
            source: attributes.source ?? '',
            target: attributes.target ?? '',
            values: new Map(),
          };
          return;
        case 'data': {
          const key = keys.get(attributes.key ?? '') ?? {
            name: attributes.key ?? '',
            scope: 'all',
            graphics: false,
          };
          dataKey = key;
          dataDepth = 0;
          capture = true;
          buffer = '';
          return;
        }
        case 'hyperedge':
        case 'port':
          raw.ignored.add(`${name} (geen relatie)`);
          return;
        default:
          return;
      }
    },
    close(name) {
      if (dataKey && dataDepth > 0) {
        if ((name === 'NodeLabel' || name === 'EdgeLabel') && labelBuffer !== undefined) {
          const target = owner();
          const label = labelBuffer.trim();
          if (target && label && !target.label) target.label = label;
          labelBuffer = undefined;
        }
        dataDepth -= 1;
        return;
      }
      switch (name) {
        case 'default':
          if (declaring) declaring.fallback = buffer;
          capture = false;
          return;
        case 'key':
          declaring = undefined;
          return;
        case 'data': {
          const key = dataKey as Key;
          dataKey = undefined;
          capture = false;
          if (key.graphics) {
            raw.ignored.add('yEd-opmaak (vormen en kleuren)');
            return;
          }
          const target = owner();
          if (target) target.values.set(key.name, buffer);
          else if (graphDepth === 1) graphData.set(key.name, buffer);
          return;
        }
        case 'graph':
          graphDepth -= 1;
          return;
        case 'node': {
          const node = openNodes.pop();
          if (node) {
            applyDefaults(node.values, keys, 'node');
            raw.nodes.push(node);
          }
          return;
        }
        case 'edge':
          if (edge) {
            applyDefaults(edge.values, keys, 'edge');
            raw.edges.push(edge);
            edge = undefined;
          }
          return;
        default:
          return;
      }
    },
    text(value) {
      if (labelBuffer !== undefined) labelBuffer += value;
      else if (capture && dataDepth === 0) buffer += value;
    },
  });
  if (issues.length > 0) return { ok: false, issues };
  if (!seenRoot)
    return { ok: false, issues: [{ path: '', code: 'invalid_xml', params: { message: 'leeg' } }] };

  raw.ours = graphData.get('krachtenveld') === GRAPHML_MARKER;
  if (raw.ours) {
    const name = graphData.get('werkruimte');
    const gemeente = graphData.get('gemeente');
    const wijken = graphData.get('wijken');
    raw.workspace = {
      ...(name ? { name } : {}),
      ...(gemeente ? { gemeente } : {}),
      wijken: wijken
        ? wijken
            .split('|')
            .map((wijk) => wijk.trim())
            .filter(Boolean)
        : [],
      description: graphData.get('omschrijving') ?? '',
    };
    for (const node of raw.nodes) node.label = node.values.get('naam') ?? node.label;
    raw.graphClaims = {
      sheet: 'graph',
      perspectives: graphData.get(GRAPH_CLAIM_KEYS.perspectives),
      topics: graphData.get(GRAPH_CLAIM_KEYS.topics),
    };
  }
  return toImportDocument(raw);
}

function applyDefaults(values: Map<string, string>, keys: Map<string, Key>, scope: 'node' | 'edge') {
  for (const key of keys.values())
    if (
      key.fallback !== undefined &&
      !key.graphics &&
      (key.scope === scope || key.scope === 'all') &&
      !values.has(key.name)
    )
      values.set(key.name, key.fallback);
}
