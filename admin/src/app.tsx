/** The shell: sign-in gate, navigation, language switch, and the routes (the editor is loaded on demand). */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from './api.js';
import { Link, Notice } from './components/ui.js';
import { onLangChange, setUiLang, t, uiLang } from './i18n/index.js';
import { AccountPage } from './pages/AccountPage.js';
import { ArticleListPage, type ListView } from './pages/ArticleListPage.js';
import { LoginPage } from './pages/LoginPage.js';
import { MediaPage } from './pages/MediaPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { UsersPage } from './pages/UsersPage.js';
import { navigate, useRoute, type Route } from './router.js';
import { AppContext, isDesk, type AppState } from './session.js';
import type { Section, Session } from './types.js';

type EditorModule = { EditorPage: ComponentType<{ id: number | null }> };
let editorModule: Promise<EditorModule> | null = null;
/** The editor route (TipTap) is its own chunk, loaded the first time an article is opened. */
function loadEditor(): Promise<EditorModule> {
  editorModule ??= import('./editor/EditorPage.js');
  return editorModule;
}

function EditorRoute(props: { id: number | null }) {
  const [mod, setMod] = useState<EditorModule | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    loadEditor().then(setMod, () => setError(true));
  }, []);
  if (error) return <Notice kind="error">{t('error.network')}</Notice>;
  if (!mod) return <p class="loading">{t('app.loading')}</p>;
  return <mod.EditorPage key={props.id ?? 'new'} id={props.id} />;
}

export function App() {
  const [, setTick] = useState(0);
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [sections, setSections] = useState<Section[]>([]);
  const route = useRoute();

  useEffect(() => onLangChange(() => setTick((n) => n + 1)), []);
  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setSession(null);
    });
    api.session().then(
      (s) => accept(s),
      (e) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.error(e);
        setSession(null);
      },
    );
  }, []);

  function accept(s: Session) {
    setCsrfToken(s.csrfToken);
    setSession(s);
    api.sections().then((r) => setSections(r.items), () => undefined);
  }

  const state = useMemo<AppState | null>(
    () =>
      session
        ? {
            session,
            sections,
            sectionName: (id) => sections.find((s) => s.id === id)?.name ?? '',
            signOut: () => {
              api.logout().finally(() => {
                setCsrfToken(null);
                setSession(null);
                navigate('/', { replace: true });
              });
            },
          }
        : null,
    [session, sections],
  );

  const langButton = (
    <button type="button" class="lang-switch" lang={uiLang() === 'fa' ? 'en' : 'fa'} aria-label={t('app.langSwitchLabel')} onClick={() => setUiLang(uiLang() === 'fa' ? 'en' : 'fa')} data-testid="lang-switch">
      {t('app.langSwitch')}
    </button>
  );

  if (session === undefined) return <p class="loading">{t('app.loading')}</p>;
  if (!session || !state) return <LoginPage onSignedIn={accept} langButton={langButton} />;

  return (
    <AppContext.Provider value={state}>
      <a class="skip" href="#main">{t('app.skip')}</a>
      <header class="topbar">
        <Link to="/" class="brand">{t('app.name')}</Link>
        <span class="who" data-testid="who">
          {session.user.displayName} · {t(`role.${session.user.role}`)}
        </span>
        {langButton}
        <button type="button" class="link-button" onClick={state.signOut} data-testid="logout">{t('nav.logout')}</button>
      </header>
      <div class="layout">
        <Nav route={route} session={session} />
        <main id="main" tabIndex={-1}>
          <Page route={route} session={session} />
        </main>
      </div>
    </AppContext.Provider>
  );
}

const VIEWS: ListView[] = ['mine', 'desk', 'scheduled', 'published', 'trashed', 'all'];

function Nav(props: { route: Route; session: Session }) {
  const { route, session } = props;
  const view = route.path === '/' ? defaultView(session) : route.path === '/articles' ? route.query.get('view') ?? 'mine' : null;
  const items: Array<{ to: string; label: string; active: boolean }> = [
    { to: '/articles/new', label: t('nav.new'), active: route.path === '/articles/new' },
    ...VIEWS.filter((v) => v !== 'desk' || isDesk(session)).map((v) => ({ to: `/articles?view=${v}`, label: t(`nav.${v}`), active: view === v })),
    { to: '/search', label: t('nav.search'), active: route.path === '/search' },
    { to: '/media', label: t('nav.media'), active: route.path === '/media' },
    ...(session.abilities.manageUsers ? [{ to: '/users', label: t('nav.users'), active: route.path === '/users' }] : []),
    { to: '/account', label: t('nav.account'), active: route.path === '/account' },
  ];
  return (
    <nav class="sidenav" aria-label={t('nav.main')}>
      <ul>
        {items.map((i) => (
          <li key={i.to}>
            <Link to={i.to} class={i.to === '/articles/new' ? 'nav-new' : undefined} aria-current={i.active ? 'page' : undefined}>
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function defaultView(s: Session): ListView {
  return isDesk(s) ? 'desk' : 'mine';
}

function Page(props: { route: Route; session: Session }) {
  const { path, query } = props.route;
  if (path === '/' ) return <ArticleListPage view={defaultView(props.session)} query={query} />;
  if (path === '/articles') {
    const v = query.get('view') as ListView | null;
    return <ArticleListPage view={v && VIEWS.includes(v) ? v : 'mine'} query={query} />;
  }
  if (path === '/articles/new') return <EditorRoute id={null} />;
  const m = /^\/articles\/(\d+)$/.exec(path);
  if (m) return <EditorRoute id={Number(m[1])} />;
  if (path === '/search') return <SearchPage query={query} />;
  if (path === '/media') return <MediaPage />;
  if (path === '/users') return <UsersPage />;
  if (path === '/account') return <AccountPage />;
  return <Notice kind="error">{t('error.notFound')}</Notice>;
}
