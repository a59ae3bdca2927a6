import type { HandoffFact } from '../../domain/escalation/index.js';
import { toIsoDate, type IsoDate } from '../../domain/lending/index.js';
import type { AssistantInput, AssistantTools, Citation, ToolAction } from '../engine.js';
import type { OfflineMemory } from './memory.js';

export type ToolRead<T> = { ok: true; data: T; auditId: number | null; citation: string } | { ok: false; code: string; message: string };

/**
 * One turn's work: the tools (recording every call as a ToolAction, and every successful result as a
 * citation), the facts found for a later handoff, and the article citations of the reply.
 */
export class TurnContext {
  readonly actions: ToolAction[] = [];
  readonly citations: Citation[] = [];
  readonly facts: HandoffFact[] = [];
  /** Data of every successful tool call this turn: all a reply may state. */
  readonly sources: unknown[] = [];

  constructor(
    readonly input: AssistantInput,
    readonly memory: OfflineMemory,
  ) {}

  /** The customer's today (UTC), for "overdue" and date arithmetic. */
  get today(): IsoDate {
    return toIsoDate(this.input.now);
  }

  get conversationId(): string {
    return this.input.conversationId;
  }

  private get tools(): AssistantTools {
    return this.input.tools;
  }

  /** Runs a read tool. Unexpected errors (a thrown exception) propagate: the app escalates them. */
  async read<T>(tool: string, args: Record<string, unknown> = {}): Promise<ToolRead<T>> {
    const outcome = await this.tools.run(tool, args);
    return this.record(outcome, outcome.ok ? `read ${describeArgs(args)}` : '');
  }

  /** Runs an action the customer confirmed in this conversation. */
  async act<T>(tool: string, args: Record<string, unknown>, idempotencyKey: string): Promise<ToolRead<T> & { replayed: boolean }> {
    const outcome = await this.tools.run(tool, args, { confirmed: true, idempotencyKey });
    const summary = outcome.ok ? receiptSummary(outcome.data) : '';
    const result = this.record<T>(outcome, summary);
    this.memory.tried.push({ tool, resultSummary: this.actions[this.actions.length - 1]?.summary ?? '' });
    return { ...result, replayed: outcome.replayed };
  }

  addFact(text: string, citation: string): void {
    this.facts.push({ text, citation });
  }

  citeArticle(article: { id: string; title: string }): void {
    if (!this.citations.some((c) => c.kind === 'article' && c.id === article.id)) {
      this.citations.push({ kind: 'article', id: article.id, title: article.title });
    }
  }

  private record<T>(outcome: Awaited<ReturnType<AssistantTools['run']>>, okSummary: string): ToolRead<T> {
    if (!outcome.ok) {
      this.actions.push({ tool: outcome.tool, ok: false, summary: `${outcome.code}: ${outcome.message}`, auditId: outcome.auditId, replayed: outcome.replayed });
      return { ok: false, code: outcome.code, message: outcome.message };
    }
    this.actions.push({ tool: outcome.tool, ok: true, summary: okSummary.trim() || 'done', auditId: outcome.auditId, replayed: outcome.replayed });
    this.citations.push({ kind: 'tool', tool: outcome.tool, auditId: outcome.auditId });
    this.sources.push(outcome.data);
    return { ok: true, data: outcome.data as T, auditId: outcome.auditId, citation: `tool:${outcome.tool}#${outcome.auditId ?? '-'}` };
  }
}

function describeArgs(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  return entries.length === 0 ? '' : entries.map(([k, v]) => `${k}=${String(v)}`).join(' ');
}

function receiptSummary(data: unknown): string {
  if (typeof data === 'object' && data !== null && typeof (data as { summary?: unknown }).summary === 'string') {
    return (data as { summary: string }).summary;
  }
  return 'done';
}
