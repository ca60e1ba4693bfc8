/**
 * Tabs after the WAI-ARIA tabs pattern: one tab stop for the row, arrow keys (and Home/End) move and
 * activate, each panel is labelled by its tab and focusable. Only the active panel is rendered, so a
 * hidden tab costs nothing.
 */
import { type KeyboardEvent, type ReactNode, useRef } from 'react';

export interface TabItem<Id extends string> {
  id: Id;
  label: string;
}

interface TabsProps<Id extends string> {
  /** Prefix for the element ids, unique on the page. */
  idPrefix: string;
  label: string;
  tabs: readonly TabItem<Id>[];
  active: Id;
  onChange(id: Id): void;
  children: ReactNode;
  className?: string;
}

export function Tabs<Id extends string>({
  idPrefix,
  label,
  tabs,
  active,
  onChange,
  children,
  className,
}: TabsProps<Id>) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());

  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onChange(tab.id);
    buttons.current.get(tab.id)?.focus();
  };

  return (
    <div className={className}>
      <div role="tablist" aria-label={label} className="kv-tablist">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === active}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={tab.id === active ? 0 : -1}
            className="kv-tab"
            onClick={() => onChange(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${idPrefix}-panel`}
        aria-labelledby={`${idPrefix}-tab-${active}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the tabs pattern makes the panel a tab stop.
        tabIndex={0}
        className="kv-tabpanel"
      >
        {children}
      </div>
    </div>
  );
}
