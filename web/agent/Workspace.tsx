import { useCallback, useEffect, useRef } from 'react';
import type { ApiClient, StaffSession } from '../client/index.js';
import { useRealtime } from '../hooks/index.js';
import { Badge, Banner, Button } from '../ui/index.js';
import { BlocksPage } from './BlocksPage.js';
import { ChatArea } from './ChatArea.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { EarningsPage } from './EarningsPage.js';
import { OffersPanel } from './OffersPanel.js';
import { OpenByIdForm } from './OpenByIdForm.js';
import { PageNav } from './PageNav.js';
import { QualityPage } from './QualityPage.js';
import { QueuePanel } from './QueuePanel.js';
import { StatusCard } from './StatusCard.js';
import { YourChats } from './YourChats.js';
import { useAgentPage } from './useAgentPage.js';
import { useAgentWorkspace } from './useAgentWorkspace.js';
import { useOpenChats } from './useOpenChats.js';

export type WorkspaceProps = { session: StaffSession; api: ApiClient; onLogout: () => void };

/**
 * The agent's day: status and offers on the left (always in view, whatever page is open), chats side by side
 * on the right. Chats stay mounted on the other pages, so none stops receiving while the agent reads elsewhere.
 */
export function Workspace({ session, api, onLogout }: WorkspaceProps) {
  const me = session.agent;
  const { realtime, status } = useRealtime(() => session.token, onLogout);
  const chats = useOpenChats(me.id);
  const { page, go } = useAgentPage();
  const onAccepted = useCallback(
    (conversationId: string) => {
      chats.open(conversationId);
      go('chats');
    },
    [chats.open, go],
  );
  const work = useAgentWorkspace(api, realtime, status, onAccepted);

  // Chats assigned to this agent open by themselves the first time they are seen (accepted here, in another
  // tab, or assigned by a supervisor); one the agent closed stays closed and is listed under "Your chats".
  const seen = useRef(new Set<string>());
  const { open } = chats;
  useEffect(() => {
    for (const chat of work.chats) {
      if (seen.current.has(chat.id)) continue;
      seen.current.add(chat.id);
      open(chat.id);
    }
  }, [work.chats, open]);

  const logout = async () => {
    // Going offline first withdraws open offers at once, instead of leaving customers to wait out a timeout.
    if (work.profile && work.profile.presence !== 'offline') await api.setPresence('offline').catch(() => undefined);
    onLogout();
  };

  const hiddenChats = work.chats.filter((c) => !chats.ids.includes(c.id));
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
          <Button variant="secondary" size="sm" onClick={() => void logout()}>
            Log out
          </Button>
        </div>
      </header>
      <main className="app-main workspace" id="main">
        <div className="workspace-side">
          <div className="side-now">
            <StatusCard profile={work.profile} busy={work.presenceBusy} markedAway={work.markedAway} onChange={(p) => void work.setPresence(p)} />
            {work.error ? <Banner tone="danger" role="alert">{work.error}</Banner> : null}
            <OffersPanel
              offers={work.offers}
              presence={work.profile?.presence ?? null}
              declineBudget={work.declineBudget}
              callUp={work.callUp}
              currency={work.offers[0]?.offer.currency ?? null}
              clockOffsetMs={work.clockOffsetMs}
              onAccept={(id) => void work.accept(id)}
              onDecline={(id, reason) => void work.decline(id, reason)}
              onDismiss={work.dismiss}
              onDismissCallUp={work.dismissCallUp}
              onGoOnline={() => void work.setPresence('available')}
            />
          </div>
          <div className="side-tools">
            {hiddenChats.length > 0 ? <YourChats chats={hiddenChats} clockOffsetMs={work.clockOffsetMs} onOpen={(id) => (chats.open(id), go('chats'))} /> : null}
            {me.role === 'supervisor' ? <QueuePanel api={api} me={me} onOpen={chats.open} /> : null}
            <OpenByIdForm api={api} onOpen={(id) => (chats.open(id), go('chats'))} />
          </div>
        </div>
        <div className="workspace-work">
          <PageNav page={page} onGo={go} badges={chats.ids.length > 0 ? { chats: String(chats.ids.length) } : {}} />
          <section id="chats" aria-label="Open chats" tabIndex={-1} hidden={page !== 'chats'}>
            <ChatArea api={api} realtime={realtime} me={me} ids={chats.ids} assigned={work.chats} clockOffsetMs={work.clockOffsetMs} onClose={chats.close} connected={status === 'online'} />
          </section>
          {page === 'quality' ? <QualityPage api={api} /> : null}
          {page === 'blocks' ? <BlocksPage api={api} /> : null}
          {page === 'earnings' ? <EarningsPage api={api} /> : null}
        </div>
      </main>
    </>
  );
}
