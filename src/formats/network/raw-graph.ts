/**
 * A network file as read, before it means anything: nodes and edges with their attribute values by title.
 * The GEXF and GraphML readers produce it; `toImportDocument` turns it into spelers and relaties.
 */
import type { ImportDocument } from '../import-document.ts';

export interface RawNode {
  id: string;
  /** 1-based position among the file's nodes, for places in issues. */
  row: number;
  label?: string | undefined;
  /** Attribute title → value as written. */
  values: Map<string, string>;
  /** A drawing position the other tool saved (GEXF viz:position). */
  position?: { x: number; y: number } | undefined;
}

export interface RawEdge {
  id?: string | undefined;
  row: number;
  source: string;
  target: string;
  label?: string | undefined;
  weight?: string | undefined;
  values: Map<string, string>;
}

export interface RawGraph {
  format: 'gexf' | 'graphml';
  /** Written by Krachtenveld: every field is there, and nothing is dropped or guessed. */
  ours: boolean;
  workspace: ImportDocument['workspace'];
  nodes: RawNode[];
  edges: RawEdge[];
  /** Parts of the file that carry no speler or relatie data (viz, yEd styling, hyperedges). */
  ignored: Set<string>;
  /**
   * Our files' perspectives and vraagstukken lists (claim-attributes.ts) and where they were: parsed (GEXF
   * keywords) or JSON text (GraphML data); network-claims.ts checks them.
   */
  graphClaims?: { sheet: string; perspectives?: unknown; topics?: unknown };
}
