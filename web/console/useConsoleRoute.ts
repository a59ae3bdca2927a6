import { useCallback, useEffect, useState } from 'react';

/** The console's pages; the server answers every /console/* path with the app, so these URLs can be shared. */
export const consoleSections = [
  { page: 'conversations', label: 'Conversations', path: '/console' },
  { page: 'live', label: 'Live', path: '/console/live' },
  { page: 'agents', label: 'Agents', path: '/console/agents' },
  { page: 'charts', label: 'Charts', path: '/console/charts' },
  { page: 'qa', label: 'QA reviews', path: '/console/qa' },
  { page: 'guardrail', label: 'Guardrail', path: '/console/guardrail' },
  { page: 'staffing', label: 'Staffing', path: '/console/staffing' },
  { page: 'simulations', label: 'Simulations', path: '/console/simulations' },
  { page: 'settings', label: 'Policy & pay', path: '/console/settings' },
] as const;

export type ConsoleSection = (typeof consoleSections)[number]['page'];
export type ConsoleRoute = { page: ConsoleSection } | { page: 'conversation'; conversationId: string };

const BASE = '/console';

export function parseConsolePath(pathname: string): ConsoleRoute {
  const match = /^\/console\/conversations\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  if (match?.[1]) return { page: 'conversation', conversationId: match[1] };
  const trimmed = pathname.replace(/\/+$/, '') || BASE;
  const section = consoleSections.find((s) => s.path === trimmed);
  return { page: section?.page ?? 'conversations' };
}

export const consolePath = (route: ConsoleRoute): string =>
  route.page === 'conversation' ? `${BASE}/conversations/${encodeURIComponent(route.conversationId)}` : (consoleSections.find((s) => s.page === route.page)?.path ?? BASE);

export function useConsoleRoute(): { route: ConsoleRoute; navigate: (route: ConsoleRoute) => void } {
  const [route, setRoute] = useState(() => parseConsolePath(location.pathname));
  useEffect(() => {
    const onPop = () => setRoute(parseConsolePath(location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: ConsoleRoute) => {
    history.pushState(null, '', consolePath(next));
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);
  return { route, navigate };
}
