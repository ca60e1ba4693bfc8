/**
 * A small report for the writers' tests: every kind of block, a map scene, Dutch with diacritics, and the
 * text a hostile werkruimte could hold (markup, a formula, control-looking characters, a very long word).
 */
import type { MapScene } from '../map-image/index.ts';
import type { ReportDocument } from './document.ts';

export const HOSTILE_NAME = '<b>Buurthuis</b> & "De Kern" =SUM(A1)';
export const LONG_WORD = 'Samenwerkingsverbandpassendonderwijsrivierlandenomstreken'.repeat(2);

export const SAMPLE_SCENE: MapScene = {
  width: 640,
  height: 420,
  background: '#ffffff',
  nodes: [
    { x: 120, y: 110, radius: 12, color: '#d95f02', label: 'Gemeente – team Wmo' },
    { x: 320, y: 210, radius: 16, color: '#1b9e77', label: 'Wijkteam Noord' },
    { x: 500, y: 320, radius: 9, color: '#e6ab02', label: HOSTILE_NAME },
    { x: 520, y: 90, radius: 7, color: '#7570b3', faded: true },
  ],
  edges: [
    { x1: 120, y1: 110, x2: 306, y2: 203, color: '#555555', width: 2, arrow: true },
    { x1: 320, y1: 210, x2: 500, y2: 320, color: '#1b9e77', width: 3, arrow: false, dashed: true },
  ],
  captions: [{ x: 320, y: 24, text: 'GEMEENTE', anchor: 'middle' }],
  legend: {
    title: 'Krachten',
    items: [
      { color: '#d95f02', label: 'Gemeente' },
      { color: '#1b9e77', label: 'Professionals' },
      { label: 'en 3 andere' },
    ],
    corner: 'bottom-left',
  },
};

export function sampleReport(): ReportDocument {
  return {
    lang: 'nl',
    title: 'Krachtenveldanalyse Voorbeeldgemeente',
    subtitle: 'Werkruimte Voorbeeldgemeente · gemeente Rivierland',
    author: 'Adviseur Sociaal Domein',
    date: '7 december 2026',
    footer: 'Krachtenveld – Voorbeeldgemeente',
    words: { contents: 'Inhoud', pageOf: 'Pagina {page} van {pages}' },
    blocks: [
      { kind: 'heading', level: 1, text: 'Samenvatting', id: 'samenvatting' },
      {
        kind: 'paragraph',
        style: 'lead',
        text: 'Wat zien we, wat betekent het, wat kunt u doen.',
      },
      {
        kind: 'paragraph',
        text: [
          { text: 'De E-I-index is ' },
          { text: '−0,42', strong: true },
          { text: `: er wordt vooral binnen de eigen koker samengewerkt. ${LONG_WORD} staat los.` },
        ],
      },
      {
        kind: 'list',
        items: [
          'Breng de GGD en het wijkteam samen.',
          [{ text: HOSTILE_NAME, strong: true }, { text: ' verbindt bewoners.' }],
        ],
      },
      { kind: 'heading', level: 2, text: 'Wie trekt de samenwerking?', id: 'makelaars' },
      { kind: 'list', ordered: true, items: ['Sociaal makelaar', 'Wijkteam Noord', 'Gemeente – team Wmo'] },
      { kind: 'pageBreak' },
      { kind: 'heading', level: 1, text: 'De kaart', id: 'kaart' },
      {
        kind: 'figure',
        alt: 'Kaart met 4 spelers in vijf vakken; het wijkteam Noord heeft de meeste relaties.',
        caption: 'Figuur 1. De kaart in vijf krachten.',
        scene: SAMPLE_SCENE,
      },
      { kind: 'heading', level: 1, text: 'Bijlage: register', id: 'register' },
      {
        kind: 'table',
        caption: 'Spelers per kracht',
        rowHeaders: true,
        columns: [
          { label: 'Speler', width: 3 },
          { label: 'Kracht', width: 2 },
          { label: 'Relaties', numeric: true },
        ],
        rows: [
          ['Gemeente – team Wmo', 'Gemeente', '12'],
          ['Wijkteam Noord', 'Professionals', '17'],
          [HOSTILE_NAME, 'Bewoners', '3'],
        ],
      },
      { kind: 'paragraph', style: 'note', text: 'Over perspectieven is nog niets ingevuld.' },
    ],
  };
}
