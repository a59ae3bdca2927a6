import { addDays, compareIsoDates, diffDays, type IsoDate } from './dates.js';
import { failure, success, type Result } from './errors.js';
import { bySequence, findInstalment, isOwed, replaceInstalment, statusForDate } from './instalments.js';
import { EXTENSION_MAX_DAYS, EXTENSION_MIN_DAYS } from './policy.js';
import type { Instalment } from './types.js';

/**
 * DUE DATE EXTENSION RULE
 *
 * - Once per instalment (`extension_already_used`), by a whole number of days from 1 to 10
 *   (`extension_days_out_of_range`).
 * - Not for paid (`instalment_already_paid`), refunded (`instalment_refunded`) or paused
 *   (`instalment_paused`: its date is already being managed by the pause) instalments.
 * - Not once late: only while today is on or before the due date (`instalment_late` from the first day
 *   past due).
 * - Not past the next instalment: the new date must be strictly BEFORE the due date of the next
 *   instalment in the plan that is still owed (`extension_past_next_due`). Landing on the same day would
 *   merge two payments into one larger charge, which is what the customer was trying to avoid. The last
 *   instalment (or one with nothing owed after it) is limited only by the 10 days.
 * The result is the whole new schedule with that instalment's due date moved and `extendedByDays` set.
 */
export function extendDueDate(input: {
  instalments: readonly Instalment[];
  instalmentId: string;
  days: number;
  today: IsoDate;
}): Result<{ instalments: Instalment[]; instalment: Instalment }> {
  const found = findInstalment(input.instalments, input.instalmentId);
  if (!found.ok) return found;
  const instalment = found.value;
  if (!Number.isInteger(input.days) || input.days < EXTENSION_MIN_DAYS || input.days > EXTENSION_MAX_DAYS) {
    return failure('extension_days_out_of_range');
  }
  if (instalment.status === 'paid') return failure('instalment_already_paid');
  if (instalment.status === 'refunded') return failure('instalment_refunded');
  if (instalment.status === 'paused') return failure('instalment_paused');
  if (instalment.extendedByDays > 0) return failure('extension_already_used');
  if (diffDays(input.today, instalment.dueDate) > 0) return failure('instalment_late');
  const newDueDate = addDays(instalment.dueDate, input.days);
  const limit = latestExtendedDueDate(input.instalments, instalment);
  if (limit !== null && compareIsoDates(newDueDate, limit) > 0) {
    return failure('extension_past_next_due', `the new due date can be ${limit} at the latest`);
  }
  const extended: Instalment = {
    ...instalment,
    dueDate: newDueDate,
    extendedByDays: input.days,
    status: statusForDate(newDueDate, input.today),
  };
  return success({ instalments: replaceInstalment(input.instalments, extended), instalment: extended });
}

/** The latest due date an extension may reach, or null when only the day limit applies. */
export function latestExtendedDueDate(instalments: readonly Instalment[], instalment: Instalment): IsoDate | null {
  const next = [...instalments]
    .sort(bySequence)
    .find((candidate) => candidate.sequence > instalment.sequence && isOwed(candidate));
  return next ? addDays(next.dueDate, -1) : null;
}
