import { failure, success, type Result } from './errors.js';
import { findInstalment, replaceInstalment } from './instalments.js';
import type { Instalment } from './types.js';

/**
 * Pay an instalment now (early, on time or late): it becomes 'paid' at `now` (epoch ms). Any owed
 * instalment can be paid, paused ones included: a pause stops collection, not the customer.
 * Late fees are separate records and are not paid by this.
 */
export function payInstalmentNow(input: {
  instalments: readonly Instalment[];
  instalmentId: string;
  now: number;
}): Result<{ instalments: Instalment[]; instalment: Instalment }> {
  const found = findInstalment(input.instalments, input.instalmentId);
  if (!found.ok) return found;
  const instalment = found.value;
  if (instalment.status === 'paid') return failure('instalment_already_paid');
  if (instalment.status === 'refunded') return failure('instalment_refunded');
  const paid: Instalment = {
    ...instalment,
    status: 'paid',
    paidAt: input.now,
    pausedOn: null,
    pausedUntil: null,
    pausedBy: [],
  };
  return success({ instalments: replaceInstalment(input.instalments, paid), instalment: paid });
}
