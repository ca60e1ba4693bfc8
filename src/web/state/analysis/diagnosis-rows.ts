/**
 * From a diagnosis to the rows of the panel's lists: brokers with their roles, weak spots, suggestions
 * and residents' reach, each with names already looked up, so components only render. The lists carry
 * everything the map shows in colour, for keyboard and screen-reader users.
 */
import {
  type ActorMeasures,
  BROKERAGE_ROLES,
  type BrokerageRole,
  type Diagnosis,
  type MissingLinkReason,
} from '../../../analysis/index.ts';

export const TOP_BROKERS = 10;
export const TOP_SOLE_BRIDGES = 10;

export function actorsById(diagnosis: Diagnosis): Map<string, ActorMeasures> {
  return new Map(diagnosis.spelers.map((speler) => [speler.id, speler]));
}

const nameOf = (spelers: Map<string, ActorMeasures>, id: string) => spelers.get(id)?.name ?? id;

export interface BrokerRow {
  id: string;
  name: string;
  force: string;
  koker: string | null;
  crossTies: number;
  kokersReached: number;
  /** Roles this speler plays, most often first; roles it never plays are left out. */
  roles: Array<{ role: BrokerageRole; count: number }>;
}

export function brokerRows(diagnosis: Diagnosis, limit = TOP_BROKERS): BrokerRow[] {
  const spelers = actorsById(diagnosis);
  return diagnosis.brokers.slice(0, limit).flatMap((id) => {
    const speler = spelers.get(id);
    if (!speler) return [];
    const roles = BROKERAGE_ROLES.map((role) => ({ role, count: speler.brokerage[role] }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => b.count - a.count);
    return [
      {
        id,
        name: speler.name,
        force: speler.force,
        koker: speler.koker,
        crossTies: speler.crossTies,
        kokersReached: speler.kokersReached,
        roles,
      },
    ];
  });
}

export interface WeakSpotRows {
  /** Spelers whose departure cuts others off, with how many. */
  cutOff: Array<{ id: string; name: string; separated: number }>;
  /** Spelers who are the only direct link between some kokers, with how many koker pairs. */
  soleBridges: Array<{ id: string; name: string; soleLinks: number }>;
  /**
   * Spelers whose departure cuts the most ties between kokers, with how many of the total; `share` picks
   * the words, so one tie of one reads "het enige contact" and never "1 van de 1 contacten".
   */
  carriers: Array<{ id: string; name: string; crossTies: number; total: number; share: CarrierShare }>;
}

export type CarrierShare = 'only' | 'all' | 'part';

export function carrierShare(crossTies: number, total: number): CarrierShare {
  if (crossTies < total) return 'part';
  return total === 1 ? 'only' : 'all';
}

export function weakSpotRows(diagnosis: Diagnosis, limit = TOP_SOLE_BRIDGES): WeakSpotRows {
  const spelers = actorsById(diagnosis);
  return {
    cutOff: diagnosis.weakSpots.articulationPoints.map((id) => ({
      id,
      name: nameOf(spelers, id),
      separated: spelers.get(id)?.separated ?? 0,
    })),
    soleBridges: diagnosis.weakSpots.soleBridges.slice(0, limit).map((id) => ({
      id,
      name: nameOf(spelers, id),
      soleLinks: spelers.get(id)?.soleLinks ?? 0,
    })),
    carriers: diagnosis.weakSpots.crossTieCarriers.slice(0, limit).map((id) => {
      const crossTies = spelers.get(id)?.crossTies ?? 0;
      const total = diagnosis.weakSpots.totalCrossTies;
      return { id, name: nameOf(spelers, id), crossTies, total, share: carrierShare(crossTies, total) };
    }),
  };
}

export interface SuggestionRow {
  key: string;
  sourceId: string;
  targetId: string;
  sourceName: string;
  targetName: string;
  reason: MissingLinkReason;
}

export function suggestionRows(diagnosis: Diagnosis): SuggestionRow[] {
  const spelers = actorsById(diagnosis);
  return diagnosis.suggestions.map((suggestion) => ({
    key: `${suggestion.sourceId}|${suggestion.targetId}`,
    sourceId: suggestion.sourceId,
    targetId: suggestion.targetId,
    sourceName: nameOf(spelers, suggestion.sourceId),
    targetName: nameOf(spelers, suggestion.targetId),
    reason: suggestion.reason,
  }));
}

export interface ReachRow {
  id: string;
  name: string;
  /** Steps to the nearest gemeente speler; null when there is no path. */
  toGemeente: number | null;
  gemeentePath: string[];
  toProfessional: number | null;
  professionalPath: string[];
  subsidyOnly: boolean;
  /**
   * The resident's direct line to the gemeente, read together with the steps: `subsidyOnly` — it gets
   * money from the gemeente but works with it only through others (the steps say through how many);
   * `collaboration` — it works with a gemeente-speler directly (one step); `none` — neither.
   */
  directContact: 'subsidyOnly' | 'collaboration' | 'none';
}

/** Residents' reach, most worrying first: no path to the gemeente, then subsidy-only, then farthest. */
export function reachRows(diagnosis: Diagnosis, compare: (a: string, b: string) => number): ReachRow[] {
  const spelers = actorsById(diagnosis);
  const far = (distance: number | null) => (distance === null ? Number.POSITIVE_INFINITY : distance);
  return diagnosis.residents
    .map((row) => ({
      id: row.id,
      name: nameOf(spelers, row.id),
      toGemeente: row.toGemeente.distance,
      gemeentePath: row.toGemeente.pathIds.map((id) => nameOf(spelers, id)),
      toProfessional: row.toProfessional.distance,
      professionalPath: row.toProfessional.pathIds.map((id) => nameOf(spelers, id)),
      subsidyOnly: row.subsidyOnly,
      directContact: row.subsidyOnly
        ? ('subsidyOnly' as const)
        : row.toGemeente.distance === 1
          ? ('collaboration' as const)
          : ('none' as const),
    }))
    .sort(
      (a, b) =>
        Number(b.toGemeente === null) - Number(a.toGemeente === null) ||
        Number(b.subsidyOnly) - Number(a.subsidyOnly) ||
        far(b.toGemeente) - far(a.toGemeente) ||
        compare(a.name, b.name),
    );
}

/**
 * How a cluster's most common kracht or domein may be worded: "allemaal" when every member has it,
 * "vooral" only for a real majority, otherwise "gemengd, de grootste groep" — "vooral Instellingen (30%)"
 * would contradict its own figure.
 */
export type ProfileLevel = 'all' | 'mostly' | 'largest';

export function profileLevel(share: number): ProfileLevel {
  if (share >= 1) return 'all';
  return share > 0.5 ? 'mostly' : 'largest';
}
