/**
 * Why a conversation ended, sent as the `resolution` of the resolve call. Stable codes (not the labels) so
 * reports can group by them.
 */
export const resolutionReasons = [
  { value: 'answered', label: 'Question answered' },
  { value: 'account_updated', label: 'Account or payment plan updated' },
  { value: 'refund_or_return', label: 'Refund or return arranged' },
  { value: 'payment_fixed', label: 'Payment problem fixed' },
  { value: 'referred', label: 'Referred to another team' },
  { value: 'customer_left', label: 'Customer stopped replying' },
] as const;

export type ResolutionReason = (typeof resolutionReasons)[number]['value'];
