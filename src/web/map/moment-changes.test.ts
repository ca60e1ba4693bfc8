import { describe, expect, it } from 'vitest';
import type { WorkspaceGraph } from '../../domain/index.ts';
import { buildMapGraph } from './build-map-graph.ts';
import {
  CHANGE_COLORS,
  changeColors,
  changeMarksOf,
  countMarks,
  mapWithGone,
  markRelations,
} from './moment-changes.ts';
import { DASHED_ARROW } from './survey-ties.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [WIJKTEAM, GGD, MAKELAAR, BUURTHUIS] = [id(1), id(2), id(3), id(4)] as const;
const actor = (actorId: string, name: string) => ({
  id: actorId,
  name,
  force: 'professional' as const,
  kind: 'organisatie' as const,
  domains: [],
  scale: null,
  wijken: [],
  tags: [],
});
const relation = (relationId: string, source: string, target: string, strength = 3) => ({
  id: relationId,
  source,
  target,
  type: 'financiert' as const,
  strength,
  validFrom: null,
  validTo: null,
});
const record = (recordId: string) => ({ id: recordId, label: recordId });

// Earlier: wijkteam, GGD, buurthuis; wijkteam → GGD (r1), GGD → buurthuis (r2).
// Later: the buurthuis is gone with r2; a sociaal makelaar came with r3; r1 got stronger.
const workspace = {} as WorkspaceGraph['workspace'];
const earlier: WorkspaceGraph = {
  workspace,
  actors: [actor(WIJKTEAM, 'Wijkteam'), actor(GGD, 'GGD'), actor(BUURTHUIS, 'Buurthuis')],
  relations: [relation('r1', WIJKTEAM, GGD), relation('r2', GGD, BUURTHUIS)],
};
const later: WorkspaceGraph = {
  workspace,
  actors: [actor(WIJKTEAM, 'Wijkteam'), actor(GGD, 'GGD'), actor(MAKELAAR, 'Sociaal makelaar')],
  relations: [relation('r1', WIJKTEAM, GGD, 5), relation('r3', MAKELAAR, WIJKTEAM)],
};
const diff = {
  actors: { added: [record(MAKELAAR)], removed: [record(BUURTHUIS)], changed: [] },
  relations: {
    added: [record('r3')],
    removed: [record('r2')],
    changed: [{ ...record('r1'), changes: [{ field: 'strength', from: 3, to: 5 }] }],
  },
};

describe('the map of what changed between two moments', () => {
  const marks = changeMarksOf(diff);

  it('marks spelers and relaties new, gone or changed from the diff', () => {
    expect(Object.fromEntries(marks.actors)).toEqual({ [MAKELAAR]: 'new', [BUURTHUIS]: 'gone' });
    expect(Object.fromEntries(marks.relations)).toEqual({ r1: 'changed', r2: 'gone', r3: 'new' });
    expect(countMarks(marks)).toEqual({
      new: { actors: 1, relations: 1 },
      gone: { actors: 1, relations: 1 },
      changed: { actors: 0, relations: 1 },
    });
  });

  it('puts back what went, so the map shows both what came and what went', () => {
    const both = mapWithGone(later, earlier, marks);
    expect(both.actors.map((a) => a.name)).toEqual(['Wijkteam', 'GGD', 'Sociaal makelaar', 'Buurthuis']);
    expect(both.relations.map((r) => r.id)).toEqual(['r1', 'r3', 'r2']);
    // The later moment's own version of a changed relatie is the one drawn.
    expect(both.relations[0]?.strength).toBe(5);
  });

  it('colours by mark, with what stayed the same in a quiet colour, and dashes what went', () => {
    const both = mapWithGone(later, earlier, marks);
    const colors = changeColors(
      both.actors.map((a) => a.id),
      marks,
    );
    expect(colors.get(MAKELAAR)).toBe(CHANGE_COLORS.new);
    expect(colors.get(BUURTHUIS)).toBe(CHANGE_COLORS.gone);
    expect(colors.get(GGD)).toBe(CHANGE_COLORS.same);

    const graph = buildMapGraph(both);
    markRelations(graph, marks);
    expect(graph.getEdgeAttributes('r1')).toMatchObject({ color: CHANGE_COLORS.changed, type: 'arrow' });
    expect(graph.getEdgeAttributes('r2')).toMatchObject({ color: CHANGE_COLORS.gone, type: DASHED_ARROW });
    expect(graph.getEdgeAttributes('r3')).toMatchObject({ color: CHANGE_COLORS.new, type: 'arrow' });
  });
});
