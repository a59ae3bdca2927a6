import { useCallback, useEffect, useState } from 'react';

/** The workspace's pages; the server answers every /agent/* path with the app, so each can be linked to. */
export const agentPages = [
  { id: 'chats', label: 'Chats', path: '/agent' },
  { id: 'quality', label: 'Quality', path: '/agent/quality' },
  { id: 'blocks', label: 'On-call blocks', path: '/agent/blocks' },
  { id: 'earnings', label: 'Earnings', path: '/agent/earnings' },
] as const;

export type AgentPage = (typeof agentPages)[number]['id'];

export function parseAgentPath(pathname: string): AgentPage {
  const trimmed = pathname.replace(/\/+$/, '') || '/agent';
  return agentPages.find((p) => p.path === trimmed)?.id ?? 'chats';
}

export function useAgentPage(): { page: AgentPage; go: (page: AgentPage) => void } {
  const [page, setPage] = useState(() => parseAgentPath(location.pathname));
  useEffect(() => {
    const onPop = () => setPage(parseAgentPath(location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const go = useCallback((next: AgentPage) => {
    const path = agentPages.find((p) => p.id === next)?.path ?? '/agent';
    if (location.pathname !== path) history.pushState(null, '', path);
    setPage(next);
  }, []);
  return { page, go };
}
