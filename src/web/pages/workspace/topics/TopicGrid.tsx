/**
 * One power/interest grid (SVG): belang to the right, invloed upwards, the four quadrants named, each speler
 * a dot in its kracht's colour with a ring and mark for its standpunt. Where the grid is editable (one
 * perspective, an editor), a dot is a button: drag it to another cell, or focus it, move it with the arrow
 * keys and press Enter; either way the parent appends a new dated position. Escape puts it back. The
 * geometry and key rules are in `topic-grid.ts`; the same data is in the table below the grid.
 */
import { type KeyboardEvent, type PointerEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FORCE_COLORS, type GraphActor, POWER_MAX, POWER_MIN } from '../../../../domain/index.ts';
import {
  CELL,
  DIVIDER,
  GRID,
  type GridPoint,
  PLOT,
  placeDots,
  pointAt,
  quadrantOf,
  quadrantRects,
  samePoint,
  shortName,
  stanceColor,
  stanceKey,
  stanceMark,
  stepPoint,
  xOf,
  yOf,
} from './topic-grid.ts';
import { formatScore, type GridRow } from './topic-positions.ts';

interface TopicGridProps {
  title: string;
  rows: readonly GridRow[];
  actors: ReadonlyMap<string, GraphActor>;
  /** Dots can be moved: one perspective's view, shown to an editor. */
  editable: boolean;
  /** The id of the text that explains how to move a dot. */
  helpId?: string;
  /** Saves a moved dot as a new position; resolves once the grid shows it. */
  onMove(row: GridRow, point: GridPoint): Promise<void>;
  /** Tells screen-reader users where a dot is while it is moved by keyboard. */
  onAnnounce(message: string): void;
  /** Drawn at about half width (two grids side by side): larger text, shorter names. */
  compact?: boolean;
}

const QUADRANT_FILLS = {
  nauw_betrekken: '#fbefe1',
  tevreden_houden: '#edf2f8',
  informeren: '#edf5ec',
  monitoren: '#f4f4f5',
} as const;

const SCORES = Array.from({ length: POWER_MAX - POWER_MIN + 1 }, (_, i) => POWER_MIN + i);

interface Drag {
  actorId: string;
  pointerId: number;
  x: number;
  y: number;
  moved: boolean;
}

