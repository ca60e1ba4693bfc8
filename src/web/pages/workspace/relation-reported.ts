/**
 * Who named a relatie in an uitvraag, in one B1 sentence for the relatie panel: "Bevestigd: beide spelers
 * noemden deze relatie in een uitvraag." or "Eenzijdig: alleen Wijkteam Noord noemde deze relatie in een
 * uitvraag." Nothing when no respondent named it. Plain text; React escapes it.
 */
import type { TFunction } from 'i18next';
import type { GraphRelation } from '../../../domain/index.ts';

export function reportedSentence(
  t: TFunction,
  relation: Pick<GraphRelation, 'source' | 'target' | 'reportedBy'>,
  nameOf: (actorId: string) => string | undefined,
): string | null {
  switch (relation.reportedBy) {
    case 'both':
      return t('relationReported.both');
    case 'source':
    case 'target': {
      const id = relation.reportedBy === 'source' ? relation.source : relation.target;
      return t('relationReported.oneSided', { name: nameOf(id) ?? t('history.unknownActor') });
    }
    default:
      return null;
  }
}
