import { useState } from 'react';
import type { ApiClient, AssignedChat, RealtimeClient, StaffMember } from '../client/index.js';
import { useMediaQuery } from '../hooks/index.js';
import { Card, EmptyState, shortId } from '../ui/index.js';
import { ChatPanel } from './ChatPanel.js';

type ChatAreaProps = {
  api: ApiClient;
  realtime: RealtimeClient;
  me: StaffMember;
  ids: string[];
  /** The chats the agent owns (from the workspace), for when each was taken. */
  assigned: readonly AssignedChat[];
  clockOffsetMs: number;
  onClose: (id: string) => void;
  connected: boolean;
};

/**
 * Several chats at once: columns side by side on a wide screen, tabs on a phone. Every panel stays mounted
 * (hidden ones too), so no chat stops receiving while another is shown.
 */
export function ChatArea({ api, realtime, me, ids, assigned, clockOffsetMs, onClose, connected }: ChatAreaProps) {
  const phone = useMediaQuery('(max-width: 900px)');
  const [selected, setSelected] = useState<string | null>(null);
  const active = selected && ids.includes(selected) ? selected : (ids[ids.length - 1] ?? null);

  if (ids.length === 0) {
    return (
      <Card>
        <EmptyState title="No open chats">
          <p className="small">Chats you take or open appear here, side by side.</p>
        </EmptyState>
      </Card>
    );
  }

  const panels = ids.map((id) => (
    <div key={id} id={`panel-${id}`} role={phone ? 'tabpanel' : undefined} aria-labelledby={phone ? `tab-${id}` : undefined} hidden={phone && id !== active}>
      <ChatPanel
        api={api}
        realtime={realtime}
        me={me}
        conversationId={id}
        assigned={assigned.find((c) => c.id === id) ?? null}
        clockOffsetMs={clockOffsetMs}
        onClose={() => onClose(id)}
        connected={connected}
      />
    </div>
  ));

  // The panels keep the same place in the tree in both layouts: crossing the breakpoint (a resized window, a
  // rotated phone) must not remount them, which would drop drafts and what each panel had open.
  return (
    <>
      {phone ? (
        <div className="tabs" role="tablist" aria-label="Open chats">
          {ids.map((id) => (
            <button
              key={id}
              id={`tab-${id}`}
              type="button"
              role="tab"
              className="tab"
              aria-selected={id === active}
              aria-controls={`panel-${id}`}
              tabIndex={id === active ? 0 : -1}
              onClick={() => setSelected(id)}
              onKeyDown={(event) => {
                const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
                if (!step || !active) return;
                const next = ids[(ids.indexOf(active) + step + ids.length) % ids.length];
                if (next) {
                  setSelected(next);
                  document.getElementById(`tab-${next}`)?.focus();
                }
              }}
            >
              Chat {shortId(id)}
            </button>
          ))}
        </div>
      ) : null}
      <div className={phone ? 'chat-stack' : 'chat-columns'}>{panels}</div>
    </>
  );
}
