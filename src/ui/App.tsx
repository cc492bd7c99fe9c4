/** The app shell: header with navigation and language switch, hash routes, lazy pages, and an error boundary. */
import { Component, lazy, Suspense } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Route, Router, Switch, useLocation } from 'wouter'
import { useHashLocation } from 'wouter/use-hash-location'
import { setLang, useLang } from './i18n.ts'

const LibraryPage = lazy(() => import('./pages/LibraryPage.tsx'))
const PracticePage = lazy(() => import('./pages/PracticePage.tsx'))
const EvaluationPage = lazy(() => import('./pages/EvaluationPage.tsx'))
const HistoryPage = lazy(() => import('./pages/HistoryPage.tsx'))
const PlansPage = lazy(() => import('./pages/PlansPage.tsx'))
const PlanPage = lazy(() => import('./pages/PlanPage.tsx'))
const ReviewPage = lazy(() => import('./pages/ReviewPage.tsx'))
const ConsolePage = lazy(() => import('./pages/ConsolePage.tsx'))
const PresentPage = lazy(() => import('./pages/PresentPage.tsx'))
const MselImportPage = lazy(() => import('./pages/MselImportPage.tsx'))

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        {/* The projector view fills the screen: no header, no navigation. */}
        <Route path="/present/:id">
          {(p) => (
            <main id="main" className="present-main">
              <ErrorBoundary>
                <Suspense fallback={<Loading />}>
                  <PresentPage key={p.id} sessionId={decodeURIComponent(p.id)} />
                </Suspense>
              </ErrorBoundary>
            </main>
          )}
        </Route>
        <Route><Shell /></Route>
      </Switch>
    </Router>
  )
}

function Shell() {
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus() }}>
        <SkipText />
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <ErrorBoundary>
          <Suspense fallback={<Loading />}>
            <Switch>
              <Route path="/"><LibraryPage /></Route>
              <Route path="/practice/:id">{(p) => <PracticePage key={p.id} scenarioId={decodeURIComponent(p.id)} />}</Route>
              <Route path="/evaluations"><HistoryPage /></Route>
              <Route path="/evaluation/:id">{(p) => <EvaluationPage key={p.id} id={decodeURIComponent(p.id)} />}</Route>
              <Route path="/review"><ReviewPage /></Route>
              <Route path="/import-msel"><MselImportPage /></Route>
              <Route path="/console/:id">{(p) => <ConsolePage key={p.id} scenarioId={decodeURIComponent(p.id)} />}</Route>
              <Route path="/plans"><PlansPage /></Route>
              <Route path="/plans/:id">{(p) => <PlanPage key={p.id} planId={decodeURIComponent(p.id)} />}</Route>
              <Route><NotFound /></Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
    </>
  )
}

function SkipText() {
  const { t } = useTranslation()
  return <>{t('app.skip')}</>
}

function Header() {
  const { t } = useTranslation()
  const { lang } = useLang()
  const [location] = useLocation()
  const current = (prefix: string) => (prefix === '/' ? location === '/' || location.startsWith('/practice') : location.startsWith(prefix))
  return (
    <header className="app-header no-print">
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">◆</span> plandrill <span className="brand-sub">{t('app.tagline')}</span>
      </Link>
      <nav aria-label={t('app.nav')}>
        <Link href="/" aria-current={current('/') ? 'page' : undefined}>{t('nav.library')}</Link>
        <Link href="/evaluations" aria-current={current('/evaluation') ? 'page' : undefined}>{t('nav.history')}</Link>
        <Link href="/review" aria-current={current('/review') ? 'page' : undefined}>{t('nav.review')}</Link>
        <Link href="/plans" aria-current={current('/plans') ? 'page' : undefined}>{t('nav.plans')}</Link>
      </nav>
      <div className="lang-switch" role="group" aria-label={t('app.language')}>
        <button type="button" aria-pressed={lang === 'zh'} onClick={() => setLang('zh')} lang="zh-CN">中文</button>
        <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')} lang="en">English</button>
      </div>
    </header>
  )
}

export function Loading() {
  const { t } = useTranslation()
  return <p className="loading" role="status">{t('app.loading')}</p>
}

function NotFound() {
  const { t } = useTranslation()
  return (
    <section className="page">
      <h1>{t('app.notFound')}</h1>
      <p><Link href="/">{t('nav.library')}</Link></p>
    </section>
  )
}

/** A page that throws shows a message and a way back; it never takes the app (or the saved data) down with it. */
class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('plandrill page error', error, info.componentStack)
  }
  override render() {
    if (this.state.error) return <PageError error={this.state.error} onRetry={() => this.setState({ error: null })} />
    return this.props.children
  }
}

function PageError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <section className="page" role="alert">
      <h1>{t('app.error')}</h1>
      <p>{t('app.errorHelp')}</p>
      <pre className="error-text">{error.message}</pre>
      <p>
        <button type="button" onClick={onRetry}>{t('app.retry')}</button> <Link href="/" onClick={onRetry}>{t('nav.library')}</Link>
      </p>
    </section>
  )
}
