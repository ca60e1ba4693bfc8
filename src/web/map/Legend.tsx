/** The legend: what each colour (kracht) and edge style (relation type) means. */
import { useTranslation } from 'react-i18next';
import { FORCE_COLORS, FORCE_ORDER } from './map-style.ts';

export function Legend() {
  const { t } = useTranslation();
  return (
    <aside className="kv-legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading">{t('workspace.legend')}</h3>
      <ul>
        {FORCE_ORDER.map((force) => (
          <li key={force}>
            <span className="kv-swatch" style={{ backgroundColor: FORCE_COLORS[force] }} aria-hidden="true" />
            {t(`force.${force}`)}
          </li>
        ))}
      </ul>
    </aside>
  );
}
