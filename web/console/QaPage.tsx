import { useState } from 'react';
import type { ApiClient, QaReview, Scorecard } from '../client/index.js';
import { useResource } from '../hooks/index.js';
import { Badge, Button, Card, ResourceState, formatDateTime, intentLabel } from '../ui/index.js';
import { ContestedReviews } from './ContestedReviews.js';
import { ConversationLink } from './ConversationLink.js';
import { ReviewForm } from './ReviewForm.js';

/** The QA queue (sampled conversations waiting for a review against the scorecard) and the contests to decide. */
export function QaPage({ api, onOpen }: { api: ApiClient; onOpen: (id: string) => void }) {
  const queue = useResource(() => api.getQaQueue(100), [api]);
  const [selected, setSelected] = useState<string | null>(null);
  const reviews = queue.data?.reviews ?? [];
  const review = reviews.find((r) => r.id === selected) ?? null;
  const card = review ? findCard(queue.data?.scorecards ?? [], review) : null;

  return (
    <>
      <Card title={`QA review queue${queue.data ? ` (${reviews.length})` : ''}`} actions={<Button size="sm" variant="secondary" busy={queue.loading && queue.data !== null} onClick={() => void queue.reload()}>Refresh</Button>}>
        <ResourceState resource={queue} endpoint="GET /v1/admin/qa/queue" label="the QA queue">
          {reviews.length === 0 ? (
            <p className="muted">No reviews waiting. Conversations are sampled for review as they are resolved.</p>
          ) : (
            <table className="table">
              <caption className="visually-hidden">Reviews waiting, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Conversation</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Handled by</th>
                  <th scope="col">Why sampled</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Review</th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((r) => (
                  <tr key={r.id} aria-current={r.id === selected ? 'true' : undefined}>
                    <td data-label="Conversation">
                      <ConversationLink id={r.conversationId} onOpen={onOpen} />
                    </td>
                    <td data-label="Topic">{intentLabel(r.topic)}</td>
                    <td data-label="Handled by">{r.agentId ?? 'Assistant'}</td>
                    <td data-label="Why sampled">
                      {r.sampleReason.replaceAll('_', ' ')}
                      {r.calibrationOf ? <Badge tone="info">calibration</Badge> : null}
                      {r.contestStatus === 'open' ? <Badge tone="warning">contested</Badge> : null}
                    </td>
                    <td data-label="Queued">{formatDateTime(r.createdAt)}</td>
                    <td data-label="Review">
                      <Button size="sm" variant={r.id === selected ? 'primary' : 'secondary'} onClick={() => setSelected(r.id)} aria-label={`Review conversation ${r.conversationId}`}>
                        {r.id === selected ? 'Reviewing' : 'Review'}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ResourceState>
      </Card>
      {review && card ? (
        <ReviewForm
          key={review.id}
          api={api}
          review={review}
          card={card}
          onDone={async () => {
            setSelected(null);
            await queue.reload();
          }}
        />
      ) : null}
      <ContestedReviews api={api} onOpen={onOpen} />
    </>
  );
}

const findCard = (cards: Scorecard[], review: QaReview): Scorecard | null =>
  cards.find((c) => c.id === review.scorecardId && c.version === review.scorecardVersion) ?? null;
