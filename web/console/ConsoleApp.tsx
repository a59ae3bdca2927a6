import { describeError } from '../client/index.js';
import { useRealtime, useStaffSession } from '../hooks/index.js';
import { Badge, Banner, Button, Card, LoginForm } from '../ui/index.js';
import { ConversationPage } from './ConversationPage.js';
import { ConversationsPage } from './ConversationsPage.js';
import { consolePath, useConsoleRoute } from './useConsoleRoute.js';

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
            {session.agent.name} <Badge tone="info">{session.agent.role === 'supervisor' ? 'Supervisor' : 'Agent'}</Badge>
          </span>
          <Button variant="secondary" size="sm" onClick={logout}>
            Log out
          </Button>
        </div>
      </header>
      <main className="app-main console-grid" id="main" tabIndex={-1}>
        {session.agent.role !== 'supervisor' ? (
          <Card title="Supervisors only">
            <Banner tone="warning">The console is for supervisors. Agents work in the agent workspace.</Banner>
            <p />
            <a href="/agent">Go to the agent workspace</a>
          </Card>
        ) : route.page === 'conversation' ? (
          <ConversationPage key={route.conversationId} api={api} realtime={realtime} conversationId={route.conversationId} onBack={() => navigate({ page: 'conversations' })} />
        ) : (
          <ConversationsPage api={api} onOpen={(conversationId) => navigate({ page: 'conversation', conversationId })} />
        )}
      </main>
    </>
  );
}
