/**
 * Checks that every amount and date an AI message states comes from what the message cites: the tool
 * results (read back from the tool audit by audit id) and the help articles. The one derived figure
 * allowed is a proposed extension's new date (a cited due date plus the proposed days), which the customer
 * is asked to confirm.
 */
import type { ToolAuditRecord } from '../../src/app/ports.js';
import type { Citation } from '../../src/ai/engine.js';
import { loadKnowledgeBase } from '../../src/ai/knowledge/index.js';
import type { MessageDto } from '../../src/contracts/common.js';
import { addDays, type IsoDate } from '../../src/domain/lending/index.js';
import { findAmounts, findDates, findSourceAmounts, sameAmount, sameDate, type StatedDate } from '../../src/domain/quality/facts-in-text.js';

const articles = new Map(loadKnowledgeBase().articles.map((a) => [a.id, a]));

export const citationsOf = (message: MessageDto): Citation[] => (message.meta.citations ?? []) as Citation[];

/** The source text a message may state facts from. */
function sourcesOf(message: MessageDto, audit: readonly ToolAuditRecord[]): string {
  const byId = new Map(audit.map((r) => [r.id, r]));
  return citationsOf(message)
    .map((c) => (c.kind === 'article' ? (articles.get(c.id)?.body ?? '') : c.auditId === null ? '' : JSON.stringify(byId.get(c.auditId)?.result ?? {})))
    .join('\n');
}

const iso = (d: StatedDate): string | null =>
  d.year === null ? null : `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * Amounts and dates in the message that none of its cited sources states (empty when grounded).
 * `audit` is every audit record of the conversation; `extensionDays` allows due date + days.
 */
export function ungroundedFacts(message: MessageDto, audit: readonly ToolAuditRecord[], options: { extensionDays?: number } = {}): string[] {
  const text = sourcesOf(message, audit);
  const amounts = findSourceAmounts(text);
  const dates = findDates(text);
  const derived = options.extensionDays
    ? dates.flatMap((d) => {
        const day = iso(d);
        if (!day) return [];
        const shifted = addDays(day as IsoDate, options.extensionDays as number);
        return findDates(shifted);
      })
    : [];
  const problems: string[] = [];
  for (const amount of findAmounts(message.body)) if (!amounts.some((a) => sameAmount(a, amount))) problems.push(amount.text);
  for (const date of findDates(message.body)) if (![...dates, ...derived].some((d) => sameDate(d, date))) problems.push(date.text);
  return problems;
}

/**
 * Every tool citation of the message points at a successful audit record of this conversation with that
 * tool, and every article citation at a shipped article. Returns what does not hold.
 */
export function brokenCitations(message: MessageDto, audit: readonly ToolAuditRecord[]): string[] {
  const byId = new Map(audit.map((r) => [r.id, r]));
  const problems: string[] = [];
  for (const c of citationsOf(message)) {
    if (c.kind === 'article') {
      if (!articles.has(c.id)) problems.push(`article ${c.id} is not shipped`);
      continue;
    }
    const record = c.auditId === null ? undefined : byId.get(c.auditId);
    if (!record) problems.push(`tool ${c.tool}#${c.auditId} is not in this conversation's audit`);
    else if (record.tool !== c.tool || !record.ok) problems.push(`tool ${c.tool}#${c.auditId} is ${record.tool} ok=${record.ok}`);
  }
  return problems;
}

/** Grounding and citation problems of every AI message of a turn, read against the conversation's whole audit. */
export async function turnProblems(
  chat: { auditAll(): Promise<ToolAuditRecord[]> },
  turn: { ai: MessageDto[] },
  options: { extensionDays?: number } = {},
): Promise<string[]> {
  const audit = await chat.auditAll();
  return turn.ai.flatMap((m) => [...ungroundedFacts(m, audit, options), ...brokenCitations(m, audit)]);
}

/** The first sentence of every list item of a shipped article, as plain text (emphasis removed). */
export function listItemSentences(articleId: string): string[] {
  const body = articles.get(articleId)?.body ?? '';
  return body.split(/\r?\n/).flatMap((line) => {
    const item = /^\s*(?:[-*+]|\d+\.)\s+(.*)$/.exec(line);
    if (!item) return [];
    const plain = (item[1] ?? '').replace(/\*\*|__/g, '').trim();
    return [plain.split(/(?<=[.?!])\s+/)[0] ?? plain];
  });
}
