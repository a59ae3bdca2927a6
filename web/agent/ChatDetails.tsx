import { useId, type ReactNode } from 'react';

export type DetailTab = { id: string; label: string; content: ReactNode };

type ChatDetailsProps = { tabs: DetailTab[]; selected: string | null; onSelect: (id: string | null) => void };

/**
 * The handoff and the customer's account above a chat, one at a time, so the transcript keeps its room;
 * "Hide" folds the area away until a tab is chosen again.
 */
export function ChatDetails({ tabs, selected, onSelect }: ChatDetailsProps) {
  const base = useId();
  const active = tabs.find((t) => t.id === selected) ?? null;
  if (tabs.length === 0) return null;
  return (
    <div className="chat-details">
      <div className="chat-details-tabs" role="tablist" aria-label="Conversation details">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-${tab.id}-tab`}
            className="tab"
            aria-selected={tab.id === active?.id}
            aria-controls={`${base}-panel`}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
        {active ? (
          <button type="button" className="tab chat-details-hide" onClick={() => onSelect(null)}>
            Hide
          </button>
        ) : null}
      </div>
      {active ? (
        <div className="chat-details-panel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${active.id}-tab`} tabIndex={0}>
          {active.content}
        </div>
      ) : null}
    </div>
  );
}
