/**
 * The panel beside the map (below it on a phone). When what it shows changes, focus moves to the panel's
 * first heading and the panel scrolls into view, so a keyboard or screen-reader user, and a phone user
 * whose map fills the screen, notice that it opened.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { followLink } from '../../../router.ts';

interface SidePanelProps {
  /** Changes when the panel shows something else (a route): then focus moves into it. */
  showing: string;
  width: 'narrow' | 'medium' | 'wide';
  /** Kept in the page but not shown (the Diagnose panel stays mounted while the map shows alone). */
  hidden: boolean;
  /** The address of the map alone, for panels without a close button of their own. */
  closeHref?: string | undefined;
  children: ReactNode;
}

export function SidePanel({ showing, width, hidden, closeHref, children }: SidePanelProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = panel.current;
    if (!showing) return;
    // The panel's own heading, rendered by whatever the panel shows; it may load a moment later.
    const focusHeading = () => {
      const heading = element?.querySelector<HTMLElement>('h2');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'nearest' });
      element?.scrollTo({ top: 0 });
      return true;
    };
    if (focusHeading() || !element) return;
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [showing]);
  return (
    <aside
      ref={panel}
      className={`kv-side-panel kv-side-panel--${width}`}
      aria-label={t('shell.panel')}
      data-testid="side-panel"
      hidden={hidden}
    >
      {closeHref && (
        <a href={closeHref} className="kv-side-panel-close" onClick={followLink}>
          {t('shell.closePanel')} <span aria-hidden="true">×</span>
        </a>
      )}
      {children}
    </aside>
  );
}
