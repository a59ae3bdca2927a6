/**
 * Workforce at runtime: paid on-call blocks (publish, claim, release, settle), the pay ledger (records
 * with causes, statements, CSV), fairness figures, and staffing from conversation history.
 * Pure rules live in src/domain/workforce; this folder binds them to the ports in ./ports.ts.
 */
import { answerStaffingQuery } from './erlang-query.js';
import { claimBlock } from './claim-block.js';
import { getFairness } from './fairness.js';
import { listAgentBlocks, listBlocksForSupervisor } from './list-blocks.js';
import { agentsInPaidBlockAt } from './paid-blocks.js';
import type { WorkforceDeps } from './ports.js';
import { publishBlocks } from './publish-blocks.js';
import { publishPlan } from './publish-plan.js';
import { payMissedConversations, recordCallUpBonus, recordConversationPay, recordQualityBonus, recordTrainingPay } from './record-pay.js';
import { releaseBlock } from './release-block.js';
import { settleDueBlocks } from './settle-blocks.js';
import { getStatement, listPayLedger } from './statement.js';

type Arg<F> = F extends (deps: never, input: infer I) => unknown ? I : never;

export function createWorkforceServices(deps: WorkforceDeps) {
  return {
    deps,
    listAgentBlocks: (input: Arg<typeof listAgentBlocks>) => listAgentBlocks(deps, input),
    listBlocksForSupervisor: (input: Arg<typeof listBlocksForSupervisor>) => listBlocksForSupervisor(deps, input),
    claimBlock: (input: Arg<typeof claimBlock>) => claimBlock(deps, input),
    releaseBlock: (input: Arg<typeof releaseBlock>) => releaseBlock(deps, input),
    publishBlocks: (input: Arg<typeof publishBlocks>) => publishBlocks(deps, input),
    publishPlan: (input: Arg<typeof publishPlan>) => publishPlan(deps, input),
    settleDueBlocks: (options: { limit?: number } = {}) => settleDueBlocks(deps, options),
    recordConversationPay: (input: Arg<typeof recordConversationPay>) => recordConversationPay(deps, input),
    payMissedConversations: (input: Arg<typeof payMissedConversations>) => payMissedConversations(deps, input),
    recordCallUpBonus: (input: Arg<typeof recordCallUpBonus>) => recordCallUpBonus(deps, input),
    recordQualityBonus: (input: Arg<typeof recordQualityBonus>) => recordQualityBonus(deps, input),
    recordTrainingPay: (input: Arg<typeof recordTrainingPay>) => recordTrainingPay(deps, input),
    getStatement: (input: Arg<typeof getStatement>) => getStatement(deps, input),
    listPayLedger: (input: Arg<typeof listPayLedger>) => listPayLedger(deps, input),
    getFairness: (input: Arg<typeof getFairness>) => getFairness(deps, input),
    agentsInPaidBlockAt: (nowMs: number) => agentsInPaidBlockAt(deps.workforce, nowMs),
    staffingErlang: answerStaffingQuery,
  };
}

export type WorkforceServices = ReturnType<typeof createWorkforceServices>;

export type * from './ports.js';
export { CAUSE_OF_KIND, PLACE_HOLDING_STATUSES } from './ports.js';
export { answerStaffingQuery, staffingProblems, STAFFING_QUERY_FIELDS, type StaffingProblem } from './erlang-query.js';
export { agentsInPaidBlockAt } from './paid-blocks.js';
export { defaultComplexity } from './record-pay.js';
export { formatMinor, statementCsv, STATEMENT_CSV_HEADER } from './statement-csv.js';
export type { Statement } from './statement.js';
export type { ClaimOutcome } from './claim-block.js';
export type { ReleaseOutcome } from './release-block.js';
export type { AgentBlocks, AgentBlockView } from './list-blocks.js';
export type { BlockInput } from './publish-blocks.js';
export type { PlanPublication, PlanRequest } from './publish-plan.js';
export type { FairnessFigures } from './fairness.js';
export type { SettlementSummary } from './settle-blocks.js';
export {
  backtestFromHistory,
  escalationShares,
  forecastFromHistory,
  historyWindow,
  planFromHistory,
  type EscalationModel,
  type PlanFromHistory,
} from './staffing-from-history.js';
