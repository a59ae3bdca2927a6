import type { Conversation } from '../client/index.js';
import { Badge, formatDateTime, intentLabel, stateLabel, stateTone } from '../ui/index.js';
import { consolePath } from './useConsoleRoute.js';

/** A table on wide screens; each row folds into a labelled card on a phone (see .table in the stylesheet). */
export function ConversationTable({ conversations, onOpen }: { conversations: Conversation[]; onOpen: (id: string) => void }) {
  return (
    <table className="table">
      <caption className="visually-hidden">Conversations, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Conversation</th>
          <th scope="col">State</th>
          <th scope="col">Topic</th>
          <th scope="col">Language</th>
          <th scope="col">Agent</th>
          <th scope="col">Started</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        {conversations.map((c) => (
          <tr key={c.id}>
            <td data-label="Conversation">
              <a
                className="mono"
                href={consolePath({ page: 'conversation', conversationId: c.id })}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onOpen(c.id);
                }}
              >
                {c.id}
              </a>
            </td>
            <td data-label="State">
              <Badge tone={stateTone(c.state)}>{stateLabel(c.state)}</Badge>
            </td>
            <td data-label="Topic">{intentLabel(c.intent)}</td>
            <td data-label="Language">{c.language.toUpperCase()}</td>
            <td data-label="Agent">{c.ownerAgentId ?? '—'}</td>
            <td data-label="Started">{formatDateTime(c.createdAt)}</td>
            <td data-label="Last change">{formatDateTime(c.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
