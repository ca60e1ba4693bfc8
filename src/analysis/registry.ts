/**
 * The analyses as declarative descriptors (conventions.md §5): id, parameters with their flag and default, and
 * the message keys of their explanations. The API's query schema, the CLI's `analyse --help` and the web
 * panel's controls are generated from this list, so a new parameter appears everywhere at once.
 */
import { RELATION_TYPES } from '../domain/index.ts';
import { BETWEENNESS_MODES } from './centrality/betweenness.ts';
import {
  DEFAULT_BETWEENNESS,
  DEFAULT_GROUPING,
  DEFAULT_SUGGESTIONS,
  SEED_MAX,
  SUGGESTIONS_MAX,
} from './options.ts';
import { DEFAULT_SEED } from './rng.ts';
import { GROUPING_KEYS } from './silos/grouping.ts';
import { DEFAULT_COLLABORATION_TYPES } from './snapshot.ts';

export interface ParameterDescriptor {
  name: 'grouping' | 'collaborationTypes' | 'seed' | 'betweenness' | 'suggestions';
  /** CLI flag and API query parameter (kebab-case for the CLI). */
  flag: string;
  values: readonly string[] | 'integer';
  /** For integers: the smallest and largest value allowed. */
  range?: readonly [number, number];
  defaultValue: string;
  description: { nl: string; en: string };
}

export const DIAGNOSIS_PARAMETERS: readonly ParameterDescriptor[] = [
  {
    name: 'grouping',
    flag: 'grouping',
    values: [...GROUPING_KEYS, 'tag:<voorvoegsel>'],
    defaultValue: DEFAULT_GROUPING,
    description: {
      nl: 'De formele kokers: kracht, domein, wijk, wet, financier of tag:<voorvoegsel> (bijv. tag:moeder).',
      en: 'The formal silos: kracht, domein, wijk, wet, financier or tag:<prefix> (e.g. tag:moeder).',
    },
  },
  {
    name: 'collaborationTypes',
    flag: 'types',
    values: RELATION_TYPES,
    defaultValue: DEFAULT_COLLABORATION_TYPES.join(','),
    description: {
      nl: 'Welke relatietypen als samenwerking tellen, gescheiden door komma’s.',
      en: 'Which relation types count as collaboration, comma-separated.',
    },
  },
  {
    name: 'seed',
    flag: 'seed',
    values: 'integer',
    range: [0, SEED_MAX],
    defaultValue: String(DEFAULT_SEED),
    description: {
      nl: 'Startgetal voor het zoeken naar clusters en voor steekproeven: zelfde getal, zelfde uitkomst.',
      en: 'Seed for clustering and sampling: same seed, same result.',
    },
  },
  {
    name: 'betweenness',
    flag: 'betweenness',
    values: BETWEENNESS_MODES,
    defaultValue: DEFAULT_BETWEENNESS,
    description: {
      nl: 'Tussenpositie exact of met een steekproef (auto: exact tenzij de kaart erg groot is).',
      en: 'Betweenness exact or sampled (auto: exact unless the map is very large).',
    },
  },
  {
    name: 'suggestions',
    flag: 'suggestions',
    values: 'integer',
    range: [0, SUGGESTIONS_MAX],
    defaultValue: String(DEFAULT_SUGGESTIONS),
    description: {
      nl: 'Hoeveel suggesties voor ontbrekende contacten.',
      en: 'How many missing-link suggestions.',
    },
  },
];
