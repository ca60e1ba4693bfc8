/** What-if: take a relatie away, chosen from the relaties of one speler (the selected one, to begin with). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceGraph } from '../../../../domain/index.ts';
import { removeRelation, type WhatIfChange } from '../../../state/analysis/index.ts';

interface WhatIfRemoveProps {
  data: WorkspaceGraph;
  spelers: readonly { id: string; name: string }[];
  names: ReadonlyMap<string, string>;
  selectedId: string | null;
  changes: readonly WhatIfChange[];
  onChanges(changes: WhatIfChange[]): void;
}

export function WhatIfRemove({ data, spelers, names, selectedId, changes, onChanges }: WhatIfRemoveProps) {
  const { t } = useTranslation();
  const [speler, setSpeler] = useState(selectedId ?? '');
  useEffect(() => {
    if (selectedId) setSpeler(selectedId);
  }, [selectedId]);

  const removed = new Set(changes.flatMap((change) => (change.kind === 'remove' ? [change.relationId] : [])));
  const relations = speler
    ? data.relations.filter((relation) => relation.source === speler || relation.target === speler)
    : [];
  return (
    <div className="kv-subform">
      <h4 id="what-if-remove-heading">{t('diagnose.whatIf.removeTitle')}</h4>
      <div className="kv-field">
        <label htmlFor="what-if-remove-for">{t('diagnose.whatIf.removeFor')}</label>
        <select
          id="what-if-remove-for"
          className="kv-select"
          value={speler}
          onChange={(event) => setSpeler(event.target.value)}
        >
          <option value="">{t('diagnose.whatIf.choose')}</option>
          {spelers.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </div>
      {relations.length > 0 && (
        <ul className="kv-relation-list" aria-labelledby="what-if-remove-heading">
          {relations.map((relation) => {
            const text = `${names.get(relation.source)} ${t(`relationType.${relation.type}`)} ${names.get(relation.target)}`;
            const gone = removed.has(relation.id);
            return (
              <li key={relation.id}>
                <span className={gone ? 'kv-struck' : undefined}>{text}</span>{' '}
                <button
                  type="button"
                  className="kv-link-button"
                  disabled={gone}
                  aria-label={`${t('diagnose.whatIf.remove')}: ${text}`}
                  onClick={() => onChanges(removeRelation(changes, relation.id))}
                >
                  {t('diagnose.whatIf.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
