import { addDays, compareIsoDates, diffDays, type IsoDate } from './dates.js';
import { isOwed, statusForDate } from './instalments.js';
import type { Instalment, PauseReason } from './types.js';

/**
 * PAUSE AND RESUME RULE (shared by returns and disputes)
 *
 * Pausing: every owed instalment (scheduled, late or already paused) becomes 'paused'. `pausedOn` keeps
 * the FIRST day of the pause; each reason is recorded in `pausedBy`. `pausedUntil` is the day the
 * time-limited return pause ends and collection resumes (a 21-day pause reported on the 1st has
 * `pausedUntil` the 22nd); a dispute pauses with no end date, so a dispute-only pause has `pausedUntil` null.
 *
 * Resuming: removing a reason leaves the instalment paused while another reason remains (a return pause
 * that expires during an open dispute stays paused, now with `pausedUntil` null). When the last reason
 * goes, on day R, with the pause having started on day S (D = R − S days):
 * - if ANY released instalment fell due before R (during the pause, or already overdue when it began),
 *   EVERY released instalment's due date moves forward by D days. Moving the whole remainder keeps the
 *   plan's order and spacing (moving only the overdue ones could put payment 2 after payment 3), and
 *   it means days spent paused never count as days late, so no late fees accrue for them;
 * - otherwise no dates change (nothing fell due, so there is nothing to make up).
 * Statuses are then recomputed from the dates: 'late' if still past due, else 'scheduled'.
 */
export function pauseOwed(
  instalments: readonly Instalment[],
  pause: { reason: PauseReason; on: IsoDate; until: IsoDate | null },
): Instalment[] {
  return instalments.map((instalment) => {
    if (!isOwed(instalment)) return instalment;
    const wasPaused = instalment.status === 'paused';
    return {
      ...instalment,
      status: 'paused',
      pausedOn: wasPaused && instalment.pausedOn !== null ? instalment.pausedOn : pause.on,
      pausedUntil: pause.reason === 'return' ? pause.until : wasPaused ? instalment.pausedUntil : null,
      pausedBy: instalment.pausedBy.includes(pause.reason)
        ? instalment.pausedBy
        : [...instalment.pausedBy, pause.reason],
    };
  });
}

export function resumePaused(
  instalments: readonly Instalment[],
  resume: { reason: PauseReason; on: IsoDate; today: IsoDate },
): Instalment[] {
  const released = new Set<string>();
  const afterRemoval = instalments.map((instalment): Instalment => {
    if (instalment.status !== 'paused' || !instalment.pausedBy.includes(resume.reason)) return instalment;
    const pausedBy = instalment.pausedBy.filter((reason) => reason !== resume.reason);
    if (pausedBy.length > 0) {
      return { ...instalment, pausedBy, pausedUntil: pausedBy.includes('return') ? instalment.pausedUntil : null };
    }
    released.add(instalment.id);
    return instalment;
  });
  const fellDue = afterRemoval.some(
    (instalment) => released.has(instalment.id) && compareIsoDates(instalment.dueDate, resume.on) < 0,
  );
  return afterRemoval.map((instalment) => {
    if (!released.has(instalment.id)) return instalment;
    const shiftDays = fellDue ? Math.max(0, diffDays(resume.on, instalment.pausedOn ?? resume.on)) : 0;
    const dueDate = addDays(instalment.dueDate, shiftDays);
    return {
      ...instalment,
      dueDate,
      status: statusForDate(dueDate, resume.today),
      pausedOn: null,
      pausedUntil: null,
      pausedBy: [],
    };
  });
}

/**
 * Ends the return pause of ONE purchase's instalments once `pausedUntil` has come. The resume day is
 * `pausedUntil` itself, not `today`, so a batch that runs late does not lengthen the pause.
 */
export function releaseExpiredReturnPauses(instalments: readonly Instalment[], today: IsoDate): Instalment[] {
  const expired = instalments.find(
    (instalment) =>
      instalment.status === 'paused' &&
      instalment.pausedBy.includes('return') &&
      instalment.pausedUntil !== null &&
      compareIsoDates(instalment.pausedUntil, today) <= 0,
  );
  if (!expired || expired.pausedUntil === null) return [...instalments];
  return resumePaused(instalments, { reason: 'return', on: expired.pausedUntil, today });
}
