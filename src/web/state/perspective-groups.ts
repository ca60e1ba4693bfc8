/**
 * Perspectives grouped by kracht, for the lists that offer them: with an uitvraag every respondent speler
 * is a perspective of its own, and fifty names in one flat list are hard to find. The five forces in their
 * order, then the perspectives without a kracht (such as the editors'); names in Dutch order within a group.
 */
import { FORCES, type Force, type Perspective } from '../../domain/index.ts';
import { dutchCollator } from './collator.ts';

export interface PerspectiveGroup<P> {
  /** Null: the perspectives without a kracht. */
  force: Force | null;
  perspectives: P[];
}

export function perspectivesByForce<P extends Pick<Perspective, 'name' | 'force'>>(
  perspectives: readonly P[],
): PerspectiveGroup<P>[] {
  const groups = [...FORCES, null].map((force) => ({
    force,
    perspectives: perspectives
      .filter((perspective) => perspective.force === force)
      .sort((a, b) => dutchCollator.compare(a.name, b.name)),
  }));
  return groups.filter((group) => group.perspectives.length > 0);
}
