/**
 * A read network file (raw-graph.ts) as an import document: its nodes and edges as spelers and relaties
 * (network-elements.ts: ours field by field, other tools' mapped and reported), self-loops and edges to
 * missing nodes of other tools' files skipped and listed, and our files' claims model (network-claims.ts;
 * an older file's edge `perspectief` becomes that perspective's assessment, legacy-perspective.ts).
 */
import { IssueList } from '../../domain/index.ts';
import type { DocumentActor, DocumentRelation, ImportDocument, ReadOutcome } from '../import-document.ts';
import { addLegacyClaims, type LegacyPerspectiveText } from '../legacy-perspective.ts';
import { LIMITS } from '../limits.ts';
import { NetworkClaims } from './network-claims.ts';
import {
  EDGE_SHEET,
  foreignActor,
  foreignRelation,
  type Layouts,
  Mappings,
  NODE_SHEET,
  ourActor,
  ourRelation,
} from './network-elements.ts';
import type { RawGraph } from './raw-graph.ts';

/** Skipped edges listed one by one; beyond this they are counted. */
const LISTED_SKIPS = 20;

export function toImportDocument(raw: RawGraph): ReadOutcome {
  for (const [sheet, items] of [
    [NODE_SHEET, raw.nodes],
    [EDGE_SHEET, raw.edges],
  ] as const)
    if (items.length > LIMITS.rows)
      return {
        ok: false,
        issues: [{ path: sheet, code: 'too_many_rows', params: { maximum: LIMITS.rows } }],
      };
  const mappings = new Mappings();
  const layouts: Layouts = {};
  const actors: DocumentActor[] = [];
  const rowOfId = new Map<string, number>();
  const issues = new IssueList();
  const claims = new NetworkClaims(issues);
  const legacy: LegacyPerspectiveText[] = [];
  if (raw.ours && raw.graphClaims) claims.graph(raw.graphClaims.sheet, raw.graphClaims);

  for (const node of raw.nodes) {
    const first = rowOfId.get(node.id);
    if (first !== undefined) {
      issues.push({
        path: `${NODE_SHEET}.${node.row}.id`,
        code: 'duplicate_key' as const,
        params: { firstRow: first },
      });
      continue;
    }
    rowOfId.set(node.id, node.row);
    actors.push(raw.ours ? ourActor(node, layouts) : foreignActor(node, layouts, mappings, raw.ignored));
    if (raw.ours) claims.node(node);
  }
  if (issues.length > 0) return { ok: false, issues: issues.listed, total: issues.length };

  const relations: DocumentRelation[] = [];
  const skipped: string[] = [];
  for (const edge of raw.edges) {
    if (
      !raw.ours &&
      (!rowOfId.has(edge.source) || !rowOfId.has(edge.target) || edge.source === edge.target)
    ) {
      skipped.push(
        `${EDGE_SHEET} ${edge.id ?? edge.row}: ${edge.source === edge.target ? 'van een speler naar zichzelf' : 'naar een speler die niet in het bestand staat'}`,
      );
      continue;
    }
    if (raw.ours) {
      const relation = ourRelation(edge, legacy);
      relations.push(relation);
      claims.edge(edge, relation.key as string);
    } else relations.push(foreignRelation(edge, mappings));
  }
  if (issues.length > 0) return { ok: false, issues: issues.listed, total: issues.length };
  const ignored = [...raw.ignored, ...skipped.slice(0, LISTED_SKIPS)];
  if (skipped.length > LISTED_SKIPS)
    ignored.push(`${EDGE_SHEET}: nog ${skipped.length - LISTED_SKIPS} overgeslagen`);

  const document: ImportDocument = {
    format: raw.format,
    workspace: raw.workspace,
    actors,
    relations,
    layouts,
    report: { ignored, mapped: mappings.list() },
  };
  claims.addTo(document);
  addLegacyClaims(document, legacy);
  return { ok: true, document };
}
