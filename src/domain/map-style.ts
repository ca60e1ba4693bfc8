/**
 * How a werkruimte is drawn, shared by the web map, its legend, the GEXF viz colours and the map images, so
 * a kracht or a relatie looks the same everywhere: a colour per kracht (the Okabe–Ito palette, readable
 * with the common colour-vision deficiencies) and a style per relation type — `financiert` and `spanning`
 * stand out by colour and weight; directed types get arrows.
 */
import { type Force, RELATION_TYPE_TRAITS, type RelationType } from './vocabulary.ts';

export const FORCE_COLORS: Record<Force, string> = {
  rijk: '#0072B2',
  instelling: '#CC79A7',
  gemeente: '#D55E00',
  professional: '#009E73',
  bewoner: '#E69F00',
};

export interface EdgeStyle {
  color: string;
  size: number;
  type: 'arrow' | 'line';
}

export function edgeStyle(type: RelationType, strength: number): EdgeStyle {
  const directed = RELATION_TYPE_TRAITS[type].directed;
  const base = 0.6 + strength * 0.35;
  if (type === 'financiert') return { color: '#8a6d00', size: base + 1, type: 'arrow' };
  if (type === 'spanning') return { color: '#c62828', size: base + 1, type: 'line' };
  return { color: '#9aa5b1', size: base, type: directed ? 'arrow' : 'line' };
}
