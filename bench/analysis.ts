/**
 * The analysis figures of `npm run bench`: each measure's time on the seeded block-model graphs of
 * bench/reference-graphs.py (1k, 2k, 10k and 50k nodes, ~10 ties per node, blocks as silos, a few
 * brokers), held against python-igraph (and NetworkX on the small graphs) measured by bench/igraph-times.py
 * in the same run; then the full diagnosis and a what-if on the 2,000-speler map the issue names.
 * Quality is reported beside time (Louvain modularity next to milliseconds).
 *
 * Without /usr/bin/python3 + python3-igraph the reference columns say "not measured".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { betweenness } from '../src/analysis/centrality/betweenness.ts';
import { structuralHoles } from '../src/analysis/centrality/constraint.ts';
import { pagerank } from '../src/analysis/centrality/pagerank.ts';
import { pathSweep } from '../src/analysis/centrality/path-sweep.ts';
import { louvain } from '../src/analysis/clusters/louvain.ts';
import {
  type AnalysisActor,
  type AnalysisRelation,
  buildSnapshot,
  type CompactGraph,
  diagnose,
  prepareWhatIf,
  seededRng,
  undirectedGraph,
  whatIf,
} from '../src/analysis/index.ts';
import { DOMAINS, FORCES, type RelationType } from '../src/domain/index.ts';

const GRAPH_DIR = join(import.meta.dirname, '.graphs');
const PYTHON = '/usr/bin/python3';
const TARGETS = { diagnosisMs: 300, whatIfMs: 50, betweennessRatio: 1.5 };

interface IgraphRow {
  betweenness?: number;
  harmonic?: number;
  pagerank: number;
  louvain: number;
  louvainModularity: number;
  constraint: number;
  networkx?: { betweenness: number; pagerank: number; louvain: number };
}

function ensureGraphs(): void {
  if (existsSync(join(GRAPH_DIR, 'sbm_d.edges'))) return;
  mkdirSync(GRAPH_DIR, { recursive: true });
  console.log('Generating the seeded reference graphs (bench/reference-graphs.py)…');
  execFileSync(PYTHON, [join(import.meta.dirname, 'reference-graphs.py'), GRAPH_DIR], { stdio: 'inherit' });
}

function readRows(file: string): number[][] {
  return readFileSync(join(GRAPH_DIR, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ').map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN)));
}

function loadGraph(name: string): { graph: CompactGraph; edges: number[][] } {
  const edges = readRows(`sbm_${name}.edges`);
  let order = 0;
  for (const [u, v] of edges) order = Math.max(order, (u as number) + 1, (v as number) + 1);
  return { graph: undirectedGraph(order, edges), edges };
}

/** Median of `runs` after three warm-up runs (V8 tiers a function up over its first calls). */
function time<T>(work: () => T, runs: number): { ms: number; result: T } {
  let result = work();
  for (let i = 0; i < 2; i++) result = work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, result };
}

