import { agentPages, type AgentPage } from './useAgentPage.js';

/** The workspace's pages as links (they can be opened in a new tab), current one marked for screen readers. */
export function PageNav({ page, onGo, badges }: { page: AgentPage; onGo: (page: AgentPage) => void; badges?: Partial<Record<AgentPage, string>> }) {
  return (
    <nav className="page-nav" aria-label="Workspace">
      {agentPages.map((p) => (
        <a
          key={p.id}
          href={p.path}
          className="page-nav-link"
          aria-current={p.id === page ? 'page' : undefined}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onGo(p.id);
          }}
        >
          {p.label}
          {badges?.[p.id] ? <span className="page-nav-badge">{badges[p.id]}</span> : null}
        </a>
      ))}
    </nav>
  );
}
