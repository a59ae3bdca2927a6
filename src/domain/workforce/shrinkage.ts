/**
 * Shrinkage: the share of booked time in which an agent is not available for conversations
 * (breaks, training, meetings, late starts, absence). Erlang gives agents needed ON the queue;
 * the booking must be larger:
 *   scheduledAgents = ⌈agents / (1 - shrinkage)⌉
 * (Call Centre Helper's worked example: 14 agents at 30 % shrinkage → 20 scheduled.)
 * Kept apart from the Erlang models on purpose: it is a planning assumption, not queueing maths.
 */
import { requireNumber } from './queue-input.js';

/** Quotients like 14 / 0.7 can land a hair above an integer in binary; that must not add an agent. */
const ROUNDING_SLACK = 1e-9;

export function scheduledAgents(agentsOnQueue: number, shrinkage: number): number {
  requireNumber('agentsOnQueue', agentsOnQueue, 'nonNegativeInteger');
  if (!(shrinkage >= 0 && shrinkage < 1)) throw new RangeError(`shrinkage must be in [0, 1), got ${String(shrinkage)}`);
  return Math.max(0, Math.ceil(agentsOnQueue / (1 - shrinkage) - ROUNDING_SLACK));
}
