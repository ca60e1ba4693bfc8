/**
 * The diagnosis' settings: which formal kokers to compare with (grouping, including the tag prefixes this
 * werkruimte uses) and, folded away, which relation types count as collaboration. Defaults come from the
 * analysis registry; money, instructions and tension are never collaboration, so they are not offered.
 */
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_COLLABORATION_TYPES,
  type GroupingKey,
  HIERARCHY_TYPES,
  NEGATIVE_TYPES,
} from '../../../../analysis/index.ts';
import { RELATION_TYPES, type RelationType } from '../../../../domain/index.ts';
import { toggle } from '../../../state/map-filters.ts';

const COLLABORATION_CHOICES = RELATION_TYPES.filter(
  (type) => !HIERARCHY_TYPES.includes(type) && !NEGATIVE_TYPES.includes(type),
);

interface DiagnoseControlsProps {
  groupings: readonly GroupingKey[];
  grouping: GroupingKey;
  onGrouping(grouping: GroupingKey): void;
  collaborationTypes: readonly RelationType[];
  onCollaborationTypes(types: RelationType[]): void;
}

export function DiagnoseControls({
  groupings,
  grouping,
  onGrouping,
  collaborationTypes,
  onCollaborationTypes,
}: DiagnoseControlsProps) {
  const { t } = useTranslation();
  const isDefault =
    collaborationTypes.length === DEFAULT_COLLABORATION_TYPES.length &&
    DEFAULT_COLLABORATION_TYPES.every((type) => collaborationTypes.includes(type));
  return (
    <div className="kv-diagnose-controls">
      <div className="kv-field">
        <label htmlFor="diagnose-grouping">{t('diagnose.grouping')}</label>
        <span id="diagnose-grouping-hint" className="kv-hint">
          {t('diagnose.groupingHint')}
        </span>
        <select
          id="diagnose-grouping"
          className="kv-select"
          aria-describedby="diagnose-grouping-hint"
          value={grouping}
          onChange={(event) => onGrouping(event.target.value as GroupingKey)}
        >
          {groupings.map((key) => (
            <option key={key} value={key}>
              {key.startsWith('tag:')
                ? t('diagnose.groupingTag', { prefix: key.slice(4) })
                : t(`diagnose.groupingOption.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <details className="kv-disclosure">
        <summary>{t('diagnose.collaboration')}</summary>
        <fieldset className="kv-fieldset">
          <legend className="kv-visually-hidden">{t('diagnose.collaboration')}</legend>
          <p className="kv-hint">{t('diagnose.collaborationHint')}</p>
          {COLLABORATION_CHOICES.map((type) => {
            const checked = collaborationTypes.includes(type);
            return (
              <label key={type} className="kv-checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  // At least one type must stay chosen: the last one cannot be unticked.
                  disabled={checked && collaborationTypes.length === 1}
                  onChange={() =>
                    onCollaborationTypes(toggle([...collaborationTypes], type) as RelationType[])
                  }
                />{' '}
                {t(`relationType.${type}`)}
              </label>
            );
          })}
          {!isDefault && (
            <button
              type="button"
              className="kv-link-button"
              onClick={() => onCollaborationTypes([...DEFAULT_COLLABORATION_TYPES])}
            >
              {t('diagnose.collaborationReset')}
            </button>
          )}
        </fieldset>
      </details>
    </div>
  );
}