export function TopicGrid({
  title,
  rows,
  actors,
  editable,
  helpId,
  onMove,
  onAnnounce,
  compact = false,
}: TopicGridProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const svg = useRef<SVGSVGElement>(null);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, GridPoint>>(new Map());
  const [drag, setDrag] = useState<Drag | null>(null);
  const [saving, setSaving] = useState<string | null>(null);

  const pointOf = (row: GridRow): GridPoint => drafts.get(row.actorId) ?? row;
  const placed = placeDots(rows, pointOf);

  function svgPoint(event: PointerEvent): { x: number; y: number } | null {
    const matrix = svg.current?.getScreenCTM();
    if (!matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  function setDraft(actorId: string, point: GridPoint | null) {
    setDrafts((current) => {
      const next = new Map(current);
      if (point) next.set(actorId, point);
      else next.delete(actorId);
      return next;
    });
  }

  async function save(row: GridRow, point: GridPoint) {
    if (samePoint(point, row)) {
      setDraft(row.actorId, null);
      return;
    }
    setDraft(row.actorId, point);
    setSaving(row.actorId);
    try {
      await onMove(row, point);
    } finally {
      setSaving(null);
      setDraft(row.actorId, null);
    }
  }

  function keyDown(event: KeyboardEvent, row: GridRow) {
    if (saving) return;
    const name = actors.get(row.actorId)?.name ?? '';
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const draft = drafts.get(row.actorId);
      if (draft) void save(row, draft);
      return;
    }
    if (event.key === 'Escape') {
      if (drafts.has(row.actorId)) {
        event.preventDefault();
        event.stopPropagation();
        setDraft(row.actorId, null);
        onAnnounce(t('topics.dotLabel', labelValues(row, row)));
      }
      return;
    }
    const next = stepPoint(pointOf(row), event.key);
    if (!next) return;
    event.preventDefault();
    setDraft(row.actorId, samePoint(next, row) ? null : next);
    onAnnounce(t('topics.moving', { name, invloed: next.invloed, belang: next.belang }));
  }

  function labelValues(row: GridRow, point: GridPoint) {
    return {
      name: actors.get(row.actorId)?.name ?? '',
      invloed: formatScore(point.invloed, i18n.language),
      belang: formatScore(point.belang, i18n.language),
      stance: t(`topics.stance.${stanceKey(row.standpunt)}`),
      quadrant: t(`topics.quadrant.${quadrantOf(point)}`),
    };
  }

  const captionId = `${id}-caption`;
  const dragTarget = drag?.moved ? pointAt(drag.x, drag.y) : null;
  return (
    <figure className="kv-topic-grid">
      <figcaption id={captionId} className="kv-topic-grid-caption">
        {title}
        <span className="kv-muted"> · {t('topics.gridCount', { count: rows.length })}</span>
      </figcaption>
      {/* biome-ignore lint/a11y/useSemanticElements: an <svg> cannot be a <fieldset>; the group names the dots' drawing. */}
      <svg
        ref={svg}
        viewBox={`0 0 ${GRID.width} ${GRID.height}`}
        role="group"
        aria-labelledby={captionId}
        className={`kv-grid-svg${compact ? ' kv-grid-compact' : ''}${drag ? ' kv-grid-dragging' : ''}`}
      >
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the drawing's background holds nothing focusable; the dots carry the information. */}
        <g aria-hidden="true">
          {quadrantRects().map((rect) => (
            <rect
              key={rect.quadrant}
              x={rect.x}
              y={rect.y}
              width={rect.width}
              height={rect.height}
              fill={QUADRANT_FILLS[rect.quadrant]}
            />
          ))}
          {SCORES.slice(1).map((score) => (
            <g key={score} className="kv-grid-cell-line">
              <line
                x1={xOf(score) - CELL.width / 2}
                x2={xOf(score) - CELL.width / 2}
                y1={PLOT.y}
                y2={PLOT.y + PLOT.height}
              />
              <line
                x1={PLOT.x}
                x2={PLOT.x + PLOT.width}
                y1={yOf(score) + CELL.height / 2}
                y2={yOf(score) + CELL.height / 2}
              />
            </g>
          ))}
          <line
            className="kv-grid-divider"
            x1={DIVIDER.x}
            x2={DIVIDER.x}
            y1={PLOT.y}
            y2={PLOT.y + PLOT.height}
          />
          <line
            className="kv-grid-divider"
            x1={PLOT.x}
            x2={PLOT.x + PLOT.width}
            y1={DIVIDER.y}
            y2={DIVIDER.y}
          />
          <rect className="kv-grid-frame" x={PLOT.x} y={PLOT.y} width={PLOT.width} height={PLOT.height} />
          {/* The names last, on a halo of their quadrant's colour, so no line runs through them. */}
          {quadrantRects().map((rect) => (
            <text
              key={rect.quadrant}
              className="kv-grid-quadrant"
              x={rect.x + rect.width - 6}
              y={rect.y < DIVIDER.y ? rect.y + 16 : rect.y + rect.height - 7}
              textAnchor="end"
              stroke={QUADRANT_FILLS[rect.quadrant]}
            >
              {t(`topics.quadrant.${rect.quadrant}`)}
            </text>
          ))}
          {SCORES.map((score) => (
            <g key={score} className="kv-grid-tick">
              <text x={xOf(score)} y={PLOT.y + PLOT.height + 16} textAnchor="middle">
                {score}
              </text>
              <text x={PLOT.x - 8} y={yOf(score) + 4} textAnchor="end">
                {score}
              </text>
            </g>
          ))}
          <text className="kv-grid-axis" x={PLOT.x + PLOT.width / 2} y={GRID.height - 10} textAnchor="middle">
            {t('topics.axisBelang')} →
          </text>
          <text
            className="kv-grid-axis"
            x={16}
            y={PLOT.y + PLOT.height / 2}
            textAnchor="middle"
            transform={`rotate(-90 16 ${PLOT.y + PLOT.height / 2})`}
          >
            {t('topics.axisInvloed')} →
          </text>
          {dragTarget && (
            <rect
              className="kv-grid-target"
              x={xOf(dragTarget.belang) - CELL.width / 2}
              y={yOf(dragTarget.invloed) - CELL.height / 2}
              width={CELL.width}
              height={CELL.height}
            />
          )}
        </g>
        {placed.map(({ item: row, cx, cy }) => {
          const actor = actors.get(row.actorId);
          if (!actor) return null;
          const draft = drafts.get(row.actorId);
          const dragging = drag?.actorId === row.actorId && drag.moved;
          const x = dragging ? drag.x : cx;
          const y = dragging ? drag.y : cy;
          const label = t('topics.dotLabel', labelValues(row, pointOf(row)));
          const mark = stanceMark(row.standpunt);
          const dot = (
            <>
              <circle className="kv-grid-focus-ring" r={13} />
              {draft && <circle className="kv-grid-draft-ring" r={13} />}
              {/* The stance ring, then the kracht's dot inside it with a white edge, so the two colours never run together. */}
              <circle r={8.5} fill="#ffffff" stroke={stanceColor(row.standpunt)} strokeWidth={3} />
              <circle r={5.5} fill={FORCE_COLORS[actor.force]} stroke="#ffffff" strokeWidth={1} />
              <text className="kv-grid-label" x={15} y={4}>
                {shortName(actor.name, compact ? 8 : 12)} <tspan className="kv-grid-mark">{mark}</tspan>
              </text>
              <title>{actor.name}</title>
            </>
          );
          if (!editable) {
            return (
              // biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: an SVG <g> is not interactive; for a lezer the dot is a picture with a name.
              <g
                key={row.key}
                className="kv-grid-dot"
                transform={`translate(${x} ${y})`}
                role="img"
                aria-label={label}
              >
                {dot}
              </g>
            );
          }
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG dot cannot be a <button>; it acts as one (Tab, Enter, arrow keys).
            <g
              key={row.key}
              className={`kv-grid-dot kv-grid-movable${saving === row.actorId ? ' kv-grid-saving' : ''}`}
              transform={`translate(${x} ${y})`}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-describedby={helpId}
              aria-busy={saving === row.actorId}
              data-actor-id={row.actorId}
              onKeyDown={(event) => keyDown(event, row)}
              onBlur={() => {
                // Leaving a dot with an unsaved move puts it back: nothing is saved without Enter.
                if (drafts.has(row.actorId) && saving !== row.actorId) setDraft(row.actorId, null);
              }}
              onPointerDown={(event) => {
                if (saving || event.button !== 0) return;
                const point = svgPoint(event);
                if (!point) return;
                event.currentTarget.setPointerCapture(event.pointerId);
                setDrag({ actorId: row.actorId, pointerId: event.pointerId, ...point, moved: false });
              }}
              onPointerMove={(event) => {
                if (!drag || drag.pointerId !== event.pointerId) return;
                const point = svgPoint(event);
                if (!point) return;
                const moved = drag.moved || Math.hypot(point.x - drag.x, point.y - drag.y) > 4;
                setDrag({ ...drag, ...(moved ? point : {}), moved });
              }}
              onPointerUp={(event) => {
                if (!drag || drag.pointerId !== event.pointerId) return;
                const point = svgPoint(event) ?? drag;
                setDrag(null);
                if (drag.moved) void save(row, pointAt(point.x, point.y));
              }}
              onPointerCancel={() => setDrag(null)}
            >
              {dot}
            </g>
          );
        })}
      </svg>
      {rows.length === 0 && <p className="kv-muted">{t('topics.empty')}</p>}
    </figure>
  );
}
