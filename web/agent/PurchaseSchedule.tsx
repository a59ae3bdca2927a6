import { useId, useState, type FormEvent } from 'react';
import { describeError, newClientMessageId, type ActionReceipt, type ApiClient, type InstalmentView, type PurchaseSummary, type ScheduleView } from '../client/index.js';
import { Badge, Banner, Button, SelectField, formatDay, type BadgeTone } from '../ui/index.js';

const statusView: Record<InstalmentView['status'], { text: string; tone: BadgeTone }> = {
  scheduled: { text: 'Scheduled', tone: 'info' },
  late: { text: 'Late', tone: 'danger' },
  paused: { text: 'Paused', tone: 'warning' },
  paid: { text: 'Paid', tone: 'success' },
  refunded: { text: 'Refunded', tone: 'neutral' },
};

const dayOptions = Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: i === 0 ? '1 day' : `${i + 1} days` }));

type PurchaseScheduleProps = {
  api: ApiClient;
  conversationId: string;
  purchase: PurchaseSummary;
  schedule: ScheduleView | null;
  canAct: boolean;
  onChanged: () => Promise<void>;
};

/** One purchase's instalments, and (for the owning agent) moving the next one, through the audited tool. */
export function PurchaseSchedule({ api, conversationId, purchase, schedule, canAct, onChanged }: PurchaseScheduleProps) {
  const captionId = useId();
  return (
    <div className="schedule">
      {schedule ? (
        <table className="table table-compact" aria-labelledby={captionId}>
          <caption id={captionId} className="schedule-caption">
            {schedule.merchant} · {schedule.plan} · {schedule.outstanding.text} left
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Due</th>
              <th scope="col">Amount</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {schedule.instalments.map((i) => (
              <tr key={i.instalmentId}>
                <td data-label="#">{i.sequence}</td>
                <td data-label="Due">
                  {formatDay(i.dueDate)}
                  {i.extendedByDays > 0 ? <span className="muted small"> (+{i.extendedByDays} d)</span> : null}
                </td>
                <td data-label="Amount">{i.amount.text}</td>
                <td data-label="Status">
                  <Badge tone={statusView[i.status].tone}>{statusView[i.status].text}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="small muted">
          {purchase.merchant}: {purchase.status === 'active' ? 'no schedule available.' : 'nothing left to pay.'}
        </p>
      )}
      {canAct && purchase.nextDue ? <MoveDueDate api={api} conversationId={conversationId} purchase={purchase} onChanged={onChanged} /> : null}
    </div>
  );
}

function MoveDueDate({ api, conversationId, purchase, onChanged }: { api: ApiClient; conversationId: string; purchase: PurchaseSummary; onChanged: () => Promise<void> }) {
  const [days, setDays] = useState('5');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  // One key per intended action: a retry after a lost answer moves the date once.
  const [key, setKey] = useState(newClientMessageId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const outcome = await api.runTool(conversationId, 'extend_due_date', { purchaseId: purchase.purchaseId, days: Number(days) }, key);
      const receipt = outcome.data as ActionReceipt | undefined;
      setResult(outcome.ok ? { ok: true, text: receipt?.summary ?? 'Done.' } : { ok: false, text: outcome.message ?? 'The back office refused.' });
      setKey(newClientMessageId());
      if (outcome.ok) await onChanged();
    } catch (caught) {
      setResult({ ok: false, text: describeError(caught) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="row move-due" onSubmit={submit}>
      <SelectField label={`Move the next payment (${purchase.nextDue ? formatDay(purchase.nextDue.dueDate) : ''}) by`} options={dayOptions} value={days} onChange={(e) => setDays(e.target.value)} />
      <Button type="submit" variant="secondary" size="sm" busy={busy}>
        Move
      </Button>
      {result ? <Banner tone={result.ok ? 'success' : 'danger'} role={result.ok ? 'status' : 'alert'}>{result.text}</Banner> : null}
    </form>
  );
}
