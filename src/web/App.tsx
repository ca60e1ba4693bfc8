/** The page frame: skip link, header with the language switch, and the routed page. */
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react/css';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language, setLanguage } from './i18n/index.ts';
import { WorkspacesPage } from './pages/WorkspacesPage.tsx';
import { WorkspacePage } from './pages/workspace/WorkspacePage.tsx';
import { followLink, useRoute } from './router.ts';

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <header className="kv-header">
        <a href="/" onClick={followLink} className="kv-brand">
          {t('app.name')}
        </a>
        <span className="kv-tagline">{t('app.tagline')}</span>
        <label className="kv-language">
          {t('app.language')}{' '}
          <select value={i18n.language} onChange={(event) => setLanguage(event.target.value as Language)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {language === 'nl' ? 'Nederlands' : 'English'}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1} className="kv-main">
        {route.page === 'workspaces' && <WorkspacesPage />}
        {route.page === 'workspace' && (
          <WorkspacePage key={route.workspaceId} workspaceId={route.workspaceId} />
        )}
        {route.page === 'not-found' && (
          <>
            <Paragraph>{t('app.notFound')}</Paragraph>
            <a href="/" onClick={followLink}>
              {t('app.backToList')}
            </a>
          </>
        )}
      </main>
    </>
  );
}
