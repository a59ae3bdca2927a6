import { useId, useState, type FormEvent } from 'react';
import { describeError, type ApiClient, type ContestedReview } from '../client/index.js';
import { useResource } from '../hooks/index.js';
import { Badge, Banner, Button, Card, ResourceState, formatDateTime, intentLabel } from '../ui/index.js';
import { ConversationLink } from './ConversationLink.js';

const REFRESH_MS = 15_000;

type Decided = { agent: string; outcome: 'upheld' | 'overturned' };

/**
 * Reviews an agent has contested: their reason beside the answers they dispute. Someone other than the
 * original reviewer upholds or overturns with a note to the agent; an overturned review stops counting
 * toward the agent's score, tier and certifications.
 */
export function ContestedReviews({ api, onOpen }: { api: ApiClient; onOpen: (id: string) => void }) {
  const contests = useResource(() => api.listContests('open', 100), [api], REFRESH_MS);
  const [decided, setDecided] = useState<Decided | null>(null);
  const list = contests.data ?? [];

  return (
    <Card
      title={`Contested reviews${contests.data ? ` (${list.length})` : ''}`}
      actions={
        <Button size="sm" variant="secondary" busy={contests.loading && contests.data !== null} onClick={() => void contests.reload()}>
          Refresh
        </Button>
      }
    >
      <div aria-live="polite">
        {decided ? (
          <Banner tone="success">
            {decided.outcome === 'overturned'
              ? `Overturned: the review no longer counts toward ${decided.agent}'s score.`
              : `Upheld: the review still counts toward ${decided.agent}'s score.`}
          </Banner>
        ) : null}
      </div>
      <ResourceState resource={contests} endpoint="GET /v1/admin/qa/contests" label="contested reviews">
        {list.length === 0 ? (
          <p className="muted">No open contests. Agents can contest a review of their work once, within 14 days.</p>
        ) : (
          <ul className="contest-list">
            {list.map((c) => (
              <li key={c.id}>
                <Contest
                  api={api}
                  contest={c}
                  onOpen={onOpen}
                  onDecided={async (outcome) => {
                    setDecided({ agent: c.agentName ?? c.agentId ?? 'the agent', outcome });
                    await contests.reload();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
    </Card>
  );
}

function Contest({ api, contest, onOpen, onDecided }: { api: ApiClient; contest: ContestedReview; onOpen: (id: string) => void; onDecided: (outcome: 'upheld' | 'overturned') => Promise<void> }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState<'upheld' | 'overturned' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const agent = contest.agentName ?? contest.agentId ?? 'Agent';

  const decide = async (outcome: 'upheld' | 'overturned') => {
    setBusy(outcome);
    setError(null);
    try {
      await api.decideContest(contest.id, outcome, note.trim());
      await onDecided(outcome);
    } catch (caught) {
      setError(describeError(caught));
      setBusy(null);
    }
  };
  const submit = (event: FormEvent) => event.preventDefault();

  return (
    <section className="contest" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {agent} · {intentLabel(contest.topic)}
      </h3>
      <p className="small muted">
        <ConversationLink id={contest.conversationId} onOpen={onOpen} /> · reviewed by {contest.reviewerId ?? 'nobody'}
        {contest.completedAt !== null ? ` on ${formatDateTime(contest.completedAt)}` : ''} · scored {Math.round(contest.score ?? 0)} / 100{' '}
        <Badge tone={contest.passed ? 'success' : 'danger'}>{contest.passed ? 'passed' : 'failed'}</Badge>
      </p>
      <figure className="stack">
        <figcaption className="small">
          {agent}'s reason{contest.contest ? `, ${formatDateTime(contest.contest.openedAtMs)}` : ''}:
        </figcaption>
        <blockquote>{contest.contest?.reason ?? ''}</blockquote>
      </figure>
      {contest.perCriterion.length > 0 ? (
        <table className="table">
          <caption className="small">The review's answers</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Answer</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {contest.perCriterion.map((c) => (
              <tr key={c.criterionId}>
                <th scope="row" data-label="Criterion">
                  {c.label}
                  {c.critical ? ' (critical)' : ''}
                </th>
                <td data-label="Answer">{c.applicable ? `${c.points ?? 0} of ${c.maxPoints}` : 'Not applicable'}</td>
                <td data-label="Result">{c.passed === null ? '—' : <Badge tone={c.passed ? 'success' : 'danger'}>{c.passed ? 'met' : 'missed'}</Badge>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {contest.decidableByYou ? (
        <form className="stack" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-note`}>Note to {agent}</label>
            <textarea id={`${id}-note`} rows={2} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-hint`} />
            <span id={`${id}-hint`} className="field-hint">
              Required. Overturning takes the review out of the agent's score; upholding keeps it.
            </span>
          </div>
          {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
          <div className="row">
            <Button size="sm" variant="secondary" busy={busy === 'upheld'} disabled={!note.trim() || busy !== null} onClick={() => void decide('upheld')}>
              Uphold
            </Button>
            <Button size="sm" busy={busy === 'overturned'} disabled={!note.trim() || busy !== null} onClick={() => void decide('overturned')}>
              Overturn
            </Button>
          </div>
        </form>
      ) : (
        <p className="small muted">You reviewed this conversation (or it is your own), so another supervisor decides the contest.</p>
      )}
    </section>
  );
}
