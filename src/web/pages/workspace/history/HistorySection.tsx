/**
 * Geschiedenis: the werkruimte's audit trail — who changed what, and when — with restoring a deleted speler
 * or relatie.
 */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import type { Relation } from '../../../../domain/index.ts';
import { HistoryList, type RestoreResult } from './HistoryList.tsx';

interface HistorySectionProps {
  workspaceId: string;
  actorNames: ReadonlyMap<string, string>;
  memberNames: ReadonlyMap<string, string>;
  /** The relaties on the map now, so a deleted relatie that is back has no "Terugzetten" button. */
  relationIds?: ReadonlySet<string>;
  canRestore: boolean;
  onRestored(result: RestoreResult): void;
  onRelationRestored?(relation: Relation): void;
}

export function HistorySection({
  workspaceId,
  actorNames,
  memberNames,
  relationIds,
  canRestore,
  onRestored,
  onRelationRestored,
}: HistorySectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-heading" className="kv-section">
      <Heading level={2} id="history-heading">
        {t('history.title')}
      </Heading>
      <Paragraph>{t('history.intro')}</Paragraph>
      <HistoryList
        workspaceId={workspaceId}
        actorNames={actorNames}
        memberNames={memberNames}
        relationIds={relationIds}
        canRestore={canRestore}
        onRestored={onRestored}
        onRelationRestored={onRelationRestored}
        emptyText={t('history.empty')}
        pagerLabel={t('history.pages')}
      />
    </section>
  );
}
