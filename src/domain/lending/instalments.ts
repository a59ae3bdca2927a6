import { diffDays, type IsoDate } from './dates.js';
import { failure, success, type Result } from './errors.js';
import type { Instalment } from './types.js';

/** Small shared helpers over instalment lists. Lists are never mutated: every change returns a new list. */

/** Stable child ids: instalment 2 of 'pur_000123' is 'ins_000123_2', so storage needs no id generator. */
export function childId(prefix: string, parentId: string, sequence: number): string {
  const underscore = parentId.indexOf('_');
  const stem = underscore >= 0 ? parentId.slice(underscore + 1) : parentId;
  return `${prefix}_${stem}_${sequence}`;
}

export function newInstalment(input: {
  purchaseId: string;
  sequence: number;
  dueDate: IsoDate;
  principalMinor: number;
  interestMinor: number;
}): Instalment {
  return {
    id: childId('ins', input.purchaseId, input.sequence),
    purchaseId: input.purchaseId,
    sequence: input.sequence,
    dueDate: input.dueDate,
    originalDueDate: input.dueDate,
    amountMinor: input.principalMinor + input.interestMinor,
    principalMinor: input.principalMinor,
    interestMinor: input.interestMinor,
    refundedMinor: 0,
    status: 'scheduled',
    paidAt: null,
    pausedOn: null,
    pausedUntil: null,
    pausedBy: [],
    extendedByDays: 0,
  };
}

/** Still owed by the customer: scheduled, late or paused (a paused instalment is owed, just not collected). */
export function isOwed(instalment: Instalment): boolean {
  return instalment.status === 'scheduled' || instalment.status === 'late' || instalment.status === 'paused';
}

/** Days past the due date, 0 on the due date itself and before it. */
export function daysPastDue(instalment: Instalment, today: IsoDate): number {
  return Math.max(0, diffDays(today, instalment.dueDate));
}

/** An owed, unpaused instalment is 'late' from the day after its due date. */
export function statusForDate(dueDate: IsoDate, today: IsoDate): 'scheduled' | 'late' {
  return diffDays(today, dueDate) > 0 ? 'late' : 'scheduled';
}

/** Recomputes scheduled/late from the dates; paid, paused and refunded instalments are left alone. */
export function refreshStatuses(instalments: readonly Instalment[], today: IsoDate): Instalment[] {
  return instalments.map((instalment) => {
    if (instalment.status !== 'scheduled' && instalment.status !== 'late') return instalment;
    const status = statusForDate(instalment.dueDate, today);
    return status === instalment.status ? instalment : { ...instalment, status };
  });
}

export function findInstalment(instalments: readonly Instalment[], instalmentId: string): Result<Instalment> {
  const found = instalments.find((instalment) => instalment.id === instalmentId);
  return found ? success(found) : failure('instalment_not_found');
}

export function replaceInstalment(instalments: readonly Instalment[], updated: Instalment): Instalment[] {
  return instalments.map((instalment) => (instalment.id === updated.id ? updated : instalment));
}

export function bySequence(a: Instalment, b: Instalment): number {
  return a.sequence - b.sequence;
}
