/**
 * Previous/next paging for the register tables and the history. Renders nothing when everything fits on
 * one page. Reaching the first or last page disables the button just used; the focus then moves to the
 * other one, so a keyboard user is not dropped at the top of the page.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  label: string;
  page: number;
  pages: number;
  onPage(page: number): void;
}

export function Pager({ label, page, pages, onPage }: PagerProps) {
  const { t } = useTranslation();
  const previous = useRef<HTMLButtonElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const focusAfterPaging = useRef<HTMLButtonElement | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `page` is the trigger: focus once the new page shows.
  useEffect(() => {
    focusAfterPaging.current?.focus();
    focusAfterPaging.current = null;
  }, [page]);

  if (pages <= 1) return null;
  const go = (target: number) => {
    if (target === 1) focusAfterPaging.current = next.current;
    else if (target === pages) focusAfterPaging.current = previous.current;
    onPage(target);
  };
  return (
    <nav className="kv-pager" aria-label={label}>
      <button ref={previous} type="button" disabled={page === 1} onClick={() => go(page - 1)}>
        {t('register.previous')}
      </button>
      <span>{t('register.page', { page, pages })}</span>
      <button ref={next} type="button" disabled={page === pages} onClick={() => go(page + 1)}>
        {t('register.next')}
      </button>
    </nav>
  );
}
