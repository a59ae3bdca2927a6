import { lazy, Suspense } from 'react';
import { describeError } from '../client/index.js';
import { useRealtime, useStaffSession } from '../hooks/index.js';
import { Badge, Banner, Button, Card, LoginForm, Spinner } from '../ui/index.js';
import { AgentsPage } from './AgentsPage.js';
import { ConsoleNav } from './ConsoleNav.js';
import { ConversationPage } from './ConversationPage.js';
import { ConversationsPage } from './ConversationsPage.js';
import { GuardrailPage } from './GuardrailPage.js';
import { LivePage } from './LivePage.js';
import { QaPage } from './QaPage.js';
import { SettingsPage } from './settings/SettingsPage.js';
import { consolePath, useConsoleRoute, type ConsoleRoute } from './useConsoleRoute.js';

// The pages with charts load chart.js only when opened.
const ChartsPage = lazy(() => import('./charts/ChartsPage.js'));
const StaffingPage = lazy(() => import('./staffing/StaffingPage.js'));
const SimulationsPage = lazy(() => import('./simulations/SimulationsPage.js'));

/** The operations console: supervisors (and, later, operators) only. */
export function ConsoleApp() {
  const { session, api, login, logout } = useStaffSession('console');
  const { route, navigate } = useConsoleRoute();
  const { realtime } = useRealtime(() => session?.token ?? null, logout);

  if (!session) {
    return (
      <LoginForm
        title="Tandem console"
        note="For supervisors and operations."
        onLogin={async (email, password) => {
          try {
            await login(email, password);
          } catch (caught) {
            throw new Error(describeError(caught));
          }
        }}
      />
    );
  }

  const open = (conversationId: string) => navigate({ page: 'conversation', conversationId });
  const page = (r: ConsoleRoute) => {
    switch (r.page) {
      case 'conversation':
        return <ConversationPage key={r.conversationId} api={api} realtime={realtime} conversationId={r.conversationId} onBack={() => navigate({ page: 'conversations' })} />;
      case 'live':
        return <LivePage api={api} onOpen={open} />;
      case 'agents':
        return <AgentsPage api={api} />;
      case 'charts':
        return <ChartsPage api={api} />;
      case 'qa':
        return <QaPage api={api} onOpen={open} />;
      case 'guardrail':
        return <GuardrailPage api={api} />;
      case 'staffing':
        return <StaffingPage api={api} />;
      case 'simulations':
        return <SimulationsPage api={api} />;
      case 'settings':
        return <SettingsPage api={api} />;
      case 'conversations':
        return <ConversationsPage api={api} onOpen={open} />;
    }
  };

  const supervisor = session.agent.role === 'supervisor';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <h1>
          <a href={consolePath({ page: 'conversations' })} onClick={(e) => (e.preventDefault(), navigate({ page: 'conversations' }))}>
            Tandem console
          </a>
        </h1>
        <div className="row">
          <span>
            {session.agent.name} <Badge tone="info">{supervisor ? 'Supervisor' : 'Agent'}</Badge>
          </span>
          <Button variant="secondary" size="sm" onClick={logout}>
            Log out
          </Button>
        </div>
      </header>
      {supervisor ? <ConsoleNav route={route} onGo={navigate} /> : null}
      <main className="app-main console-grid" id="main" tabIndex={-1}>
        {!supervisor ? (
          <Card title="Supervisors only">
            <Banner tone="warning">The console is for supervisors. Agents work in the agent workspace.</Banner>
            <p />
            <a href="/agent">Go to the agent workspace</a>
          </Card>
        ) : (
          <Suspense fallback={<Spinner label="Loading the page" />}>{page(route)}</Suspense>
        )}
      </main>
    </>
  );
}
