/**
 * The page frame: skip link, header with the signed-in user and the language switch, and the routed page.
 * Until someone is signed in, every address shows the login (or, on a new installation, the step that makes
 * the first administrator); an invitation link works signed in or not, and an uitvraag's personal link
 * (/uitvraag) needs no account at all.
 */
import { Button } from '@nl-design-system-candidate/button-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { SkipLink } from '@nl-design-system-candidate/skip-link-react/css';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from './api/queries.ts';
import { LANGUAGES, type Language, setLanguage } from './i18n/index.ts';
import { AccountPage } from './pages/account/AccountPage.tsx';
import { InvitationPage } from './pages/account/InvitationPage.tsx';
import { SignInPage } from './pages/account/SignInPage.tsx';
import { ComparePage } from './pages/compare/ComparePage.tsx';
import { MeetingJoinPage } from './pages/meeting-join/MeetingJoinPage.tsx';
import { ProjectionPage } from './pages/meeting-projection/ProjectionPage.tsx';
import { SurveyResponsePage } from './pages/survey-response/SurveyResponsePage.tsx';
import { WorkspacesPage } from './pages/WorkspacesPage.tsx';
import { WorkspacePage } from './pages/workspace/WorkspacePage.tsx';
import { followLink, type Route, useRoute } from './router.ts';
import { loadSession, logOut, type SessionState, useSession } from './state/session.ts';

export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const session = useSession();
  useEffect(() => {
    void loadSession();
  }, []);
  // A werkruimte fills the window (its map and panels scroll on their own); other pages flow as documents.
  const projection = route.page === 'meeting-projection' && session.status === 'signed-in';
  const fill = (route.page === 'workspace' || projection) && session.status === 'signed-in';
  return (
    <QueryClientProvider client={queryClient}>
      <div className={fill ? 'kv-app kv-app--fill' : 'kv-app'}>
        <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
        {/* The projection fills the big screen: no header, no account menu on the wall. */}
        {!projection && (
          <header className="kv-header">
            <a href="/" onClick={followLink} className="kv-brand">
              {t('app.name')}
            </a>
            <span className="kv-tagline">{t('app.tagline')}</span>
            {session.status === 'signed-in' && (
              <nav className="kv-account" aria-label={t('account.menu')}>
                <a href="/account" onClick={followLink}>
                  {session.user.displayName}
                </a>
                <Button purpose="subtle" onClick={() => void logOut()}>
                  {t('account.logout')}
                </Button>
              </nav>
            )}
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
        )}
        <main id="main" tabIndex={-1} className={fill ? 'kv-main kv-main--fill' : 'kv-main'}>
          <RoutedPage route={route} session={session} />
        </main>
      </div>
    </QueryClientProvider>
  );
}

function RoutedPage({ route, session }: { route: Route; session: SessionState }) {
  const { t } = useTranslation();
  // A respondent of an uitvraag has no account: their page does not wait for, or ask for, a session.
  if (route.page === 'survey-response') return <SurveyResponsePage />;
  // Nor does a participant of a bijeenkomst, who joins by code.
  if (route.page === 'meeting-join') return <MeetingJoinPage />;
  if (session.status === 'loading') return <Paragraph>{t('app.loading')}</Paragraph>;
  if (session.status === 'setup') return <SignInPage mode="setup" />;
  if (route.page === 'invitation') return <InvitationPage />;
  if (session.status === 'signed-out') return <SignInPage mode="login" expired={session.expired} />;
  switch (route.page) {
    case 'workspaces':
      return <WorkspacesPage />;
    case 'workspace':
      return <WorkspacePage key={route.workspaceId} workspaceId={route.workspaceId} panel={route.panel} />;
    case 'account':
      return <AccountPage user={session.user} />;
    case 'compare':
      return <ComparePage />;
    case 'meeting-projection':
      return <ProjectionPage workspaceId={route.workspaceId} meetingId={route.meetingId} />;
    default:
      return (
        <>
          <Paragraph>{t('app.notFound')}</Paragraph>
          <a href="/" onClick={followLink}>
            {t('app.backToList')}
          </a>
        </>
      );
  }
}
