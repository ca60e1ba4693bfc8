/**
 * The whole-map figures behind the index cards, from what the diagnosis and the what-if have already
 * computed (clusters, E-I, components, path length). One place, so the two can never define an index
 * differently: a what-if delta is only meaningful if "before" and "after" mean what the diagnosis means.
 */

import { modularity } from './clusters/modularity.ts';
import type { CompactGraph } from './compact-graph.ts';
import type { BandContext, IndexValues } from './indices.ts';
import type { Components } from './network/components.ts';
import { degreeCentralisation, density, reciprocity } from './network/network-measures.ts';
import type { EiIndexResult } from './silos/ei-index.ts';
import { normalizedMutualInformation } from './silos/nmi.ts';

export interface IndexInputs {
  graph: CompactGraph;
  /** The formal kokers (−1 = no koker). */
  groupOf: Int32Array;
  clustering: { communities: Int32Array; modularity: number };
  ei: EiIndexResult;
  components: Components;
  averagePathLength: number | null;
}

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

export function indexValues(inputs: IndexInputs): { values: IndexValues; context: BandContext } {
  const { graph, groupOf, clustering, ei, components, averagePathLength } = inputs;
  const n = graph.order;
  return {
    values: {
      eiIndex: finite(ei.index),
      crossShare: finite(ei.crossShare),
      formalModularity: graph.edgeCount > 0 ? modularity(graph, groupOf) : null,
      clusterAgreement: finite(normalizedMutualInformation(clustering.communities, groupOf)),
      clusterModularity: graph.edgeCount > 0 ? clustering.modularity : null,
      // An empty map has no parts to count, and density needs at least one possible pair.
      components: n > 0 ? components.count : null,
      density: n >= 2 ? density(graph) : null,
      reciprocity: finite(reciprocity(graph)),
      degreeCentralisation: n >= 3 ? degreeCentralisation(graph) : null,
      averagePathLength,
    },
    context: { largestComponentShare: n > 0 ? (components.sizes[0] ?? 0) / n : 1 },
  };
}
