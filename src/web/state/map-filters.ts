/**
 * Filters of the map: kracht, domein, relatietype and wijk. An empty selection means "no filter on this".
 * Spelers that do not match are faded on the map (not removed, so the shape of the map stays readable);
 * relaties are shown only when their type matches and both ends match.
 */
import type { GraphActor, GraphRelation, WorkspaceGraph } from '../../domain/index.ts';

export interface MapFilters {
  forces: string[];
  domains: string[];
  relationTypes: string[];
  wijken: string[];
}

export const NO_FILTERS: MapFilters = { forces: [], domains: [], relationTypes: [], wijken: [] };

export function hasFilters(filters: MapFilters): boolean {
  return Object.values(filters).some((values) => values.length > 0);
}

function actorMatches(actor: GraphActor, filters: MapFilters): boolean {
  if (filters.forces.length && !filters.forces.includes(actor.force)) return false;
  if (filters.domains.length && !actor.domains.some((d) => filters.domains.includes(d))) return false;
  if (filters.wijken.length && !actor.wijken.some((w) => filters.wijken.includes(w))) return false;
  return true;
}

function relationMatches(relation: GraphRelation, filters: MapFilters): boolean {
  return !filters.relationTypes.length || filters.relationTypes.includes(relation.type);
}

/** The ids to fade: spelers outside the filters, relaties outside them or touching a faded speler. */
export function filteredOut(
  data: WorkspaceGraph,
  filters: MapFilters,
): { actors: Set<string>; relations: Set<string> } {
  const actors = new Set<string>();
  const relations = new Set<string>();
  if (!hasFilters(filters)) return { actors, relations };
  for (const actor of data.actors) if (!actorMatches(actor, filters)) actors.add(actor.id);
  for (const relation of data.relations) {
    if (!relationMatches(relation, filters) || actors.has(relation.source) || actors.has(relation.target)) {
      relations.add(relation.id);
    }
  }
  return { actors, relations };
}

export function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
