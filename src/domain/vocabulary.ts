/**
 * The fixed vocabularies of the social domain: the five forces, kinds of actor, policy domains, scales and
 * relation types. They are data, not just types, so the database checks, the API's enums, the import
 * templates and the UI legend are all generated from one place and cannot drift apart.
 */

/** The "vijf krachten van de decentralisatie", in the order the map and legend show them. */
export const FORCES = ['rijk', 'instelling', 'gemeente', 'professional', 'bewoner'] as const;
export type Force = (typeof FORCES)[number];

export const ACTOR_KINDS = ['organisatie', 'team', 'initiatief', 'netwerk', 'persoon_in_rol'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * Policy domains of the social domain. Kept short and fixed so maps of different gemeenten compare;
 * anything finer belongs in tags. See docs/domain.md for what each one covers.
 */
export const DOMAINS = [
  'schulden',
  'armoede',
  'werk_inkomen',
  'wmo_ondersteuning',
  'jeugd',
  'gezondheid',
  'wonen',
  'taal_onderwijs',
  'informele_zorg',
  'veiligheid',
  'participatie',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const SCALES = ['landelijk', 'regio', 'gemeente', 'wijk', 'buurt'] as const;
export type Scale = (typeof SCALES)[number];

export const RELATION_TYPES = [
  'financiert',
  'contracteert',
  'stuurt_aan',
  'werkt_samen',
  'verwijst',
  'informeert',
  'vertegenwoordigt',
  'maakt_deel_uit_van',
  'spanning',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/**
 * How each relation type reads. `directed` says whether source → target carries meaning (financiert does;
 * werkt_samen and spanning are mutual); `sign` separates the negative tie (spanning) from the rest, which
 * the analysis keeps apart.
 */
export const RELATION_TYPE_TRAITS: Record<RelationType, { directed: boolean; sign: 1 | -1 }> = {
  financiert: { directed: true, sign: 1 },
  contracteert: { directed: true, sign: 1 },
  stuurt_aan: { directed: true, sign: 1 },
  werkt_samen: { directed: false, sign: 1 },
  verwijst: { directed: true, sign: 1 },
  informeert: { directed: true, sign: 1 },
  vertegenwoordigt: { directed: true, sign: 1 },
  maakt_deel_uit_van: { directed: true, sign: 1 },
  spanning: { directed: false, sign: -1 },
};

export const STRENGTH_MIN = 1;
export const STRENGTH_MAX = 5;
