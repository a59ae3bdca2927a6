import { derivePurchaseStatus } from './balance.js';
import { isoDateToEpochMs, type IsoDate } from './dates.js';
import { resolveDispute, openDispute } from './disputes.js';
import type { Result } from './errors.js';
import { refreshStatuses } from './instalments.js';
import { assessLateFees } from './late-fees.js';
import { payInstalmentNow } from './payments.js';
import { releaseExpiredReturnPauses } from './pauses.js';
import { buildPlan } from './plans.js';
import { createRefund, processRefund } from './refunds.js';
import { closeReturn, reportReturn } from './returns.js';
import type { Dispute, DisputeOutcome, Instalment, LateFee, Merchant, Purchase, Refund, ReturnRecord } from './types.js';

/**
 * Demo data is produced by playing each purchase's history through the real rules, in date order,
 * so every generated record is one the rules could have produced (fees on the right days, refunds
 * reducing the right instalments). Any rule refusing a step is a bug in the generator, hence `unwrap`.
 */
export interface PurchaseStory {
  purchase: Purchase;
  instalments: Instalment[];
  fees: LateFee[];
  refunds: Refund[];
  returns: ReturnRecord[];
  disputes: Dispute[];
}

function unwrap<T>(result: Result<T>, step: string): T {
  if (!result.ok) throw new Error(`seed story step '${step}' refused: ${result.code} (${result.message})`);
  return result.value;
}

/** Epoch ms of a time on a calendar day, `minutes` after midnight UTC. */
export function at(day: IsoDate, minutes = 9 * 60 + 30): number {
  return isoDateToEpochMs(day) + minutes * 60_000;
}

export function startStory(purchase: Omit<Purchase, 'status'>): PurchaseStory {
  const instalments = unwrap(
    buildPlan({ purchaseId: purchase.id, amountMinor: purchase.amountMinor, purchasedOn: purchase.purchasedOn, plan: purchase.plan }),
    'buildPlan',
  );
  return { purchase: { ...purchase, status: 'active' }, instalments, fees: [], refunds: [], returns: [], disputes: [] };
}

/** Pays, on its due date, every collectable instalment due on or before `lastDay`. */
export function payDueThrough(story: PurchaseStory, lastDay: IsoDate, minutes?: () => number): PurchaseStory {
  let instalments = story.instalments;
  for (const instalment of story.instalments) {
    const collectable = instalment.status === 'scheduled' || instalment.status === 'late';
    if (!collectable || instalment.dueDate > lastDay) continue;
    const now = at(instalment.dueDate, minutes?.());
    instalments = unwrap(payInstalmentNow({ instalments, instalmentId: instalment.id, now }), 'pay').instalments;
  }
  return { ...story, instalments };
}

export function payOn(story: PurchaseStory, sequence: number, day: IsoDate, minutes?: number): PurchaseStory {
  const instalment = story.instalments.find((candidate) => candidate.sequence === sequence);
  if (!instalment) throw new Error(`seed story: no instalment ${sequence}`);
  const paid = unwrap(payInstalmentNow({ instalments: story.instalments, instalmentId: instalment.id, now: at(day, minutes) }), 'payOn');
  return { ...story, instalments: paid.instalments };
}

export function assessFeesOn(story: PurchaseStory, day: IsoDate): PurchaseStory {
  const instalments = refreshStatuses(story.instalments, day);
  const fresh = assessLateFees({ purchase: story.purchase, instalments, existingFees: story.fees, today: day });
  return { ...story, instalments, fees: [...story.fees, ...fresh] };
}

export function settleFees(story: PurchaseStory): PurchaseStory {
  return { ...story, fees: story.fees.map((fee) => (fee.status === 'charged' ? { ...fee, status: 'paid' } : fee)) };
}

export function refundOn(
  story: PurchaseStory,
  refund: { id: string; amountMinor: number; day: IsoDate; reason: string; process: boolean },
): PurchaseStory {
  const pending = unwrap(
    createRefund({
      id: refund.id,
      purchase: story.purchase,
      existingRefunds: story.refunds,
      amountMinor: refund.amountMinor,
      reason: refund.reason,
      now: at(refund.day, 11 * 60),
    }),
    'createRefund',
  );
  if (!refund.process) return { ...story, refunds: [...story.refunds, pending] };
  const processed = unwrap(
    processRefund({ refund: pending, instalments: story.instalments, now: at(refund.day, 15 * 60) }),
    'processRefund',
  );
  return { ...story, instalments: processed.instalments, refunds: [...story.refunds, processed.refund] };
}

export function reportReturnOn(story: PurchaseStory, input: { id: string; merchant: Merchant; day: IsoDate }): PurchaseStory {
  const reported = unwrap(
    reportReturn({
      id: input.id,
      purchase: story.purchase,
      merchant: input.merchant,
      instalments: story.instalments,
      existingReturns: story.returns,
      today: input.day,
    }),
    'reportReturn',
  );
  return { ...story, instalments: reported.instalments, returns: [...story.returns, reported.returnRecord] };
}

export function closeReturnOn(story: PurchaseStory, day: IsoDate): PurchaseStory {
  const open = story.returns.find((record) => record.status === 'open');
  if (!open) throw new Error('seed story: no open return to close');
  const closed = unwrap(closeReturn({ returnRecord: open, instalments: story.instalments, today: day }), 'closeReturn');
  return {
    ...story,
    instalments: closed.instalments,
    returns: story.returns.map((record) => (record.id === open.id ? closed.returnRecord : record)),
  };
}

export function openDisputeOn(story: PurchaseStory, input: { id: string; day: IsoDate; reason: string }): PurchaseStory {
  const opened = unwrap(
    openDispute({
      id: input.id,
      purchaseId: story.purchase.id,
      reason: input.reason,
      instalments: story.instalments,
      existingDisputes: story.disputes,
      today: input.day,
    }),
    'openDispute',
  );
  return { ...story, instalments: opened.instalments, disputes: [...story.disputes, opened.dispute] };
}

export function resolveDisputeOn(story: PurchaseStory, day: IsoDate, outcome: DisputeOutcome): PurchaseStory {
  const open = story.disputes.find((dispute) => dispute.status === 'open');
  if (!open) throw new Error('seed story: no open dispute to resolve');
  const resolved = unwrap(resolveDispute({ dispute: open, outcome, instalments: story.instalments, today: day }), 'resolveDispute');
  return {
    ...story,
    instalments: resolved.instalments,
    disputes: story.disputes.map((dispute) => (dispute.id === open.id ? resolved.dispute : dispute)),
  };
}

/** Brings the story to `today`: expired pauses end, statuses follow the dates, due fees are charged. */
export function finishStory(story: PurchaseStory, today: IsoDate): PurchaseStory {
  const released = { ...story, instalments: releaseExpiredReturnPauses(story.instalments, today) };
  const assessed = assessFeesOn(released, today);
  const status = derivePurchaseStatus({
    amountMinor: assessed.purchase.amountMinor,
    instalments: assessed.instalments,
    refunds: assessed.refunds,
    fees: assessed.fees,
  });
  return { ...assessed, purchase: { ...assessed.purchase, status } };
}
