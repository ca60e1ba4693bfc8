/** Geschiedenis: the werkruimte's audit trail — who changed what, and when — with restoring a deleted speler. */
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useTranslation } from 'react-i18next';
import { HistoryList, type RestoreResult } from './HistoryList.tsx';

interface HistorySectionProps {
  workspaceId: string;
  refreshKey: unknown;
  actorNames: ReadonlyMap<string, string>;
  memberNames: ReadonlyMap<string, string>;
  canRestore: boolean;
  onRestored(result: RestoreResult): void;
}

export function HistorySection({
  workspaceId,
  refreshKey,
  actorNames,
  memberNames,
  canRestore,
  onRestored,
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
        refreshKey={refreshKey}
        actorNames={actorNames}
        memberNames={memberNames}
        canRestore={canRestore}
        onRestored={onRestored}
        emptyText={t('history.empty')}
        pagerLabel={t('history.pages')}
      />
    </section>
  );
}
