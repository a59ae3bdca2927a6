import { useCallback, useState, type FormEvent } from 'react';
import { conversationStates } from '../../src/domain/conversation/state-machine.js';
import { describeError, type ApiClient, type Conversation } from '../client/index.js';
import { usePolling } from '../hooks/index.js';
import { Banner, Button, Card, SelectField, Spinner, TextField, stateLabel } from '../ui/index.js';
import { ConversationTable } from './ConversationTable.js';

const REFRESH_MS = 5_000;
const PAGE = 200;
const stateOptions = [{ value: '', label: 'All states' }, ...conversationStates.map((state) => ({ value: state, label: stateLabel(state) }))];

/** Every conversation, newest first, refreshed every few seconds; filter by state, find by id. */
export function ConversationsPage({ api, onOpen }: { api: ApiClient; onOpen: (conversationId: string) => void }) {
  const [state, setState] = useState('');
  const [search, setSearch] = useState('');
  const [conversations, setConversations] = useState<Conversation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);

  usePolling(
    useCallback(async () => {
      try {
        setConversations(await api.listAllConversations({ limit: PAGE, ...(state ? { state } : {}) }));
        setUpdatedAt(Date.now());
        setError(null);
      } catch (caught) {
        setError(describeError(caught));
      }
    }, [api, state]),
    REFRESH_MS,
    state,
  );

  const needle = search.trim().toLowerCase();
  // The list endpoint filters by state only, so the search runs over the newest conversations loaded here.
  const matches = (c: Conversation) => [c.id, c.customerId, c.intent ?? '', c.ownerAgentId ?? ''].some((field) => field.toLowerCase().includes(needle));
  const shown = conversations?.filter((c) => !needle || matches(c)) ?? null;

  const openTyped = (event: FormEvent) => {
    event.preventDefault();
    if (/^[A-Za-z0-9_-]+$/.test(search.trim())) onOpen(search.trim());
  };

  return (
    <Card title="Conversations" actions={updatedAt ? <span className="small muted" aria-live="off">Live · refreshes every 5 s</span> : null}>
      <form className="filters" onSubmit={openTyped} role="search" aria-label="Find conversations">
        <SelectField label="State" options={stateOptions} value={state} onChange={(e) => setState(e.target.value)} />
        <TextField label="Search" hint="Conversation id, customer id, topic or agent; Enter opens an id" value={search} onChange={(e) => setSearch(e.target.value)} autoComplete="off" spellCheck={false} />
        <Button type="submit" variant="secondary" disabled={!search.trim()}>
          Open
        </Button>
      </form>
      <p />
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      {shown === null ? (
        <Spinner label="Loading conversations" />
      ) : shown.length === 0 ? (
        <p className="muted">{needle ? 'No conversation in this list matches. Press Enter to open the id directly.' : 'No conversations yet.'}</p>
      ) : (
        <ConversationTable conversations={shown} onOpen={onOpen} />
      )}
      {conversations && conversations.length === PAGE ? <p className="small muted">Showing the newest {PAGE}. Filter by state to narrow the list.</p> : null}
    </Card>
  );
}
