import type { IsoDate } from './dates.js';
import { failure, success, type Result } from './errors.js';
import { pauseOwed, resumePaused } from './pauses.js';
import type { Dispute, DisputeOutcome, Instalment } from './types.js';

/**
 * DISPUTE RULE
 *
 * - One open dispute per purchase (`dispute_already_open`).
 * - While a dispute is open every owed instalment is paused with no end date: no collection, no late fees.
 * - Resolving the dispute resumes payments under the resume rule in pauses.ts (instalments that fell due
 *   during the dispute move forward by its length). A resolution in the customer's favour usually comes
 *   with a refund: process it with processRefund as for any refund; this module does not move money.
 */
export function openDispute(input: {
  id: string;
  purchaseId: string;
  reason: string;
  instalments: readonly Instalment[];
  existingDisputes: readonly Dispute[];
  today: IsoDate;
}): Result<{ dispute: Dispute; instalments: Instalment[] }> {
  const open = input.existingDisputes.some((dispute) => dispute.purchaseId === input.purchaseId && dispute.status === 'open');
  if (open) return failure('dispute_already_open');
  return success({
    dispute: {
      id: input.id,
      purchaseId: input.purchaseId,
      openedOn: input.today,
      reason: input.reason,
      status: 'open',
      resolvedOn: null,
      outcome: null,
    },
    instalments: pauseOwed(input.instalments, { reason: 'dispute', on: input.today, until: null }),
  });
}

export function resolveDispute(input: {
  dispute: Dispute;
  outcome: DisputeOutcome;
  instalments: readonly Instalment[];
  today: IsoDate;
}): Result<{ dispute: Dispute; instalments: Instalment[] }> {
  if (input.dispute.status !== 'open') return failure('dispute_not_open');
  return success({
    dispute: { ...input.dispute, status: 'resolved', resolvedOn: input.today, outcome: input.outcome },
    instalments: resumePaused(input.instalments, { reason: 'dispute', on: input.today, today: input.today }),
  });
}
