/**
 * Reads GEXF (1.1, 1.2draft, 1.3 — Gephi, NetworkX, graphology, ours) into a raw graph, streaming
 * (safe-xml.ts). Attribute values are found by their declared title (`<attvalue for=…>` in 1.2+, `id=…` in
 * 1.1); undeclared ones keep their id as title; declared defaults apply to nodes without a value.
 * Dynamic data (spells), hierarchy (nested nodes) and drawing styles are not spelers or relaties and are
 * listed as ignored. Our own files' keywords JSON (workspace-meta.ts) is parsed behind json-guard.ts.
 */
import type { ReadOutcome } from '../import-document.ts';
import { parseGuardedJson } from './json-guard.ts';
import { toImportDocument } from './network-document.ts';
import type { RawEdge, RawGraph, RawNode } from './raw-graph.ts';
import { readXml } from './safe-xml.ts';
import { keywordsJson, parseWorkspaceMeta } from './workspace-meta.ts';

const EDGE_DIRECTIONS = new Set(['directed', 'undirected', 'mutual']);

interface Declaration {
  title: string;
  fallback?: string;
}

export function readGexf(text: string): ReadOutcome {
  const raw: RawGraph = {
    format: 'gexf',
    ours: false,
    workspace: {},
    nodes: [],
    edges: [],
    ignored: new Set(),
  };
  const declared: Record<'node' | 'edge', Map<string, Declaration>> = { node: new Map(), edge: new Map() };
  let attributeClass: 'node' | 'edge' | undefined;
  let declaring: Declaration | undefined;
  // Nested nodes (GEXF hierarchy) are read as spelers of their own: a stack of open nodes.
  const openNodes: RawNode[] = [];
  let edge: RawEdge | undefined;
  let textTarget: ((value: string) => void) | undefined;
  let textBuffer = '';
  const meta: Record<string, string> = {};
  let nodeRows = 0;
  let seenRoot = false;

  const issues = readXml(text, {
    open(name, attributes) {
      if (!seenRoot) {
        seenRoot = true;
        if (name !== 'gexf') throw new Error('het hoofdelement is geen <gexf>');
      }
      textBuffer = '';
      switch (name) {
        case 'creator':
        case 'description':
        case 'keywords':
          if (openNodes.length === 0 && !edge) textTarget = (value) => (meta[name] = value.trim());
          return;
        case 'attributes':
          attributeClass =
            attributes.class === 'edge' ? 'edge' : attributes.class === 'node' ? 'node' : undefined;
          if (!attributeClass) raw.ignored.add(`attributes class="${attributes.class}"`);
          return;
        case 'attribute':
          if (!attributeClass || attributes.id === undefined) return;
          declaring = { title: attributes.title ?? attributes.id };
          declared[attributeClass].set(attributes.id, declaring);
          return;
        case 'default':
          if (declaring) {
            const target = declaring;
            textTarget = (value) => (target.fallback = value);
          }
          return;
        case 'node':
          if (openNodes.length > 0) raw.ignored.add('node: hiërarchie (geneste knopen zijn gewone spelers)');
          openNodes.push({
            id: attributes.id ?? '',
            row: ++nodeRows,
            label: attributes.label,
            values: new Map(),
          });
          return;
        case 'edge':
          edge = {
            id: attributes.id,
            row: raw.edges.length + 1,
            source: attributes.source ?? '',
            target: attributes.target ?? '',
            label: attributes.label,
            weight: attributes.weight,
            values: new Map(),
          };
          // GEXF 1.3 `kind` names the kind of tie; NetworkX writes an edge attribute `type` there too.
          for (const name of ['kind', 'type'] as const) {
            const value = attributes[name];
            if (value && !EDGE_DIRECTIONS.has(value)) edge.values.set(name, value);
          }
          for (const extra of Object.keys(attributes))
            if (!['id', 'source', 'target', 'label', 'weight', 'type', 'kind'].includes(extra))
              raw.ignored.add(`edge: ${extra}`);
          return;
        case 'attvalue': {
          const owner = edge ?? openNodes.at(-1);
          if (!owner) return;
          const key = attributes.for ?? attributes.id ?? '';
          const title = declared[edge ? 'edge' : 'node'].get(key)?.title ?? key;
          if (attributes.value !== undefined) owner.values.set(title, attributes.value);
          if (attributes.start || attributes.end || attributes.startopen || attributes.endopen)
            raw.ignored.add('attvalue: tijdsperiodes (dynamische gegevens)');
          return;
        }
        case 'position': {
          const node = openNodes.at(-1);
          if (node && !edge) {
            const x = Number(attributes.x);
            const y = Number(attributes.y);
            if (Number.isFinite(x) && Number.isFinite(y)) node.position = { x, y };
          }
          return;
        }
        case 'color':
        case 'size':
        case 'shape':
        case 'thickness':
          raw.ignored.add(`${edge ? 'edge' : 'node'}: viz:${name}`);
          return;
        case 'spells':
        case 'parents':
          raw.ignored.add(`${name} (dynamische gegevens of hiërarchie)`);
          return;
        default:
          return;
      }
    },
    close(name) {
      if (textTarget) {
        textTarget(textBuffer);
        textTarget = undefined;
      }
      if (name === 'attribute') declaring = undefined;
      else if (name === 'attributes') attributeClass = undefined;
      else if (name === 'node') {
        const node = openNodes.pop();
        if (node) {
          applyDefaults(node.values, declared.node);
          raw.nodes.push(node);
        }
      } else if (name === 'edge' && edge) {
        applyDefaults(edge.values, declared.edge);
        raw.edges.push(edge);
        edge = undefined;
      }
    },
    text(value) {
      if (textTarget) textBuffer += value;
    },
  });
  if (issues.length > 0) return { ok: false, issues };
  if (!seenRoot)
    return { ok: false, issues: [{ path: '', code: 'invalid_xml', params: { message: 'leeg' } }] };
  raw.ours = meta.creator === 'Krachtenveld';
  if (raw.ours) {
    const json = keywordsJson(meta.keywords);
    let keywords: unknown;
    if (json !== undefined) {
      const parsed = parseGuardedJson(json, 'keywords');
      if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
      keywords = parsed.value;
    }
    raw.workspace = parseWorkspaceMeta(keywords, meta.description);
    if (keywords !== null && typeof keywords === 'object') {
      const { perspectieven: perspectives, vraagstukken: topics } = keywords as Record<string, unknown>;
      raw.graphClaims = { sheet: 'keywords', perspectives, topics };
    }
    // Our viz colours and positions repeat the kracht and the saved layout: nothing is lost.
    for (const line of raw.ignored) if (line.includes('viz:')) raw.ignored.delete(line);
  }
  return toImportDocument(raw);
}

function applyDefaults(values: Map<string, string>, declarations: Map<string, Declaration>) {
  for (const declaration of declarations.values())
    if (declaration.fallback !== undefined && !values.has(declaration.title))
      values.set(declaration.title, declaration.fallback);
}
