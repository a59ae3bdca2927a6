import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { conversationStates } from '../../src/domain/conversation/state-machine.js';
import { describeError, type ApiClient, type Conversation } from '../client/index.js';
import { usePolling } from '../hooks/index.js';
import { Banner, Button, Card, SelectField, Spinner, TextField, stateLabel } from '../ui/index.js';
import { ConversationTable } from './ConversationTable.js';

const REFRESH_MS = 5_000;
const PAGE = 200;
/** Typing pauses this long before the server is asked: one search per word, not per key. */
const SEARCH_DELAY_MS = 300;
const MAX_QUERY = 200;
const stateOptions = [{ value: '', label: 'All states' }, ...conversationStates.map((state) => ({ value: state, label: stateLabel(state) }))];

/** Every conversation, newest first, refreshed every few seconds; filter by state, search on the server, open by id. */
export function ConversationsPage({ api, onOpen }: { api: ApiClient; onOpen: (conversationId: string) => void }) {
  const [state, setState] = useState('');
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [conversations, setConversations] = useState<Conversation[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);

  useEffect(() => {
    const next = search.trim().slice(0, MAX_QUERY);
    const timer = setTimeout(() => setQuery(next), next === '' ? 0 : SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search]);

  // A slow answer to an earlier filter must not replace the answer to the current one.
  const filterKey = `${state}\u0000${query}`;
  const latestKey = useRef(filterKey);
  latestKey.current = filterKey;

  usePolling(
    useCallback(async () => {
      const asked = `${state}\u0000${query}`;
      try {
        const found = await api.listAllConversations({ limit: PAGE, ...(state ? { state } : {}), ...(query ? { q: query } : {}) });
        if (latestKey.current !== asked) return;
        setConversations(found);
        setUpdatedAt(Date.now());
        setError(null);
      } catch (caught) {
        if (latestKey.current === asked) setError(describeError(caught));
      }
    }, [api, state, query]),
    REFRESH_MS,
    filterKey,
  );

  const openTyped = (event: FormEvent) => {
    event.preventDefault();
    if (/^[A-Za-z0-9_-]+$/.test(search.trim())) onOpen(search.trim());
  };

  return (
    <Card title="Conversations" actions={updatedAt ? <span className="small muted" aria-live="off">Live · refreshes every 5 s</span> : null}>
      <form className="filters" onSubmit={openTyped} role="search" aria-label="Find conversations">
        <SelectField label="State" options={stateOptions} value={state} onChange={(e) => setState(e.target.value)} />
        <TextField label="Search" hint="Conversation or customer id, customer name or email, topic, agent, or words from the messages; Enter opens an id" value={search} maxLength={MAX_QUERY} onChange={(e) => setSearch(e.target.value)} autoComplete="off" spellCheck={false} />
        <Button type="submit" variant="secondary" disabled={!search.trim()}>
          Open
        </Button>
      </form>
      <p />
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      {conversations === null ? (
        <Spinner label="Loading conversations" />
      ) : conversations.length === 0 ? (
        <p className="muted">{query ? `No conversation matches “${query}”. Press Enter to open an id directly.` : state ? 'No conversation in this state.' : 'No conversations yet.'}</p>
      ) : (
        <ConversationTable conversations={conversations} onOpen={onOpen} />
      )}
      {conversations && conversations.length === PAGE ? <p className="small muted">Showing the newest {PAGE}. Filter by state or search to narrow the list.</p> : null}
    </Card>
  );
}
