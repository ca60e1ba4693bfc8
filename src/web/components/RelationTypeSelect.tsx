/** A labelled choice of relation type, in the words of the legend (used by the speler panel and what-if). */
import { useTranslation } from 'react-i18next';
import { RELATION_TYPES, type RelationType } from '../../domain/index.ts';

interface RelationTypeSelectProps {
  id: string;
  label: string;
  value: RelationType;
  onChange(type: RelationType): void;
}

export function RelationTypeSelect({ id, label, value, onChange }: RelationTypeSelectProps) {
  const { t } = useTranslation();
  return (
    <div className="kv-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="kv-select"
        value={value}
        onChange={(event) => onChange(event.target.value as RelationType)}
      >
        {RELATION_TYPES.map((option) => (
          <option key={option} value={option}>
            {t(`relationType.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
