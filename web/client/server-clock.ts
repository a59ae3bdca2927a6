/**
 * The server's clock, as seen from a browser whose own clock may be wrong. Offer deadlines, queue and
 * assignment times are the server's; counting them down against `Date.now()` on a machine that is a minute
 * out would show an offer as expired (or a chat as an hour old). The workspace and offer frames carry the
 * server's time; the difference to the local time when they arrive is the offset. Pure.
 */

/** How far the server's clock runs ahead of this one (negative: behind), from its time as received at `receivedAt`. */
export const clockOffset = (serverTime: number, receivedAt: number): number => serverTime - receivedAt;

/** This machine's `localNow` on the server's clock. */
export const serverNow = (offsetMs: number, localNow: number): number => localNow + offsetMs;

/**
 * A chat's times on the server's clock: how long the customer waited for a person (from joining the queue to
 * this agent taking it; null when it never queued) and how long it has been with the agent.
 */
export function chatTimes(chat: { queuedAt: number | null; assignedAt: number }, serverNowMs: number): { waitedMs: number | null; handlingMs: number } {
  return {
    waitedMs: chat.queuedAt === null ? null : Math.max(0, chat.assignedAt - chat.queuedAt),
    handlingMs: Math.max(0, serverNowMs - chat.assignedAt),
  };
}
