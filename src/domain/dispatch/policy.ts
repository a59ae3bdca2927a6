import type { DispatchConfig } from './config.js';
import type { DispatchSnapshot, Proposal } from './types.js';
import { proposeGreedy } from './greedy-policy.js';
import { proposeBatch } from './batch-policy.js';

export type DispatchPolicyName = 'greedy' | 'batch';

/**
 * One tick of dispatch: a snapshot in, proposed offers out (queue order). Proposals are not claims:
 * the runtime still claims each conversation and agent slot atomically in the database and drops a
 * proposal whose claim fails. Within one call a conversation appears at most once and no agent gets
 * more proposals than free slots.
 */
export interface DispatchPolicy {
  readonly name: DispatchPolicyName;
  propose(snapshot: DispatchSnapshot, config: DispatchConfig): Proposal[];
}

export const greedyPolicy: DispatchPolicy = { name: 'greedy', propose: proposeGreedy };
export const batchPolicy: DispatchPolicy = { name: 'batch', propose: proposeBatch };

export function dispatchPolicy(name: DispatchPolicyName): DispatchPolicy {
  return name === 'greedy' ? greedyPolicy : batchPolicy;
}
