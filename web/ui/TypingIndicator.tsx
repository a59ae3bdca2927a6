export function TypingIndicator({ who }: { who: string }) {
  return (
    <div className="typing" role="status">
      <span className="typing-dot" aria-hidden="true" />
      <span className="typing-dot" aria-hidden="true" />
      <span className="typing-dot" aria-hidden="true" />
      <span>{who} is typing…</span>
    </div>
  );
}
