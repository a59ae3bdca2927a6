import type { ToolAuditEntry } from '../client/index.js';

/** How a tool call reads in the audit: compact arguments and the one-line gist of its result. Pure. */
export function formatArgs(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  if (entries.length === 0) return '—';
  return entries.map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`).join(', ');
}

/** A receipt's summary, an error's message, or the shape of what was read ("9 items", "purchase pur_x"). */
export function resultGist(entry: Pick<ToolAuditEntry, 'ok' | 'result'>): string {
  const result = entry.result;
  const pick = (key: string) => (typeof result[key] === 'string' ? (result[key] as string) : null);
  if (!entry.ok) return pick('message') ?? pick('code') ?? 'failed';
  const data = (typeof result.data === 'object' && result.data !== null ? result.data : result) as Record<string, unknown> | unknown[];
  if (Array.isArray(data)) return `${data.length} item${data.length === 1 ? '' : 's'} read`;
  const summary = typeof data.summary === 'string' ? data.summary : pick('summary');
  if (summary) return summary;
  const keys = Object.keys(data);
  return keys.length > 0 ? `read: ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? '…' : ''}` : 'ok';
}
