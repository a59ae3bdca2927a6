import { consoleSections, type ConsoleRoute } from './useConsoleRoute.js';

/** The console's sections; a conversation page belongs to "Conversations". */
export function ConsoleNav({ route, onGo }: { route: ConsoleRoute; onGo: (route: ConsoleRoute) => void }) {
  const current = route.page === 'conversation' ? 'conversations' : route.page;
  return (
    <nav className="console-nav" aria-label="Console">
      <ul>
        {consoleSections.map((s) => (
          <li key={s.page}>
            <a
              href={s.path}
              aria-current={s.page === current ? 'page' : undefined}
              onClick={(event) => {
                if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
                event.preventDefault();
                onGo({ page: s.page });
              }}
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
