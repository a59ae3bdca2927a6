import { useState } from 'react';
import { describeError, type AgentBlock, type AgentBlocks, type ApiClient } from '../client/index.js';
import { useNow, useResource } from '../hooks/index.js';
import { Badge, Banner, Button, Card, ResourceState, formatMoney } from '../ui/index.js';
import { blockDay, blockHours, blockTime } from './block-format.js';

/** Paid on-call blocks: claim a place ahead of time, give it back under the published rules. */
export function BlocksPage({ api }: { api: ApiClient }) {
  const blocks = useResource(() => api.getAgentBlocks(14), [api]);
  const [notice, setNotice] = useState<{ tone: 'success' | 'warning' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const now = useNow(60_000);

  const act = async (blockId: string, kind: 'claim' | 'release') => {
    setBusy(blockId);
    try {
      if (kind === 'claim') {
        const result = await api.claimBlock(blockId);
        setNotice({ tone: 'success', text: result.alreadyHeld ? 'You already hold a place in this block.' : `Claimed. ${result.placesLeft} place${result.placesLeft === 1 ? '' : 's'} left.` });
      } else {
        const result = await api.releaseBlock(blockId);
        setNotice(
          result.lateRelease
            ? { tone: 'warning', text: `Released with less than ${result.noticeHours} hours' notice: recorded as a late release.` }
            : { tone: 'success', text: 'Released. The place is open to others again.' },
        );
      }
      await blocks.reload();
    } catch (caught) {
      setNotice({ tone: 'danger', text: describeError(caught) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card title="On-call blocks" level={2}>
      <ResourceState resource={blocks} endpoint="GET /v1/agent/blocks" label="on-call blocks">
        {blocks.data ? <Rules data={blocks.data} /> : null}
        {notice ? <Banner tone={notice.tone} role={notice.tone === 'danger' ? 'alert' : 'status'}>{notice.text}</Banner> : null}
        {blocks.data ? <BlockTable data={blocks.data} now={now} busy={busy} onAct={(id, kind) => void act(id, kind)} /> : null}
      </ResourceState>
    </Card>
  );
}

function Rules({ data }: { data: AgentBlocks }) {
  return (
    <p className="small muted">
      A block pays standby for the time you are online in it, chats or not; conversation pay comes on top. Release with at least {data.rules.releaseNoticeHours}{' '}
      hours' notice; later counts as a late release. Not online within {data.rules.noShowGraceMinutes} minutes of the start is a no-show, with no standby pay.
    </p>
  );
}

function BlockTable({ data, now, busy, onAct }: { data: AgentBlocks; now: number; busy: string | null; onAct: (blockId: string, kind: 'claim' | 'release') => void }) {
  if (data.blocks.length === 0) return <p className="muted">No open blocks in the next 14 days.</p>;
  const mine = new Map(data.mine.map((c) => [c.blockId, c.status]));
  return (
    <table className="table">
      <caption className="visually-hidden">On-call blocks in the next 14 days</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Time</th>
          <th scope="col">Standby pay</th>
          <th scope="col">Places left</th>
          <th scope="col">You</th>
        </tr>
      </thead>
      <tbody>
        {data.blocks.map((b: AgentBlock) => {
          const held = b.myStatus === 'claimed';
          const started = b.startsAt <= now;
          const releasedEarlier = !held && mine.get(b.id) !== undefined;
          return (
            <tr key={b.id}>
              <td data-label="Day">{blockDay(b.startsAt)}</td>
              <td data-label="Time">{blockTime(b.startsAt, b.endsAt)}</td>
              <td data-label="Standby pay">
                {formatMoney(b.standbyRateMinorPerHour, b.currency)}/h · {formatMoney(Math.round(b.standbyRateMinorPerHour * blockHours(b.startsAt, b.endsAt)), b.currency)}
              </td>
              <td data-label="Places left">
                {b.placesLeft} of {b.headcount}
              </td>
              <td data-label="You">
                {held ? (
                  <span className="row">
                    <Badge tone="success">Yours</Badge>
                    {!started ? (
                      <Button size="sm" variant="secondary" busy={busy === b.id} onClick={() => onAct(b.id, 'release')} aria-label={`Release the block of ${blockDay(b.startsAt)} ${blockTime(b.startsAt, b.endsAt)}`}>
                        Release
                      </Button>
                    ) : null}
                  </span>
                ) : started ? (
                  <span className="small muted">Started</span>
                ) : (
                  <Button size="sm" busy={busy === b.id} disabled={b.placesLeft === 0} onClick={() => onAct(b.id, 'claim')} aria-label={`Claim the block of ${blockDay(b.startsAt)} ${blockTime(b.startsAt, b.endsAt)}`}>
                    {releasedEarlier ? 'Claim again' : 'Claim'}
                  </Button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
