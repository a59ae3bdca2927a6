import { citationLabel, type HandoffSummary } from '../client/index.js';

/** What the assistant handed over: the agent reads this instead of asking the customer again. */
export function HandoffCard({ handoff }: { handoff: HandoffSummary }) {
  return (
    <div className="handoff" role="note" aria-label="Handoff from the assistant">
      <strong>From the assistant</strong>
      {handoff.summary ? <p style={{ margin: '4px 0' }}>{handoff.summary}</p> : null}
      {handoff.facts.length > 0 ? (
        <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
          {handoff.facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      ) : null}
      {handoff.sentiment ? <p className="small" style={{ margin: 0 }}>Sentiment: {handoff.sentiment}</p> : null}
      {handoff.citations.length > 0 ? (
        <ul className="citations" aria-label="Sources">
          {handoff.citations.map((c) => (
            <li key={`${c.kind}:${c.id}`}>{citationLabel(c)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
