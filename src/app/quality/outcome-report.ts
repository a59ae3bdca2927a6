import type { Principal } from '../../domain/auth/access.js';
import {
  outcomesByAgent,
  outcomesByIntent,
  type AgentOutcomeLine,
  type ConversationOutcomeRow,
  type IntentOutcomeLine,
} from '../../domain/quality/index.js';
import type { ConversationFacts } from './ports.js';
import type { QualityDeps } from './quality-deps.js';
import { staffIdOf } from './review-access.js';

export type ReportRange = { fromMs: number; toMs: number; limit: number };

/** Who the conversation counts for: a human who owned it at any point, else the AI. */
export function ownerOf(facts: ConversationFacts): { ownerKind: 'ai' | 'human'; agentId: string | null } {
  const humans = facts.ownerHistory.filter((o) => o !== 'ai');
  if (humans.length === 0 && (facts.resolvedBy === null || facts.resolvedBy === 'ai')) return { ownerKind: 'ai', agentId: null };
  const agentId = facts.resolvedBy && facts.resolvedBy !== 'ai' ? facts.resolvedBy : (humans.at(-1) ?? null);
  return { ownerKind: 'human', agentId };
}

export const isResolved = (facts: ConversationFacts): boolean => facts.state === 'resolved' || facts.state === 'closed';

/** Seconds from the start to the resolution (or to the last change, for conversations not resolved). */
export const handleSeconds = (facts: ConversationFacts): number =>
  Math.max(0, Math.round(((facts.resolvedAt ?? facts.updatedAt) - facts.createdAt) / 1000));

export const costMinor = (facts: ConversationFacts, aiReplyCostMinor: number): number => facts.agentPayMinor + facts.aiMessages * aiReplyCostMinor;

export function toOutcomeRow(facts: ConversationFacts, aiReplyCostMinor: number): ConversationOutcomeRow {
  return {
    ...ownerOf(facts),
    intent: facts.intent ?? 'unknown',
    resolved: isResolved(facts),
    durable: facts.durable,
    csat: facts.csat,
    handleSeconds: handleSeconds(facts),
    costMinor: costMinor(facts, aiReplyCostMinor),
  };
}

/** One outcome table for AI and humans alike, per intent (total, AI, human) or per agent (with one AI line). */
export async function outcomeReport(
  deps: QualityDeps,
  input: { principal: Principal; by: 'intent' | 'agent'; range: ReportRange },
): Promise<{ by: 'intent'; lines: IntentOutcomeLine[] } | { by: 'agent'; lines: AgentOutcomeLine[] }> {
  staffIdOf(input.principal);
  const rows = (await deps.quality.reports.conversationFacts(input.range)).map((f) => toOutcomeRow(f, deps.policy.aiReplyCostMinor));
  return input.by === 'intent' ? { by: 'intent', lines: outcomesByIntent(rows) } : { by: 'agent', lines: outcomesByAgent(rows) };
}
