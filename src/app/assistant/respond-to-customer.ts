import type { AssistantOutput, TranscriptMessage, TurnSignals } from '../../ai/engine.js';
import type { Message } from '../../domain/conversation/types.js';
import { appendMessage } from '../append-message.js';
import { escalateConversation } from '../escalate-conversation.js';
import { publishChanges } from '../publish.js';
import { resolveConversation } from '../resolve-conversation.js';
import { runTool } from '../run-tool.js';
import type { AssistantDeps } from './assistant-deps.js';

export type AssistantTurn = { replied: boolean; escalated: string | null; resolved: boolean; skipped?: string };

/**
 * One assistant turn for the newest customer message. The engine runs outside any transaction (it may call
 * a remote model); its answer is then written only if the assistant still owns the conversation — never
 * over a human. Any engine failure hands the customer to a person (`ai_error`); nobody is stranded.
 */
export async function respondToCustomer(deps: AssistantDeps, conversationId: string): Promise<AssistantTurn> {
  const conversation = await deps.store.conversations.get(conversationId);
  if (!conversation || conversation.state !== 'ai') return { replied: false, escalated: null, resolved: false, skipped: 'not owned by the assistant' };
  const messages = await deps.store.messages.listAfter(conversationId, Math.max(0, conversation.lastSeq - deps.transcriptWindow), deps.transcriptWindow);
  const last = messages[messages.length - 1];
  if (!last || last.authorKind !== 'customer') return { replied: false, escalated: null, resolved: false, skipped: 'nothing new from the customer' };
  const customer = await deps.store.customers.get(conversation.customerId);
  const state = (await deps.store.assistant.get(conversationId)) ?? { memory: {}, history: [] };
  const now = deps.clock.now();

  let output: AssistantOutput;
  try {
    output = await deps.engine.respond({
      conversationId,
      customer: { id: conversation.customerId, name: customer?.name ?? 'Customer', language: conversation.language, vulnerable: customer?.vulnerable ?? false },
      transcript: messages.map((m): TranscriptMessage => ({ seq: m.seq, authorKind: m.authorKind, body: m.body, meta: m.meta })),
      memory: state.memory,
      history: state.history as TurnSignals[],
      humanFirstIntents: await deps.humanFirstIntents(),
      now,
      tools: {
        run: (tool, args, options = {}) =>
          runTool(deps.tools, { tool, args, actor: { kind: 'ai' }, customerId: conversation.customerId, conversationId, ...options }),
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    await escalateConversation(deps, { principal: 'ai', conversationId, reason: 'ai_error', handoff: { reason: 'ai_error', text: `The assistant failed (${detail}).` } });
    return { replied: false, escalated: 'ai_error', resolved: false };
  }

  const topical = output.intent !== null && !deps.incidentalIntents.has(output.intent);
  // Write the reply only if the assistant still owns the conversation and no newer message overtook it.
  const written = await deps.store.transaction(async (tx) => {
    const current = await tx.conversations.getForUpdate(conversationId);
    if (!current || current.state !== 'ai') return null;
    await tx.assistant.save(conversationId, { memory: output.memory, history: [...state.history, output.signals].slice(-20) as Record<string, unknown>[] }, now);
    if (topical && output.intent !== current.intent) await tx.conversations.update({ ...current, intent: output.intent, version: current.version + 1 }, current.version);
    if (!output.reply) return { message: null as Message | null };
    const message = await appendMessage(
      tx,
      deps.ids,
      {
        conversationId,
        authorKind: 'ai',
        authorId: deps.engine.name,
        clientMessageId: null,
        body: output.reply,
        meta: { citations: output.citations, actions: output.actions, confidence: output.confidence, intent: output.intent, inReplyTo: last.seq },
      },
      now,
    );
    return { message };
  });
  if (!written) return { replied: false, escalated: null, resolved: false, skipped: 'a person took over meanwhile' };
  if (written.message) await publishChanges(deps.bus, { messages: [written.message] });
  if (topical && output.intent !== conversation.intent) await deps.hooks?.intentKnown?.(conversationId);

  if (output.escalate) {
    const routing = output.intent ? deps.intentRouting.get(output.intent) : undefined;
    await escalateConversation(deps, {
      principal: 'ai',
      conversationId,
      reason: output.escalate.reason,
      handoff: { ...output.escalate.handoff, detail: output.escalate.detail, citations: output.citations },
      routing: { ...(topical ? { intent: output.intent } : {}), ...(routing ?? {}) },
    });
    return { replied: Boolean(written.message), escalated: output.escalate.reason, resolved: false };
  }
  if (output.resolved) {
    await resolveConversation(deps, { principal: 'ai', conversationId, resolution: 'assistant: customer confirmed their need was met' });
    return { replied: Boolean(written.message), escalated: null, resolved: true };
  }
  return { replied: Boolean(written.message), escalated: null, resolved: false };
}
