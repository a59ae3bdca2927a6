import type { ApiClient, StaffSession } from '../client/index.js';
import { useRealtime } from '../hooks/index.js';
import { Badge, Button, EmptyState, Card } from '../ui/index.js';
import { ChatArea } from './ChatArea.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { OpenByIdForm } from './OpenByIdForm.js';
import { QueuePanel } from './QueuePanel.js';
import { useOpenChats } from './useOpenChats.js';

export type WorkspaceProps = { session: StaffSession; api: ApiClient; onLogout: () => void };

export function Workspace({ session, api, onLogout }: WorkspaceProps) {
  const me = session.agent;
  const { realtime, status } = useRealtime(() => session.token, onLogout);
  const chats = useOpenChats(me.id);

  return (
    <>
      <a className="skip-link" href="#chats">
        Skip to chats
      </a>
      <header className="app-header">
        <h1>Agent workspace</h1>
        <div className="row">
          <span>
            {me.name} <Badge tone="info">{me.role === 'supervisor' ? 'Supervisor' : 'Agent'}</Badge>
          </span>
          <ConnectionBadge status={status} />
          <Button variant="secondary" size="sm" onClick={onLogout}>
            Log out
          </Button>
        </div>
      </header>
      <main className="app-main workspace" id="main">
        <div className="workspace-side">
          {/* Slot: the presence switch (online / away / offline) and offer cards arrive with dispatch. */}
          {me.role === 'supervisor' ? (
            <QueuePanel api={api} me={me} onOpen={chats.open} />
          ) : (
            <Card title="Offers" level={2}>
              <EmptyState title="Offers will appear here">
                <p className="small">Until offers arrive here, open a conversation assigned to you by its id below.</p>
              </EmptyState>
            </Card>
          )}
          <OpenByIdForm api={api} onOpen={chats.open} />
        </div>
        <section id="chats" aria-label="Open chats" tabIndex={-1}>
          <ChatArea api={api} realtime={realtime} me={me} ids={chats.ids} onClose={chats.close} connected={status === 'online'} />
        </section>
      </main>
    </>
  );
}
