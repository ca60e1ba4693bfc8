import { describe, expect, it } from 'vitest';
import type { GraphRelation, WorkspaceGraph } from '../../domain/index.ts';
import { buildMapGraph } from './build-map-graph.ts';
import {
  DASHED_ARROW,
  DASHED_LINE,
  edgeLook,
  edgeTypeOf,
  hasOneSidedTies,
  isOneSided,
} from './survey-ties.ts';

const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'] as const;

function relation(id: string, type: GraphRelation['type'], reportedBy?: GraphRelation['reportedBy']) {
  return {
    id,
    source: ids[0],
    target: ids[1],
    type,
    strength: 3,
    validFrom: null,
    validTo: null,
    ...(reportedBy ? { reportedBy } : {}),
  } satisfies GraphRelation;
}

describe('ties of an uitvraag on the map', () => {
  it('dashes a tie only one side named, and nothing else', () => {
    expect(
      [undefined, 'source', 'target', 'both'].map((by) => isOneSided({ reportedBy: by as never })),
    ).toEqual([false, true, true, false]);
    expect(edgeTypeOf('line', { reportedBy: 'source' })).toBe(DASHED_LINE);
    expect(edgeTypeOf('arrow', { reportedBy: 'target' })).toBe(DASHED_ARROW);
    expect(edgeTypeOf('arrow', { reportedBy: 'both' })).toBe('arrow');
    expect(edgeTypeOf('line', {})).toBe('line');
  });

  it('tells a saved image which edges have arrow heads and dashes', () => {
    expect(edgeLook('arrow')).toEqual({ arrow: true, dashed: false });
    expect(edgeLook('line')).toEqual({ arrow: false, dashed: false });
    expect(edgeLook(DASHED_ARROW)).toEqual({ arrow: true, dashed: true });
    expect(edgeLook(DASHED_LINE)).toEqual({ arrow: false, dashed: true });
    expect(edgeLook(undefined)).toEqual({ arrow: false, dashed: false });
  });

  it('builds the map graph with dashed one-sided ties, confirmed and unnamed ones as before', () => {
    const data = {
      workspace: {} as WorkspaceGraph['workspace'],
      actors: ids.map((id, k) => ({
        id,
        name: `Speler ${k}`,
        force: 'bewoner' as const,
        kind: 'initiatief' as const,
        domains: [],
        scale: null,
        wijken: [],
        tags: [],
      })),
      relations: [
        relation('r-plain', 'werkt_samen'),
        relation('r-both', 'werkt_samen', 'both'),
        relation('r-source', 'werkt_samen', 'source'),
        relation('r-target', 'financiert', 'target'),
        relation('r-money', 'financiert'),
      ],
    } as WorkspaceGraph;
    const graph = buildMapGraph(data);
    const typeOf = (id: string) => graph.getEdgeAttribute(id, 'type');
    expect(['r-plain', 'r-both', 'r-source', 'r-target', 'r-money'].map(typeOf)).toEqual([
      'line',
      'line',
      DASHED_LINE,
      DASHED_ARROW,
      'arrow',
    ]);
    // Same colour and thickness as an undashed tie of its type.
    expect(graph.getEdgeAttribute('r-source', 'color')).toBe(graph.getEdgeAttribute('r-plain', 'color'));
    expect(graph.getEdgeAttribute('r-target', 'size')).toBe(graph.getEdgeAttribute('r-money', 'size'));
    expect(hasOneSidedTies(data)).toBe(true);
    expect(hasOneSidedTies({ relations: data.relations.filter((r) => !isOneSided(r)) }, null)).toBe(false);
    expect(hasOneSidedTies(null, undefined, data)).toBe(true);
  });
});
