/**
 * Which rows can be matched together, favouring earlier rows: rows are tried in order and each is
 * kept if an augmenting path (Kuhn's algorithm) can fit it in. An augmenting path never unmatches a
 * row already kept, so the result is the earliest maximum set of rows in lexicographic order (the
 * greedy basis of the transversal matroid): no kept row could be swapped for an earlier dropped one,
 * and no larger set of rows can be matched at once.
 *
 * allowed[r] lists the columns row r may use. Returns kept row indices, ascending. O(rows · edges).
 */
export function earliestMatchableRows(allowed: readonly (readonly number[])[], columnCount: number): number[] {
  const rowOfColumn = new Int32Array(columnCount).fill(-1);
  const visitedStamp = new Int32Array(columnCount).fill(-1);
  const kept: number[] = [];

  const augment = (row: number, stamp: number): boolean => {
    for (const column of allowed[row] ?? []) {
      if (visitedStamp[column] === stamp) continue;
      visitedStamp[column] = stamp;
      const holder = rowOfColumn[column]!;
      if (holder < 0 || augment(holder, stamp)) {
        rowOfColumn[column] = row;
        return true;
      }
    }
    return false;
  };

  for (let row = 0; row < allowed.length; row++) {
    // A free column is an augmenting path of length one; taking it first keeps dense graphs O(rows · columns).
    const free = (allowed[row] ?? []).find((c) => rowOfColumn[c]! < 0);
    if (free !== undefined) {
      rowOfColumn[free] = row;
      kept.push(row);
    } else if (augment(row, row)) {
      kept.push(row);
    }
  }
  return kept;
}
