/**
 * Tests only: the offline engine against REAL tools. A fresh PGlite (from the run's migrated template,
 * so this works only under `npx vitest run`), a small generated population that includes the demo
 * customer Alex Morgan (`cus_demo`), the reference back office and `runTool` with the tool audit.
 */
import { freshPglite } from '../../../test/support/databases.js';
import { runTool, type ToolDeps } from '../../app/run-tool.js';
import { AppError } from '../../app/errors.js';
import type { ToolAuditRecord } from '../../app/ports.js';
import { referenceBackOffice } from '../../backoffice/reference-back-office.js';
import { DEMO_CUSTOMER_ID, generatePopulation, isoDateToEpochMs, type IsoDate } from '../../domain/lending/index.js';
import type { Database } from '../../store/database.js';
import { createLendingStore, insertPopulation } from '../../store/lending.repository.js';
import { toolAuditRepository, toolPolicyRepository } from '../../store/tool.repository.js';
import { findAmounts, findDates, findSourceAmounts, sameAmount, sameDate } from '../../domain/quality/facts-in-text.js';
import type { AssistantOutput, AssistantTools } from '../engine.js';
import { loadKnowledgeBase } from '../knowledge/index.js';
import { trainIntentModel, type IntentModel } from './intent-model.js';
import { createOfflineEngine, type OfflineEngine } from './offline-engine.js';

/** A fixed day, so replies and dates in tests are reproducible; noon UTC keeps "today" unambiguous. */
export const TEST_TODAY: IsoDate = '2026-11-20';
export const TEST_NOW = isoDateToEpochMs(TEST_TODAY) + 12 * 3_600_000;

export const TEST_POPULATION = { seed: 7, customers: 20, merchants: 8, purchases: 60 } as const;

/** A purchase id that exists but belongs to someone else: what an injection would try to reach. */
export function foreignPurchaseId(today: IsoDate = TEST_TODAY): string {
  const purchase = generatePopulation({ ...TEST_POPULATION, today }).purchases.find((p) => p.customerId !== DEMO_CUSTOMER_ID);
  if (!purchase) throw new Error('the test population has no other customer with a purchase');
  return purchase.id;
}

export interface ToolWorld {
  readonly database: Database;
  readonly now: number;
  /** Tools bound to one customer and conversation, acting as the assistant (`ai` actor). */
  toolsFor(conversationId: string, customerId?: string): AssistantTools;
  /** Every audited tool call of a conversation, oldest first. */
  audit(conversationId: string): Promise<ToolAuditRecord[]>;
  close(): Promise<void>;
}

export async function openToolWorld(options: { today?: IsoDate } = {}): Promise<ToolWorld> {
  const today = options.today ?? TEST_TODAY;
  const now = isoDateToEpochMs(today) + 12 * 3_600_000;
  const database = await freshPglite();
  await insertPopulation(database.db, generatePopulation({ ...TEST_POPULATION, today }));
  let ids = 0;
  const deps: ToolDeps = {
    backOffice: referenceBackOffice({ store: createLendingStore(database.db), now: () => now, newId: (prefix) => `${prefix}_t${(ids += 1)}` }),
    audit: toolAuditRepository(database.db),
    policy: toolPolicyRepository(database.db),
    clock: { now: () => now },
  };
  return {
    database,
    now,
    toolsFor(conversationId, customerId = DEMO_CUSTOMER_ID) {
      return {
        async run(tool, args, runOptions = {}) {
          try {
            return await runTool(deps, { tool, args, actor: { kind: 'ai' }, customerId, conversationId, ...runOptions });
          } catch (error) {
            // Malformed arguments are the caller's mistake; the app reports them as a refused call.
            if (error instanceof AppError) return { ok: false, tool, code: error.code, message: error.message, auditId: null, replayed: false };
            throw error;
          }
        },
      };
    },
    async audit(conversationId) {
      const records = await deps.audit.list({ conversationId, limit: 1000 });
      return [...records].sort((a, b) => a.id - b.id);
    },
    close: () => database.close(),
  };
}

const knowledge = loadKnowledgeBase();
let sharedModel: IntentModel | undefined;

/** An offline engine on the shipped knowledge; the classifier is trained once per test file. */
export function engineForTests(options: { escalationPolicy?: Parameters<typeof createOfflineEngine>[0]['escalationPolicy'] } = {}): OfflineEngine {
  sharedModel ??= trainIntentModel(knowledge.catalogue);
  return createOfflineEngine({ ...knowledge, intentModel: sharedModel, ...options });
}

/**
 * Amounts and dates in a reply that none of its sources states: the tool results it cites (read from the
 * audit) and the articles it cites. The one derived figure allowed is a proposed extension's new date
 * (a cited due date plus the proposed days), which the customer is asked to confirm.
 */
export async function ungroundedFacts(world: ToolWorld, conversationId: string, output: AssistantOutput): Promise<string[]> {
  if (output.reply === null) return [];
  const records = new Map((await world.audit(conversationId)).map((r) => [r.id, r]));
  const sources: string[] = [];
  for (const citation of output.citations) {
    if (citation.kind === 'article') sources.push(knowledge.articles.find((a) => a.id === citation.id)?.body ?? '');
    else if (citation.auditId !== null) sources.push(JSON.stringify(records.get(citation.auditId)?.result ?? {}));
  }
  const text = sources.join('\n');
  const amounts = findSourceAmounts(text);
  const dates = findDates(text);
  const pending = (output.memory as { pending?: { kind?: string; action?: { tool?: string; args?: { days?: number } } } }).pending;
  const days = pending?.kind === 'confirm_action' && pending.action?.tool === 'extend_due_date' ? (pending.action.args?.days ?? 0) : 0;
  const derived = days > 0 ? findDates(text).map((d) => ({ ...d, ...shiftDays(d, days) })) : [];
  const problems: string[] = [];
  for (const amount of findAmounts(output.reply)) if (!amounts.some((a) => sameAmount(a, amount))) problems.push(amount.text);
  for (const date of findDates(output.reply)) if (![...dates, ...derived].some((d) => sameDate(d, date))) problems.push(date.text);
  return problems;
}

function shiftDays(date: { year: number | null; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const shifted = new Date(Date.UTC(date.year ?? 2000, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}
