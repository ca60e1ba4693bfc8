/**
 * How the claims model travels in our network files, written here and read by network-claims.ts.
 *
 * Lossless part, JSON (GEXF and GraphML have no list-of-records type; a JSON text in one string attribute
 * survives Gephi, NetworkX and graphology as it is), with the Dutch keys of the XLSX claims sheets:
 * - the werkruimte's perspectives and vraagstukken: graph-level data `perspectieven` and `vraagstukken` in
 *   GraphML; in GEXF, which has no graph attributes, beside name, gemeente and wijken in the JSON of
 *   `<meta><keywords>` (workspace-meta.ts);
 * - per edge `krachtenveld_oordelen`: the assessments of that relatie, each naming its perspective by name
 *   and id (`perspectief`, `perspectief_id`);
 * - per node `krachtenveld_posities`: that speler's positions, naming vraagstuk and perspective the same way.
 *
 * Convenience part, plain columns for analysis in Gephi (derived, so our reader ignores them):
 * - per edge `bevestigd_door` and `ontkend_door`: how many perspectives say the tie exists, and how many
 *   say it does not (a contested tie has both);
 * - per node `vraagstukken`: the names of the vraagstukken the speler has a position on, " | "-separated.
 */
import type { Backup } from '../json-backup/schema.ts';

export const CLAIM_TITLES = {
  assessments: 'krachtenveld_oordelen',
  positions: 'krachtenveld_posities',
  confirmed: 'bevestigd_door',
  denied: 'ontkend_door',
  nodeTopics: 'vraagstukken',
} as const;

/** Graph-level keys (GraphML data, GEXF keywords JSON) of the perspectives and vraagstukken lists. */
export const GRAPH_CLAIM_KEYS = { perspectives: 'perspectieven', topics: 'vraagstukken' } as const;

type Claims = Pick<Backup, 'perspectives' | 'assessments' | 'topics' | 'positions'>;

export function perspectiveList(claims: Claims): object[] {
  return claims.perspectives.map(({ id, name, force, description, editors }) => ({
    id,
    naam: name,
    kracht: force,
    beschrijving: description,
    redactie: editors,
  }));
}

export function topicList(claims: Claims): object[] {
  return claims.topics.map(({ id, name, description, status }) => ({
    id,
    naam: name,
    beschrijving: description,
    status,
  }));
}

export interface EdgeClaims {
  json: string;
  confirmed: number;
  denied: number;
}

export interface NodeClaims {
  json: string;
  topics: string[];
}

/** The claims attributes of each edge and node that has any; an element without claims gets none. */
export function elementClaims(claims: Claims): {
  edges: Map<string, EdgeClaims>;
  nodes: Map<string, NodeClaims>;
} {
  const perspective = new Map(claims.perspectives.map((item) => [item.id, item.name]));
  const topic = new Map(claims.topics.map((item) => [item.id, item.name]));
  const byRelation = groupBy(claims.assessments, (assessment) => assessment.relationId);
  const byActor = groupBy(claims.positions, (position) => position.actorId);
  const edges = new Map<string, EdgeClaims>();
  for (const [relationId, assessments] of byRelation) {
    const items = assessments.map((assessment) => ({
      perspectief: perspective.get(assessment.perspectiveId) ?? '',
      perspectief_id: assessment.perspectiveId,
      bestaat: assessment.present,
      sterkte: assessment.strength,
      vertrouwen: assessment.trust,
      waarde: assessment.value,
      notitie: assessment.note,
      bron: assessment.source,
      herkomst: assessment.origin,
      ...(assessment.createdAt ? { aangemaakt: assessment.createdAt } : {}),
      ...(assessment.updatedAt ? { gewijzigd: assessment.updatedAt } : {}),
    }));
    const confirmed = assessments.filter((assessment) => assessment.present).length;
    edges.set(relationId, {
      json: JSON.stringify(items),
      confirmed,
      denied: assessments.length - confirmed,
    });
  }
  const nodes = new Map<string, NodeClaims>();
  for (const [actorId, positions] of byActor) {
    const items = positions.map((position) => ({
      vraagstuk: topic.get(position.topicId) ?? '',
      vraagstuk_id: position.topicId,
      perspectief: perspective.get(position.perspectiveId) ?? '',
      perspectief_id: position.perspectiveId,
      invloed: position.invloed,
      belang: position.belang,
      standpunt: position.standpunt,
      beweging: position.beweging,
      toelichting: position.reasoning,
      ...(position.assessedOn ? { datum: position.assessedOn } : {}),
      ...(position.createdAt ? { aangemaakt: position.createdAt } : {}),
    }));
    const topics = [...new Set(positions.map((position) => topic.get(position.topicId) ?? ''))];
    nodes.set(actorId, { json: JSON.stringify(items), topics: topics.filter(Boolean) });
  }
  return { edges, nodes };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
