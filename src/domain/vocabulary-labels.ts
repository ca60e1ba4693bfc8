/**
 * The words people see for each vocabulary value, in Dutch and English: "Bewoners" for `bewoner`,
 * "werkt samen met" for `werkt_samen`. Defined once here so the screens (web i18n), the map image's legend
 * and the spreadsheet import, which accepts these words as well as the codes, cannot drift apart.
 */
import type { RespondentStatus } from './survey.ts';
import type { Movement, TopicStatus } from './topic.ts';
import type { ActorKind, Domain, Force, RelationType, Scale } from './vocabulary.ts';

export const LABEL_LANGUAGES = ['nl', 'en'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];
export type Label = Readonly<Record<LabelLanguage, string>>;

export const FORCE_LABELS: Readonly<Record<Force, Label>> = {
  rijk: { nl: 'Rijk', en: 'National government' },
  instelling: { nl: 'Instellingen', en: 'Institutions' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  professional: { nl: 'Professionals', en: 'Professionals' },
  bewoner: { nl: 'Bewoners', en: 'Residents' },
};

export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, Label>> = {
  organisatie: { nl: 'Organisatie', en: 'Organisation' },
  team: { nl: 'Team', en: 'Team' },
  initiatief: { nl: 'Initiatief', en: 'Initiative' },
  netwerk: { nl: 'Netwerk', en: 'Network' },
  persoon_in_rol: { nl: 'Persoon in een rol', en: 'Person in a role' },
};

export const DOMAIN_LABELS: Readonly<Record<Domain, Label>> = {
  schulden: { nl: 'Schulden', en: 'Debts' },
  armoede: { nl: 'Armoede', en: 'Poverty' },
  werk_inkomen: { nl: 'Werk en inkomen', en: 'Work and income' },
  wmo_ondersteuning: { nl: 'Wmo-ondersteuning', en: 'Wmo support' },
  jeugd: { nl: 'Jeugd', en: 'Youth' },
  gezondheid: { nl: 'Gezondheid', en: 'Health' },
  wonen: { nl: 'Wonen', en: 'Housing' },
  taal_onderwijs: { nl: 'Taal en onderwijs', en: 'Language and education' },
  informele_zorg: { nl: 'Informele zorg', en: 'Informal care' },
  veiligheid: { nl: 'Veiligheid', en: 'Safety' },
  participatie: { nl: 'Participatie', en: 'Participation' },
};

export const SCALE_LABELS: Readonly<Record<Scale, Label>> = {
  landelijk: { nl: 'Landelijk', en: 'National' },
  regio: { nl: 'Regio', en: 'Region' },
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  wijk: { nl: 'Wijk', en: 'District' },
  buurt: { nl: 'Buurt', en: 'Neighbourhood' },
};

/** Relation types read as a verb between two names: "Wijkteam werkt samen met Buurtkamer". */
export const RELATION_TYPE_LABELS: Readonly<Record<RelationType, Label>> = {
  financiert: { nl: 'financiert', en: 'funds' },
  contracteert: { nl: 'contracteert', en: 'contracts' },
  stuurt_aan: { nl: 'stuurt aan', en: 'steers' },
  werkt_samen: { nl: 'werkt samen met', en: 'works with' },
  verwijst: { nl: 'verwijst naar', en: 'refers to' },
  informeert: { nl: 'informeert', en: 'informs' },
  vertegenwoordigt: { nl: 'vertegenwoordigt', en: 'represents' },
  maakt_deel_uit_van: { nl: 'maakt deel uit van', en: 'is part of' },
  spanning: { nl: 'heeft spanning met', en: 'has tension with' },
};

/** Every labelled vocabulary by name; the name is also its key in the web's i18n texts. */
export const VOCABULARY_LABELS = {
  force: FORCE_LABELS,
  kind: ACTOR_KIND_LABELS,
  domain: DOMAIN_LABELS,
  scale: SCALE_LABELS,
  relationType: RELATION_TYPE_LABELS,
} as const;
export type LabelledVocabulary = keyof typeof VOCABULARY_LABELS;

/** The labels of one vocabulary in one language, keyed by value: the shape of an i18n section. */
/** A standpunt (−2 … +2) by the name the texts use for it. */
export const STANCE_NAMES = {
  '-2': 'strongAgainst',
  '-1': 'against',
  '0': 'neutral',
  '1': 'for',
  '2': 'strongFor',
} as const;
export type StanceName = (typeof STANCE_NAMES)[keyof typeof STANCE_NAMES];

export const STANCE_LABELS: Readonly<Record<StanceName, Label>> = {
  strongAgainst: { nl: 'sterk tegen', en: 'strongly against' },
  against: { nl: 'tegen', en: 'against' },
  neutral: { nl: 'neutraal', en: 'neutral' },
  for: { nl: 'voor', en: 'for' },
  strongFor: { nl: 'sterk voor', en: 'strongly for' },
};

export const MOVEMENT_LABELS: Readonly<Record<Movement, Label>> = {
  van_boven: { nl: 'van boven (beleid)', en: 'top-down (policy)' },
  van_onderop: { nl: 'van onderop (tegenbeweging)', en: 'from below (counter-movement)' },
};
/** A position without a beweging. */
export const NO_MOVEMENT_LABEL: Label = { nl: 'geen', en: 'none' };

export const TOPIC_STATUS_LABELS: Readonly<Record<TopicStatus, Label>> = {
  actief: { nl: 'actief', en: 'active' },
  afgerond: { nl: 'afgerond', en: 'finished' },
};

/** How far an uitvraag's respondent is: the coordinator's screens and the response download. */
export const RESPONDENT_STATUS_LABELS: Readonly<Record<RespondentStatus, Label>> = {
  niet_geopend: { nl: 'Link niet geopend', en: 'Link not opened' },
  geopend: { nl: 'Link geopend', en: 'Link opened' },
  klaar: { nl: 'Klaar', en: 'Done' },
  ingetrokken: { nl: 'Link ingetrokken', en: 'Link revoked' },
  teruggetrokken: { nl: 'Antwoorden teruggetrokken', en: 'Answers withdrawn' },
};

export function labelsIn<Value extends string>(
  labels: Readonly<Record<Value, Label>>,
  language: LabelLanguage,
): Record<Value, string> {
  const result = {} as Record<Value, string>;
  for (const value of Object.keys(labels) as Value[]) result[value] = labels[value][language];
  return result;
}
