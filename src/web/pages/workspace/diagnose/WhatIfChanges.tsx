/** What-if: the stacked changes (each can be undone, or all at once) and the table of what they change. */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { useTranslation } from 'react-i18next';
import type { WhatIfResult } from '../../../../analysis/index.ts';
import type { WorkspaceGraph } from '../../../../domain/index.ts';
import { undoChange, type WhatIfChange } from '../../../state/analysis/index.ts';
import { DeltaTable } from './DeltaTable.tsx';

interface WhatIfChangesProps {
  data: WorkspaceGraph;
  names: ReadonlyMap<string, string>;
  changes: readonly WhatIfChange[];
  onChanges(changes: WhatIfChange[]): void;
  result: WhatIfResult | null;
}

export function WhatIfChanges({ data, names, changes, onChanges, result }: WhatIfChangesProps) {
  const { t } = useTranslation();
  const describe = (change: WhatIfChange) => {
    if (change.kind === 'add')
      return t('diagnose.whatIf.added', {
        source: names.get(change.source),
        type: t(`relationType.${change.type}`),
        target: names.get(change.target),
      });
    const relation = data.relations.find((candidate) => candidate.id === change.relationId);
    return t('diagnose.whatIf.removed', {
      source: relation ? names.get(relation.source) : '?',
      type: relation ? t(`relationType.${relation.type}`) : '',
      target: relation ? names.get(relation.target) : '?',
    });
  };
  return (
    <div className="kv-subform">
      <h4 id="what-if-changes-heading">{t('diagnose.whatIf.changesTitle')}</h4>
      {changes.length === 0 ? (
        <p>{t('diagnose.whatIf.noChanges')}</p>
      ) : (
        <>
          <ol aria-labelledby="what-if-changes-heading" data-testid="what-if-changes">
            {changes.map((change, index) => (
              <li key={change.kind === 'add' ? change.id : change.relationId}>
                {describe(change)}{' '}
                <button
                  type="button"
                  className="kv-link-button"
                  aria-label={`${t('diagnose.whatIf.undo')}: ${describe(change)}`}
                  onClick={() => onChanges(undoChange(changes, index))}
                >
                  {t('diagnose.whatIf.undo')}
                </button>
              </li>
            ))}
          </ol>
          <Button purpose="subtle" onClick={() => onChanges([])}>
            {t('diagnose.whatIf.reset')}
          </Button>
          {result && <DeltaTable result={result} />}
        </>
      )}
    </div>
  );
}
