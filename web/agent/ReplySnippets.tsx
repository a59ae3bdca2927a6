import type { ReplySnippet } from './reply-snippets.js';

/**
 * Suggested text from this conversation's own data: a click puts it in the reply box to edit, never sends.
 */
export function ReplySnippets({ snippets, onInsert }: { snippets: ReplySnippet[]; onInsert: (text: string) => void }) {
  if (snippets.length === 0) return null;
  return (
    <div className="snippets">
      <span className="snippets-label small">
        Insert
      </span>
      <ul className="snippet-list" aria-label="Suggested text to insert into your reply">
        {snippets.map((s) => (
          <li key={s.id}>
            <button type="button" className={`snippet snippet-${s.source}`} title={s.text} onClick={() => onInsert(s.text)}>
              {s.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
