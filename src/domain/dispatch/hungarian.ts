/**
 * Maximum-weight assignment (the Hungarian algorithm, Kuhn–Munkres with potentials, in the
 * O(n² m) form for n ≤ m). Written here rather than taken from npm because the maintained-looking
 * packages are not (munkres-js is unmaintained); it is tested against brute force.
 */

export interface AssignmentResult {
  /** For each row, the column it is paired with, or null (not paired, or only a forbidden pair was left). */
  readonly rowToColumn: readonly (number | null)[];
  /** Number of rows paired through an allowed cell. */
  readonly assignedCount: number;
  /** Sum of values over the allowed pairs. */
  readonly total: number;
}

/**
 * values[r][c] is the value of pairing row r with column c; -Infinity marks a forbidden pair.
 * The result first pairs as many rows as possible through allowed cells (maximum cardinality),
 * and among those pairings has the largest total. Any shape works (rows < cols, rows > cols, empty).
 * Ties are resolved deterministically (lower column index first), so equal inputs give equal outputs.
 * Throws on ragged rows, NaN or +Infinity: those are programmer errors.
 */
export function maxWeightAssignment(values: readonly (readonly number[])[]): AssignmentResult {
  const rows = values.length;
  const cols = rows === 0 ? 0 : (values[0]?.length ?? 0);
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of values) {
    if (row.length !== cols) throw new RangeError('maxWeightAssignment: all rows must have the same length');
    for (const v of row) {
      if (Number.isNaN(v) || v === Infinity) throw new RangeError('maxWeightAssignment: values must be finite or -Infinity');
      if (v !== -Infinity) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  const empty = { rowToColumn: new Array<number | null>(rows).fill(null), assignedCount: 0, total: 0 };
  if (rows === 0 || cols === 0 || hi === -Infinity) return empty;

  // Minimisation form: allowed cells cost hi − v ∈ [0, spread]; a forbidden cell costs more than any
  // k allowed cells together, so using one fewer forbidden cell always wins (k = pairs made).
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const spread = hi - lo;
  const forbiddenCost = n * spread + 1;
  const cost = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const v = transpose ? values[j]![i]! : values[i]![j]!;
      cost[i * m + j] = v === -Infinity ? forbiddenCost : hi - v;
    }
  }

  const rowOfCol = solveMinCost(cost, n, m);
  const rowToColumn = new Array<number | null>(rows).fill(null);
  let assignedCount = 0;
  let total = 0;
  for (let j = 0; j < m; j++) {
    const i = rowOfCol[j]!;
    if (i < 0) continue;
    const r = transpose ? j : i;
    const c = transpose ? i : j;
    const v = values[r]![c]!;
    if (v === -Infinity) continue;
    rowToColumn[r] = c;
    assignedCount++;
    total += v;
  }
  return { rowToColumn, assignedCount, total };
}

/**
 * Min-cost assignment of all n rows to distinct columns (n ≤ m). Returns, per column, its row or −1.
 * Shortest augmenting paths (Dijkstra on reduced costs) with potentials; distances are kept absolute
 * within a phase and the potentials are settled once at its end, so each Dijkstra step only scans the
 * columns not yet reached.
 */
function solveMinCost(cost: Float64Array, n: number, m: number): Int32Array {
  // 1-based rows and columns as in the classic formulation; column 0 is the virtual start.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row matched to column j, 0 if none
  const way = new Int32Array(m + 1); // previous column on the shortest path to j
  const dist = new Float64Array(m + 1);
  const reached = new Int32Array(m + 1); // columns settled in this phase, in order
  const open = new Int32Array(m); // columns not settled yet (unordered)

  for (let i = 1; i <= n; i++) {
    p[0] = i;
    dist.fill(Infinity);
    dist[0] = 0;
    let reachedCount = 0;
    reached[reachedCount++] = 0;
    for (let k = 0; k < m; k++) open[k] = k + 1;
    let openCount = m;
    let j0 = 0;
    let d0 = 0;
    for (;;) {
      const i0 = p[j0]!;
      const rowBase = (i0 - 1) * m - 1;
      const offset = d0 - u[i0]!;
      let best = Infinity;
      let bestK = -1;
      let bestJ = 0;
      for (let k = 0; k < openCount; k++) {
        const j = open[k]!;
        const cur = offset + cost[rowBase + j]! - v[j]!;
        if (cur < dist[j]!) {
          dist[j] = cur;
          way[j] = j0;
        }
        const dj = dist[j]!;
        // On equal distance prefer a free column (it ends the search: dispatch rows are near-identical,
        // so without this ties cost O(n) extra steps per row), then the lower index (determinism).
        if (dj < best || (dj === best && (p[j] === 0 ? p[bestJ] !== 0 || j < bestJ : p[bestJ] !== 0 && j < bestJ))) {
          best = dj;
          bestK = k;
          bestJ = j;
        }
      }
      open[bestK] = open[--openCount]!;
      j0 = bestJ;
      d0 = best;
      if (p[j0] === 0) break;
      reached[reachedCount++] = j0;
    }
    // Settle potentials: a column reached at distance d moves by (total − d), keeping every reduced cost ≥ 0
    // and the edges on the new matching tight.
    for (let k = 0; k < reachedCount; k++) {
      const j = reached[k]!;
      const shift = d0 - dist[j]!;
      u[p[j]!]! += shift;
      v[j]! -= shift;
    }
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const rowOfCol = new Int32Array(m).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) rowOfCol[j - 1] = p[j]! - 1;
  return rowOfCol;
}
