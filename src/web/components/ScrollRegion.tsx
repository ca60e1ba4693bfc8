/**
 * A table that may be wider than its panel scrolls sideways inside this region instead of widening the
 * page (a phone is 390 px). The region is named and reachable by keyboard, so it can be scrolled without a
 * mouse (WCAG 2.1.1); axe asks for exactly that.
 */
import type { ReactNode } from 'react';

export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it.
    <section className="kv-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