function timeOnce<T>(work: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

function igraphTimes(): {
  igraph: string;
  networkx: string | null;
  graphs: Record<string, IgraphRow>;
} | null {
  try {
    const output = execFileSync(
      PYTHON,
      [join(import.meta.dirname, 'igraph-times.py'), GRAPH_DIR, 'a,b,c,d', '--networkx', 'a'],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    return JSON.parse(output);
  } catch (error) {
    console.log(
      `(python-igraph not available — reference columns not measured: ${(error as Error).message.split('\n')[0]})`,
    );
    return null;
  }
}

const ms = (value: number | undefined) =>
  value === undefined ? '–' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`;
const seconds = (value: number | undefined) => (value === undefined ? undefined : value * 1000);

/** A werkruimte-like map from sbm_b: blocks become domeinen (kokers), spread over the five krachten. */
function workspaceFromBlocks(): { actors: AnalysisActor[]; relations: AnalysisRelation[] } {
  const nodes = readRows('sbm_b.nodes');
  const weighted = readRows('sbm_b_w.edges');
  const wijken = ['Noord', 'Oost', 'Zuid', 'West', 'Centrum'];
  const actors: AnalysisActor[] = nodes.map(([node, block]) => ({
    id: `s${node}`,
    name: `Speler ${node}`,
    force: FORCES[((node as number) * 7 + (block as number)) % FORCES.length] as AnalysisActor['force'],
    domains: [DOMAINS[(block as number) % DOMAINS.length] as string],
    wijken: [wijken[(node as number) % wijken.length] as string],
    tags: [`wet:${['Wmo 2015', 'Jeugdwet', 'Participatiewet'][(block as number) % 3]}`],
  }));
  // A realistic mix: most ties are collaboration, some money, instructions and tension.
  const mix: RelationType[] = [
    'werkt_samen',
    'werkt_samen',
    'werkt_samen',
    'verwijst',
    'verwijst',
    'informeert',
    'contracteert',
    'maakt_deel_uit_van',
    'financiert',
    'spanning',
  ];
  const relations: AnalysisRelation[] = weighted.map(([u, v, w], k) => ({
    id: `r${k}`,
    source: `s${u}`,
    target: `s${v}`,
    type: mix[k % mix.length] as RelationType,
    strength: w as number,
  }));
  return { actors, relations };
}

export async function benchAnalysis(): Promise<void> {
  ensureGraphs();
  console.log(
    '\nAnalysis benchmark (seeded block-model graphs; ours and igraph: median of 7 below 10k nodes, of 3 above; exact betweenness once on c)',
  );
  const reference = igraphTimes();
  const rows: string[] = [];
  for (const name of ['a', 'b', 'c', 'd']) {
    const { graph } = loadGraph(name);
    const small = graph.order < 10_000;
    const ref = reference?.graphs[name];
    const measure = <T>(work: () => T) => (small ? time(work, 7) : timeOnce(work));
    // Fast measures get a warm-up and a median on every graph, as igraph-times.py gives igraph.
    const quick = <T>(work: () => T) => time(work, small ? 7 : 3);
    const exact = graph.order <= 10_000 ? measure(() => pathSweep(graph)) : undefined;
    const sampled =
      graph.order > 10_000
        ? timeOnce(() => betweenness(graph, { mode: 'sampled', rng: seededRng(1) }))
        : undefined;
    const rank = quick(() => pagerank(graph));
    const clusters = quick(() => louvain(graph, { rng: seededRng(1) }));
    const holes = quick(() => structuralHoles(graph));
    const ratio = exact && ref?.betweenness ? exact.ms / (ref.betweenness * 1000) : undefined;
    rows.push(
      `| ${name} (${graph.order.toLocaleString('en')} / ${graph.edgeCount.toLocaleString('en')}) ` +
        `| ${exact ? ms(exact.ms) : `sampled ${ms(sampled?.ms)} (${sampled?.result.samples} pivots, ±${sampled?.result.errorBound?.toFixed(3)})`} / ${ms(seconds(ref?.betweenness))} / ${ms(seconds(ref?.networkx?.betweenness))}${ratio ? ` (×${ratio.toFixed(2)} igraph: ${ratio <= TARGETS.betweennessRatio ? 'ok' : 'OVER TARGET'})` : ''} ` +
        `| ${ms(clusters.ms)} (Q ${clusters.result.modularity.toFixed(3)}) / ${ms(seconds(ref?.louvain))} (Q ${ref?.louvainModularity.toFixed(3) ?? '–'}) / ${ms(seconds(ref?.networkx?.louvain))} ` +
        `| ${ms(rank.ms)} / ${ms(seconds(ref?.pagerank))} / ${ms(seconds(ref?.networkx?.pagerank))} ` +
        `| ${ms(holes.ms)} / ${ms(seconds(ref?.constraint))} ` +
        `| ${exact ? 'in the sweep' : '–'} / ${ms(seconds(ref?.harmonic))} |`,
    );
  }
  if (reference) console.log(`(python-igraph ${reference.igraph}, NetworkX ${reference.networkx ?? '–'})`);
  console.log('');
  console.log(
    '| graph (nodes / edges) | exact betweenness ours / igraph / NetworkX | Louvain ours / igraph / NetworkX | PageRank ours / igraph / NetworkX | Burt constraint ours / igraph | harmonic closeness ours / igraph |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);

  const map = workspaceFromBlocks();
  const snapshotTime = time(() => buildSnapshot(map.actors, map.relations), 5);
  const diagnosis = time(() => diagnose(buildSnapshot(map.actors, map.relations), { grouping: 'domein' }), 5);
  const exactDiagnosis = time(
    () => diagnose(buildSnapshot(map.actors, map.relations), { grouping: 'domein', betweenness: 'exact' }),
    3,
  );
  const firstCrossBlock = map.actors.findIndex((actor) => actor.domains[0] !== map.actors[0]?.domains[0]);
  const changes = {
    addRelations: [
      {
        id: 'nieuw',
        source: map.actors[0]?.id as string,
        target: map.actors[firstCrossBlock]?.id as string,
        type: 'werkt_samen' as const,
        strength: 3,
      },
    ],
    removeRelationIds: ['r0'],
  };
  const prepared = time(() => prepareWhatIf(map.actors, map.relations, { grouping: 'domein' }), 5);
  const whatIfTime = time(() => prepared.result.apply(changes), 10);
  const oneOff = time(() => whatIf(map.actors, map.relations, changes, { grouping: 'domein' }), 5);
  const d = diagnosis.result;
  console.log('');
  console.log(
    `Full diagnosis of a ${map.actors.length.toLocaleString('en')}-speler / ${map.relations.length.toLocaleString('en')}-relatie werkruimte (snapshot ${ms(snapshotTime.ms)} included): ` +
      `${ms(diagnosis.ms)} (target < ${TARGETS.diagnosisMs} ms: ${diagnosis.ms < TARGETS.diagnosisMs ? 'ok' : 'OVER TARGET'}); ` +
      `betweenness ${d.parameters.betweennessExact ? 'exact' : `sampled (${d.parameters.betweennessSamples} pivots, ±${d.parameters.betweennessErrorBound?.toFixed(3)})`}, ${d.clusters.count} clusters, Q ${d.clusters.modularity?.toFixed(3) ?? 'not defined'}; ` +
      `with betweenness=exact ${ms(exactDiagnosis.ms)}`,
  );
  console.log(
    `What-if (add one tie across kokers, remove one relatie) on the same map: ${ms(whatIfTime.ms)} per change set ` +
      `(target < ${TARGETS.whatIfMs} ms: ${whatIfTime.ms < TARGETS.whatIfMs ? 'ok' : 'OVER TARGET'}; paths ${whatIfTime.result.exactPaths ? 'exact' : 'from fixed pivots'}); ` +
      `preparing the base once ${ms(prepared.ms)}; a one-off call (API) ${ms(oneOff.ms)}`,
  );
}
