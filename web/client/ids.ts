/**
 * Client message ids make sends idempotent: the same id is reused for every retry of one message.
 * getRandomValues works outside secure contexts too (crypto.randomUUID does not), e.g. a LAN address.
 */
export function newClientMessageId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `cm_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
