import type { HumanCapacity } from '../../domain/quality/index.js';
import { calibrationReport } from './calibration-report.js';
import { checkDurable } from './check-durable.js';
import { contestReview, decideReviewContest } from './contest-review.js';
import { exportConversationsCsv } from './export-conversations-csv.js';
import { getAgentQuality } from './get-agent-quality.js';
import { linkRepeatContact } from './link-repeat-contact.js';
import { listContests } from './list-contests.js';
import { listReviewQueue } from './list-review-queue.js';
import { getGuardrail, setGuardrailFloors } from './manage-guardrail.js';
import { outcomeReport } from './outcome-report.js';
import type { QualityDeps } from './quality-deps.js';
import { recordResolution } from './record-resolution.js';
import { refreshAgentQuality } from './refresh-agent-quality.js';
import { humanFirstIntents, stepGuardrails } from './step-guardrails.js';
import { submitCsat } from './submit-csat.js';
import { submitReview } from './submit-review.js';

type Arg<F> = F extends (deps: never, input: infer I) => unknown ? I : never;

/** The quality use-cases with their ports bound: what the routes, the timers and the lead's hooks call. */
export function createQualityServices(deps: QualityDeps) {
  return {
    deps,
    /** Resolve hook: after every resolution, AI or human. */
    recordResolution: (input: Arg<typeof recordResolution>) => recordResolution(deps, input),
    /** Intent hook: when a conversation gets (or changes) its intent. */
    linkRepeatContact: (input: Arg<typeof linkRepeatContact>) => linkRepeatContact(deps, input),
    /** Timer handler for DURABLE_CHECK_TIMER. */
    checkDurable: (payload: Arg<typeof checkDurable>) => checkDurable(deps, payload),
    /** Guardrail loop (leader only). */
    stepGuardrails: (nowMs: number, humanCapacity?: HumanCapacity) =>
      stepGuardrails(deps, { nowMs, ...(humanCapacity ? { humanCapacity } : {}) }),
    humanFirstIntents: () => humanFirstIntents(deps),
    submitCsat: (input: Arg<typeof submitCsat>) => submitCsat(deps, input),
    listReviewQueue: (input: Arg<typeof listReviewQueue>) => listReviewQueue(deps, input),
    submitReview: (input: Arg<typeof submitReview>) => submitReview(deps, input),
    contestReview: (input: Arg<typeof contestReview>) => contestReview(deps, input),
    decideReviewContest: (input: Arg<typeof decideReviewContest>) => decideReviewContest(deps, input),
    listContests: (input: Arg<typeof listContests>) => listContests(deps, input),
    calibrationReport: (input: Arg<typeof calibrationReport>) => calibrationReport(deps, input),
    getAgentQuality: (input: Arg<typeof getAgentQuality>) => getAgentQuality(deps, input),
    refreshAgentQuality: (agentId: string) => refreshAgentQuality(deps, agentId),
    getGuardrail: (input: Arg<typeof getGuardrail>) => getGuardrail(deps, input),
    setGuardrailFloors: (input: Arg<typeof setGuardrailFloors>) => setGuardrailFloors(deps, input),
    outcomeReport: (input: Arg<typeof outcomeReport>) => outcomeReport(deps, input),
    exportConversationsCsv: (input: Arg<typeof exportConversationsCsv>) => exportConversationsCsv(deps, input),
  };
}

export type QualityServices = ReturnType<typeof createQualityServices>;

export { DEFAULT_QUALITY_POLICY, DURABLE_CHECK_TIMER, durableTimerKey, type ArticleText, type QualityDeps, type QualityPolicy } from './quality-deps.js';
export type { AgentQualityView, ReviewBehindScore } from './get-agent-quality.js';
export type { CalibrationView } from './calibration-report.js';
export type { ContestedReview } from './list-contests.js';
export type { CsatResult, CsatRefusal } from './submit-csat.js';
export type { GuardrailStepSummary } from './step-guardrails.js';
export type { GuardrailView } from './manage-guardrail.js';
export type { RecordedResolution } from './record-resolution.js';
export { CSV_COLUMNS, csvCell } from './export-conversations-csv.js';
export type * from './ports.js';
