import { citationLabel, factSourceLabel, type HandoffSummary } from '../client/index.js';
import { Badge, type BadgeTone } from './Badge.js';
import { escalationLabelOf } from './conversation-state.js';
import { intentLabel } from './format.js';

const sentimentTone: Record<string, BadgeTone> = { negative: 'danger', neutral: 'neutral', positive: 'success' };

/**
 * What the assistant handed over: the agent reads this instead of asking the customer again. Every fact
 * shows its source (an account check with its audit number, or a help article), so nothing is taken on trust.
 */
export function HandoffCard({ handoff, compact = false }: { handoff: HandoffSummary; compact?: boolean }) {
  const articles = handoff.citations.filter((c) => c.kind === 'article');
  const reason = escalationLabelOf(handoff.reason);
  return (
    <div className={compact ? 'handoff handoff-compact' : 'handoff'} role="note" aria-label="Handoff from the assistant">
      <div className="handoff-head">
        <strong>From the assistant</strong>
        {handoff.intent ? <Badge tone="info">{intentLabel(handoff.intent)}</Badge> : null}
        {handoff.sentiment ? <Badge tone={sentimentTone[handoff.sentiment] ?? 'neutral'}>Sentiment: {handoff.sentiment}</Badge> : null}
      </div>
      {handoff.summary ? <p className="handoff-wants">{handoff.summary}</p> : null}
      {reason ? (
        <p className="small handoff-line">
          <span className="muted">Why a person: </span>
          {reason}
          {handoff.detail ? ` (${handoff.detail})` : ''}
        </p>
      ) : null}
      {handoff.facts.length > 0 ? (
        <>
          <h4 className="handoff-label">Facts found</h4>
          <ul className="handoff-facts">
            {handoff.facts.map((fact, i) => (
              <li key={i}>
                {fact.text}
                {fact.source ? <span className="handoff-source"> {factSourceLabel(fact.source, handoff.citations)}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {handoff.actions.length > 0 ? (
        <>
          <h4 className="handoff-label">Already tried</h4>
          <ul className="handoff-facts">
            {handoff.actions.map((action, i) => (
              <li key={i}>
                <span className="mono">{action.tool}</span>
                {action.result ? `: ${action.result}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {articles.length > 0 ? (
        <ul className="citations" aria-label="Articles the assistant used">
          {articles.map((c) => (
            <li key={c.id}>{citationLabel(c)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
