/**
 * Two werkruimtes side by side (two wijken of one gemeente, or two gemeenten): each one's diagnosis as the
 * Diagnose panel and `GET …/analysis` compute it (the map as stored, the default grouping) — its index cards
 * with their bands and explanations and its top brokers — with each kracht's share of the spelers and of
 * the relaties, a sentence per index saying which reads better (analysis/index-comparison.ts), and the
 * spelers that appear in both (domain/actor-matching.ts), for the user to confirm.
 *
 * Read-only. Whether the caller may read both werkruimtes is the caller's check (the route asks the access
 * check for each); this function is handed werkruimtes already allowed.
 */
import {
  type ActorMeasures,
  brokerScore,
  compareIndices,
  DEFAULT_GROUPING,
  type IndexCard,
  type IndexComparison,
  type Locale,
} from '../analysis/index.ts';
import {
  type ActorMatch,
  FORCES,
  type Force,
  matchActors,
  matchKey,
  ValidationError,
  type Workspace,
} from '../domain/index.ts';
import type { Store } from '../store/index.ts';
import type { AnalysisRunner, ExplainedDiagnosis, MapData } from './analysis-compute.ts';

/** Brokers listed per werkruimte: as many as the Diagnose panel lists. */
export const COMPARED_BROKERS = 10;

export interface ForceShare {
  force: Force;
  actors: number;
  /** actors / all spelers; null on a map without spelers. */
  actorShare: number | null;
  /** Relaties with at least one end of this kracht (a relatie between two krachten counts for both). */
  relations: number;
  /** relations / all relaties; null on a map without relaties. */
  relationShare: number | null;
}

export interface ComparedBroker {
  id: string;
  name: string;
  force: Force;
  koker: string | null;
  /** What brokers are ranked by: open two-steps across kokers only this speler joins up. */
  score: number;
  crossTies: number;
  kokersReached: number;
}

export interface ComparedWorkspace {
  /** `label` is how the sentences name it: its name, or with (1) or (2) when both have the same name. */
  workspace: { id: string; name: string; gemeente: string; label: string };
  counts: { actors: number; relations: number };
  indices: ExplainedDiagnosis['indices'];
  forces: ForceShare[];
  brokers: ComparedBroker[];
}

export interface WorkspaceComparison {
  grouping: string;
  a: ComparedWorkspace;
  b: ComparedWorkspace;
  /** Per index: which werkruimte reads better, in a sentence. */
  indices: IndexComparison[];
  /** Spelers in both, by name; each speler in at most one match. */
  matches: ActorMatch[];
}

/** Each kracht's share of the spelers and of the relaties touching it, from the map as the diagnosis reads it. */
export function forceShares(map: MapData): ForceShare[] {
  const forceOf = new Map<string, Force>();
  const actors = new Map<Force, number>(FORCES.map((force) => [force, 0]));
  for (const actor of map.actors) {
    forceOf.set(actor.id, actor.force);
    actors.set(actor.force, (actors.get(actor.force) ?? 0) + 1);
  }
  const relations = new Map<Force, number>(FORCES.map((force) => [force, 0]));
  for (const relation of map.relations) {
    const ends = new Set([forceOf.get(relation.source), forceOf.get(relation.target)]);
    for (const force of ends) if (force) relations.set(force, (relations.get(force) ?? 0) + 1);
  }
  const share = (count: number, total: number) => (total > 0 ? count / total : null);
  return FORCES.map((force) => ({
    force,
    actors: actors.get(force) ?? 0,
    actorShare: share(actors.get(force) ?? 0, map.actors.length),
    relations: relations.get(force) ?? 0,
    relationShare: share(relations.get(force) ?? 0, map.relations.length),
  }));
}

/** The top brokers in the diagnosis' own order, as the Diagnose panel lists them. */
function topBrokers(diagnosis: ExplainedDiagnosis): ComparedBroker[] {
  const spelers = new Map<string, ActorMeasures>(diagnosis.spelers.map((speler) => [speler.id, speler]));
  return diagnosis.brokers.slice(0, COMPARED_BROKERS).flatMap((id) => {
    const speler = spelers.get(id);
    if (!speler) return [];
    return [
      {
        id,
        name: speler.name,
        force: speler.force,
        koker: speler.koker,
        score: brokerScore(speler),
        crossTies: speler.crossTies,
        kokersReached: speler.kokersReached,
      },
    ];
  });
}

function side(
  workspace: Workspace,
  label: string,
  map: MapData,
  diagnosis: ExplainedDiagnosis,
): ComparedWorkspace {
  return {
    workspace: { id: workspace.id, name: workspace.name, gemeente: workspace.gemeente, label },
    counts: { actors: map.actors.length, relations: map.relations.length },
    indices: diagnosis.indices,
    forces: forceShares(map),
    brokers: topBrokers(diagnosis),
  };
}

/** The index cards without their explanations, which the sides carry already. */
const cardsOf = (diagnosis: ExplainedDiagnosis): IndexCard[] =>
  diagnosis.indices.map(({ key, value, band, format }) => ({ key, value, band, format }));

/** Two werkruimtes the caller may read, compared; the same werkruimte twice is refused (`same_workspace`). */
export async function compareWorkspaces(
  store: Store,
  runner: AnalysisRunner,
  a: Workspace,
  b: Workspace,
  locale: Locale = 'nl',
): Promise<WorkspaceComparison> {
  if (a.id === b.id) throw new ValidationError([{ path: 'b', code: 'same_workspace' }]);
  const options = { grouping: DEFAULT_GROUPING };
  // The first diagnosis starts while the second map loads; on the server both run side by side.
  const mapA: MapData = await store.graph.loadGraph(a.id);
  const diagnosingA = runner.diagnose(mapA, options, locale);
  // Awaited below; this only keeps it from going unhandled should loading the second map fail.
  diagnosingA.catch(() => {});
  const mapB: MapData = await store.graph.loadGraph(b.id);
  const [diagnosisA, diagnosisB] = await Promise.all([diagnosingA, runner.diagnose(mapB, options, locale)]);
  const sameName = matchKey(a.name) === matchKey(b.name);
  const labels = sameName ? { a: `${a.name} (1)`, b: `${b.name} (2)` } : { a: a.name, b: b.name };
  return {
    grouping: options.grouping,
    a: side(a, labels.a, mapA, diagnosisA),
    b: side(b, labels.b, mapB, diagnosisB),
    indices: compareIndices(cardsOf(diagnosisA), cardsOf(diagnosisB), options.grouping, locale, labels),
    matches: matchActors(mapA.actors, mapB.actors),
  };
}
