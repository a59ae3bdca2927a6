import type { DispatchAgent, QueuedConversation } from './types.js';
import { hasFreeCapacity } from './capacity.js';

/**
 * Hard rules: an agent who fails any of them is never offered the conversation, however long it
 * waits (widening does not touch these). Semantics, each checked independently:
 * - presence:   agent.presence === 'available' ('away' and 'offline' both fail).
 * - language:   agent.languages includes conversation.language, exact string match.
 * - certification: requiredCertification === null, or agent.certifications includes it.
 * - capacity:   load < capacity (capacity.ts). load === capacity is full; capacity 0 never has room.
 * - excluded:   agent.id is not in conversation.excludedAgentIds (declined or timed out before).
 * - probation_sensitive: a probation agent never gets a sensitive conversation; standard and
 *   expert agents may, and probation agents may take non-sensitive ones.
 */
export type IneligibilityReason =
  | 'presence'
  | 'language'
  | 'certification'
  | 'capacity'
  | 'excluded'
  | 'probation_sensitive';

export type Eligibility =
  | { readonly eligible: true; readonly reasons: readonly [] }
  | { readonly eligible: false; readonly reasons: readonly IneligibilityReason[] };

const ELIGIBLE: Eligibility = { eligible: true, reasons: [] };

const speaks = (a: DispatchAgent, c: QueuedConversation) => a.languages.includes(c.language);
const certified = (a: DispatchAgent, c: QueuedConversation) =>
  c.requiredCertification === null || a.certifications.includes(c.requiredCertification);
const excluded = (a: DispatchAgent, c: QueuedConversation) => c.excludedAgentIds.includes(a.id);
const probationBlocked = (a: DispatchAgent, c: QueuedConversation) => a.tier === 'probation' && c.sensitive;

/** Every rule the agent fails, in a stable order (the order of IneligibilityReason). */
export function ineligibilityReasons(agent: DispatchAgent, conversation: QueuedConversation): IneligibilityReason[] {
  const reasons: IneligibilityReason[] = [];
  if (agent.presence !== 'available') reasons.push('presence');
  if (!speaks(agent, conversation)) reasons.push('language');
  if (!certified(agent, conversation)) reasons.push('certification');
  if (!hasFreeCapacity(agent)) reasons.push('capacity');
  if (excluded(agent, conversation)) reasons.push('excluded');
  if (probationBlocked(agent, conversation)) reasons.push('probation_sensitive');
  return reasons;
}

/** For explanations ("why not me?"): eligible, or the list of rules that failed. */
export function checkEligibility(agent: DispatchAgent, conversation: QueuedConversation): Eligibility {
  const reasons = ineligibilityReasons(agent, conversation);
  return reasons.length === 0 ? ELIGIBLE : { eligible: false, reasons };
}

/** Same rules as checkEligibility, short-circuiting and allocation-free for the dispatch hot path. */
export function isEligible(agent: DispatchAgent, conversation: QueuedConversation): boolean {
  return (
    agent.presence === 'available' &&
    hasFreeCapacity(agent) &&
    speaks(agent, conversation) &&
    certified(agent, conversation) &&
    !probationBlocked(agent, conversation) &&
    !excluded(agent, conversation)
  );
}

/**
 * Eligible apart from the listed reasons. Used for "could serve it once a slot frees" (ignore
 * capacity: sticky hold) and "could serve it if they came online" (ignore presence and capacity: call-ups).
 */
export function isEligibleIgnoring(
  agent: DispatchAgent,
  conversation: QueuedConversation,
  ignored: readonly IneligibilityReason[],
): boolean {
  return ineligibilityReasons(agent, conversation).every((r) => ignored.includes(r));
}
