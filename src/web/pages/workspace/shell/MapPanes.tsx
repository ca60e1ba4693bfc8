/**
 * The map stage's map area: one map, or two side by side (stacked on a phone or beside a wide panel), each
 * then with a caption above it saying whose map it is and how many relaties only it has (above, not over it,
 * so the caption never hides a speler or the legend); and the note over a map that has nothing to show for
 * its perspective, with a way back. One map and two share the same element tree for the first map, so
 * turning the second one on or off keeps the first map (its sigma and camera) as it is.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import type { ReactNode } from 'react';

export function MapPair({ mode, children }: { mode: 'single' | 'side' | 'stacked'; children: ReactNode }) {
  return (
    <div
      className={`kv-map-pair kv-map-pair--${mode}`}
      data-testid={mode === 'single' ? undefined : 'map-pair'}
    >
      {children}
    </div>
  );
}

interface MapPaneProps {
  /** Whose map, above it; none for a map alone. */
  caption?: string | undefined;
  /** A second line: how many relaties only this map has, or what a moment's map shows. */
  detail?: string | undefined;
  /** Buttons out of what the caption describes (back to now). */
  actions?: ReactNode;
  /** Test id of the pane: 'map-pane' by default. */
  testId?: string | undefined;
  children: ReactNode;
}

export function MapPane({ caption, detail, actions, testId = 'map-pane', children }: MapPaneProps) {
  return (
    <figure className="kv-map-pane" data-testid={caption ? testId : undefined}>
      {caption ? (
        <figcaption className="kv-map-caption">
          <strong>{caption}</strong>
          {detail && <span className="kv-map-caption-detail">{detail}</span>}
          {actions && <span className="kv-map-caption-actions">{actions}</span>}
        </figcaption>
      ) : null}
      <div className="kv-map-pane-body">{children}</div>
    </figure>
  );
}

/** A message over a map (an empty perspective), with one button out. */
export function MapNote({ text, action }: { text: string; action: { label: string; run(): void } }) {
  return (
    <div className="kv-map-note" data-testid="map-note">
      <p role="status" className="kv-map-note-text">
        {text}
      </p>
      <Button purpose="secondary" onClick={action.run}>
        {action.label}
      </Button>
    </div>
  );
}
