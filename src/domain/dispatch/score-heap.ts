/**
 * A binary max-heap of (score, agent id) entries: highest score first, ties to the smaller id, so
 * pops are deterministic. Entries carry the agent's version at push time; the caller treats an entry
 * whose version is behind as stale (lazy deletion).
 */
export interface HeapEntry {
  readonly agentIndex: number;
  readonly agentId: string;
  readonly score: number;
  readonly version: number;
}

const before = (a: HeapEntry, b: HeapEntry) =>
  a.score > b.score || (a.score === b.score && a.agentId < b.agentId);

export class ScoreHeap {
  private readonly items: HeapEntry[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): HeapEntry | undefined {
    return this.items[0];
  }

  push(entry: HeapEntry): void {
    const items = this.items;
    items.push(entry);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): HeapEntry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < items.length && before(items[l]!, items[best]!)) best = l;
      if (r < items.length && before(items[r]!, items[best]!)) best = r;
      if (best === i) break;
      [items[i], items[best]] = [items[best]!, items[i]!];
      i = best;
    }
    return top;
  }
}

/** The same order as the heap, for sorting plain lists of candidates. */
export function compareByScoreThenId(a: { score: number; agentId: string }, b: { score: number; agentId: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : 0;
}
