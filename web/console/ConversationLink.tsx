import { consolePath } from './useConsoleRoute.js';

/** A link to a conversation's page that opens in place (or in a new tab with the usual modifier keys). */
export function ConversationLink({ id, onOpen, label }: { id: string; onOpen: (id: string) => void; label?: string }) {
  return (
    <a
      className="mono"
      href={consolePath({ page: 'conversation', conversationId: id })}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        onOpen(id);
      }}
    >
      {label ?? id}
    </a>
  );
}
