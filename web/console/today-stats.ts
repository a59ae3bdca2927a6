import type { Conversation, Message } from '../client/index.js';

/**
 * Figures for today from the conversations API alone (pure, tested in test/browser/web-logic.test.ts).
 * Nothing here is estimated: a figure that the data cannot give is null, and the page says so.
 */
/** The service-level target of the console: answered by a person within a minute (the staffing default). */
export const SERVICE_TARGET_SECONDS = 60;

/** Midnight of the viewer's day containing `now`, and of the day after (calendar steps, so DST is safe). */
export const startOfLocalDay = (now: number, plusDays = 0): number => {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + plusDays).getTime();
};

/** The viewer's clock hour (0–23) of `ms`. */
const hourOf = (ms: number): number => new Date(ms).getHours();

export type HourCounts = { hour: number; assistantOnly: number; escalated: number };

/** Conversations started in each hour of the day: those the assistant kept, and those that went to a person. */
export function arrivalsByHour(conversations: readonly Conversation[], dayStart: number): HourCounts[] {
  const hours: HourCounts[] = Array.from({ length: 24 }, (_, hour) => ({ hour, assistantOnly: 0, escalated: 0 }));
  for (const c of conversations) {
    if (c.createdAt < dayStart || c.createdAt >= startOfLocalDay(dayStart, 1)) continue;
    const bucket = hours[hourOf(c.createdAt)];
    if (!bucket) continue;
    if (c.escalationReason) bucket.escalated += 1;
    else bucket.assistantOnly += 1;
  }
  return hours;
}

export type Outcomes = { resolvedByAssistant: number; resolvedAfterPerson: number; abandoned: number; open: number };

/** How today's conversations stand: resolved (and by whom), abandoned while waiting, or still open. */
export function outcomesOf(conversations: readonly Conversation[]): Outcomes {
  const out: Outcomes = { resolvedByAssistant: 0, resolvedAfterPerson: 0, abandoned: 0, open: 0 };
  for (const c of conversations) {
    if (c.state === 'resolved' || c.state === 'closed') {
      if (c.escalationReason) out.resolvedAfterPerson += 1;
      else out.resolvedByAssistant += 1;
    } else if (c.state === 'abandoned') out.abandoned += 1;
    else out.open += 1;
  }
  return out;
}

/** One wait for a person: from the escalation to the first agent joining (or the conversation ending). */
export type WaitFact = { conversationId: string; escalatedAt: number; joinedAt: number | null; endedAt: number | null };

const eventOf = (m: Message): unknown => (m.authorKind === 'system' ? m.meta.event : null);

/** The first wait in the transcript; null when the conversation never went to a person. */
export function waitFactFrom(conversation: Conversation, messages: readonly Message[]): WaitFact | null {
  const escalated = messages.find((m) => eventOf(m) === 'escalated');
  if (!escalated) return null;
  const joined = messages.find((m) => m.seq > escalated.seq && eventOf(m) === 'agent_joined');
  const ended = conversation.state === 'abandoned' || conversation.state === 'resolved' || conversation.state === 'closed';
  return { conversationId: conversation.id, escalatedAt: escalated.createdAt, joinedAt: joined?.createdAt ?? null, endedAt: ended && !joined ? conversation.updatedAt : null };
}

/** A wait whose outcome can no longer change: answered, or ended without an answer. */
export const waitIsFinal = (fact: WaitFact): boolean => fact.joinedAt !== null || fact.endedAt !== null;

export type ServiceLevel = { answeredWithin: number; counted: number; answered: number; rate: number | null; averageAnswerSeconds: number | null };

/**
 * Service level as the staffing maths and the simulator define it: answered within the target, over every
 * conversation that entered the human queue (a customer who left, or still waits, past the target counts
 * as missed). One still waiting under the target is not decided yet and is left out.
 */
export function serviceLevel(facts: readonly WaitFact[], targetMs: number, now: number): ServiceLevel {
  let answeredWithin = 0;
  let counted = 0;
  let answered = 0;
  let waitSum = 0;
  for (const f of facts) {
    if (f.joinedAt !== null) {
      const wait = f.joinedAt - f.escalatedAt;
      counted += 1;
      answered += 1;
      waitSum += wait;
      if (wait <= targetMs) answeredWithin += 1;
    } else if ((f.endedAt ?? now) - f.escalatedAt > targetMs) counted += 1;
  }
  return { answeredWithin, counted, answered, rate: counted === 0 ? null : answeredWithin / counted, averageAnswerSeconds: answered === 0 ? null : waitSum / answered / 1000 };
}

/** The same per hour of escalation. */
export function serviceLevelByHour(facts: readonly WaitFact[], targetMs: number, now: number): (ServiceLevel & { hour: number })[] {
  return Array.from({ length: 24 }, (_, hour) => ({
    hour,
    ...serviceLevel(
      facts.filter((f) => hourOf(f.escalatedAt) === hour),
      targetMs,
      now,
    ),
  }));
}
