import { useCallback, useEffect, useState } from 'react';

/** The console's pages; the server answers every /console/* path with the app, so these URLs can be shared. */
export type ConsoleRoute = { page: 'conversations' } | { page: 'conversation'; conversationId: string };

const BASE = '/console';

export function parseConsolePath(pathname: string): ConsoleRoute {
  const match = /^\/console\/conversations\/([A-Za-z0-9_-]+)\/?$/.exec(pathname);
  return match?.[1] ? { page: 'conversation', conversationId: match[1] } : { page: 'conversations' };
}

export const consolePath = (route: ConsoleRoute): string =>
  route.page === 'conversation' ? `${BASE}/conversations/${encodeURIComponent(route.conversationId)}` : BASE;

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
