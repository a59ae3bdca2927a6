import type { AssistantEngine } from '../../ai/engine.js';
import type { DispatchDeps } from '../dispatch/dispatch-deps.js';
import type { ToolDeps } from '../run-tool.js';

/** How an intent is routed when it reaches a person: from the shipped intent catalogue. */
export type IntentRouting = { requiredCertification: string | null; sensitive: boolean; priority: number };

export type AssistantDeps = DispatchDeps & {
  engine: AssistantEngine;
  tools: ToolDeps;
  intentRouting: ReadonlyMap<string, IntentRouting>;
  /**
   * Intents that say nothing about the customer's need (greetings, thanks, goodbye):
   * they never replace the conversation's topic, which routing, reports and the guardrail judge by.
   */
  incidentalIntents: ReadonlySet<string>;
  /** Intents the guardrail has made human-first (the assistant only triages and summarises them). */
  humanFirstIntents: () => Promise<ReadonlySet<string>>;
  /** How many earlier messages the engine sees. */
  transcriptWindow: number;
};
