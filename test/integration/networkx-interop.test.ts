/**
 * Our GEXF and GraphML exports read correctly in NetworkX, the researcher's tool: every speler and relatie
 * arrives with its attributes, typed. Needs Debian's python3-networkx (.ci/run installs it); without it the
 * suite is skipped with a loud notice.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../src/domain/index.ts';
import { exportBackup, exportFile, loadDemoWorkspace } from '../../src/services/index.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-database.ts';

const PYTHON = '/usr/bin/python3';

function hasNetworkx(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const HAS_NETWORKX = hasNetworkx();
if (!HAS_NETWORKX)
  console.warn(
    '\n[krachtenveld] NetworkX is not installed (apt-get install python3-networkx): skipping the NetworkX interop tests. CI installs it.\n',
  );

const READ_SCRIPT = `
import json, sys, networkx as nx
path, kind, node_id, edge_id = sys.argv[1:5]
graph = nx.read_gexf(path) if kind == 'gexf' else nx.read_graphml(path)
edges = graph.edges(keys=True, data=True) if graph.is_multigraph() else ((u, v, d.get('id'), d) for u, v, d in graph.edges(data=True))
edge = next((d for _, _, k, d in edges if str(k) == edge_id or d.get('id') == edge_id), None)
print(json.dumps({
    'directed': graph.is_directed(),
    'nodes': graph.number_of_nodes(),
    'edges': graph.number_of_edges(),
    'node': graph.nodes[node_id],
    'edge': edge,
    'graph': {k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float))},
}, default=str))
`;

describe.skipIf(!HAS_NETWORKX)('NetworkX reads our exports', () => {
  let database: TestDatabase;
  let demo: Workspace;
  let folder: string;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    demo = await loadDemoWorkspace(database.store);
    const actors = await database.store.actors.listAll(demo.id);
    await database.store.layouts.savePositions(
      demo.id,
      'force',
      Object.fromEntries(actors.map((actor, k) => [actor.id, { x: k, y: 2 * k }])),
    );
    folder = mkdtempSync(join(tmpdir(), 'kv-networkx-'));
  });
  afterAll(() => database?.close());

  it.each(['gexf', 'graphml'] as const)(
    '%s: every speler and relatie with its attributes',
    async (format) => {
      const backup = await exportBackup(database.store, demo);
      const actor = backup.actors.find(
        (candidate) => candidate.domains.length > 1 && candidate.scale !== null,
      );
      const relation = backup.relations.find((candidate) => candidate.description !== '');
      if (!actor || !relation) throw new Error('demo werkruimte lacks a speler or relatie with these fields');
      // NetworkX reads GEXF up to 1.2draft; 1.3, our default, differs only in its namespaces.
      const file = await exportFile(database.store, demo, format, { gexfVersion: '1.2draft' });
      const path = join(folder, file.fileName);
      writeFileSync(path, file.body);
      const read = JSON.parse(
        execFileSync(PYTHON, ['-c', READ_SCRIPT, path, format, actor.id, relation.id], { encoding: 'utf8' }),
      );
      expect(read.directed).toBe(true);
      expect(read.nodes).toBe(67);
      expect(read.edges).toBe(210);
      const name = format === 'gexf' ? read.node.label : read.node.naam;
      expect(name).toBe(actor.name);
      expect(read.node.kracht).toBe(actor.force);
      expect(read.node.domeinen).toBe(actor.domains.join(' | '));
      expect(read.node.schaal).toBe(actor.scale);
      expect(read.node.x_force).toBe(backup.layouts.force?.[actor.id]?.x);
      expect(read.edge).toMatchObject({
        relatietype: relation.type,
        sterkte: relation.strength,
        omschrijving: relation.description,
      });
      if (format === 'graphml')
        expect(read.graph).toMatchObject({ werkruimte: 'Voorbeeldgemeente', gemeente: demo.gemeente });
      else expect(read.node.viz.color).toBeDefined();
    },
  );
});
