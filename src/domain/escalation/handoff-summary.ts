import { detectHumanRequest } from './human-request.js';
import { ESCALATION_REASON_LABELS, type EscalationReason } from './reasons.js';

export interface HandoffFact {
  readonly text: string;
  /** Where the fact came from: a knowledge-base article id or a tool result id from this conversation. */
  readonly citation: string;
}

export interface HandoffAction {
  readonly tool: string;
  readonly resultSummary: string;
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface HandoffInput {
  readonly intent: string;
  /** The customer's messages, oldest first. */
  readonly customerMessages: readonly string[];
  readonly facts: readonly HandoffFact[];
  readonly actions: readonly HandoffAction[];
  /** Per-turn sentiment scores, oldest first. */
  readonly sentimentTrend: readonly number[];
  readonly reason: EscalationReason;
  /** The decision's detail, if the agent should see it. */
  readonly reasonDetail?: string;
  /**
   * Set when this turn is the customer asking for a person and its intent is only that request (it says
   * nothing about their need): `earlierIntent` is the topic they raised before asking, or null when none is
   * known. The "wants" line then describes that topic from their earlier messages, or says "Asked for a
   * person" — never "wants help with talk to human".
   */
  readonly askedForPerson?: { readonly earlierIntent: string | null };
}

export interface HandoffSummary {
  readonly intent: string;
  readonly wants: string;
  readonly facts: readonly HandoffFact[];
  readonly actions: readonly HandoffAction[];
  readonly sentiment: SentimentLabel;
  readonly reason: EscalationReason;
  /** The same content as plain text, identical for identical input, for the agent's panel and the transcript. */
  readonly text: string;
}

/** Sentiment is the mean of the last few turns, so an early complaint that has been settled does not colour it. */
const SENTIMENT_TURNS = 3;
const SENTIMENT_BAND = 0.1;
const MAX_QUOTE_CHARS = 160;

export function sentimentLabel(trend: readonly number[]): SentimentLabel {
  const recent = trend.slice(-SENTIMENT_TURNS);
  if (recent.length === 0) return 'neutral';
  const mean = recent.reduce((sum, s) => sum + s, 0) / recent.length;
  if (mean > SENTIMENT_BAND) return 'positive';
  if (mean < -SENTIMENT_BAND) return 'negative';
  return 'neutral';
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The message that says what the customer wants: the first one of three words or more that is not just a
 * request for a human ("agent please" tells the agent nothing). Falls back to the last message.
 */
function chooseMessage(messages: readonly string[]): string | undefined {
  const lines = messages.map(oneLine).filter((m) => m !== '');
  const informative = lines.find((m) => m.split(' ').length >= 3 && !detectHumanRequest(m));
  return informative ?? lines[lines.length - 1];
}

export function intentLabel(intent: string): string {
  return intent.replace(/[_\-.]+/g, ' ').trim() || 'unknown';
}

// Double quotes inside the quote would make the sentence ambiguous; single ones keep it readable.
const quoted = (message: string) => `"${truncateAtWord(message, MAX_QUOTE_CHARS).replace(/"/g, "'")}"`;

function describeWants(intent: string, messages: readonly string[]): string {
  const label = intentLabel(intent);
  const message = chooseMessage(messages);
  if (message === undefined) return `Wants help with ${label} (no message yet).`;
  return `Wants help with ${label}: ${quoted(message)}.`;
}

/**
 * "Wants" when the customer asked for a person: the last message is the request itself, so the need is in
 * what they wrote before it (informative first, as chooseMessage) under the earlier topic, if any.
 */
function describeWantsBeforeAsking(earlierIntent: string | null, messages: readonly string[]): string {
  const lines = messages.map(oneLine).filter((m) => m !== '');
  const request = lines[lines.length - 1];
  const before = lines.slice(0, -1).filter((m) => !detectHumanRequest(m));
  const said = before.find((m) => m.split(' ').length >= 3) ?? before[before.length - 1];
  if (earlierIntent !== null) {
    const label = intentLabel(earlierIntent);
    return said === undefined ? `Wants help with ${label}, then asked for a person.` : `Wants help with ${label}: ${quoted(said)}.`;
  }
  if (said !== undefined) return `Asked for a person after writing: ${quoted(said)}.`;
  return request === undefined ? 'Asked for a person.' : `Asked for a person: ${quoted(request)}.`;
}

export function buildHandoffSummary(input: HandoffInput): HandoffSummary {
  const wants = input.askedForPerson
    ? describeWantsBeforeAsking(input.askedForPerson.earlierIntent, input.customerMessages)
    : describeWants(input.intent, input.customerMessages);
  const sentiment = sentimentLabel(input.sentimentTrend);
  const reasonText = ESCALATION_REASON_LABELS[input.reason];
  const lines = [
    `Reason: ${reasonText} (${input.reason})${input.reasonDetail ? ` - ${oneLine(input.reasonDetail)}` : ''}`,
    `Intent: ${intentLabel(input.intent)}`,
    `Wants: ${wants}`,
    `Sentiment: ${sentiment}`,
    input.facts.length === 0 ? 'Facts: none found' : 'Facts:',
    ...input.facts.map((f) => `- ${oneLine(f.text)} [${f.citation}]`),
    input.actions.length === 0 ? 'Tried: nothing yet' : 'Tried:',
    ...input.actions.map((a) => `- ${a.tool}: ${oneLine(a.resultSummary)}`),
  ];
  return {
    intent: input.intent,
    wants,
    facts: input.facts,
    actions: input.actions,
    sentiment,
    reason: input.reason,
    text: lines.join('\n'),
  };
}
