/**
 * Stable identity of an action: the same tool with the same arguments in the same conversation gets the
 * same idempotency key, so a retried or repeated call replays the first result instead of acting twice.
 */

/** JSON with object keys sorted at every depth, and undefined fields dropped, so equal args give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** FNV-1a over UTF-16 code units, two 32-bit lanes with different offsets: short, stable, no crypto needed. */
function fnv1a64Hex(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function actionIdempotencyKey(conversationId: string, tool: string, args: Record<string, unknown>): string {
  return `llm:${conversationId}:${tool}:${fnv1a64Hex(canonicalJson(args))}`;
}
