// SPDX-License-Identifier: EUPL-1.2
/**
 * The app shell: session, page layout with landmarks (banner, navigation, main, contentinfo) and
 * a skip link, the role-based menu and the routes. A lost session brings the user back to the
 * login page with a message, and after logging in back to where they were.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { api, setSessionLostHandler, type Me } from './api/client';
import { Link, match, navigate, useLocation } from './router';
import { DeskPage, HandoverPage } from './pages/loket';
import { KnelpuntPage } from './pages/knelpunt';
import { RegisterPage } from './pages/register';
import { Button, Loading } from './ui';
import { Notifications } from './components/notifications';
import { LoginPage } from './pages/login';
import { CasesPage } from './pages/cases';
import { CasePage } from './pages/case';
import { NewCasePage } from './pages/new-case';
import { AdminPage } from './pages/admin';
import { PrivacyLogPage, InzagePage } from './pages/privacy';
import { NotFoundPage, StartPage } from './pages/start';
import { ApprovalsPage, QueuePage } from './pages/work';
import { MinimaPage, SignalsPage } from './pages/beleid';
import { SignaalregelPage, SignaalregelsPage, SignalenPage } from './pages/signaalregels';
import { BeleidOpvolgingPage, BeleidVoorstelPage } from './pages/beleid-opvolging';
import { RegelingenPage } from './pages/regelingen';
import { SimulatiesPage } from './pages/simulaties';
import { PotPage, PotsPage } from './pages/budget';
import { BibliotheekPage, DoorbraakPage } from './pages/bibliotheek';
import { HandhavingszaakPage, HandhavingszakenPage } from './pages/handhaving';
import { HandhavingspauzesPage } from './pages/handhaving-pauzes';
import { ContactPage, MyMoneyPage, MyPlanPage, WhoLooksPage } from './pages/inwoner';
import { PartnerCasePage, PartnerCasesPage } from './pages/partner';
import { FondsenPage, FondsPage } from './pages/fonds';
import { PatronenPage } from './pages/patronen';
import { RaadPage } from './pages/raad';

interface Session {
  me: Me;
  has: (...roles: string[]) => boolean;
}
const SessionContext = createContext<Session | null>(null);
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession buiten een sessie');
  return s;
}

const hasRole = (me: Me, roles: string[]) => roles.some((r) => (me.user.roles as string[]).includes(r));
export const CASE_ROLES = ['professional', 'teamleider', 'handhaving'];
/** The roles with a care-side case list (the handhaver's list is the enforcement list at /handhaving). */
export const CARE_ROLES = ['professional', 'teamleider'];

/** The page that fits a role best after logging in. */
export function homeOf(me: Me): string {
  if (hasRole(me, ['handhaving']) && !hasRole(me, CARE_ROLES)) return '/handhaving';
  if (hasRole(me, ['inwoner'])) return '/mijn';
  if (hasRole(me, ['professional']) && !me.user.teamId) return '/partner';
  if (hasRole(me, CARE_ROLES)) return '/casussen';
  if (hasRole(me, ['budgethouder'])) return '/akkoord';
  if (hasRole(me, ['doorbraaktafel'])) return '/doorbraaktafel';
  if (hasRole(me, ['beleid'])) return '/beleid';
  if (hasRole(me, ['admin'])) return '/beheer';
  if (hasRole(me, ['raad'])) return '/raadsrapportage';
  if (hasRole(me, ['privacy'])) return '/privacy/verwerkingen';
  return '/start';
}

