/**
 * "Kleur volgens vraagstuk", in the map options: colour the spelers by their standpunt on one vraagstuk
 * (map/stance.ts), or by kracht as usual. The choice lives in the address (`vraagstuk=`) like whose map it is.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Topic } from '../../../../domain/index.ts';

interface TopicColorControlProps {
  topics: readonly Topic[];
  value: string;
  onChange(topicId: string): void;
}

export function TopicColorControl({ topics, value, onChange }: TopicColorControlProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="kv-topic-color">
      <label htmlFor={id}>{t('mapView.topic')}</label>
      <select id={id} className="kv-select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('mapView.topicNone')}</option>
        {topics.map((topic) => (
          <option key={topic.id} value={topic.id}>
            {topic.status === 'afgerond' ? `${topic.name} (${t('topics.status.afgerond')})` : topic.name}
          </option>
        ))}
      </select>
    </div>
  );
}
