/** Previous/next paging for the register tables. Renders nothing when everything fits on one page. */
import { useTranslation } from 'react-i18next';

interface PagerProps {
  label: string;
  page: number;
  pages: number;
  onPage(page: number): void;
}

export function Pager({ label, page, pages, onPage }: PagerProps) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="kv-pager" aria-label={label}>
      <button type="button" disabled={page === 1} onClick={() => onPage(page - 1)}>
        {t('register.previous')}
      </button>
      <span>{t('register.page', { page, pages })}</span>
      <button type="button" disabled={page === pages} onClick={() => onPage(page + 1)}>
        {t('register.next')}
      </button>
    </nav>
  );
}