export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const loggedIn = useRef(false);
  const loc = useLocation();

  useEffect(() => {
    setSessionLostHandler((code) => {
      // On the very first load "niet ingelogd" is simply the start; only a lost session is news.
      if (code === 'sessie_verlopen' || loggedIn.current) setNotice(code === 'sessie_verlopen' ? 'Uw sessie is verlopen. Log opnieuw in om verder te werken.' : 'U bent niet meer ingelogd. Log opnieuw in om verder te werken.');
      loggedIn.current = false;
      setMe(null);
      if (location.pathname !== '/inloggen') navigate(`/inloggen?terug=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
    });
    api.get('/auth/me').then(
      (r) => {
        loggedIn.current = true;
        setMe(r.data);
      },
      () => setMe(null),
    );
  }, []);

  const onLogin = useCallback((m: Me, back: string | null) => {
    loggedIn.current = true;
    setNotice(null);
    setMe(m);
    navigate(back && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/inloggen') ? back : homeOf(m), { replace: true });
  }, []);

  const logout = useCallback(async () => {
    try {
      const r = await api.post('/auth/logout');
      // A session that began at the organisation's provider with single logout: log out there too (ADR 0021); 204 has no body.
      const end = (r.data as { endSessionUrl?: string } | undefined)?.endSessionUrl;
      if (end) return location.assign(end);
    } catch {
      /* already gone: the result is the same */
    }
    loggedIn.current = false;
    setMe(null);
    setNotice('U bent uitgelogd.');
    navigate('/inloggen', { replace: true });
  }, []);

  if (me === undefined) return <Shell><Loading what="Maatwerk" /></Shell>;
  if (me === null || loc.path === '/inloggen') {
    if (me && loc.path === '/inloggen') return <Redirect to={homeOf(me)} />;
    if (loc.path !== '/inloggen') return <Redirect to={`/inloggen${loc.path === '/' ? '' : `?terug=${encodeURIComponent(loc.path + location.search)}`}`} />;
    return (
      <Shell>
        <LoginPage notice={notice} onLogin={(m) => onLogin(m, loc.query.get('terug'))} />
      </Shell>
    );
  }

  const session: Session = { me, has: (...roles) => hasRole(me, roles) };
  return (
    <SessionContext.Provider value={session}>
      <Shell me={me} onLogout={logout} path={loc.path}>
        <Routes path={loc.path} me={me} />
      </Shell>
    </SessionContext.Provider>
  );
}

/** Navigation as an effect, never during rendering. */
function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Routes({ path, me }: { path: string; me: Me }) {
  if (path === '/') return <Redirect to={homeOf(me)} />;
  if (path === '/start') return <StartPage />;
  if (path === '/mijn') return <MyPlanPage />;
  if (path === '/mijn/geld') return <MyMoneyPage />;
  if (path === '/mijn/wie-kijkt-mee') return <WhoLooksPage />;
  if (path === '/mijn/contact') return <ContactPage />;
  if (path === '/casussen') return <CasesPage />;
  if (path === '/casussen/nieuw') return <NewCasePage />;
  let m = match('/casussen/:id', path) ?? match('/casussen/:id/:tab', path);
  if (m) return <CasePage key={m.id} id={m.id} tab={m.tab ?? ''} />;
  m = match('/beheer/:tab', path);
  if (path === '/beheer' || m) return <AdminPage tab={m?.tab ?? 'gebruikers'} />;
  if (path === '/privacy' || path === '/privacy/verwerkingen') return <PrivacyLogPage />;
  if (path === '/privacy/inzage') return <InzagePage />;
  if (path === '/akkoord') return <ApprovalsPage />;
  if (path === '/doorbraaktafel') return <QueuePage />;
  if (path === '/loket') return <DeskPage />;
  m = match('/loket/overdrachten/:id', path);
  if (m) return <HandoverPage key={m.id} id={m.id} />;
  m = match('/knelpunten/:id', path);
  if (m) return <KnelpuntPage key={m.id} id={m.id} />;
  if (path === '/maatwerkregister') return <RegisterPage />;
  if (path === '/budgetten') return <PotsPage />;
  m = match('/budgetten/:id', path);
  if (m) return <PotPage key={m.id} id={m.id} />;
  if (path === '/beleid') return <SignalsPage />;
  if (path === '/beleid/minima-effect') return <MinimaPage />;
  if (path === '/beleid/regelingen') return <RegelingenPage />;
  if (path === '/beleid/simulaties') return <SimulatiesPage />;
  if (path === '/beleid/opvolging') return <BeleidOpvolgingPage />;
  m = match('/beleid/opvolging/:id', path);
  if (m) return <BeleidVoorstelPage id={m.id} />;
  if (path === '/signaalregels') return <SignaalregelsPage />;
  m = match('/signaalregels/:id', path);
  if (m) return <SignaalregelPage id={m.id} />;
  if (path === '/signalen') return <SignalenPage />;
  if (path === '/patronen') return <PatronenPage />;
  if (path === '/raadsrapportage') return <RaadPage />;
  if (path === '/bibliotheek') return <BibliotheekPage />;
  m = match('/bibliotheek/:id', path);
  if (m) return <DoorbraakPage key={m.id} id={m.id} />;
  if (path === '/handhaving') return <HandhavingszakenPage />;
  if (path === '/handhaving/pauzes') return <HandhavingspauzesPage />;
  m = match('/handhaving/:id', path);
  if (m) return <HandhavingszaakPage key={m.id} id={m.id} />;
  if (path === '/partner') return <PartnerCasesPage />;
  m = match('/partner/:id', path);
  if (m) return <PartnerCasePage key={m.id} id={m.id} />;
  if (path === '/fonds') return <FondsenPage />;
  m = match('/fonds/:id', path);
  if (m) return <FondsPage key={m.id} id={m.id} />;
  return <NotFoundPage />;
}

function Shell({ children, me, onLogout, path }: { children: ReactNode; me?: Me; onLogout?: () => void; path?: string }) {
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  // Move focus to the new page on navigation, so screen-reader and keyboard users start at its top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [path]);
  const menu = me ? menuOf(me) : [];
  return (
    <div className="utrecht-page mw-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="utrecht-page-header mw-header">
        <div className="mw-header__inner">
          <a href="/" className="mw-logo" onClick={(e) => { e.preventDefault(); navigate('/'); }}>
            Maatwerk<span className="mw-logo__tag">één huishouden, één plan, één regisseur</span>
          </a>
          {me && (
            <div className="mw-user" aria-label="Ingelogd als">
              <span>
                <span className="mw-strong">{me.user.displayName}</span>
                <span className="mw-muted">
                  {' '}
                  · {me.roleLabels.join(', ')} · {me.organisation.name}
                  {me.user.teamName ? ` · ${me.user.teamName}` : ''}
                </span>
              </span>
              {!(me.user.roles as string[]).includes('inwoner') && <Notifications path={path} />}
              <Button appearance="secondary-action-button" type="button" onClick={onLogout}>
                Uitloggen
              </Button>
            </div>
          )}
        </div>
        {menu.length > 0 && (
          <nav className="utrecht-nav-bar mw-nav" aria-label="Hoofdmenu">
            <ul className="utrecht-nav-list mw-nav__list">
              {menu.map((i) => {
                const current = path === i.href || ((path ?? '').startsWith(i.href + '/') && !menu.some((o) => o.href === path));
                return (
                  <li key={i.href} className="utrecht-nav-list__item">
                    <Link href={i.href} className={`utrecht-nav-list__link mw-nav__link${current ? ' mw-nav__link--current' : ''}`} aria-current={current ? 'page' : undefined}>
                      {i.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
      </header>
      <main id="inhoud" ref={mainRef} tabIndex={-1} className="utrecht-page-content mw-main">
        {children}
      </main>
      <footer className="utrecht-page-footer mw-footer">
        <p className="utrecht-paragraph">Maatwerk · open source (EUPL-1.2) · persoonsgegevens worden alleen verwerkt voor het doel van uw taak; elke inzage wordt vastgelegd.</p>
      </footer>
    </div>
  );
}

function menuOf(me: Me): Array<{ href: string; label: string }> {
  const onlyOwnPage = hasRole(me, ['inwoner']) || (me.user.roles as string[]).every((r) => r === 'raad');
  const items: Array<{ href: string; label: string }> = onlyOwnPage ? [] : [{ href: '/start', label: 'Vandaag' }];
  if (hasRole(me, ['handhaving'])) items.push({ href: '/handhaving', label: 'Handhavingszaken' });
  if (hasRole(me, ['professional']) && !me.user.teamId) items.push({ href: '/partner', label: 'Meekijken als partner' });
  if (hasRole(me, CARE_ROLES) && (me.user.teamId || hasRole(me, ['teamleider']))) items.push({ href: '/casussen', label: 'Mijn casussen' });
  if (hasRole(me, ['professional', 'teamleider']) && (me.user.teamId || hasRole(me, ['teamleider']))) items.push({ href: '/casussen/nieuw', label: 'Nieuw huishouden' });
  if (hasRole(me, ['teamleider'])) items.push({ href: '/handhaving/pauzes', label: 'Pauzes van handhaving' });
  if (hasRole(me, ['budgethouder'])) items.push({ href: '/akkoord', label: 'Akkoord op uitgaven' });
  if (hasRole(me, ['budgethouder'])) items.push({ href: '/budgetten', label: 'Budgetten' });
  if (hasRole(me, ['budgethouder'])) items.push({ href: '/fonds', label: 'Gezamenlijke fondsen' });
  if (hasRole(me, ['doorbraaktafel'])) items.push({ href: '/doorbraaktafel', label: 'Doorbraaktafel' });
  if (hasRole(me, ['doorbraaktafel', 'budgethouder'])) items.push({ href: '/loket', label: 'Overdrachten en overbruggingen' });
  if (!onlyOwnPage) items.push({ href: '/maatwerkregister', label: 'Maatwerkregister' });
  if (hasRole(me, ['beleid', 'doorbraaktafel'])) items.push({ href: '/beleid', label: 'Signalen en knelpunten' });
  if (hasRole(me, ['beleid'])) items.push({ href: '/beleid/minima-effect', label: 'Minima-effectrapportage' });
  if (hasRole(me, ['beleid'])) items.push({ href: '/beleid/regelingen', label: 'Gemeentelijke regelingen' });
  if (hasRole(me, ['beleid'])) items.push({ href: '/beleid/simulaties', label: 'Simulaties' });
  if (hasRole(me, ['inwoner'])) {
    items.push({ href: '/mijn', label: 'Mijn plan' }, { href: '/mijn/geld', label: 'Mijn geld' }, { href: '/mijn/wie-kijkt-mee', label: 'Wie kijkt mee' }, { href: '/mijn/contact', label: 'Contact' });
    return items;
  }
  if (hasRole(me, ['beleid', 'doorbraaktafel'])) items.push({ href: '/beleid/opvolging', label: 'Van doorbraak naar beleid' });
  if (hasRole(me, ['beleid', 'teamleider'])) items.push({ href: '/signaalregels', label: 'Signaalregels' });
  if (hasRole(me, ['professional', 'teamleider'])) items.push({ href: '/signalen', label: 'Signalen' });
  if (hasRole(me, ['beleid', 'teamleider', 'doorbraaktafel'])) items.push({ href: '/patronen', label: 'Patronen' });
  if (hasRole(me, ['raad', 'beleid', 'admin'])) items.push({ href: '/raadsrapportage', label: 'Raadsrapportage' });
  if ((!hasRole(me, ['handhaving']) || hasRole(me, ['professional', 'teamleider'])) && !(me.user.roles.length > 0 && me.user.roles.every((r) => r === 'raad'))) items.push({ href: '/bibliotheek', label: 'Bibliotheek' });
  if (hasRole(me, ['admin'])) items.push({ href: '/beheer', label: 'Beheer' });
  if (hasRole(me, ['privacy'])) {
    items.push({ href: '/privacy/verwerkingen', label: 'Verwerkingsregister' });
    items.push({ href: '/privacy/inzage', label: 'Inzageverzoek' });
  }
  return items;
}
