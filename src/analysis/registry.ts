/**
 * The analyses as declarative descriptors (architecture.md §8): id, parameters with their flag and default, and
 * the message keys of their explanations. The API's query schema, the CLI's `analyse --help` and the web
 * panel's controls are generated from this list, so a new parameter appears everywhere at once.
 */
import { RELATION_TYPES } from '../domain/index.ts';
import { DEFAULT_SEED } from './rng.ts';
import { GROUPING_KEYS } from './silos/grouping.ts';
import { DEFAULT_COLLABORATION_TYPES } from './snapshot.ts';

export interface ParameterDescriptor {
  name: 'grouping' | 'collaborationTypes' | 'seed' | 'betweenness' | 'suggestions';
  /** CLI flag and API query parameter (kebab-case for the CLI). */
  flag: string;
  values: readonly string[] | 'integer';
  defaultValue: string;
  description: { nl: string; en: string };
}

export const DIAGNOSIS_PARAMETERS: readonly ParameterDescriptor[] = [
  {
    name: 'grouping',
    flag: 'grouping',
    values: [...GROUPING_KEYS, 'tag:<voorvoegsel>'],
    defaultValue: 'domein',
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
    defaultValue: String(DEFAULT_SEED),
    description: {
      nl: 'Startgetal voor het zoeken naar clusters en voor steekproeven: zelfde getal, zelfde uitkomst.',
      en: 'Seed for clustering and sampling: same seed, same result.',
    },
  },
  {
    name: 'betweenness',
    flag: 'betweenness',
    values: ['auto', 'exact', 'sampled'],
    defaultValue: 'auto',
    description: {
      nl: 'Tussenpositie exact of met een steekproef (auto: exact tenzij de kaart erg groot is).',
      en: 'Betweenness exact or sampled (auto: exact unless the map is very large).',
    },
  },
  {
    name: 'suggestions',
    flag: 'suggestions',
    values: 'integer',
    defaultValue: '25',
    description: {
      nl: 'Hoeveel suggesties voor ontbrekende contacten.',
      en: 'How many missing-link suggestions.',
    },
  },
];
