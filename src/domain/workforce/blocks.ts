/**
 * Settling a claimed on-call block after it ends: standby pay, releases and no-shows.
 *
 * Rules (times from PayRates):
 * 1. Release before the start: `released`, no pay. Released at least `releaseNoticeHours` before
 *    the start it is free; later it is recorded as a late release (for reliability figures; no
 *    fee is charged here).
 * 2. No-show: not online at any moment within the first `noShowGraceMinutes` of the block
 *    ([start, start + grace)) → `no_show`, no standby pay for the whole block, even if the agent
 *    turns up later (the slot could not be relied on, and someone may have been called up).
 * 3. Otherwise `attended`: standby pay for the online time inside the block, per millisecond,
 *    rounded once half up. Going offline mid-block stops standby pay for that time. Releasing
 *    after the start counts as leaving at that moment (`leftEarly`).
 * Conversation pay is separate and on top (pay.ts); standby is paid while busy too.
 */
import { intersectIntervals, totalMs, type Interval } from './intervals.js';
import { divideRoundHalfUp } from './money.js';
import type { PayLine } from './pay.js';
import type { PayRates } from './pay-rates.js';

export interface BlockBooking {
  startMs: number;
  endMs: number;
  /** When the agent released the claim, if they did. */
  releasedAtMs?: number | null;
}

export type BlockSettlement =
  | { status: 'released'; lateRelease: boolean; paidMs: 0; standby: null }
  | { status: 'no_show'; paidMs: 0; standby: null }
  | { status: 'attended'; paidMs: number; leftEarly: boolean; standby: PayLine };

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;

/** `online`: the agent's presence intervals (available or busy), in any order, overlaps allowed. */
export function settleBlock(block: BlockBooking, online: readonly Interval[], rates: PayRates): BlockSettlement {
  if (!(Number.isFinite(block.startMs) && Number.isFinite(block.endMs) && block.endMs > block.startMs)) {
    throw new RangeError(`invalid block [${block.startMs}, ${block.endMs})`);
  }
  const released = block.releasedAtMs ?? null;
  if (released !== null && released < block.startMs) {
    const noticeMs = block.startMs - released;
    return { status: 'released', lateRelease: noticeMs < rates.releaseNoticeHours * MS_PER_HOUR, paidMs: 0, standby: null };
  }

  const effectiveEndMs = released === null ? block.endMs : Math.min(block.endMs, released);
  const graceEndMs = Math.min(block.startMs + rates.noShowGraceMinutes * MS_PER_MINUTE, block.endMs);
  const showedUp = intersectIntervals(online, [{ startMs: block.startMs, endMs: graceEndMs }]).length > 0;
  if (!showedUp) return { status: 'no_show', paidMs: 0, standby: null };

  const paidMs = totalMs(intersectIntervals(online, [{ startMs: block.startMs, endMs: effectiveEndMs }]));
  const amountMinor = divideRoundHalfUp(paidMs * rates.standbyMinorPerHour, MS_PER_HOUR);
  return {
    status: 'attended',
    paidMs,
    leftEarly: effectiveEndMs < block.endMs,
    standby: {
      kind: 'standby',
      amountMinor,
      currency: rates.currency,
      detail: `${(paidMs / MS_PER_MINUTE).toFixed(1)} min online in block × ${rates.standbyMinorPerHour}/h`,
    },
  };
}
