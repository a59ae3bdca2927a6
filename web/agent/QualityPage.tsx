import { useState, type FormEvent } from 'react';
import { describeError, type AgentQuality, type ApiClient } from '../client/index.js';
import { useResource } from '../hooks/index.js';
import { Badge, Banner, Button, Card, ResourceState, formatDateTime, intentLabel } from '../ui/index.js';

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${Math.round(x * 100)}%`);

/** The agent's own quality: the score dispatch ranks by, what it stands on, and every review, contestable. */
export function QualityPage({ api }: { api: ApiClient }) {
  const quality = useResource(() => api.getAgentQuality(), [api]);
  return (
    <div className="stack">
      <Card title="Your quality" level={2}>
        <ResourceState resource={quality} endpoint="GET /v1/agent/quality" label="your quality">
          {quality.data ? <Summary q={quality.data} /> : null}
        </ResourceState>
      </Card>
      {quality.data ? <Reviews q={quality.data} api={api} onChanged={quality.reload} /> : null}
    </div>
  );
}

function Summary({ q }: { q: AgentQuality }) {
  const total = Object.values(q.csat.distribution).reduce((a, b) => a + b, 0);
  return (
    <>
      <div className="stat-grid">
        <div className="stat">
          <span className="stat-label">Quality score</span>
          <span className="stat-value">{pct(q.score.score)}</span>
          <span className="small muted">at least {pct(q.score.lowerBound)} on the evidence so far</span>
        </div>
        <div className="stat">
          <span className="stat-label">Customer ratings</span>
          <span className="stat-value">{q.csat.ratings}</span>
          <span className="small muted">{q.csat.ratings > 0 ? `${q.csat.satisfied} satisfied (4 or 5)` : 'none yet'}</span>
        </div>
        <div className="stat">
          <span className="stat-label">QA reviews</span>
          <span className="stat-value">{q.score.qa.reviews}</span>
          <span className="small muted">{q.score.qa.excludedOverturned > 0 ? `${q.score.qa.excludedOverturned} overturned, not counted` : 'all counted'}</span>
        </div>
        <div className="stat">
          <span className="stat-label">Tier</span>
          <span className="stat-value">{q.tier.charAt(0).toUpperCase() + q.tier.slice(1)}</span>
          <span className="small muted">{q.certificationsHeld.length > 0 ? `Certified: ${q.certificationsHeld.map(intentLabel).join(', ')}` : 'No certifications yet'}</span>
        </div>
      </div>
      {total > 0 ? (
        <div className="csat-bars" role="img" aria-label={`Ratings: ${[5, 4, 3, 2, 1].map((r) => `${q.csat.distribution[String(r)] ?? 0} × ${r}`).join(', ')}`}>
          {[5, 4, 3, 2, 1].map((r) => {
            const n = q.csat.distribution[String(r)] ?? 0;
            return (
              <div key={r} className="csat-bar">
                <span>{r}</span>
                <span className="csat-bar-track">
                  <span style={{ width: `${(n / total) * 100}%` }} />
                </span>
                <span>{n}</span>
              </div>
            );
          })}
        </div>
      ) : null}
      {q.tier === 'probation' ? (
        <Banner tone={q.probation.promote ? 'success' : 'info'}>
          {q.probation.promote ? 'Ready to leave probation: ' : 'On probation: '}
          {q.probation.reason.replaceAll('_', ' ')}
        </Banner>
      ) : null}
      {q.certifications.length > 0 ? (
        <ul className="plain-list small">
          {q.certifications.map((c) => (
            <li key={c.evidence.topic}>
              <strong>{intentLabel(c.evidence.topic)}</strong>: {c.eligible ? <Badge tone="success">eligible</Badge> : <Badge>not yet</Badge>} {c.reason.replaceAll('_', ' ')} ({c.evidence.passes} of{' '}
              {c.evidence.reviews} reviews passed; needs {c.evidence.minReviews} at {pct(c.evidence.minPassRate)})
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

function Reviews({ q, api, onChanged }: { q: AgentQuality; api: ApiClient; onChanged: () => Promise<void> }) {
  return (
    <Card title={`Reviews (${q.reviews.length})`} level={2}>
      {q.reviews.length === 0 ? (
        <p className="muted">No reviews of your work yet.</p>
      ) : (
        <ul className="review-list">
          {q.reviews.map((r) => (
            <li key={r.id} className="review">
              <div className="row review-head">
                <strong>{intentLabel(r.topic)}</strong>
                {r.score !== null ? <Badge tone={r.passed ? 'success' : 'danger'}>{`${Math.round(r.score)} / 100 · ${r.passed ? 'passed' : 'failed'}`}</Badge> : <Badge>{r.status === 'done' ? 'done' : 'in review'}</Badge>}
                {r.contestStatus !== 'none' ? <Badge tone="warning">Contest: {r.contestStatus}</Badge> : null}
                {!r.countsTowardScore ? <span className="small muted">not counted</span> : null}
                <span className="small muted">{formatDateTime(r.completedAt ?? r.createdAt)}</span>
              </div>
              <p className="small muted review-sub">
                <span className="mono">{r.conversationId}</span> · {r.sampleReason.replaceAll('_', ' ')}
              </p>
              {r.perCriterion.length > 0 ? (
                <details>
                  <summary className="small">Criterion by criterion</summary>
                  <ul className="plain-list small">
                    {r.perCriterion.map((c) => (
                      <li key={c.criterionId}>
                        {c.label ?? c.criterionId}: {c.applicable ? `${c.points ?? 0} / ${c.maxPoints}` : 'n/a'}
                        {c.passed === false ? <Badge tone="danger">{c.critical ? 'critical miss' : 'missed'}</Badge> : null}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              {r.contest?.note ? <p className="small">Decision: {r.contest.note}</p> : null}
              {r.contestable ? <ContestForm api={api} reviewId={r.id} onDone={onChanged} /> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ContestForm({ api, reviewId, onDone }: { api: ApiClient; reviewId: string; onDone: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)}>
        Contest this review
      </Button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await api.contestReview(reviewId, reason.trim());
      await onDone();
    } catch (caught) {
      setError(describeError(caught));
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="stack">
      <div className="field">
        <label htmlFor={`contest-${reviewId}`}>What did the review get wrong?</label>
        <textarea id={`contest-${reviewId}`} rows={2} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      <div className="row">
        <Button type="submit" size="sm" busy={busy} disabled={!reason.trim()}>
          Send contest
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
