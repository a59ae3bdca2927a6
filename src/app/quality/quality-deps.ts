import {
  DEFAULT_AGENT_SCORE_CONFIG,
  DEFAULT_AUTO_QA_CONFIG,
  DEFAULT_CERTIFICATION_POLICIES,
  DEFAULT_CONTEST_RULES,
  DEFAULT_CSAT_RULES,
  DEFAULT_GUARDRAIL_CONFIG,
  DEFAULT_PROBATION_POLICY,
  DEFAULT_SAMPLING_POLICY,
  type AgentScoreConfig,
  type AutoQaConfig,
  type CertificationPolicy,
  type ContestRules,
  type CsatRules,
  type GuardrailConfig,
  type ProbationPolicy,
  type SamplingPolicy,
} from '../../domain/quality/index.js';
import type { Clock, IdGenerator, Store, ToolAuditRepository } from '../ports.js';
import type { QualityStore } from './ports.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export type QualityPolicy = {
  csat: CsatRules;
  /** A resolution is durable when the customer does not come back about the same need within this. */
  durableWindowMs: number;
  sampling: SamplingPolicy;
  /** Share (0..1) of sampled conversations that also get a second, independent reviewer. */
  calibrationRate: number;
  contest: ContestRules;
  agentScore: AgentScoreConfig;
  probation: ProbationPolicy;
  certifications: Readonly<Record<string, CertificationPolicy>>;
  autoQa: AutoQaConfig;
  /** Defaults of the controller; the operator's floors (stored) replace `thresholds`. */
  guardrail: GuardrailConfig;
  /**
   * What an AI reply costs (model usage), for cost per contact. A flat figure per reply: the engines do
   * not report token usage yet.
   */
  aiReplyCostMinor: number;
};

export const DEFAULT_QUALITY_POLICY: QualityPolicy = {
  csat: DEFAULT_CSAT_RULES,
  durableWindowMs: 7 * DAY_MS,
  sampling: DEFAULT_SAMPLING_POLICY,
  calibrationRate: 0.05,
  contest: DEFAULT_CONTEST_RULES,
  agentScore: DEFAULT_AGENT_SCORE_CONFIG,
  probation: DEFAULT_PROBATION_POLICY,
  certifications: DEFAULT_CERTIFICATION_POLICIES,
  autoQa: DEFAULT_AUTO_QA_CONFIG,
  guardrail: DEFAULT_GUARDRAIL_CONFIG,
  aiReplyCostMinor: 1,
};

/** A help-centre article as auto-QA needs it: the text an AI reply may cite. */
export type ArticleText = { title: string; body: string };

export type QualityDeps = {
  /** The core store: conversations, messages, events. */
  store: Store;
  quality: QualityStore;
  toolAudit: ToolAuditRepository;
  articles: (id: string) => ArticleText | null;
  clock: Clock;
  ids: IdGenerator;
  /** [0,1): sampling draws. Seeded in tests and the simulator. */
  rng: () => number;
  policy: QualityPolicy;
};

export const DURABLE_CHECK_TIMER = 'quality.durable_check';
export const durableTimerKey = (resolutionId: string) => `durable:${resolutionId}`;
export const GUARDRAIL_THRESHOLDS_KEY = 'guardrail.thresholds';
