import type { ApiClient, PurchaseSummary } from '../client/index.js';
import { Badge, Banner, Button, Spinner, formatDay, type BadgeTone } from '../ui/index.js';
import { PurchaseSchedule } from './PurchaseSchedule.js';
import type { CustomerContextHandle } from './useCustomerContext.js';

type CustomerContextPanelProps = {
  api: ApiClient;
  conversationId: string;
  handle: CustomerContextHandle;
  selectedPurchaseId: string | null;
  onSelect: (purchaseId: string) => void;
  /** The agent owns the conversation and may act on the account. */
  canAct: boolean;
};

function purchaseStatus(p: PurchaseSummary): { text: string; tone: BadgeTone } {
  if (p.openDispute) return { text: 'Disputed', tone: 'danger' };
  if (p.paused) return { text: 'Paused', tone: 'warning' };
  if (p.status === 'paid_off') return { text: 'Paid off', tone: 'success' };
  if (p.status === 'refunded') return { text: 'Refunded', tone: 'neutral' };
  return { text: 'Active', tone: 'info' };
}

/** The customer's account beside the chat: who they are, every purchase, and the schedule of the one selected. */
export function CustomerContextPanel({ api, conversationId, handle, selectedPurchaseId, onSelect, canAct }: CustomerContextPanelProps) {
  const { context, loading, error, noAccount, reload } = handle;
  if (noAccount) return <p className="small muted">No account on file for this customer (an anonymous visitor).</p>;
  if (!context) return error ? <Banner tone="danger" role="alert">{error}</Banner> : <Spinner label="Loading the customer's account" />;
  const { overview, purchases } = context;
  const selected = purchases.find((p) => p.purchaseId === selectedPurchaseId) ?? null;
  const schedule = selected ? context.schedules.find((s) => s.purchaseId === selected.purchaseId) ?? null : null;
  const owed = overview.outstanding.filter((m) => m.amountMinor > 0).map((m) => m.text);
  const card = overview.defaultPaymentMethod;

  return (
    <div className="account">
      <div className="account-head">
        <p className="small">
          <strong>{overview.name}</strong> · {overview.accountStatus === 'active' ? 'Account active' : 'Account closed'}
          {overview.vulnerable ? (
            <>
              {' '}
              <Badge tone="warning">May be vulnerable</Badge>
            </>
          ) : null}
          <br />
          Owes {owed.length > 0 ? owed.join(' + ') : 'nothing'}
          {card ? ` · ${card.brand} ••${card.last4}${card.frozen ? ' (frozen)' : ''}` : ' · no card on file'}
          {overview.openCases.length > 0 ? ` · open: ${overview.openCases.map((c) => c.kind).join(', ')}` : ''}
        </p>
        <Button variant="ghost" size="sm" busy={loading} onClick={() => void reload()}>
          Refresh
        </Button>
      </div>
      {error ? <Banner tone="danger" role="alert">{error}</Banner> : null}
      <div className="account-body">
        <ul className="purchase-list" aria-label="Purchases">
          {purchases.map((p) => {
            const status = purchaseStatus(p);
            const isSelected = p.purchaseId === selectedPurchaseId;
            return (
              <li key={p.purchaseId}>
                <button type="button" className="purchase" aria-pressed={isSelected} onClick={() => onSelect(p.purchaseId)}>
                  <span className="purchase-line">
                    <strong>{p.merchant}</strong> <Badge tone={status.tone}>{status.text}</Badge>
                  </span>
                  <span className="purchase-line small">
                    {p.amount.text} · {p.plan} · {p.description}
                  </span>
                  <span className="purchase-line small muted">
                    {p.outstanding.amountMinor > 0 ? `${p.outstanding.text} left` : 'Nothing left to pay'}
                    {p.nextDue ? ` · next ${p.nextDue.amount.text} on ${formatDay(p.nextDue.dueDate)}` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        {selected ? (
          <PurchaseSchedule api={api} conversationId={conversationId} purchase={selected} schedule={schedule} canAct={canAct && selected.status === 'active'} onChanged={reload} />
        ) : purchases.length > 0 ? (
          <p className="small muted">Select a purchase to see its payment schedule.</p>
        ) : (
          <p className="small muted">No purchases.</p>
        )}
      </div>
    </div>
  );
}
