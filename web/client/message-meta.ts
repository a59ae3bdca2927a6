import type { Message } from './types.js';

/**
 * Typed readers for `message.meta`, which the server keeps open-ended (the assistant, dispatch and CSAT add
 * fields over time). Anything missing or malformed reads as absent: the UI shows less, never breaks.
 */
export type Citation = { kind: 'article' | 'tool'; id: string; title?: string };
export type SystemEvent = 'escalated' | 'agent_joined' | 'queue_position' | 'csat_requested' | (string & {});
export type QueueInfo = { position: number; etaSeconds: number | null };
export type HandoffSummary = { summary: string | null; citations: Citation[]; facts: string[]; sentiment: string | null };

const asRecord = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const asString = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const asNumber = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

export const systemEventOf = (message: Message): SystemEvent | null =>
  message.authorKind === 'system' ? asString(message.meta.event) : null;

function readCitations(value: unknown): Citation[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const record = asRecord(item);
    const kind = record?.kind;
    // Tool citations name the tool (and its audit row) instead of carrying an id.
    const id = asString(record?.id) ?? (kind === 'tool' ? asString(record?.tool) : null);
    if (!record || !id || (kind !== 'article' && kind !== 'tool')) return [];
    const title = asString(record.title);
    return [{ kind, id, ...(title ? { title } : {}) }];
  });
}

export const citationsOf = (message: Message): Citation[] => readCitations(message.meta.citations);

/** "Article: Refunds", "Account check: get next payment". */
export const citationLabel = (citation: Citation): string =>
  citation.kind === 'article' ? `Article: ${citation.title ?? citation.id}` : `Account check: ${citation.title ?? citation.id.replaceAll('_', ' ')}`;

/** The assistant's confidence in [0, 1], when it reported one. */
export const confidenceOf = (message: Message): number | null => {
  const value = asNumber(message.meta.confidence);
  return value !== null && value >= 0 && value <= 1 ? value : null;
};

/** The name of every agent who joined, by id, so their messages can be labelled. */
export function agentNamesFrom(messages: readonly Message[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const message of messages) {
    if (systemEventOf(message) !== 'agent_joined') continue;
    const id = asString(message.meta.agentId);
    const name = asString(message.meta.agentName);
    if (id && name) names.set(id, name);
  }
  return names;
}

/** The agent who joined most recently, if any. */
export function latestAgentName(messages: readonly Message[]): string | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (message && systemEventOf(message) === 'agent_joined') return asString(message.meta.agentName);
  }
  return null;
}

/** The newest queue position, unless a later event (joined, escalated again) made it stale. */
export function queueInfoFrom(messages: readonly Message[]): QueueInfo | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    const event = message ? systemEventOf(message) : null;
    if (!message || !event) continue;
    if (event !== 'queue_position') return null;
    const position = asNumber(message.meta.position);
    if (position === null || position < 1) return null;
    const eta = asNumber(message.meta.etaSeconds);
    return { position: Math.round(position), etaSeconds: eta !== null && eta >= 0 ? eta : null };
  }
  return null;
}

/** The assistant's handoff, carried on the `escalated` system message when the assistant escalated. */
export function handoffFrom(messages: readonly Message[]): HandoffSummary | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (!message || systemEventOf(message) !== 'escalated') continue;
    const handoff = asRecord(message.meta.handoff);
    if (!handoff) return null;
    // Facts are plain strings or `{ text, citation }` (the assistant's handoff summary).
    const facts = Array.isArray(handoff.facts) ? handoff.facts.flatMap((f) => asString(f) ?? asString(asRecord(f)?.text) ?? []) : [];
    const summary = asString(handoff.summary) ?? asString(handoff.wants);
    return { summary, citations: readCitations(handoff.citations), facts, sentiment: asString(handoff.sentiment) };
  }
  return null;
}

/** True once the server asked this customer for a rating (or the conversation was resolved). */
export const csatRequested = (messages: readonly Message[]): boolean => messages.some((m) => systemEventOf(m) === 'csat_requested');
