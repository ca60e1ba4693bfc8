/**
 * The legend: what the map's colours, sizes and lines mean. Node colours follow the active colouring — the
 * krachten, or what an analysis colours by (clusters: `MapOverride.legend`); the line styles come from the
 * same edgeStyle the map draws with (src/domain map-style), grouped by colour, so the legend cannot drift
 * from the map. A details/summary element: collapsible with the keyboard, open at first.
 *
 * Coloured by a vraagstuk, the fill is the standpunt (with its mark after the name) and the kracht the ring;
 * the legend says whose standpunten they are, and on the five-forces layout what the arrows mean. With two
 * maps side by side it names the colour of the relaties only one of them has, and when the map has ties only
 * one side named in an uitvraag, what their dashes mean.
 */
import { useTranslation } from 'react-i18next';
import { RELATION_TYPE_TRAITS, RELATION_TYPES, type RelationType } from '../../domain/index.ts';
import { stanceMark } from '../pages/workspace/topics/topic-grid.ts';
import { ONLY_HERE_COLOR } from './compare-maps.ts';
import type { MapOverride } from './MapView.tsx';
import { edgeStyle, FORCE_COLORS, FORCE_ORDER } from './map-style.ts';
import { arrowOutline } from './movement-marks.ts';
import { NO_POSITION_COLOR, STANCE_VALUES, stanceFill, stanceWordKey } from './stance.ts';
import { DASH_PX, GAP_PX } from './survey-ties.ts';

/** What the legend says of a vraagstuk's colouring. */
export interface StanceLegend {
  topic: string;
  /** Whose standpunten colour the map, as a sentence ("Standpunten volgens Gemeente."). */
  whose: string;
  /** Some map shows the mean of all perspectives, where a beweging they disagree on gets no arrow. */
  merged: boolean;
  /** The five-forces layout shows each position's beweging as an arrow. */
  movements: boolean;
}

/** A middle strength, so a line in the legend is as thick as a typical one on the map. */
const TYPICAL_STRENGTH = 3;

interface LegendProps {
  /** The colouring shown instead of the krachten (clusters from the diagnosis), if any. */
  override?: MapOverride['legend'] | undefined;
  /** Closed at first (e.g. on a small screen); the user opens it. */
  collapsed?: boolean | undefined;
  /** The map is coloured by a vraagstuk (unless `override` colours it). */
  stance?: StanceLegend | undefined;
  /** Two maps side by side: each marks the relaties only it has. */
  compare?: boolean | undefined;
  /** The map has ties only one side named in an uitvraag, drawn dashed (survey-ties.ts). */
  oneSided?: boolean | undefined;
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

export function Legend({
  override,
  collapsed = false,
  stance,
  compare = false,
  oneSided = false,
}: LegendProps) {
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
        {stance && !override ? (
          <StanceItems stance={stance} />
        ) : (
          <>
            <h4>{override?.title ?? t('legend.colours')}</h4>
            <ul>
              {override
                ? override.items.map((item) => (
                    <li key={`${item.color ?? ''}${item.label}`}>
                      {item.color && (
                        <span
                          className="kv-swatch"
                          style={{ backgroundColor: item.color }}
                          aria-hidden="true"
                        />
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
          </>
        )}
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
          {oneSided && (
            <li data-testid="legend-one-sided">
              <svg className="kv-legend-mark" viewBox="0 0 28 16" aria-hidden="true">
                <line
                  x1="2"
                  y1="8"
                  x2="26"
                  y2="8"
                  stroke="#7b8794"
                  strokeWidth="2"
                  strokeDasharray={`${DASH_PX} ${GAP_PX}`}
                />
              </svg>
              {t('relationReported.legend')}
            </li>
          )}
          {compare && (
            <li data-testid="legend-only-here">
              <svg className="kv-legend-mark" viewBox="0 0 28 16" aria-hidden="true">
                <line x1="2" y1="8" x2="26" y2="8" stroke={ONLY_HERE_COLOR} strokeWidth="3" />
              </svg>
              {t('mapView.onlyHere')}
            </li>
          )}
        </ul>
      </details>
    </aside>
  );
}

/** The standpunt scale (fill and mark), the kracht as the ring, and the beweging arrows. */
function StanceItems({ stance }: { stance: StanceLegend }) {
  const { t } = useTranslation();
  // Strongly for first, as the grid's table reads from high to low.
  const values = [...STANCE_VALUES].reverse();
  return (
    <div className="kv-legend-stance" data-testid="legend-stance">
      <h4>{t('mapView.legendStance', { topic: stance.topic })}</h4>
      <p className="kv-legend-note">{stance.whose}</p>
      <ul className="kv-legend-scale">
        {values.map((value) => (
          <li key={value}>
            <span
              className="kv-swatch kv-swatch--stance"
              style={{ backgroundColor: stanceFill(value) }}
              aria-hidden="true"
            />
            {t('mapView.stanceItem', { words: t(stanceWordKey(value)), mark: stanceMark(value) })}
          </li>
        ))}
        <li>
          <span
            className="kv-swatch kv-swatch--stance"
            style={{ backgroundColor: NO_POSITION_COLOR }}
            aria-hidden="true"
          />
          {t('mapView.noPosition')}
        </li>
      </ul>
      <h4>{t('mapView.legendRing')}</h4>
      <ul className="kv-legend-rings">
        {FORCE_ORDER.map((force) => (
          <li key={force}>
            <span
              className="kv-swatch kv-swatch--ring"
              style={{ borderColor: FORCE_COLORS[force] }}
              aria-hidden="true"
            />
            {t(`force.${force}`)}
          </li>
        ))}
      </ul>
      {stance.movements && (
        <>
          <h4>{t('mapView.legendMovement')}</h4>
          <ul>
            {(['van_boven', 'van_onderop'] as const).map((movement) => (
              <li key={movement}>
                <svg className="kv-legend-mark" viewBox="0 0 28 16" aria-hidden="true">
                  <path
                    d={`${arrowOutline({ x: 9, y: 1.5, width: 9, height: 13 }, movement)
                      .map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`)
                      .join('')}Z`}
                    fill="#1f2933"
                  />
                </svg>
                {t(movement === 'van_boven' ? 'mapView.movementDown' : 'mapView.movementUp')}
              </li>
            ))}
          </ul>
          {stance.merged && <p className="kv-legend-note">{t('mapView.movementMixed')}</p>}
        </>
      )}
    </div>
  );
}
