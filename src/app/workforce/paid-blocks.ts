import type { WorkforceStore } from './ports.js';

/**
 * Agents holding a place in a block running at `nowMs`: the dispatcher prefers them (they are paid to
 * wait, so giving them the work first keeps unpaid waiting down). Pass into the dispatch snapshot.
 */
export async function agentsInPaidBlockAt(store: Pick<WorkforceStore, 'blocks'>, nowMs: number): Promise<Set<string>> {
  return new Set(await store.blocks.agentsInBlockAt(nowMs));
}
