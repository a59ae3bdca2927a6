import type { ModelMessage } from 'ai';
import type { TranscriptMessage } from '../engine.js';

/**
 * The conversation as chat messages. Agents' messages are the support side, so they are assistant turns,
 * marked so the model does not take them for its own words. System notes (handoffs, timers) are left out:
 * they are about the conversation, not part of it.
 */
export function toModelMessages(transcript: readonly TranscriptMessage[], maxMessages: number): ModelMessage[] {
  const messages: ModelMessage[] = [];
  for (const m of transcript) {
    if (m.authorKind === 'customer') messages.push({ role: 'user', content: m.body });
    else if (m.authorKind === 'ai') messages.push({ role: 'assistant', content: m.body });
    else if (m.authorKind === 'agent') messages.push({ role: 'assistant', content: `(Tandem Pay agent) ${m.body}` });
  }
  const recent = messages.slice(-maxMessages);
  // Chat models expect the conversation to open with the user.
  while (recent.length > 0 && recent[0]?.role !== 'user') recent.shift();
  return recent;
}

export function customerMessages(transcript: readonly TranscriptMessage[]): string[] {
  return transcript.filter((m) => m.authorKind === 'customer').map((m) => m.body);
}

export function lastCustomerMessage(transcript: readonly TranscriptMessage[]): string {
  return customerMessages(transcript).at(-1) ?? '';
}
