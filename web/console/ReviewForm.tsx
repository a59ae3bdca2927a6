import { useState, type FormEvent } from 'react';
import { agentNamesFrom, describeError, type ApiClient, type Message, type QaReview, type ReviewResult, type Scorecard } from '../client/index.js';
import { useResource } from '../hooks/index.js';
import { Banner, Button, Card, ChatTranscript, ResourceState, SelectField, intentLabel } from '../ui/index.js';

type ReviewFormProps = { api: ApiClient; review: QaReview; card: Scorecard; onDone: () => Promise<void> };

/** One review: the transcript beside the scorecard, points per criterion (or n/a where allowed). */
export function ReviewForm({ api, review, card, onDone }: ReviewFormProps) {
  const transcript = useResource(async () => (await api.listMessages(review.conversationId, 0, 500)).messages, [api, review.conversationId]);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ReviewResult['result'] | null>(null);
  const complete = card.criteria.every((c) => answers[c.id] !== undefined && answers[c.id] !== '');
  const names = agentNamesFrom(transcript.data ?? []);
  const author = (m: Message) => (m.authorKind === 'customer' ? 'Customer' : m.authorKind === 'ai' ? 'Assistant' : (names.get(m.authorId ?? '') ?? 'Agent'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = Object.fromEntries(card.criteria.map((c) => [c.id, answers[c.id] === 'n/a' ? ('n/a' as const) : Number(answers[c.id])]));
      setResult((await api.submitReview(review.id, body)).result);
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="review-layout">
      <Card title={`Transcript · ${intentLabel(review.topic)}`} className="transcript-card">
        <ResourceState resource={transcript} endpoint="GET /v1/conversations/:id/messages" label="the transcript">
          <ChatTranscript label="Transcript under review" messages={transcript.data ?? []} isMine={() => false} authorName={author} showConfidence />
        </ResourceState>
      </Card>
      <Card title={`${card.name} (pass at ${card.passScore})`}>
        {result ? (
          <div className="stack">
            <Banner tone={result.passed ? 'success' : 'warning'}>
              Scored {Math.round(result.score)} / 100: {result.passed ? 'passed' : 'failed'}
              {result.failedCriticalCriteria.length > 0 ? ` (critical: ${result.failedCriticalCriteria.join(', ')})` : ''}.
            </Banner>
            <Button onClick={() => void onDone()}>Next review</Button>
          </div>
        ) : (
          <form onSubmit={submit} className="scorecard">
            {card.criteria.map((c) => (
              <div key={c.id} className="criterion">
                <SelectField
                  label={`${c.label}${c.critical ? ' (critical)' : ''}`}
                  options={[
                    { value: '', label: 'Choose…' },
                    ...Array.from({ length: c.maxPoints + 1 }, (_, p) => ({ value: String(c.maxPoints - p), label: `${c.maxPoints - p} of ${c.maxPoints}` })),
                    ...(c.allowNotApplicable ? [{ value: 'n/a', label: 'Not applicable' }] : []),
                  ]}
                  value={answers[c.id] ?? ''}
                  onChange={(e) => setAnswers((a) => ({ ...a, [c.id]: e.target.value }))}
                />
                <p className="small muted criterion-guidance">{c.guidance}</p>
              </div>
            ))}
            {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
            <Button type="submit" busy={busy} disabled={!complete}>
              Submit review
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
}
