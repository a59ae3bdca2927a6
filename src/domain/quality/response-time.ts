import type { AuthorKind, TranscriptMessage } from './transcript.js';

export interface ResponseSla {
  /** From the customer's first message to the first staff reply. */
  readonly firstResponseMs: number;
  /** From a customer message that is waiting to the next staff reply. */
  readonly replyMs: number;
}

/** The SLA that applies depends on who replied: the AI is held to seconds, people to a minute or two. */
export interface ResponseSlaConfig {
  readonly ai: ResponseSla;
  readonly agent: ResponseSla;
}

export const DEFAULT_RESPONSE_SLA: ResponseSlaConfig = {
  ai: { firstResponseMs: 10_000, replyMs: 10_000 },
  agent: { firstResponseMs: 60_000, replyMs: 120_000 },
};

export interface ResponseTimeBreach {
  readonly kind: 'first_response' | 'reply';
  /** The staff message that came too late. */
  readonly messageIndex: number;
  /** The customer message that started the wait. */
  readonly waitingSinceIndex: number;
  readonly responder: Extract<AuthorKind, 'ai' | 'agent'>;
  readonly waitedMs: number;
  readonly limitMs: number;
}

/**
 * The clock starts at the first customer message not yet answered (several messages in a row are one wait)
 * and stops at the next AI or agent message. System messages mark a change of owner ("Sam joined"): a wait
 * that began before one is measured from it, because time in the queue is a dispatch measure, not a reply
 * time. Each responder's first message is judged as a first response (the agent's first reply after a
 * handoff too). A wait that no reply ever ended is not a finding here; abandonment is measured by dispatch.
 */
export function findResponseTimeBreaches(
  messages: readonly TranscriptMessage[],
  sla: ResponseSlaConfig = DEFAULT_RESPONSE_SLA,
): ResponseTimeBreach[] {
  const breaches: ResponseTimeBreach[] = [];
  const answered = new Set<AuthorKind>();
  let waitingSince: number | null = null;
  let clockStartMs = 0;
  for (const [index, message] of messages.entries()) {
    if (message.author === 'customer') {
      if (waitingSince === null) {
        waitingSince = index;
        clockStartMs = message.atMs;
      }
      continue;
    }
    if (waitingSince === null) continue;
    if (message.author === 'system') {
      clockStartMs = Math.max(clockStartMs, message.atMs);
      continue;
    }
    const responder = message.author;
    const kind = answered.has(responder) ? 'reply' : 'first_response';
    const limitMs = kind === 'reply' ? sla[responder].replyMs : sla[responder].firstResponseMs;
    const waitedMs = message.atMs - clockStartMs;
    if (waitedMs > limitMs) {
      breaches.push({ kind, messageIndex: index, waitingSinceIndex: waitingSince, responder, waitedMs, limitMs });
    }
    waitingSince = null;
    answered.add(responder);
  }
  return breaches;
}
