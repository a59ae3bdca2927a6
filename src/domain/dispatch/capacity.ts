import type { DispatchAgent } from './types.js';

/**
 * Capacity semantics, quota-style: `capacity` is how many chats an agent takes at once, `load` how
 * many they have (an open offer counts). load < capacity has room; load ≥ capacity is full (an
 * over-full snapshot is simply full, never negative room); capacity 0 takes nothing.
 */
type Slots = Pick<DispatchAgent, 'load' | 'capacity'>;

export const hasFreeCapacity = (agent: Slots): boolean => agent.load < agent.capacity;

/** Free slots, never negative. */
export const freeSlots = (agent: Slots): number => Math.max(0, agent.capacity - agent.load);
