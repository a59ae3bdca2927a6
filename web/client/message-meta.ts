import type { Message } from './types.js';

/**
 * Typed readers for `message.meta`, which the server keeps open-ended (the assistant, dispatch and CSAT add
 * fields over time). Anything missing or malformed reads as absent: the UI shows less, never breaks.
 */
/** `auditId` ties a tool citation to its row in the tool audit (console). */
export type Citation = { kind: 'article' | 'tool'; id: string; title?: string; auditId?: number };
export type SystemEvent = 'escalated' | 'agent_joined' | 'queue_position' | 'csat_requested' | (string & {});
export type QueueInfo = { position: number; etaSeconds: number | null };
/** A fact the assistant found, with where it came from (`tool:get_next_payment#12`, an article id…). */
export type HandoffFact = { text: string; source: string | null };
export type HandoffAction = { tool: string; result: string };
export type HandoffSummary = {
  /** What the customer wants, in one sentence. */
  summary: string | null;
  intent: string | null;
  reason: string | null;
  /** The escalation decision's own words, when it gave any. */
  detail: string | null;
  facts: HandoffFact[];
  actions: HandoffAction[];
  citations: Citation[];
  sentiment: string | null;
};

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
    const auditId = asNumber(record.auditId);
    return [{ kind, id, ...(title ? { title } : {}), ...(auditId !== null ? { auditId } : {}) }];
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

/** Facts are plain strings or `{ text, citation }` (the assistant's handoff summary). */
function readFacts(value: unknown): HandoffFact[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const plain = asString(item);
    if (plain) return [{ text: plain, source: null }];
    const record = asRecord(item);
    const text = asString(record?.text);
    return text ? [{ text, source: asString(record?.citation) }] : [];
  });
}

function readActions(value: unknown): HandoffAction[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const record = asRecord(item);
    const tool = asString(record?.tool);
    return tool ? [{ tool, result: asString(record?.resultSummary) ?? '' }] : [];
  });
}

/**
 * Where a handoff fact came from, in words: `tool:get_next_payment#12` reads "Account check: get next
 * payment (audit #12)"; an article id reads as its title when the handoff cited it.
 */
export function factSourceLabel(source: string, citations: readonly Citation[]): string {
  const tool = /^tool:([a-z_]+)(?:#(\d+|-))?$/.exec(source);
  if (tool?.[1]) return `Account check: ${tool[1].replaceAll('_', ' ')}${tool[2] && tool[2] !== '-' ? ` (audit #${tool[2]})` : ''}`;
  const articleId = source.replace(/^article:/, '');
  const article = citations.find((c) => c.kind === 'article' && c.id === articleId);
  return `Article: ${article?.title ?? articleId}`;
}

/** The assistant's handoff, carried on the `escalated` system message when the assistant escalated. */
export function handoffFrom(messages: readonly Message[]): HandoffSummary | null {
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    const message = messages[i];
    if (!message || systemEventOf(message) !== 'escalated') continue;
    const handoff = asRecord(message.meta.handoff);
    if (!handoff) return null;
    return {
      summary: asString(handoff.summary) ?? asString(handoff.wants),
      intent: asString(handoff.intent),
      reason: asString(handoff.reason) ?? asString(message.meta.reason),
      detail: asString(handoff.detail),
      facts: readFacts(handoff.facts),
      actions: readActions(handoff.actions),
      citations: readCitations(handoff.citations),
      sentiment: asString(handoff.sentiment),
    };
  }
  return null;
}

/** True once the server asked this customer for a rating (or the conversation was resolved). */
export const csatRequested = (messages: readonly Message[]): boolean => messages.some((m) => systemEventOf(m) === 'csat_requested');
