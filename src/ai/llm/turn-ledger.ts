import type { AssistantTools } from '../engine.js';
import type { PendingAction } from './confirmation-gate.js';

export type ToolOutcome = Awaited<ReturnType<AssistantTools['run']>>;

/** One tool call of this turn: what the model asked for and what came back (a local refusal never ran). */
export type RecordedCall = {
  tool: string;
  kind: 'read' | 'act';
  args: Record<string, unknown>;
  outcome: ToolOutcome;
  /** True when the call reached AssistantTools.run (and so was audited); false for the engine's own refusals. */
  ran: boolean;
};

/** Why the model hands over; mapped to an escalation reason in escalation.ts. */
export const MODEL_HANDOFF_REASONS = ['human_only_topic', 'outside_what_i_cover', 'customer_upset'] as const;
export type ModelHandoffReason = (typeof MODEL_HANDOFF_REASONS)[number];

export type HandoffRequest = { reason: ModelHandoffReason; intent: string | null; note: string };

/** Everything the tools observed during one turn; the engine reads it after the model loop ends. */
export type TurnLedger = {
  calls: RecordedCall[];
  /** An action proposed this turn, awaiting the customer's yes in their next message. */
  proposal: PendingAction | null;
  handoff: HandoffRequest | null;
  resolved: boolean;
  /** A tool threw (infrastructure, not a refusal): the turn must not be trusted. */
  toolFailure: string | null;
};

export const emptyLedger = (): TurnLedger => ({ calls: [], proposal: null, handoff: null, resolved: false, toolFailure: null });
