/**
 * The simulator: a day of support in virtual time, compared across policies, with a self-contained
 * HTML report. It runs the application's own use-cases — startConversation, escalateConversation,
 * runDispatch (greedy or batch, widening, call-ups), acceptOffer, declineOffer, the offer-expiry timer
 * rows through the runtime's TimerRunner, leaveQueue, resolveConversation, setPresence, and pay into
 * the ledger through the workforce use-cases — on the in-memory store (src/store/memory), with a
 * virtual clock and counter ids. What the simulator adds is the world around the application:
 * customers, the AI's outcomes per intent (through the real escalation policy), agents' behaviour,
 * and the metrics. The guardrail controller and block settlement are the domain's pure functions
 * (stepGuardrail, settleBlock) fed by the run. See DESIGN.md "Simulation" and model/app.ts.
 */
export { Kernel, type EventHandler, type ScheduledEvent } from './kernel.js';
export { createRng, weightedIndex, type Rng } from './random.js';
export {
  ESCALATION_TRIGGERS,
  escalationPolicyFor,
  scenarioSchema,
  type DispatchSettings,
  type EscalationTrigger,
  type IntentSpec,
  type PolicySpec,
  type PoolSpec,
  type Scenario,
  type ScenarioInput,
} from './scenario.js';
export { timeMs, type AiOutcomeMix, type Distribution } from './scenario-parts.js';
export { formatIssues, formatPath, parseScenarioText, scenarioFrom, validateScenario, type ScenarioParse } from './scenario-load.js';
export { scaleScenario } from './scale.js';
export {
  clockLabel,
  findPolicy,
  simulate,
  sumCounters,
  type IntervalResult,
  type Progress,
  type SimulateOptions,
  type SimulationResult,
} from './run.js';
export { compare, poolRuns, type CompareOptions, type ComparisonResult, type PolicyComparison, type RunDigest, type Spread } from './compare.js';
export { deriveMetrics, percentileFromBins, type DeriveOptions, type DerivedMetrics } from './summary.js';
export { agentFigures, quantiles, type AgentFigures, type Quantiles } from './agent-figures.js';
export type { IntervalCounters } from './model/metrics.js';
export type { SimStore } from './model/app.js';
export type { GuardrailSwitch } from './model/types.js';
export { renderReport, type ReportOptions } from './report-html.js';
export { METRICS, formatMoney, formatValue, type MetricInfo, type Unit } from './report-format.js';
export { parseSimulateArgs, runSimulateCommand, type CommandIo } from './simulate-command.js';
export { benchScenario, benchSimulator } from './bench.js';
