import { describeError } from '../client/index.js';
import { useStaffSession } from '../hooks/index.js';
import { LoginForm } from '../ui/index.js';
import { Workspace } from './Workspace.js';

/** The agent workspace: log in, then the workspace for this agent (or supervisor). */
export function AgentApp() {
  const { session, api, login, logout } = useStaffSession('agent');
  if (!session) {
    return (
      <LoginForm
        title="Tandem agent workspace"
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
  return <Workspace key={session.agent.id} session={session} api={api} onLogout={logout} />;
}
