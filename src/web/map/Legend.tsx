/**
 * The legend: what the map's colours, sizes and lines mean. Node colours follow the active colouring — the
 * krachten, or what an analysis colours by (clusters: `MapOverride.legend`); the line styles come from the
 * same edgeStyle the map draws with (src/domain map-style), grouped by colour, so the legend cannot drift
 * from the map. A details/summary element: collapsible with the keyboard, open at first.
 */
import { useTranslation } from 'react-i18next';
import { RELATION_TYPE_TRAITS, RELATION_TYPES, type RelationType } from '../../domain/index.ts';
import type { MapOverride } from './MapView.tsx';
import { edgeStyle, FORCE_COLORS, FORCE_ORDER } from './map-style.ts';

/** A middle strength, so a line in the legend is as thick as a typical one on the map. */
const TYPICAL_STRENGTH = 3;

interface LegendProps {
  /** The colouring shown instead of the krachten (clusters from the diagnosis), if any. */
  override?: MapOverride['legend'] | undefined;
  /** Closed at first (e.g. on a small screen); the user opens it. */
  collapsed?: boolean | undefined;
}

interface LineItem {
  color: string;
  width: number;
  arrow: boolean;
  types: RelationType[];
}

/** One legend line per colour the map uses for relaties, in the vocabulary's order. */
export function relationLines(): LineItem[] {
  const lines = new Map<string, LineItem>();
  for (const type of RELATION_TYPES) {
    const style = edgeStyle(type, TYPICAL_STRENGTH);
    const line = lines.get(style.color);
    if (line) {
      line.types.push(type);
      line.arrow ||= style.type === 'arrow';
    } else {
      lines.set(style.color, {
        color: style.color,
        width: style.size,
        arrow: style.type === 'arrow',
        types: [type],
      });
    }
  }
  // The special ones (financiert, spanning) first, the common grey last.
  return [...lines.values()].sort((a, b) => a.types.length - b.types.length);
}

export function Legend({ override, collapsed = false }: LegendProps) {
  const { t } = useTranslation();
  const lineLabel = (line: LineItem) => {
    if (line.types.length > 1) return t('legend.otherRelations');
    const type = line.types[0] as RelationType;
    const name = t(`relationType.${type}`);
    return RELATION_TYPE_TRAITS[type].sign < 0 ? t('legend.negative', { type: name }) : name;
  };
  return (
    <aside className="kv-legend" aria-label={t('workspace.legend')}>
      <details open={!collapsed}>
        <summary>{t('workspace.legend')}</summary>
        <h4>{override?.title ?? t('legend.colours')}</h4>
        <ul>
          {override
            ? override.items.map((item) => (
                <li key={`${item.color ?? ''}${item.label}`}>
                  {item.color && (
                    <span className="kv-swatch" style={{ backgroundColor: item.color }} aria-hidden="true" />
                  )}
                  {item.label}
                </li>
              ))
            : FORCE_ORDER.map((force) => (
                <li key={force}>
                  <span
                    className="kv-swatch"
                    style={{ backgroundColor: FORCE_COLORS[force] }}
                    aria-hidden="true"
                  />
                  {t(`force.${force}`)}
                </li>
              ))}
        </ul>
        <h4>{t('legend.size')}</h4>
        <ul>
          <li>
            <svg className="kv-legend-mark" viewBox="0 0 28 16" aria-hidden="true">
              <circle cx="5" cy="8" r="3" fill="#7b8794" />
              <circle cx="18" cy="8" r="7" fill="#7b8794" />
            </svg>
            {t('legend.sizeRelations')}
          </li>
        </ul>
        <h4>{t('legend.relations')}</h4>
        <ul>
          {relationLines().map((line) => (
            <li key={line.color} data-testid="legend-relation">
              <svg className="kv-legend-mark" viewBox="0 0 28 16" aria-hidden="true">
                <line x1="2" y1="8" x2="26" y2="8" stroke={line.color} strokeWidth={line.width + 0.5} />
              </svg>
              {lineLabel(line)}
            </li>
          ))}
          <li>
            <svg className="kv-legend-mark" viewBox="0 0 28 16" aria-hidden="true">
              <line x1="2" y1="8" x2="20" y2="8" stroke="#4a5059" strokeWidth="1.5" />
              <path d="M26 8 L18 4 L18 12 Z" fill="#4a5059" />
            </svg>
            {t('legend.arrow')}
          </li>
          <li>
            <svg className="kv-legend-mark" viewBox="0 0 28 16" aria-hidden="true">
              <line x1="2" y1="4" x2="26" y2="4" stroke="#7b8794" strokeWidth="1" />
              <line x1="2" y1="11" x2="26" y2="11" stroke="#7b8794" strokeWidth="3" />
            </svg>
            {t('legend.strength')}
          </li>
        </ul>
      </details>
    </aside>
  );
}
